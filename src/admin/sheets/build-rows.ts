/** One spreadsheet row → one feed entry: the builders of the entry sheets. */
import { compact, RowReader } from './row.js';
import {
  ACCESS, COST_CATEGORY, FREE_CATEGORIES, FUNDER_LEVEL, INTERPRETER, ORG_KIND, PROGRAMME_KIND, SCHOOL_HOLIDAYS, STATUS, WHEELCHAIR,
  ID_PATTERN, pick, readClock, readDate, readLanguage, readLevels, readList, readWeekdays,
} from './values.js';
import { berlinWallTime } from '../berlin-datetime.js';
import { programmePhase } from '../../core/check-base.js';

type Value = Record<string, unknown>;
type What = { de: string; en: string };

export const stewardIdForEmail = (email: string) => `pflege-${email.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')}`.slice(0, 128);

/** The Pflege column: a steward id, or a functional e-mail address (becomes a steward of its own). */
export function steward(r: RowReader): string | undefined {
  const text = r.get('steward');
  if (!text) return undefined;
  if (text.includes('@')) {
    const id = stewardIdForEmail(text);
    r.ctx.stewardEmails.set(id, text);
    return id;
  }
  return r.id('steward', false);
}

const STEWARDSHIP = (r: RowReader) => ({ steward: steward(r), reviewed: r.date('reviewed'), validFrom: r.date('validFrom'), validUntil: r.date('validUntil') });
const CONTACT = (r: RowReader) => ({ phone: r.text('phone'), email: r.text('email'), website: r.text('website'), fax: r.text('fax'), note: r.t('contactNote') });
const NAME: What = { de: 'Der Name', en: 'The name' };

/** A value from a table of words; `allowed` names the words in the message. */
export function choice<T>(r: RowReader, key: string, table: Record<string, T>, allowed: string, text = r.get(key)): T | undefined {
  if (!text) return undefined;
  const value = pick(table, text);
  if (value === undefined) {
    r.error(key, 'cell-choice', `„${text}“ ist hier kein bekannter Wert. Möglich sind: ${allowed}.`, `"${text}" is not a known value here. Possible: ${allowed}.`);
  }
  return value;
}

export function number(r: RowReader, key: string, check: (n: number) => boolean): number | undefined {
  const text = r.get(key);
  if (!text) return undefined;
  const n = Number(text.replace(/\s|€|%/g, '').replace(',', '.'));
  if (!Number.isFinite(n) || !check(n)) {
    r.error(key, 'cell-number', `„${text}“ ist hier keine gültige Zahl. Schreiben Sie nur die Zahl (Dezimalzeichen Komma oder Punkt).`, `"${text}" is not a valid number here. Write just the number.`);
    return undefined;
  }
  return n;
}

const integer = (r: RowReader, key: string) => number(r, key, (n) => Number.isInteger(n) && n >= 0);

/**
 * Kostenart (category), Kostenlos (yes/no, the older column) and Kosten in
 * words. `free` follows the category (kostenlos and Spende: nothing to pay);
 * a Kostenlos that contradicts the category is an error.
 */
function cost(r: RowReader): Value | undefined {
  const free = r.bool('free');
  const text = r.t('costText');
  const plain = typeof text === 'string' ? text : text?.de;
  let category = choice(r, 'costCategory', COST_CATEGORY, 'kostenlos, Kostenbeitrag, gebührenpflichtig, erstattungsfähig, Spende');
  // "Kosten: kostenlos" in the text column: the category is meant.
  if (!category && !r.get('costCategory') && plain) category = pick(COST_CATEGORY, plain);
  if (category) {
    const categoryFree = FREE_CATEGORIES.has(category);
    if (free !== undefined && free !== categoryFree) {
      r.error('free', 'cost-contradiction', `„${r.header('free')}“ sagt ${free ? 'ja' : 'nein'}, die Kostenart „${r.get('costCategory') || plain}“ sagt ${categoryFree ? 'kostenlos' : 'es kostet etwas'}. Lassen Sie „${r.header('free')}“ leer oder passen Sie eines an.`,
        `"${r.header('free')}" says ${free ? 'yes' : 'no'}, cost category "${r.get('costCategory') || plain}" says ${categoryFree ? 'free' : 'it costs something'}. Leave "${r.header('free')}" empty or change one of them.`);
    }
    return { free: categoryFree, category, text };
  }
  if (free === undefined && plain) return { free: /kostenlos|kostenfrei|gratis|umsonst/i.test(plain), text };
  return free === undefined ? undefined : { free, text };
}

