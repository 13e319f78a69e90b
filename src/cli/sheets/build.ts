/** One row → one feed entry, per sheet of the template. */
import type { SheetPlace } from './problems.js';
import type { RawSheet } from './read.js';
import { compact, RowReader, type BuildContext } from './row.js';
import {
  ACCESS, INTERPRETER, LEVEL, ORG_KIND, PROGRAMME_KIND, STATUS, WHEELCHAIR, pick, readClock, readLanguage, readList, readWeekdays,
} from './values.js';

export type Collection = 'stewards' | 'topics' | 'organisations' | 'locations' | 'services' | 'programmes' | 'responsibilities' | 'pathways';
export const COLLECTIONS: Collection[] = ['stewards', 'topics', 'organisations', 'locations', 'services', 'programmes', 'responsibilities', 'pathways'];

export interface Entry {
  collection: Collection;
  key: string;
  value: Record<string, unknown>;
  place: SheetPlace;
  /** The input (sender) it came from. */
  unit: string;
  /** Places of a pathway's steps, in order. */
  steps?: SheetPlace[];
  /** The row's cells, to tell duplicate rows from conflicting ones. */
  signature: string;
  /** Where hours set by the Zeiten sheet came from: location id (or '' for the place's own hours) → row. */
  hoursFrom?: Map<string, SheetPlace>;
}

export interface HoursRow {
  service?: string;
  location: string;
  hours: Record<string, unknown>;
  place: SheetPlace;
  unit: string;
  signature: string;
}

export interface KreisRow {
  ags: string;
  name?: string;
  state?: string;
  publisher?: string;
  contact: Record<string, unknown>;
  licence: { name: string; url?: string };
  place: SheetPlace;
}

export interface Built {
  entries: Entry[];
  hours: HoursRow[];
  kreis?: KreisRow;
}

const STEWARDSHIP = (r: RowReader) => ({ steward: steward(r), reviewed: r.date('reviewed'), validUntil: r.date('validUntil') });
const CONTACT = (r: RowReader) => ({ phone: r.text('phone'), email: r.text('email'), website: r.text('website') });

/** The Pflege column: a steward id, or a functional e-mail address (becomes a steward of its own). */
function steward(r: RowReader): string | undefined {
  const text = r.get('steward');
  if (!text) return undefined;
  if (text.includes('@')) {
    const id = stewardIdForEmail(text);
    r.ctx.stewardEmails.set(id, text);
    return id;
  }
  return r.id('steward', false);
}

export const stewardIdForEmail = (email: string) => `pflege-${email.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')}`.slice(0, 128);

function choice<T>(r: RowReader, key: string, table: Record<string, T>, what: { de: string; en: string }): T | undefined {
  const text = r.get(key);
  if (!text) return undefined;
  const value = pick(table, text);
  if (value === undefined) {
    const allowed = [...new Set(Object.keys(table))].slice(0, 12).join(', ');
    r.error(key, 'cell-choice', `„${text}“ ist ${what.de} nicht bekannt. Möglich sind z. B.: ${allowed}.`, `"${text}" is not a known ${what.en}. Possible values include: ${allowed}.`);
  }
  return value;
}

function number(r: RowReader, key: string, check: (n: number) => boolean): number | undefined {
  const text = r.get(key);
  if (!text) return undefined;
  const n = Number(text.replace(',', '.'));
  if (!Number.isFinite(n) || !check(n)) {
    r.error(key, 'cell-number', `„${text}“ ist hier keine gültige Zahl. Schreiben Sie nur die Zahl (Dezimalzeichen Komma oder Punkt).`, `"${text}" is not a valid number here. Write just the number.`);
    return undefined;
  }
  return n;
}

function cost(r: RowReader): Record<string, unknown> | undefined {
  const free = r.bool('free');
  const text = r.text('costText');
  if (free === undefined && text) return { free: /kostenlos|kostenfrei|gratis|umsonst/i.test(text), text };
  return free === undefined ? undefined : { free, text };
}

function area(r: RowReader, key: string): string[] {
  return readList(r.get(key), true).map((g) => r.gemeinde(key, g)).filter((g): g is string => !!g);
}

