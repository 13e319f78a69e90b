/** Vocabularies, organisations, services and responsibility ("Zuständigkeit"). */
import * as v from 'valibot';
import { ACCESS_MODES, ORGANISATION_KINDS } from './constants.js';
import {
  d, Ags8, Contact, Cost, Id, IdList, LangTag, NonEmpty, Phone, Email, stewardship, Text, TextList, Url,
} from './primitives.js';
import { OpeningHours } from './places.js';

/** A term of the feed's own vocabulary (topics, audiences, statuses). */
export const Term = v.object({
  id: Id,
  label: Text,
  parent: v.optional(v.pipe(Id, d('Broader term, e.g. `integrationskurs` → `sprache`.'))),
  synonyms: v.optional(v.pipe(
    v.record(v.string(), v.array(NonEmpty, 'array'), 'object'),
    d('Words citizens use for it, per language: `{"de": ["Ausländeramt"]}`. Used by search only.'),
  )),
  icon: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/, 'icon'), d('Name of a pictogram of the kit.'))),
}, 'object');

export { ACCESS_MODES };
export const AccessMode = v.picklist(ACCESS_MODES, 'access');

export const Organisation = v.object({
  id: Id,
  name: Text,
  kind: v.optional(v.pipe(
    v.picklist(ORGANISATION_KINDS, 'orgkind'),
    d('`authority`, `municipality` (Gemeinde, Stadt), `jobcenter`, `welfare` (Wohlfahrtsverband), `education`, `association` (Verein), `sports-club`, `network`, `initiative`, `company`, `other`.'),
  )),
  description: v.optional(Text),
  contact: v.optional(Contact),
  ...stewardship,
}, 'object');

export const Eligibility = v.object({
  text: v.optional(v.pipe(Text, d('Who it is for, in words. Structured hints below never hide an entry.'))),
  minAge: v.optional(v.pipe(v.number(), v.integer('integer'), v.minValue(0, 'age'), v.maxValue(130, 'age'))),
  maxAge: v.optional(v.pipe(v.number(), v.integer('integer'), v.minValue(0, 'age'), v.maxValue(130, 'age'))),
  womenOnly: v.optional(v.boolean('boolean')),
  statuses: v.optional(v.pipe(IdList, d('Residence statuses the offer needs (ids from `statuses`).'))),
}, 'object');

export const Booking = v.object({
  text: v.optional(Text),
  url: v.optional(Url),
  phone: v.optional(Phone),
  email: v.optional(Email),
  leadTime: v.optional(v.pipe(Text, d('e.g. "Termine meist innerhalb von 2 Wochen".'))),
}, 'object');

/** A service offered at one place, with that place's own hours. */
export const ServiceAt = v.object({
  location: Id,
  hours: v.optional(v.pipe(OpeningHours, d('Hours of this service at this place; default: the location\'s hours.'))),
  access: v.optional(v.array(AccessMode, 'array')),
  note: v.optional(Text),
}, 'object');

/** Regular consultation days in another Gemeinde ("Außensprechstunde"). */
export const Outreach = v.object({
  gemeinde: Ags8,
  location: v.optional(Id),
  hours: OpeningHours,
  note: v.optional(Text),
}, 'object');

export const Service = v.object({
  id: Id,
  organisation: v.pipe(Id, d('Id of the organisation that offers it.')),
  name: Text,
  summary: v.optional(v.pipe(Text, d('One sentence shown in result lists.'))),
  description: v.optional(Text),
  topics: v.pipe(v.array(Id, 'array'), v.minLength(1, 'topics'), d('Topic ids; the first is the main topic.')),
  types: v.optional(v.pipe(IdList, d('Service types (ids from `serviceTypes`), e.g. `einbuergerung`: what kind of office it is, where one topic has several.'))),
  audiences: v.optional(v.pipe(IdList, d('Audiences it is especially meant for. Absent = everyone; tags never exclude.'))),
  keywords: v.optional(v.pipe(
    v.record(v.string(), v.array(NonEmpty, 'array'), 'object'),
    d('Extra search words per language, e.g. `{"de": ["Aufenthaltstitel", "Visum"]}`.'),
  )),
  eligibility: v.optional(Eligibility),
  languages: v.optional(v.pipe(v.array(LangTag, 'array'), d('Languages the staff speak (not the feed\'s text languages).'))),
  interpreter: v.optional(v.pipe(v.picklist(['yes', 'on-request', 'no'], 'interpreter'), d('Interpreter available: `yes`, `on-request`, `no`.'))),
  cost: v.optional(Cost),
  childcare: v.optional(v.boolean('boolean')),
  access: v.pipe(v.array(AccessMode, 'array'), v.minLength(1, 'access'), d('How people get in: `walk-in`, `appointment`, `online`, `phone`, `outreach` (consultation days elsewhere), `home-visit`.')),
  booking: v.optional(Booking),
  documents: v.optional(v.pipe(TextList, d('What to bring.'))),
  contact: v.optional(Contact),
  at: v.optional(v.pipe(v.array(ServiceAt, 'array'), d('Places where it is offered. Empty or absent = phone/online only.'))),
  outreach: v.optional(v.array(Outreach, 'array')),
  area: v.optional(v.pipe(v.array(Ags8, 'array'), d('Gemeinden it serves. Absent = the whole Kreis.'))),
  ...stewardship,
}, 'object');

/**
 * Who is responsible for whom: for `topic` (and, where it differs, for a
 * residence `status`), the Gemeinden in `gemeinden` are served by `service`.
 */
export const Responsibility = v.object({
  id: v.optional(Id),
  topic: Id,
  serviceType: v.optional(v.pipe(Id, d('Only for this service type (id from `serviceTypes`): one topic, several offices with their own catchments (Ausländerbehörde, Einbürgerung, Bürgerbüro under `aufenthalt`).'))),
  statuses: v.optional(v.pipe(IdList, d('Only for people with one of these statuses; absent = everyone.'))),
  gemeinden: v.union([
    v.literal('*'),
    v.array(Ags8, 'array'),
  ], 'gemeinden'),
  service: Id,
  location: v.optional(v.pipe(Id, d('The place of that service that serves these Gemeinden (e.g. a branch office).'))),
  note: v.optional(Text),
  ...stewardship,
}, 'object');