function eligibility(r: RowReader): Value {
  return { text: r.t('eligibilityText'), minAge: integer(r, 'minAge'), maxAge: integer(r, 'maxAge'), womenOnly: r.bool('womenOnly'), statuses: r.ids('eligibilityStatuses') };
}

function languages(r: RowReader, key: string): string[] {
  const tags = readList(r.get(key), true).map((l) => {
    const tag = readLanguage(l);
    if (!tag) r.error(key, 'cell-language', `Die Sprache „${l}“ ist unbekannt. Schreiben Sie den deutschen Namen (Arabisch) oder das Kürzel (ar).`, `Language "${l}" is unknown. Write the German name (Arabisch) or the code (ar).`);
    return tag;
  }).filter((l): l is string => !!l);
  return [...new Set(tags)];
}

export function area(r: RowReader, key: string): string[] {
  return readList(r.get(key), true).map((g) => r.gemeinde(key, g)).filter((g): g is string => !!g);
}

export function hoursObject(r: RowReader, hoursKey: string, noteKey?: string): Value | undefined {
  const osm = r.hours(hoursKey);
  return osm ? compact({ osm, note: noteKey ? r.t(noteKey) : undefined, appointmentOnly: r.bool('appointmentOnly') }) : undefined;
}

/** ID, Name, Oberbegriff, Suchwörter, Symbol: topics, audiences, service types, statuses. */
export function term(r: RowReader): Value {
  return { id: r.id('id'), label: r.requiredText('label', NAME), parent: r.id('parent', false), synonyms: r.words('synonyms'), icon: r.text('icon') };
}

export function stewardRow(r: RowReader): Value {
  return {
    id: r.id('id'), role: r.requiredText('role', { de: 'Die Rolle', en: 'The role' }), email: r.required('email', { de: 'Die E-Mail-Adresse', en: 'The e-mail address' }),
    phone: r.text('phone'), organisation: r.id('organisation', false),
  };
}

export function lexiconRow(r: RowReader): Value | undefined {
  const words = readList(r.get('words'));
  const means = readList(r.get('means'));
  if (!words.length) r.required('words', { de: 'Das Alltagswort', en: 'The everyday word' });
  if (!means.length) r.required('means', { de: 'Was es bedeutet', en: 'What it means' });
  return words.length && means.length ? { id: words.join('|').toLowerCase(), words, means } : undefined;
}

export function organisation(r: RowReader): Value {
  return {
    id: r.id('id'), name: r.requiredText('name', NAME),
    kind: choice(r, 'kind', ORG_KIND, 'Behörde, Kommune, Gemeinde, Stadt, Jobcenter, Wohlfahrtsverband, Bildungsträger, Verein, Sportverein, Netzwerk, Initiative, Unternehmen, Sonstiges'),
    description: r.t('description'), contact: CONTACT(r), ...STEWARDSHIP(r),
  };
}