function hoursObject(r: RowReader, hoursKey: string, noteKey: string): Record<string, unknown> | undefined {
  const osm = r.hours(hoursKey);
  return osm ? compact({ osm, note: r.text(noteKey), appointmentOnly: r.bool('appointmentOnly') }) : undefined;
}

type RowBuilder = (r: RowReader) => Record<string, unknown> | undefined;

const BUILDERS: Partial<Record<RawSheet['spec']['key'], [Collection, RowBuilder]>> = {
  pflege: ['stewards', (r) => ({ id: r.id('id'), role: r.required('role', { de: 'Die Rolle', en: 'The role' }), email: r.required('email', { de: 'Die E-Mail-Adresse', en: 'The e-mail address' }), phone: r.text('phone'), organisation: r.id('organisation', false) })],
  themen: ['topics', (r) => ({
    id: r.id('id'), label: r.required('label', { de: 'Der Name', en: 'The name' }), parent: r.id('parent', false),
    synonyms: r.get('synonyms') ? { de: readList(r.get('synonyms')) } : undefined,
  })],
  organisationen: ['organisations', (r) => ({
    id: r.id('id'), name: r.required('name', { de: 'Der Name', en: 'The name' }), kind: choice(r, 'kind', ORG_KIND, { de: 'als Art der Organisation', en: 'kind of organisation' }),
    description: r.text('description'), contact: CONTACT(r), ...STEWARDSHIP(r),
  })],
  orte: ['locations', location],
  angebote: ['services', service],
  programme: ['programmes', programme],
  zustaendigkeiten: ['responsibilities', (r) => {
    const text = r.get('gemeinden');
    const all = /^(\*|alle|alle gemeinden|ganzer kreis|kreisweit)$/i.test(text);
    const gemeinden = all ? '*' : area(r, 'gemeinden');
    if (!all && text && !(gemeinden as string[]).length) return undefined;
    if (!text) r.required('gemeinden', { de: 'Die Gemeinden', en: 'The Gemeinden' });
    return {
      id: r.id('id', false), topic: r.id('topic'), gemeinden, service: r.id('service'), location: r.id('location', false), note: r.text('note'), ...STEWARDSHIP(r),
    };
  }],
};

function location(r: RowReader): Record<string, unknown> {
  const sensitive = r.bool('sensitive');
  let gemeinde = r.gemeinde('gemeinde');
  if (!gemeinde && !r.get('gemeinde') && r.get('city')) {
    gemeinde = r.gemeinde('city');
    if (gemeinde) r.note('gemeinde', 'gemeinde-from-city', 'Die Spalte „Gemeinde“ war leer; die Gemeinde wurde aus der Spalte „Ort“ bestimmt.', 'Column "Gemeinde" was empty; the Gemeinde was taken from column "Ort".');
  }
  if (!gemeinde && !r.get('gemeinde') && !sensitive) {
    r.error('gemeinde', 'cell-required', 'Die Gemeinde fehlt. Tragen Sie den Gemeindenamen oder den 8-stelligen Gemeindeschlüssel ein.', 'The Gemeinde is missing. Enter the Gemeinde name or its 8-digit key.');
  }
  const [street, postcode, city] = [r.get('street'), r.get('postcode'), r.get('city')];
  let address: Record<string, unknown> | undefined;
  if (street || postcode || city) {
    const missing = (['street', 'postcode', 'city'] as const).filter((k) => !r.get(k));
    for (const k of missing) {
      r.error(k, 'address-incomplete', `Die Adresse ist unvollständig: „${r.header(k)}“ fehlt. Ergänzen Sie sie oder lassen Sie Straße, PLZ und Ort ganz leer.`, `The address is incomplete: "${r.header(k)}" is missing. Fill it in or leave street, postcode and town all empty.`);
    }
    if (street && !/\d/.test(street)) {
      r.warn('street', 'address-no-number', `„${street}“ hat keine Hausnummer. Ergänzen Sie sie, wenn es eine gibt – sonst finden Menschen den Eingang schwer.`, `"${street}" has no house number. Add it if there is one.`);
    }
    const pc = /^\d{4}$/.test(postcode) ? `0${postcode}` : postcode;
    if (postcode && !/^\d{5}$/.test(pc)) r.error('postcode', 'cell-postcode', `„${postcode}“ ist keine Postleitzahl (5 Ziffern).`, `"${postcode}" is not a postcode (5 digits).`);
    address = { street, postcode: pc, city, extra: r.text('extra') };
  }
  const lat = number(r, 'lat', (n) => n >= -90 && n <= 90);
  const lon = number(r, 'lon', (n) => n >= -180 && n <= 180);
  if ((lat === undefined) !== (lon === undefined) && (r.get('lat') === '') !== (r.get('lon') === '')) {
    r.error(r.get('lat') ? 'lon' : 'lat', 'geo-half', 'Breite und Länge gehören zusammen: tragen Sie beide ein oder keine.', 'Latitude and longitude go together: fill in both or neither.');
  }
  if (lat !== undefined && lon !== undefined && lat < lon) {
    r.warn('lat', 'geo-swapped', `Breite ${lat} ist kleiner als Länge ${lon}; in Deutschland ist die Breite etwa 47–55, die Länge 6–15. Sind die Spalten vertauscht?`, `Latitude ${lat} is smaller than longitude ${lon}; in Germany latitude is about 47–55, longitude 6–15. Are the columns swapped?`);
  }
  const wheelchair = choice(r, 'wheelchair', WHEELCHAIR, { de: 'für Rollstuhl (ja, eingeschränkt, nein)', en: 'wheelchair value (ja, eingeschränkt, nein)' });
  return {
    id: r.id('id'), name: r.required('name', { de: 'Der Name', en: 'The name' }), gemeinde, address,
    geo: lat !== undefined && lon !== undefined ? [lat, lon] : undefined,
    sensitive, hours: hoursObject(r, 'hours', 'hoursNote'),
    accessibility: { wheelchair, toilet: r.bool('toilet') },
    contact: CONTACT(r), transitStop: r.text('transitStop'), ...STEWARDSHIP(r),
  };
}

