/** Pathways (the Wegweiser): life situations as ordered, branching steps. */
import * as v from 'valibot';
import { d, Id, IdList, NonEmpty, stewardship, Text, TextList, Url } from './primitives.js';

export const Question = v.object({
  id: Id,
  text: Text,
  when: v.optional(v.pipe(
    v.record(v.string(), v.pipe(v.array(Id, 'array'), v.minLength(1, 'options')), 'object'),
    d('Ask only when earlier answers match (same form as a step\'s `when`).'),
  )),
  options: v.pipe(v.array(v.object({ id: Id, label: Text }, 'object'), 'array'), v.minLength(2, 'options')),
}, 'object');

/** `{ "eu": ["yes"], "children": ["yes"] }`: shown when every named question is unanswered or answered with a listed option. */
export const Condition = v.pipe(
  v.record(v.string(), v.pipe(v.array(Id, 'array'), v.minLength(1, 'options')), 'object'),
  d('Question id → option ids. A step shows when each named question is unanswered or has one of the options.'),
);

export const Step = v.object({
  id: Id,
  title: Text,
  body: v.optional(v.pipe(Text, d('What to do and why, in plain words.'))),
  deadline: v.optional(v.pipe(Text, d('e.g. "innerhalb von 14 Tagen nach dem Einzug".'))),
  deadlineDays: v.optional(v.pipe(v.number(), v.integer('integer'), v.minValue(0, 'number'))),
  documents: v.optional(v.pipe(TextList, d('What to bring.'))),
  topic: v.optional(v.pipe(Id, d('Resolved to the office responsible for the chosen Gemeinde.'))),
  serviceType: v.optional(v.pipe(Id, d('With `topic`: the kind of office meant (e.g. `einbuergerung` under `aufenthalt`).'))),
  service: v.optional(v.pipe(Id, d('A fixed service, when the step does not depend on the Gemeinde.'))),
  helper: v.optional(v.pipe(Id, d('Topic of a person to ask (Integrationsmanagement, Behördenlotse).'))),
  links: v.optional(v.array(v.object({ label: Text, url: Url }, 'object'), 'array')),
  when: v.optional(Condition),
  next: v.optional(v.pipe(
    v.array(v.object({ when: v.optional(Condition), step: Id }, 'object'), 'array'),
    d('Jumps: the first matching entry decides the following step; default is the next step in the list.'),
  )),
}, 'object');

export const Pathway = v.object({
  id: Id,
  title: Text,
  summary: v.optional(Text),
  audience: v.optional(v.pipe(IdList, d('Audience ids, e.g. employers or volunteers who help newcomers.'))),
  questions: v.optional(v.array(Question, 'array')),
  steps: v.pipe(v.array(Step, 'array'), v.minLength(1, 'steps')),
  ...stewardship,
}, 'object');

export { NonEmpty };
