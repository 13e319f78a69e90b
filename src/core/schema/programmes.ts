/** Programmes: courses, projects, groups, events, volunteering and funding programmes. */
import * as v from 'valibot';
import { LEVELS, PROGRAMME_KINDS, PROGRAMME_STATUSES, WEEKDAYS } from './constants.js';
import { Eligibility } from './services.js';
import {
  d, Ags8, Clock, Contact, Cost, Email, Id, IdList, IsoDate, IsoDateTime, LangTag, NonEmpty, Phone, stewardship, Text, Url,
} from './primitives.js';

export { LEVELS, PROGRAMME_KINDS, PROGRAMME_STATUSES, WEEKDAYS };

export const Session = v.object({
  start: IsoDateTime,
  end: v.optional(IsoDateTime),
  location: v.optional(Id),
  note: v.optional(Text),
}, 'object');

/** A weekly rhythm: "jeden Donnerstag 15–17 Uhr", "Mo–Fr 8:30–12:45 ab 3. März". */
export const Recurrence = v.object({
  days: v.pipe(v.array(v.picklist(WEEKDAYS, 'weekday'), 'array'), v.minLength(1, 'days')),
  from: Clock,
  to: Clock,
  everyWeeks: v.optional(v.pipe(v.number(), v.integer('integer'), v.minValue(1, 'interval'), v.maxValue(8, 'interval'), d('1 = weekly (default), 2 = every other week.'))),
  weeksOfMonth: v.optional(v.pipe(
    v.array(v.picklist([1, 2, 3, 4, 5, -1], 'weekofmonth'), 'array'),
    d('Only these weeks of the month: `[2]` = every 2nd Tuesday, `[-1]` = the last one.'),
  )),
  schoolHolidays: v.optional(v.pipe(v.picklist(['runs', 'paused'], 'holidays'), d('Whether it pauses in the school holidays of the Bundesland.'))),
}, 'object');

export const Schedule = v.object({
  start: v.optional(v.pipe(IsoDate, d('Start date (first session or course start).'))),
  end: v.optional(IsoDate),
  recurrence: v.optional(Recurrence),
  sessions: v.optional(v.pipe(v.array(Session, 'array'), d('Dated sessions, e.g. an event or a block course.'))),
  hoursTotal: v.optional(v.pipe(v.number(), v.minValue(0, 'number'), d('Teaching units in total (e.g. 700 for an Integrationskurs).'))),
  text: v.optional(v.pipe(Text, d('The schedule in words where the structure cannot say it.'))),
}, 'object');

export const Registration = v.object({
  required: v.boolean('boolean'),
  deadline: v.optional(IsoDate),
  url: v.optional(Url),
  email: v.optional(Email),
  phone: v.optional(Phone),
  text: v.optional(Text),
}, 'object');

export const Funder = v.object({
  name: Text,
  level: v.picklist(['eu', 'bund', 'land', 'kreis', 'kommune', 'foundation', 'other'], 'funder'),
}, 'object');

/** Only for `kind: "funding"`: a programme administrations, clubs or initiatives can apply to. */
export const Funding = v.object({
  applicants: v.pipe(Text, d('Who may apply: "Vereine und Initiativen im Landkreis".')),
  amount: v.optional(v.pipe(Text, d('e.g. "bis 5.000 €".'))),
  maxAmountEur: v.optional(v.pipe(v.number(), v.minValue(0, 'number'))),
  coFundingPercent: v.optional(v.pipe(v.number(), v.minValue(0, 'percent'), v.maxValue(100, 'percent'), d('Own share the applicant must bring, in percent.'))),
  deadline: v.optional(IsoDate),
  url: v.optional(Url),
}, 'object');

export const Programme = v.object({
  id: Id,
  kind: v.pipe(v.picklist(PROGRAMME_KINDS, 'kind'), d(`One of ${PROGRAMME_KINDS.map((k) => '`' + k + '`').join(', ')}.`)),
  title: Text,
  summary: v.optional(Text),
  description: v.optional(Text),
  provider: v.pipe(Id, d('Id of the organisation that runs it.')),
  location: v.optional(v.pipe(Id, d('Where it takes place (not the provider\'s office).'))),
  gemeinde: v.optional(v.pipe(Ags8, d('Gemeinde where it takes place when there is no location entry.'))),
  online: v.optional(v.boolean('boolean')),
  topics: v.optional(IdList),
  audiences: v.optional(IdList),
  eligibility: v.optional(v.pipe(Eligibility, d('Who may take part, in words plus non-excluding hints (age, women only, status).'))),
  levels: v.optional(v.pipe(v.array(v.picklist(LEVELS, 'level'), 'array'), d('Language levels: `alpha`, `A1` … `C2`; a course leading from A1 to B1 lists all three.'))),
  instructionLanguages: v.optional(v.array(LangTag, 'array')),
  schedule: v.optional(Schedule),
  registration: v.optional(Registration),
  capacity: v.optional(v.pipe(v.number(), v.integer('integer'), v.minValue(0, 'number'))),
  freePlaces: v.optional(v.pipe(v.number(), v.integer('integer'), v.minValue(0, 'number'))),
  waitingList: v.optional(v.boolean('boolean')),
  cost: v.optional(Cost),
  childcare: v.optional(v.boolean('boolean')),
  funder: v.optional(Funder),
  funding: v.optional(Funding),
  status: v.pipe(
    v.picklist(PROGRAMME_STATUSES, 'status'),
    d('`planned`, `registration-open`, `full` (ausgebucht), `active` (läuft), `cancelled` (abgesagt: shown, marked, until its end) or `ended` (not shown).'),
  ),
  next: v.optional(v.pipe(IdList, d('Programmes that usually follow (B1 → B2, Praktikum → Einstiegsqualifizierung).'))),
  contact: v.optional(Contact),
  ...stewardship,
}, 'object');

export { NonEmpty };
