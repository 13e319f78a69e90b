/**
 * Pathway checks (part of checkFeed): references, conditions naming unknown
 * questions or answers, steps nobody reaches and jumps that loop.
 *
 * Semantics (schema: pathways.ts): a step shows when each question named in
 * its `when` is unanswered or answered with a listed option; after a shown
 * step the first matching `next` entry decides where to go, else the next
 * step in the list (a jump's `when` needs its questions answered); a step
 * whose `when` fails is skipped. Answers do not
 * change while walking, so for fixed answers the walk is deterministic: a
 * revisited step is an endless loop.
 */
import type { Feed } from './schema/index.js';
import { toPointer } from './errors.js';
import { closestMatch, IssueList, KINDS, labelOf, list, str, type Entry, type Path } from './check-base.js';
import { checkRef, type IdSets } from './check-refs.js';

/** Up to this many answer combinations are walked one by one; beyond, the jump graph is checked as a whole. */
const MAX_COMBINATIONS = 4096;

type Condition = Record<string, unknown>;
type Answers = Map<string, string | undefined>;
interface Jump { when?: Condition; target?: number; k: number }
interface StepNode { index: number; when?: Condition; jumps: Jump[] }

const asCondition = (value: unknown): Condition | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Condition) : undefined;

/** `strict` (for jumps): an unanswered question does not match — a shortcut is taken only for people who answered. */
function matches(condition: Condition | undefined, answers: Answers, strict = false): boolean {
  if (!condition) return true;
  for (const [question, options] of Object.entries(condition)) {
    const answer = answers.get(question);
    if (answer === undefined ? strict : !list<unknown>(options).includes(answer)) return false;
  }
  return true;
}

export function checkPathways(c: IssueList, feed: Feed, ids: IdSets): void {
  const covered = coveredTopics(feed);
  list<Entry>(feed.pathways).forEach((p, i) => checkPathway(c, p, ['pathways', i], ids, covered));
}

/** Topic → true when a step about it leads to an office: a service with it (or a narrower topic), or a responsibility for it (or a broader one). */
function coveredTopics(feed: Feed): (topic: string) => boolean {
  const parents = new Map(list<Entry>(feed.topics).map((t) => [String(t.id), str(t.parent)]));
  const ancestors = (topic: string): string[] => {
    const out = [topic];
    for (let p = parents.get(topic); p !== undefined && !out.includes(p); p = parents.get(p)) out.push(p);
    return out;
  };
  const byService = new Set<string>();
  for (const s of list<Entry>(feed.services)) for (const t of list<string>(s.topics)) for (const a of ancestors(String(t))) byService.add(a);
  const byRule = new Set(list<Entry>(feed.responsibilities).map((r) => String(r.topic)));
  return (topic) => byService.has(topic) || ancestors(topic).some((a) => byRule.has(a));
}