export function location(r: RowReader): Value {
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
  let address: Value | undefined;
  if (street || postcode || city) {
    for (const k of (['street', 'postcode', 'city'] as const).filter((key) => !r.get(key))) {
      r.error(k, 'address-incomplete', `Die Adresse ist unvollständig: „${r.header(k)}“ fehlt. Ergänzen Sie sie oder lassen Sie Straße, PLZ und Ort ganz leer.`, `The address is incomplete: "${r.header(k)}" is missing. Fill it in or leave street, postcode and town all empty.`);
    }
    if (street && !/\d/.test(street)) {
      r.warn('street', 'address-no-number', `„${street}“ hat keine Hausnummer. Ergänzen Sie sie, wenn es eine gibt – sonst finden Menschen den Eingang schwer.`, `"${street}" has no house number. Add it if there is one.`);
    }
    const pc = /^\d{4}$/.test(postcode) ? `0${postcode}` : postcode;
    if (postcode && !/^\d{5}$/.test(pc)) r.error('postcode', 'cell-postcode', `„${postcode}“ ist keine Postleitzahl (5 Ziffern).`, `"${postcode}" is not a postcode (5 digits).`);
    address = { street, postcode: pc, city, extra: r.t('extra') };
  }
  const lat = number(r, 'lat', (n) => n >= -90 && n <= 90);
  const lon = number(r, 'lon', (n) => n >= -180 && n <= 180);
  if ((lat === undefined) !== (lon === undefined) && (r.get('lat') === '') !== (r.get('lon') === '')) {
    r.error(r.get('lat') ? 'lon' : 'lat', 'geo-half', 'Breite und Länge gehören zusammen: tragen Sie beide ein oder keine.', 'Latitude and longitude go together: fill in both or neither.');
  }
  if (lat !== undefined && lon !== undefined && lat < lon) {
    r.warn('lat', 'geo-swapped', `Breite ${lat} ist kleiner als Länge ${lon}; in Deutschland ist die Breite etwa 47–55, die Länge 6–15. Sind die Spalten vertauscht?`, `Latitude ${lat} is smaller than longitude ${lon}; in Germany latitude is about 47–55, longitude 6–15. Are the columns swapped?`);
  }
  return {
    id: r.id('id'), name: r.requiredText('name', NAME), gemeinde, ortsteil: r.id('ortsteil', false), address,
    geo: lat !== undefined && lon !== undefined ? [lat, lon] : undefined,
    sensitive, hours: hoursObject(r, 'hours', 'hoursNote'),
    accessibility: {
      wheelchair: choice(r, 'wheelchair', WHEELCHAIR, 'ja, eingeschränkt, nein'), toilet: r.bool('toilet'), hearingLoop: r.bool('hearingLoop'),
      parking: r.bool('parking'), text: r.t('accessibilityText'),
    },
    contact: CONTACT(r), transitStop: r.text('transitStop'), ...STEWARDSHIP(r),
  };
}

/** offene Sprechstunde, Termin, online … (; getrennt) → access modes. */
export function accessModes(r: RowReader): string[] {
  const modes = readList(r.get('access'), true).map((a) => choice(r, 'access', ACCESS, 'offene Sprechstunde, Termin, online, Telefon, Außensprechstunde, Hausbesuch', a)).filter((a): a is string => !!a);
  return [...new Set(modes)];
}

export function service(r: RowReader): Value {
  const access = accessModes(r);
  if (!r.get('access')) r.required('access', { de: 'Der Zugang (wie man hinkommt)', en: 'The access mode' });
  const topics = r.ids('topics');
  if (!r.get('topics')) r.required('topics', { de: 'Mindestens ein Thema', en: 'At least one topic' });
  return {
    id: r.id('id'), organisation: r.id('organisation'), name: r.requiredText('name', NAME),
    summary: r.t('summary'), description: r.t('description'), topics, types: r.ids('types'), audiences: r.ids('audiences'),
    keywords: r.words('keywords'), eligibility: eligibility(r),
    languages: languages(r, 'languages'), interpreter: choice(r, 'interpreter', INTERPRETER, 'ja, auf Anfrage, nein'),
    cost: cost(r), childcare: r.bool('childcare'), access,
    booking: { text: r.t('bookingHow'), url: r.text('bookingUrl'), phone: r.text('bookingPhone'), email: r.text('bookingEmail'), leadTime: r.t('bookingText') },
    documents: r.textList('documents'), contact: CONTACT(r),
    at: r.ids('locations').map((location) => ({ location })), area: area(r, 'area'),
    ...STEWARDSHIP(r),
  };
}

