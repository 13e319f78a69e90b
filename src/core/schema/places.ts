/** Regions, locations and opening hours. */
import * as v from 'valibot';
import {
  d, Ags5, Ags8, Contact, Id, IdList, IsoDate, LatLon, NonEmpty, stewardship, Text,
} from './primitives.js';

/** One opening interval in minutes after local midnight; `end` may pass 1440 (open past midnight). */
const Minutes = v.pipe(v.number('number'), v.integer('integer'), v.minValue(0, 'minutes'), v.maxValue(2880, 'minutes'));
export const Interval = v.union([
  v.tuple([Minutes, Minutes], 'interval'),
  // third element: 1 = "by appointment / unknown" rather than open
  v.tuple([Minutes, Minutes, v.picklist([0, 1], 'interval')], 'interval'),
], 'interval');
const Day = v.array(Interval, 'array');

/**
 * Opening hours compiled by `wegweiser compile` from the OSM string: a typical
 * week plus every date inside `window` that differs from it (public and school
 * holidays, exceptions). The browser evaluates only this form.
 */
export const CompiledHours = v.object({
  week: v.pipe(
    v.tuple([Day, Day, Day, Day, Day, Day, Day], 'week'),
    d('Intervals Monday … Sunday, each `[startMinute, endMinute]` or `[start, end, 1]` for "by appointment".'),
  ),
  except: v.optional(v.pipe(
    v.record(IsoDate, Day, 'object'),
    d('Dates inside `window` whose hours differ from `week` (empty list = closed).'),
  )),
  window: v.pipe(v.tuple([IsoDate, IsoDate], 'window'), d('First and last date for which `except` is complete.')),
  /** Weeks are not all alike (week numbers, month ranges): outside `window` the answer is unknown. */
  variable: v.optional(v.boolean('boolean')),
  notes: v.optional(v.pipe(v.array(NonEmpty), d('Comments from the OSM value, e.g. "nur nach Vereinbarung".'))),
}, 'object');

export const OpeningHours = v.object({
  osm: v.pipe(NonEmpty, d('Hours in OSM `opening_hours` syntax, e.g. `Mo-Fr 08:00-12:00, Th 14:00-18:00; PH off` (`,` adds to a day, `;` replaces it).')),
  compiled: v.optional(CompiledHours),
  note: v.optional(v.pipe(Text, d('Shown next to the hours, e.g. "In den Schulferien nur vormittags".'))),
  appointmentOnly: v.optional(v.pipe(v.boolean('boolean'), d('Visits only with an appointment; hours are when you can call or book.'))),
}, 'object');

export const Address = v.object({
  street: v.pipe(NonEmpty, d('Street and house number.')),
  postcode: v.pipe(v.string('postcode'), v.regex(/^\d{5}$/, 'postcode')),
  city: NonEmpty,
  extra: v.optional(v.pipe(Text, d('Building, floor, room: "2. OG, Zimmer 204".'))),
}, 'object');

export const Accessibility = v.object({
  wheelchair: v.optional(v.pipe(v.picklist(['yes', 'limited', 'no'], 'wheelchair'), d('Step-free access: `yes`, `limited` or `no` (as OSM `wheelchair`).'))),
  toilet: v.optional(v.boolean('boolean')),
  hearingLoop: v.optional(v.boolean('boolean')),
  parking: v.optional(v.boolean('boolean')),
  text: v.optional(Text),
}, 'object');

export const Location = v.object({
  id: Id,
  name: Text,
  gemeinde: v.optional(v.pipe(Ags8, d('Gemeinde the place lies in. Required, except for sensitive places whose town must stay unnamed.'))),
  ortsteil: v.optional(v.pipe(Id, d('Id of an Ortsteil of that Gemeinde.'))),
  address: v.optional(Address),
  geo: v.optional(LatLon),
  sensitive: v.optional(v.pipe(v.boolean('boolean'), d('Protected place (women\'s shelter, shared accommodation): the address and position are never shown.'))),
  hours: v.optional(OpeningHours),
  accessibility: v.optional(Accessibility),
  contact: v.optional(Contact),
  transitStop: v.optional(v.pipe(NonEmpty, d('Nearest stop name, shown to help people find the place by bus.'))),
  ...stewardship,
}, 'object');

export const Ortsteil = v.object({
  id: Id,
  name: NonEmpty,
  centroid: v.optional(LatLon),
}, 'object');

export const Gemeinde = v.object({
  ags: Ags8,
  name: v.optional(v.pipe(NonEmpty, d('Filled by `wegweiser compile` from the official list when missing.'))),
  centroid: v.optional(v.pipe(LatLon, d('Filled by `wegweiser compile` from the official list when missing.'))),
  verband: v.optional(v.pipe(Id, d('Id of the Gemeindeverband / Verwaltungsgemeinschaft.'))),
  centre: v.optional(v.pipe(v.picklist(['ober', 'mittel', 'unter', 'klein'], 'centre'), d('Central-place level (Ober-/Mittel-/Unter-/Kleinzentrum), used for travel-time targets.'))),
  ortsteile: v.optional(v.array(Ortsteil, 'array')),
}, 'object');

export const Regions = v.object({
  kreis: v.object({ ags: Ags5, name: NonEmpty, centroid: v.optional(LatLon) }, 'object'),
  verbaende: v.optional(v.array(v.object({ id: Id, name: NonEmpty, gemeinden: v.array(Ags8, 'array') }, 'object'), 'array')),
  gemeinden: v.pipe(v.array(Gemeinde, 'array'), v.minLength(1, 'gemeinden')),
  neighbours: v.optional(v.pipe(
    v.array(v.object({ id: Id, name: NonEmpty, ags: v.optional(Ags8), centroid: v.optional(LatLon) }, 'object'), 'array'),
    d('Towns outside the Kreis that people actually use (e.g. Heilbronn, Schwäbisch Hall).'),
  )),
}, 'object');

export type IdRefs = v.InferOutput<typeof IdList>;