function service(r: RowReader): Record<string, unknown> {
  const access = readList(r.get('access'), true).map((a) => {
    const mode = pick(ACCESS, a);
    if (!mode) r.error('access', 'cell-choice', `„${a}“ ist kein bekannter Zugang. Möglich: offene Sprechstunde, Termin, online, Telefon, Außensprechstunde, Hausbesuch.`, `"${a}" is not a known access mode. Possible: offene Sprechstunde, Termin, online, Telefon, Außensprechstunde, Hausbesuch.`);
    return mode;
  }).filter((a): a is string => !!a);
  if (!r.get('access')) r.required('access', { de: 'Der Zugang (wie man hinkommt)', en: 'The access mode' });
  const topics = r.ids('topics');
  if (!r.get('topics')) r.required('topics', { de: 'Mindestens ein Thema', en: 'At least one topic' });
  const languages = readList(r.get('languages'), true).map((l) => {
    const tag = readLanguage(l);
    if (!tag) r.error('languages', 'cell-language', `Die Sprache „${l}“ ist unbekannt. Schreiben Sie den deutschen Namen (Arabisch) oder das Kürzel (ar).`, `Language "${l}" is unknown. Write the German name (Arabisch) or the code (ar).`);
    return tag;
  }).filter((l): l is string => !!l);
  return {
    id: r.id('id'), organisation: r.id('organisation'), name: r.required('name', { de: 'Der Name', en: 'The name' }),
    summary: r.text('summary'), description: r.text('description'), topics, audiences: r.ids('audiences'),
    keywords: r.get('keywords') ? { de: readList(r.get('keywords')) } : undefined,
    languages: [...new Set(languages)], interpreter: choice(r, 'interpreter', INTERPRETER, { de: 'für Dolmetscher (ja, auf Anfrage, nein)', en: 'interpreter value (ja, auf Anfrage, nein)' }),
    cost: cost(r), childcare: r.bool('childcare'), access: [...new Set(access)],
    booking: { url: r.text('bookingUrl'), leadTime: r.text('bookingText') },
    documents: readList(r.get('documents')), contact: CONTACT(r),
    at: r.ids('locations').map((location) => ({ location })), area: area(r, 'area'),
    ...STEWARDSHIP(r), validFrom: r.date('validFrom'),
  };
}