function funder(r: RowReader): Value | undefined {
  const name = r.t('funderName');
  const level = choice(r, 'funderLevel', FUNDER_LEVEL, 'EU, Bund, Land, Kreis, Kommune, Stiftung, Sonstige');
  if (!name && !r.get('funderLevel')) return undefined;
  if (!name && !r.translations('funderName').length) r.required('funderName', { de: 'Zur Geldgeber-Ebene der Name des Geldgebers', en: 'With a funder level, the funder\'s name' });
  if (!r.get('funderLevel')) r.required('funderLevel', { de: 'Zum Geldgeber die Ebene (EU, Bund, Land, Kreis, Kommune, Stiftung, Sonstige)', en: 'With a funder, its level (EU, Bund, Land, Kreis, Kommune, Stiftung, Sonstige)' });
  return name && level ? { name, level } : undefined;
}

function funding(r: RowReader): Value | undefined {
  const value = compact({
    applicants: r.t('applicants'), amount: r.t('amount'), maxAmountEur: number(r, 'maxAmountEur', (n) => n >= 0),
    coFundingPercent: number(r, 'coFundingPercent', (n) => n >= 0 && n <= 100), deadline: r.date('fundingDeadline'), url: r.text('fundingUrl'),
  });
  if (!Object.keys(value).length) return undefined;
  if (!value.applicants) r.required('applicants', { de: 'Bei Förderangaben, wer antragsberechtigt ist,', en: 'With funding details, who may apply' });
  return value;
}

/** „20.01.2027 18:00-20:00; 2027-01-27 18:00“ → sessions with their Berlin offset. */
function sessions(r: RowReader): Value[] {
  return readList(r.get('sessions')).map((item): Value | undefined => {
    const m = /^(\S+)\s+(\d{1,2}[:.]\d{2})(?:\s*(?:-|–|bis)\s*(\d{1,2}[:.]\d{2}))?(?:\s*uhr)?(?:\s+@\s*(\S+))?(?:\s*\((.+)\))?$/i.exec(item);
    const date = m ? readDate(m[1]!) : undefined;
    const [from, to] = [m?.[2] ? readClock(m[2]) : undefined, m?.[3] ? readClock(m[3]) : undefined];
    const start = date && from ? berlinWallTime(date, from) : undefined;
    const end = date && to ? berlinWallTime(date, to) : undefined;
    if (!start || (m?.[3] && !end)) {
      r.error('sessions', 'cell-session', `„${item}“ ist kein Termin. Schreiben Sie Datum und Uhrzeit, z. B. „20.01.2027 18:00-20:00“.`, `"${item}" is not a date and time. Write e.g. "20.01.2027 18:00-20:00".`);
      return undefined;
    }
    const location = m?.[4] && ID_PATTERN.test(m[4]) ? m[4] : undefined;
    if (m?.[4] && !location) r.error('sessions', 'cell-id', `„${m[4]}“ ist keine Orts-ID.`, `"${m[4]}" is not a place id.`);
    return compact<Value>({ start, end, location, note: m?.[5]?.trim() });
  }).filter((s): s is Value => s !== undefined);
}

