/**
 * Building blocks shared by every part of feed format v1.
 *
 * The valibot schemas in this folder are the single source of truth: the
 * TypeScript types are inferred from them and `npm run schema` derives the
 * published JSON Schema (docs/feed-v1.schema.json) and the field reference
 * in docs/feed.md. Validation messages are stable keys (e.g. `ags8`) that
 * `core/issues.ts` turns into sentences for Kreis admins.
 */
import * as v from 'valibot';
import { COST_CATEGORIES } from './constants.js';

/** Describe a field once: the text ends up in the JSON Schema and docs/feed.md. */
export const d = v.description;

export const NonEmpty = v.pipe(v.string('string'), v.regex(/\S/, 'empty'));

/** BCP 47 tag such as `de`, `uk`, `ar`, `pt-BR`; Leichte Sprache is `de-x-ls`. */
export const LangTag = v.pipe(
  v.string('string'),
  v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'lang'),
  d('BCP 47 language tag, e.g. `de`, `en`, `ar`, `uk`; Leichte Sprache is `de-x-ls`.'),
);

/**
 * Human-readable text: either a plain German string or a map from language
 * tag to text with German required. Fallback to German is visible in the UI.
 */
export const Text = v.union(
  [
    NonEmpty,
    v.objectWithRest({ de: NonEmpty }, v.string('string')),
  ],
  'text',
);

export const TextList = v.array(Text, 'array');

/** 8-digit Amtlicher Gemeindeschlüssel (AGS) of a Gemeinde, e.g. `08126046`. */
export const Ags8 = v.pipe(
  v.string('ags8'),
  v.regex(/^\d{8}$/, 'ags8'),
  d('8-digit Amtlicher Gemeindeschlüssel (AGS) of a Gemeinde, e.g. `08126046` (Künzelsau).'),
);

/** 5-digit key of a Kreis, e.g. `08126` (Hohenlohekreis). */
export const Ags5 = v.pipe(
  v.string('ags5'),
  v.regex(/^\d{5}$/, 'ags5'),
  d('5-digit key of the Kreis, e.g. `08126` (Hohenlohekreis).'),
);

export const Id = v.pipe(
  v.string('id'),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/, 'id'),
  d('Identifier, unique within its list: letters, digits, `_ . : -`, at most 128 characters.'),
);
export const IdList = v.array(Id, 'array');

/**
 * Formats are written as patterns (not `v.isoDate`/`v.email`): JSON Schema
 * validators treat `format` as optional, patterns they all enforce alike.
 */
export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const IsoDate = v.pipe(v.string('date'), v.regex(DATE_PATTERN, 'date'), d('Calendar date `YYYY-MM-DD`.'));
export const IsoDateTime = v.pipe(
  v.string('datetime'),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, 'datetime'),
  d('Date and time with offset, e.g. `2026-12-01T08:00:00+01:00`.'),
);
/** Wall-clock time in Europe/Berlin, `HH:MM`. */
export const Clock = v.pipe(v.string('clock'), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'clock'), d('Local time `HH:MM` (Europe/Berlin).'));

export const Url = v.pipe(
  v.string('url'),
  v.regex(/^https?:\/\/[^\s<>"]+$/, 'url'),
  d('Absolute `http(s)://` address.'),
);
export const Email = v.pipe(v.string('email'), v.regex(/^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[A-Za-z]{2,}$/, 'email'));
export const Phone = v.pipe(
  v.string('phone'),
  v.regex(/^\+?[0-9 ()/.-]{4,30}$/, 'phone'),
  d('Phone number as dialled, preferably international: `+49 7940 18-0`.'),
);

export const LatLon = v.pipe(
  v.tuple([
    v.pipe(v.number('number'), v.minValue(-90, 'lat'), v.maxValue(90, 'lat')),
    v.pipe(v.number('number'), v.minValue(-180, 'lon'), v.maxValue(180, 'lon')),
  ], 'latlon'),
  d('WGS 84 position `[latitude, longitude]`.'),
);

export const Contact = v.object({
  phone: v.optional(Phone),
  email: v.optional(Email),
  website: v.optional(Url),
  fax: v.optional(Phone),
  /** Free text such as "Sprechzeiten am Telefon Mo–Do 9–12 Uhr". */
  note: v.optional(Text),
}, 'object');

/**
 * Stewardship, carried by every entry: who keeps it (a role, never a private
 * person), when it was last reviewed and how long it is valid. Offers that end
 * with their funding disappear by themselves after `validUntil`.
 */
export const stewardship = {
  steward: v.optional(v.pipe(Id, d('Id of an entry in `stewards` (role and e-mail) who keeps this entry.'))),
  reviewed: v.optional(v.pipe(IsoDate, d('Day the entry was last checked. Older than 12 months counts as stale.'))),
  validFrom: v.optional(v.pipe(IsoDate, d('First day the entry is shown.'))),
  validUntil: v.optional(v.pipe(IsoDate, d('Last day the entry is shown; it disappears by itself afterwards.'))),
};

export const Steward = v.object({
  id: Id,
  role: v.pipe(Text, d('Role or office, e.g. "Integrationsbeauftragte Landratsamt" — not a private person.')),
  email: v.pipe(Email, d('Functional mailbox that receives "entry outdated" reports.')),
  phone: v.optional(Phone),
  organisation: v.optional(Id),
}, 'object');

export const Cost = v.object({
  free: v.pipe(v.boolean('boolean'), d('True when the offer costs nothing for the person.')),
  category: v.optional(v.pipe(
    v.picklist(COST_CATEGORIES, 'costcategory'),
    d('`free` (kostenlos), `contribution` (Kostenbeitrag), `fee` (gebührenpflichtig), `refundable` (erstattungsfähig, e.g. by the Jobcenter), `donation` (Spende erbeten).'),
  )),
  text: v.optional(v.pipe(Text, d('Details, e.g. "1,50 € pro Termin" or "Kosten übernimmt das Jobcenter".'))),
}, 'object');

export const Licence = v.object({
  name: NonEmpty,
  url: v.optional(Url),
}, 'object');