function programme(r: RowReader): Record<string, unknown> {
  const start = r.date('start');
  const end = r.date('end');
  let status = choice(r, 'status', STATUS, { de: 'als Status (geplant, läuft, beendet)', en: 'status (geplant, läuft, beendet)' });
  if (!r.get('status')) status = end && end < r.ctx.today ? 'ended' : start && start > r.ctx.today ? 'planned' : 'active';
  const days = r.get('days') ? readWeekdays(r.get('days')) : undefined;
  if (r.get('days') && !days) r.error('days', 'cell-weekdays', `„${r.get('days')}“ sind keine Wochentage. Schreiben Sie z. B. „Mo-Fr“ oder „Di; Do“.`, `"${r.get('days')}" are not weekdays. Write e.g. "Mo-Fr" or "Di; Do".`);
  const clock = (key: string) => {
    const text = r.get(key);
    const value = text ? readClock(text) : undefined;
    if (text && !value) r.error(key, 'cell-clock', `„${text}“ ist keine Uhrzeit. Schreiben Sie z. B. 08:30.`, `"${text}" is not a time of day. Write e.g. 08:30.`);
    return value;
  };
  const [from, to] = [clock('from'), clock('to')];
  if (days && (!from || !to) && !(r.get('from') && r.get('to'))) r.error(from ? 'to' : 'from', 'cell-required', 'Zu den Wochentagen gehören „Von“ und „Bis“.', 'Weekdays need "Von" and "Bis".');
  const levels = readList(r.get('levels'), true).map((l) => {
    const level = pick(LEVEL, l);
    if (!level) r.error('levels', 'cell-choice', `„${l}“ ist kein Sprachniveau (Alpha, A1 … C2).`, `"${l}" is not a language level (Alpha, A1 … C2).`);
    return level;
  }).filter((l): l is string => !!l);
  const registration = r.bool('registration');
  return {
    id: r.id('id'), kind: choice(r, 'kind', PROGRAMME_KIND, { de: 'als Art', en: 'programme kind' }) ?? (r.get('kind') ? undefined : r.required('kind', { de: 'Die Art', en: 'The kind' })),
    title: r.required('title', { de: 'Der Titel', en: 'The title' }), summary: r.text('summary'), provider: r.id('provider'),
    location: r.id('location', false), gemeinde: r.gemeinde('gemeinde'), online: r.bool('online'), topics: r.ids('topics'), audiences: r.ids('audiences'), levels,
    schedule: { start, end, recurrence: days && from && to ? { days, from, to } : undefined, text: r.text('scheduleText') },
    registration: registration === undefined && !r.get('deadline') && !r.get('registrationUrl') ? undefined
      : { required: registration ?? true, deadline: r.date('deadline'), url: r.text('registrationUrl') },
    capacity: number(r, 'capacity', (n) => Number.isInteger(n) && n >= 0), freePlaces: number(r, 'freePlaces', (n) => Number.isInteger(n) && n >= 0),
    cost: cost(r), childcare: r.bool('childcare'), status, contact: CONTACT(r), ...STEWARDSHIP(r),
  };
}

