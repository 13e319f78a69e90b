/**
 * Walking a pathway (the Wegweiser) for one person: which questions to ask,
 * which steps show for their answers and in which order, and who is
 * responsible for each step in their Gemeinde. Semantics as documented in
 * docs/feed.md and checked by `wegweiser validate` (check-pathways.ts): a
 * step shows when each question named in its `when` is unanswered or answered
 * with a listed option; after a shown step the first matching `next` entry
 * decides where to go (its questions must be answered: nobody skips steps by
 * not answering), else the next step in the list.
 */
import type { Pathway, Service, Step } from './schema/index.js';
import type { FeedIndex } from './feed-index.js';
import { responsibleFor, type ResponsibleOffice } from './responsibility.js';
import { berlinDate, isCurrent } from './dates.js';

/** Question id → chosen option id. Unanswered questions are absent. */
export type Answers = Record<string, string>;

type Condition = Record<string, string[]>;

/** `strict` (for jumps): an unanswered question does not match — a shortcut is taken only for people who answered. */
export function conditionHolds(condition: Condition | undefined, answers: Answers, strict = false): boolean {
  if (!condition) return true;
  return Object.entries(condition).every(([question, options]) =>
    answers[question] === undefined ? !strict : options.includes(answers[question]!));
}

/** The questions worth asking now (their own `when` holds for the answers so far). */
export function visibleQuestions(pathway: Pathway, answers: Answers): NonNullable<Pathway['questions']> {
  return (pathway.questions ?? []).filter((q) => conditionHolds(q.when as Condition | undefined, answers));
}

/** The steps for these answers, in walking order. A jump back into visited steps ends the walk (the validator reports such loops). */
export function walkPath(pathway: Pathway, answers: Answers): Step[] {
  const steps = pathway.steps;
  const position = new Map(steps.map((s, i) => [s.id, i]));
  const out: Step[] = [];
  const visited = new Set<number>();
  let i = 0;
  while (i < steps.length && !visited.has(i)) {
    visited.add(i);
    const step = steps[i]!;
    if (!conditionHolds(step.when as Condition | undefined, answers)) {
      i++;
      continue;
    }
    out.push(step);
    const jump = step.next?.find((n) => conditionHolds(n.when as Condition | undefined, answers, true));
    const target = jump ? position.get(jump.step) : undefined;
    i = target !== undefined ? target : i + 1;
  }
  return out;
}

export interface StepContact {
  /** The office for the step: responsible for the Gemeinde (or the step's fixed service). */
  office?: ResponsibleOffice;
  /** A person to ask (Integrationsmanagement, Behördenlotse) in or for the Gemeinde. */
  helper?: ResponsibleOffice;
  /** The step names a topic, but the feed knows no office for it: say so honestly. */
  missing: boolean;
}

function fixedOffice(index: FeedIndex, service: Service, gemeinde: string | undefined): ResponsibleOffice {
  const location = (service.at ?? []).map((a) => index.locations.get(a.location)).find((l) => l && (!gemeinde || l.gemeinde === gemeinde))
    ?? (service.at?.[0] ? index.locations.get(service.at[0].location) : undefined);
  return { service, ...(location ? { location } : {}), match: 'recorded', statuses: [], elsewhere: !!(gemeinde && location && location.gemeinde !== gemeinde) };
}

/** Who to go to for a step, for a Gemeinde (and residence status, where that matters). */
export function stepContact(index: FeedIndex, step: Step, query: { gemeinde?: string; status?: string; today?: string }): StepContact {
  const today = query.today ?? berlinDate();
  const contact: StepContact = { missing: false };
  const service = step.service ? index.services.get(step.service) : undefined;
  if (service && isCurrent(service, today)) contact.office = fixedOffice(index, service, query.gemeinde);
  else if ((step.topic || step.serviceType) && query.gemeinde) {
    const office = responsibleFor(index, {
      gemeinde: query.gemeinde, today,
      ...(step.topic ? { topic: step.topic } : {}),
      ...(step.serviceType ? { serviceType: step.serviceType } : {}),
      ...(query.status ? { status: query.status } : {}),
    })[0];
    if (office) contact.office = office;
  }
  if (step.helper && query.gemeinde) {
    const helper = responsibleFor(index, { gemeinde: query.gemeinde, topic: step.helper, today })[0];
    if (helper) contact.helper = helper;
  }
  if ((step.topic || step.service) && !contact.office && query.gemeinde) contact.missing = true;
  return contact;
}