export function programme(r: RowReader): Value {
  const start = r.date('start');
  const end = r.date('end');
  const dated = sessions(r);
  let status = choice(r, 'status', STATUS, 'geplant, Anmeldung offen, ausgebucht, läuft, abgesagt, beendet');
  // Empty: the phase the dates give (the same rule `validate` uses for its status warnings).
  if (!r.get('status')) status = programmePhase({ start, end, sessions: dated }, r.ctx.today);
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
  const { levels, unknown } = readLevels(r.get('levels'));
  for (const l of unknown) r.error('levels', 'cell-choice', `„${l}“ ist kein Sprachniveau. Möglich: Alpha, A1, A2, B1, B2, C1, C2, einzeln (; getrennt) oder als Spanne „A1-B1“.`, `"${l}" is not a language level. Possible: Alpha, A1 … C2, single (;-separated) or as a range "A1-B1".`);
  const registration = r.bool('registration');
  const registrationDetails = ['deadline', 'registrationUrl', 'registrationEmail', 'registrationPhone', 'registrationText'].some((k) => r.get(k));
  const schoolHolidays = choice(r, 'holidays', SCHOOL_HOLIDAYS, 'läuft, Pause');
  const everyWeeks = number(r, 'everyWeeks', (n) => Number.isInteger(n) && n >= 1 && n <= 8);
  const weeksOfMonth = readList(r.get('weeksOfMonth'), true).map((w) => {
    const n = /^letzte?$|^last$|^-1$/i.test(w) ? -1 : Number(w.replace(/\.$/, ''));
    if (![1, 2, 3, 4, 5, -1].includes(n)) r.error('weeksOfMonth', 'cell-choice', `„${w}“ ist keine Woche des Monats. Möglich: 1, 2, 3, 4, 5, letzte.`, `"${w}" is not a week of the month. Possible: 1, 2, 3, 4, 5, letzte (last).`);
    return n;
  }).filter((n) => [1, 2, 3, 4, 5, -1].includes(n));
  return {
    id: r.id('id'), kind: choice(r, 'kind', PROGRAMME_KIND, 'Integrationskurs, Alphakurs, Berufssprachkurs, Frauenkurs, Sprachcafé, Sprachkurs, Projekt, Gruppe, Veranstaltung, Ehrenamt, Gesprächsgruppe, Förderprogramm') ?? (r.get('kind') ? undefined : r.required('kind', { de: 'Die Art', en: 'The kind' })),
    title: r.requiredText('title', { de: 'Der Titel', en: 'The title' }), summary: r.t('summary'), description: r.t('description'), provider: r.id('provider'),
    location: r.id('location', false), gemeinde: r.gemeinde('gemeinde'), online: r.bool('online'), topics: r.ids('topics'), audiences: r.ids('audiences'),
    eligibility: eligibility(r), levels, instructionLanguages: languages(r, 'instructionLanguages'),
    schedule: {
      start, end, recurrence: days && from && to ? { days, from, to, everyWeeks, weeksOfMonth, schoolHolidays } : undefined, sessions: dated,
      hoursTotal: number(r, 'hoursTotal', (n) => n >= 0), text: r.t('scheduleText'),
    },
    registration: registration === undefined && !registrationDetails ? undefined
      : { required: registration ?? true, deadline: r.date('deadline'), url: r.text('registrationUrl'), email: r.text('registrationEmail'), phone: r.text('registrationPhone'), text: r.t('registrationText') },
    capacity: integer(r, 'capacity'), freePlaces: integer(r, 'freePlaces'), waitingList: r.bool('waitingList'),
    cost: cost(r), childcare: r.bool('childcare'), funder: funder(r), funding: funding(r), status, next: r.ids('next'), contact: CONTACT(r), ...STEWARDSHIP(r),
  };
}

export function responsibility(r: RowReader): Value | undefined {
  const text = r.get('gemeinden');
  const all = /^(\*|alle|alle gemeinden|ganzer kreis|kreisweit)$/i.test(text);
  const gemeinden = all ? '*' : area(r, 'gemeinden');
  if (!all && text && !(gemeinden as string[]).length) return undefined;
  if (!text) r.required('gemeinden', { de: 'Die Gemeinden', en: 'The Gemeinden' });
  const serviceType = r.id('serviceType', false);
  // Without Thema but with Leistungsart, the topic comes from the service (assemble.ts); without both it is missing.
  const topic = serviceType ? r.id('topic', false) : r.id('topic');
  return {
    id: r.id('id', false), topic, serviceType, statuses: r.ids('statuses'), gemeinden, service: r.id('service'), location: r.id('location', false),
    note: r.t('note'), ...STEWARDSHIP(r),
  };
}