function checkPathway(c: IssueList, pathway: Entry, base: Path, ids: IdSets, covered: (topic: string) => boolean): void {
  const title = labelOf(pathway);
  const steps = list<Entry>(pathway.steps);
  const stepIndex = firstIndexById(c, steps, [...base, 'steps'], 'Schritt', 'step');
  const questionIndex = firstIndexById(c, list(pathway.questions), [...base, 'questions'], 'Frage', 'question');
  const questions = new Map<string, string[]>();
  list<Entry>(pathway.questions).forEach((q, qi) => {
    const options = list<Entry>(q.options);
    firstIndexById(c, options, [...base, 'questions', qi, 'options'], 'Antwort', 'option');
    if (questionIndex.get(String(q.id)) === qi) questions.set(String(q.id), options.map((o) => String(o.id)));
  });

  const used = new Set<string>();
  const checkCondition = (condition: Condition | undefined, path: Path) => {
    for (const [question, options] of Object.entries(condition ?? {})) {
      const known = questions.get(question);
      if (!known) {
        const hint = closestMatch(question, questions.keys());
        c.warn([...path, question], 'condition-unknown-question',
          `Die Bedingung fragt nach „${question}“, aber der Wegweiser „${title}“ hat keine solche Frage (questions).${hint ? ` Meinten Sie „${hint}“?` : ''} Die Bedingung gilt so immer – korrigieren Sie die Kennung.`,
          `The condition names "${question}", but pathway "${title}" has no such question (questions).${hint ? ` Did you mean "${hint}"?` : ''} As written it always applies: correct the id.`);
        continue;
      }
      used.add(question);
      list(options).forEach((option, k) => {
        if (typeof option !== 'string' || known.includes(option)) return;
        c.warn([...path, question, k], 'condition-unknown-option',
          `„${option}“ ist keine Antwort auf die Frage „${question}“ (möglich: ${known.join(', ')}). Wer die Frage beantwortet, kommt hier nie hin – korrigieren Sie die Antwort.`,
          `"${option}" is not an answer of question "${question}" (possible: ${known.join(', ')}). Whoever answers the question never gets here: correct the option.`);
      });
    }
  };

  const nodes: StepNode[] = steps.map((step, i) => {
    const path = [...base, 'steps', i];
    checkRef(c, [...path, 'topic'], step.topic, ids.topics, KINDS.topic);
    checkRef(c, [...path, 'serviceType'], step.serviceType, ids.serviceTypes, KINDS.serviceType);
    checkRef(c, [...path, 'helper'], step.helper, ids.topics, KINDS.topic);
    checkRef(c, [...path, 'service'], step.service, ids.services, KINDS.service);
    for (const field of ['topic', 'helper'] as const) {
      const topic = str(step[field]);
      if (topic && ids.topics.has(topic) && !covered(topic)) {
        c.warn([...path, field], 'step-topic-no-service',
          `Der Schritt „${labelOf(step)}“ verweist auf das Thema „${topic}“, aber kein Angebot hat dieses Thema. Auf der Seite fehlt dann die Stelle, an die man sich wenden kann – ordnen Sie einem Angebot das Thema zu.`,
          `Step "${labelOf(step)}" refers to topic "${topic}", but no service has this topic. The page then shows no office to turn to: give a service this topic.`);
      }
    }
    const when = asCondition(step.when);
    checkCondition(when, [...path, 'when']);
    const jumps = list<Entry>(step.next).map((jump, k): Jump => {
      const jumpWhen = asCondition(jump.when);
      checkCondition(jumpWhen, [...path, 'next', k, 'when']);
      checkRef(c, [...path, 'next', k, 'step'], jump.step, stepIndex, { ...KINDS.step, list: `${toPointer([...base, 'steps'])}` });
      const target = stepIndex.get(String(jump.step));
      return { ...(jumpWhen ? { when: jumpWhen } : {}), ...(target !== undefined ? { target } : {}), k };
    });
    return { index: i, ...(when ? { when } : {}), jumps };
  });

  const relevant = [...used].map((q) => [q, questions.get(q) ?? []] as const);
  const combinations = relevant.reduce((n, [, options]) => n * (options.length + 1), 1);
  const result = combinations <= MAX_COMBINATIONS ? walkEveryAnswer(nodes, relevant) : walkGraph(nodes);
  for (const loop of result.loops.values()) {
    const cycle = loop.cycle.map((i) => String(steps[i]?.id)).join(' → ');
    const example = loop.answers ? describeAnswers(loop.answers) : undefined;
    const path = [...base, 'steps', loop.from, 'next', loop.k, 'step'];
    const de = `Die Sprünge (next) im Wegweiser „${title}“ bilden einen Kreis: ${cycle}${example ? ` (${example.de})` : ''}. Wer so antwortet, kommt nie ans Ende. Ändern Sie das Sprungziel oder seine Bedingung.`;
    const en = `The jumps (next) of pathway "${title}" form a loop: ${cycle}${example ? ` (${example.en})` : ''}. Whoever answers like this never reaches the end. Change the target or its condition.`;
    if (loop.answers) c.error(path, 'pathway-loop', de, en);
    else c.warn(path, 'pathway-loop', de, en);
  }
  steps.forEach((step, i) => {
    if (result.shown.has(i)) return;
    c.warn([...base, 'steps', i], 'step-unreachable',
      `Der Schritt „${labelOf(step)}“ im Wegweiser „${title}“ wird bei keiner Antwort angezeigt: Sprünge (next) davor überspringen ihn, oder seine Bedingung (when) passt nie. Prüfen Sie die Sprünge und Bedingungen.`,
      `Step "${labelOf(step)}" of pathway "${title}" is never shown, whatever the answers: jumps (next) before it skip it, or its condition (when) never holds. Check the jumps and conditions.`);
  });
}