/** Builds the entries of one sheet; Wege rows are grouped into pathways, Zeiten rows kept apart. */
export function buildSheet(sheet: RawSheet, unit: string, ctx: BuildContext, out: Built): void {
  const seen = new Map<string, number>();
  const rows = sheet.rows.filter((raw) => {
    const signature = raw.cells.filter((_, i) => sheet.columns[i]).join('\u0000');
    const first = seen.get(signature);
    if (first !== undefined) {
      ctx.problems.warn({ file: sheet.file, sheet: sheet.sheet, row: raw.row }, 'row-duplicate',
        `Zeile ${raw.row} ist eine genaue Kopie von Zeile ${first} und wird übersprungen.`, `Row ${raw.row} is an exact copy of row ${first} and is skipped.`);
      return false;
    }
    seen.set(signature, raw.row);
    return true;
  });
  const signatureOf = (cells: string[]) => cells.filter((_, i) => sheet.columns[i]).join('\u0000');
  const key = sheet.spec.key;
  if (key === 'kreis') {
    const raw = rows[0];
    if (!raw) return;
    const r = new RowReader(sheet, raw, ctx);
    if (rows.length > 1) r.warn(undefined, 'kreis-rows', 'Das Blatt „Kreis“ hat mehr als eine Zeile; nur die erste zählt.', 'Sheet "Kreis" has more than one row; only the first counts.');
    const ags = r.required('ags', { de: 'Der Kreisschlüssel', en: 'The Kreis key' }) ?? '';
    const fixed = /^\d{4}$/.test(ags) ? `0${ags}` : ags;
    if (ags && !/^\d{5}$/.test(fixed)) r.error('ags', 'kreis-ags', `„${ags}“ ist kein Kreisschlüssel (5 Ziffern, z. B. 08126).`, `"${ags}" is not a Kreis key (5 digits, e.g. 08126).`);
    r.required('email', { de: 'Die Kontakt-E-Mail', en: 'The contact e-mail' });
    out.kreis = {
      ags: fixed, name: r.text('name'), state: r.text('state'), publisher: r.text('publisher'), place: r.place(),
      contact: compact({ email: r.text('email'), phone: r.text('phone'), website: r.text('website') }),
      licence: compact({ name: r.text('licence') ?? 'Datenlizenz Deutschland – Namensnennung 2.0', url: r.text('licenceUrl') ?? (r.text('licence') ? undefined : 'https://www.govdata.de/dl-de/by-2-0') }),
    };
    return;
  }
  if (key === 'zeiten') {
    for (const raw of rows) {
      const r = new RowReader(sheet, raw, ctx);
      const location = r.id('location');
      const hours = hoursObject(r, 'hours', 'note');
      if (!r.get('hours')) r.required('hours', { de: 'Die Öffnungszeiten', en: 'The hours' });
      if (location && hours) out.hours.push({ service: r.id('service', false), location, hours, place: r.place(), unit, signature: signatureOf(raw.cells) });
    }
    return;
  }
  if (key === 'wege') {
    const byId = new Map<string, Entry>();
    for (const raw of rows) {
      const r = new RowReader(sheet, raw, ctx);
      const id = r.id('pathway');
      const step = compact({
        id: r.id('id'), title: r.required('title', { de: 'Der Titel des Schritts', en: 'The step title' }), body: r.text('body'), deadline: r.text('deadline'),
        documents: readList(r.get('documents')), topic: r.id('topic', false), service: r.id('service', false),
      });
      if (!id) continue;
      let entry = byId.get(id);
      if (!entry) {
        entry = { collection: 'pathways', key: id, value: { id, title: r.text('pathwayTitle'), steps: [], steward: steward(r), reviewed: r.date('reviewed') }, place: r.place(), unit, steps: [], signature: '' };
        byId.set(id, entry);
        out.entries.push(entry);
      } else {
        entry.value.title ??= r.text('pathwayTitle');
        entry.value.steward ??= steward(r);
        entry.value.reviewed ??= r.date('reviewed');
      }
      (entry.value.steps as unknown[]).push(step);
      entry.steps!.push(r.place());
      entry.signature += signatureOf(raw.cells);
    }
    for (const entry of byId.values()) {
      entry.value = compact(entry.value);
      if (!entry.value.title) {
        ctx.problems.error({ ...entry.place, column: 'Weg-Titel' }, 'cell-required', `Der Weg „${entry.key}“ hat keinen Titel. Tragen Sie ihn in der ersten Zeile des Wegs in „Weg-Titel“ ein.`, `Pathway "${entry.key}" has no title. Enter it in "Weg-Titel" in the pathway's first row.`);
      }
    }
    return;
  }
  const builder = BUILDERS[key];
  if (!builder) return;
  const [collection, build] = builder;
  for (const raw of rows) {
    const r = new RowReader(sheet, raw, ctx);
    const value = build(r);
    if (!value) continue;
    const cleaned = compact(value);
    const id = typeof cleaned.id === 'string' ? cleaned.id : collection === 'responsibilities' ? `${String(cleaned.topic)}|${String(cleaned.service)}|${String(cleaned.location ?? '')}` : undefined;
    if (id === undefined) continue;
    out.entries.push({ collection, key: id, value: cleaned, place: r.place(), unit, signature: signatureOf(raw.cells) });
  }
}