/** Reports duplicate ids in a list and returns id → first index. */
function firstIndexById(c: IssueList, items: unknown[], path: Path, de: string, en: string): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    const id = str((item as Entry | null)?.id);
    if (id === undefined) return;
    const first = index.get(id);
    if (first === undefined) index.set(id, i);
    else {
      c.error([...path, i, 'id'], 'duplicate-id',
        `${de} „${id}“ kommt hier doppelt vor (zuerst bei ${toPointer([...path, first])}). Sprünge und Bedingungen finden nur den ersten – geben Sie eine eigene Kennung.`,
        `The ${en} id "${id}" appears twice here (first at ${toPointer([...path, first])}). Jumps and conditions find only the first: give it its own id.`);
    }
  });
  return index;
}

function describeAnswers(answers: Answers): { de: string; en: string } {
  const given = [...answers].filter(([, a]) => a !== undefined).map(([q, a]) => `${q} = ${a}`).join(', ');
  return given
    ? { de: `bei den Antworten ${given}`, en: `with the answers ${given}` }
    : { de: 'solange keine Frage beantwortet ist', en: 'while no question is answered' };
}

interface Loop { from: number; k: number; cycle: number[]; answers?: Answers }
interface WalkResult { shown: Set<number>; loops: Map<string, Loop> }

/** Walks the steps once per combination of answers (each question unanswered or one of its options). */
function walkEveryAnswer(nodes: StepNode[], questions: ReadonlyArray<readonly [string, string[]]>): WalkResult {
  const result: WalkResult = { shown: new Set(), loops: new Map() };
  const choice = questions.map(() => 0);
  for (;;) {
    const answers: Answers = new Map(questions.map(([q, options], i) => [q, choice[i]! === 0 ? undefined : options[choice[i]! - 1]]));
    walkOnce(nodes, answers, result);
    // Next combination, like counting with one digit per question.
    let digit = 0;
    while (digit < questions.length && ++choice[digit]! > questions[digit]![1].length) choice[digit++] = 0;
    if (digit === questions.length) return result;
  }
}

function walkOnce(nodes: StepNode[], answers: Answers, result: WalkResult): void {
  const visitedAt = new Map<number, number>();
  const trail: Array<{ from: number; k?: number }> = [];
  let i = 0;
  while (i < nodes.length) {
    const seenAt = visitedAt.get(i);
    if (seenAt !== undefined) {
      const closing = [...trail].reverse().find((t) => t.k !== undefined);
      if (closing?.k !== undefined) {
        const key = `${closing.from}/${closing.k}`;
        const cycle = [...trail.slice(seenAt).map((t) => t.from), i];
        if (!result.loops.has(key)) result.loops.set(key, { from: closing.from, k: closing.k, cycle, answers });
      }
      return;
    }
    visitedAt.set(i, trail.length);
    const node = nodes[i]!;
    if (!matches(node.when, answers)) {
      trail.push({ from: i });
      i++;
      continue;
    }
    result.shown.add(i);
    const jump = node.jumps.find((j) => matches(j.when, answers, true));
    if (jump?.target !== undefined) {
      trail.push({ from: i, k: jump.k });
      i = jump.target;
    } else {
      trail.push({ from: i });
      i++;
    }
  }
}

/** For pathways with too many questions: every conditional edge counts as possible; loops are only warnings then. */
function walkGraph(nodes: StepNode[]): WalkResult {
  const edges = nodes.map((node) => {
    const out: Array<{ to: number; k?: number }> = [];
    let unconditional = false;
    for (const jump of node.jumps) {
      if (jump.target !== undefined) out.push({ to: jump.target, k: jump.k });
      if (!jump.when) { unconditional = jump.target !== undefined; if (unconditional) break; }
    }
    if ((!unconditional || node.when) && node.index + 1 < nodes.length) out.push({ to: node.index + 1 });
    return out;
  });
  const result: WalkResult = { shown: new Set(), loops: new Map() };
  const state = new Map<number, 'open' | 'done'>();
  const stack: number[] = [];
  const visit = (i: number): void => {
    state.set(i, 'open');
    stack.push(i);
    result.shown.add(i);
    for (const edge of edges[i] ?? []) {
      if (state.get(edge.to) === 'open' && edge.k !== undefined) {
        result.loops.set(`${i}/${edge.k}`, { from: i, k: edge.k, cycle: [...stack.slice(stack.indexOf(edge.to)), edge.to] });
      } else if (!state.has(edge.to)) visit(edge.to);
    }
    stack.pop();
    state.set(i, 'done');
  };
  if (nodes.length) visit(0);
  return result;
}
