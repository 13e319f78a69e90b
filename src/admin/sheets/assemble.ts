/**
 * Merging what every input sent (and the --base feed) into one source feed,
 * remembering for every entry the spreadsheet row it came from, so problems
 * the core finds later can be told by file, sheet, row and column.
 */
import { directionOf } from '../../core/text.js';
import { COLLECTIONS, entryKey, type Built, type Collection, type Entry, type KreisRow } from './build.js';
import type { Problems, SheetPlace } from './problems.js';
import { SHEETS, type SheetKey } from './spec.js';
import { readState, type GemeindeResolver } from './values.js';

export interface Assembled {
  feed: Record<string, unknown>;
  /** `/services/3` → the entry placed there (only entries from sheets). */
  entryAt: Map<string, Entry>;
  /** Per input: entries it sent that are in the result, per collection, and hours rows. */
  perUnit: Map<string, Record<string, number>>;
}

const SHEET_OF: Record<Collection, SheetKey> = {
  stewards: 'pflege', topics: 'themen', audiences: 'zielgruppen', serviceTypes: 'leistungsarten', statuses: 'aufenthaltsstatus', lexicon: 'alltagswoerter',
  organisations: 'organisationen', locations: 'orte', services: 'angebote',
  programmes: 'programme', responsibilities: 'zustaendigkeiten', pathways: 'wege',
};

type Slot = { entry?: Entry; value: Record<string, unknown> };

function sameSender(a: Entry, b: Entry): boolean {
  return a.unit === b.unit;
}

/** Names of the interface languages in their own words, for `languages[].name`. */
const LANGUAGE_NAMES: Record<string, string> = {
  de: 'Deutsch', 'de-x-ls': 'Leichte Sprache', en: 'English', ar: 'العربية', fa: 'فارسی', uk: 'Українська', ru: 'Русский', tr: 'Türkçe', ro: 'Română', bg: 'Български', pl: 'Polski',
};

/** A language of the feed as `languages` lists it. */
export function feedLanguage(code: string): Record<string, string> {
  return { code, dir: directionOf(code), ...(LANGUAGE_NAMES[code] ? { name: LANGUAGE_NAMES[code]! } : {}) };
}

export interface AssembleInput {
  units: Array<{ name: string; built: Built }>;
  base?: Record<string, unknown>;
  baseName?: string;
  resolver: GemeindeResolver;
  kreis?: KreisRow;
  stewardEmails: Map<string, string>;
  /** Languages of translation columns and of the Kreis sheet (besides German). */
  languages: string[];
  problems: Problems;
}

export function assemble(input: AssembleInput): Assembled | undefined {
  const { units, base, baseName, resolver, kreis, stewardEmails, problems } = input;
  let feed: Record<string, unknown>;
  if (base) {
    feed = structuredClone(base);
    if (kreis) {
      problems.warn(kreis.place, 'kreis-ignored', `Mit --base kommen Herausgeber und Gemeinden aus ${baseName}; das Blatt „Kreis“ wird nicht verwendet.`, `With --base, publisher and Gemeinden come from ${baseName}; sheet "Kreis" is not used.`);
    }
  } else if (kreis) {
    const kreisGemeinden = resolver.kreisGemeinden();
    if (!kreisGemeinden.length) {
      problems.error({ ...kreis.place, column: 'Kreis-AGS' }, 'kreis-unknown', `Zum Kreisschlüssel ${kreis.ags} gibt es im amtlichen Verzeichnis keine Gemeinden. Stimmt er (z. B. 08126 für den Hohenlohekreis)?`, `The official list has no Gemeinden for Kreis key ${kreis.ags}. Is it right (e.g. 08126 for Hohenlohekreis)?`);
      return undefined;
    }
    const name = kreis.name ?? kreisGemeinden[0]!.kreisName.replace(/,.*$/, '');
    const state = readState(kreis.state ?? '', kreis.ags);
    if (!state) problems.error({ ...kreis.place, column: 'Bundesland' }, 'kreis-state', `„${kreis.state}“ ist kein Bundesland. Schreiben Sie das Kürzel (BW, BY, …).`, `"${kreis.state}" is not a Bundesland. Write its code (BW, BY, …).`);
    feed = {
      version: '1.0',
      publisher: {
        name: kreis.publisher ?? `Landratsamt ${name}`, ags: kreis.ags, state: state ?? '', contact: kreis.contact, licence: kreis.licence,
        ...(kreis.website ? { website: kreis.website } : {}),
      },
      ...(kreis.validUntil ? { validUntil: kreis.validUntil } : {}),
      ...(kreis.sample !== undefined ? { sample: kreis.sample } : {}),
      ...(kreis.map ? { map: kreis.map } : {}),
      languages: [feedLanguage('de')],
      regions: { kreis: { ags: kreis.ags, name, ...(kreis.centroid ? { centroid: kreis.centroid } : {}) }, gemeinden: kreisGemeinden.map((g) => ({ ags: g.ags, name: g.name })) },
      topics: [], organisations: [], locations: [], services: [],
    };
  } else {
    problems.error(undefined, 'kreis-missing',
      'Ohne --base <quelle.json> braucht der Import ein Blatt „Kreis“ (Kreis-AGS, Kreis-Name, Bundesland, E-Mail, Lizenz). Legen Sie es an (siehe wegweiser template) oder geben Sie mit --base einen bestehenden Feed an.',
      'Without --base <source.json> the import needs a sheet "Kreis" (Kreis-AGS, Kreis-Name, Bundesland, E-Mail, Lizenz). Add it (see wegweiser template) or name an existing feed with --base.');
    return undefined;
  }

  // Every language a text column was written in is a language of the feed.
  const listed = Array.isArray(feed.languages) ? (feed.languages as Array<{ code?: unknown }>) : [];
  const added = input.languages.filter((code) => !listed.some((l) => String(l.code).toLowerCase() === code));
  if (added.length) {
    feed.languages = [...listed, ...added.map(feedLanguage)];
    if (base) {
      problems.warn(undefined, 'languages-added', `Die Tabellen haben Texte auf ${added.join(', ')}; diese Sprachen wurden unter languages ergänzt.`,
        `The sheets have texts in ${added.join(', ')}; these languages were added to languages.`);
    }
  }

  // One ordered map per collection: base entries first, sheet entries replace them in place or follow.
  const slots = new Map<Collection, Map<string, Slot>>();
  for (const collection of COLLECTIONS) {
    const map = new Map<string, Slot>();
    const list = Array.isArray(feed[collection]) ? (feed[collection] as Array<Record<string, unknown>>) : [];
    list.forEach((value, i) => map.set(entryKey(collection, value, i)!, { value }));
    slots.set(collection, map);
  }
  for (const { built } of units) {
    for (const entry of built.entries) {
      const map = slots.get(entry.collection)!;
      const old = map.get(entry.key)?.entry;
      if (old && sameSender(old, entry)) {
        if (old.signature === entry.signature) continue;
        problems.error(entry.place, 'id-twice', `Die ID „${entry.key}“ steht schon in ${placeShort(old.place, 'de')}. Jede ID darf nur einmal vorkommen: ändern Sie eine davon oder löschen Sie die doppelte Zeile.`,
          `Id "${entry.key}" is already used in ${placeShort(old.place, 'en')}. Each id may appear only once: change one of them or delete the duplicate row.`);
        continue;
      }
      if (old) {
        problems.warn(entry.place, 'id-replaced', `„${entry.key}“ kommt auch in ${placeShort(old.place, 'de')} vor; verwendet wird dieser spätere Eintrag aus ${entry.place.file}. Stimmen Sie ab, wer den Eintrag pflegt.`,
          `"${entry.key}" also appears in ${placeShort(old.place, 'en')}; this later entry from ${entry.place.file} is used. Agree on who keeps the entry.`);
      }
      map.set(entry.key, { entry, value: entry.value });
    }
  }

  // Zeiten: hours of a service at a place, or of a place.
  const services = slots.get('services')!;
  const locations = slots.get('locations')!;
  const hoursCount = new Map<string, number>();
  for (const { built } of units) {
    for (const row of built.hours) {
      const loc = locations.get(row.location);
      if (!loc) {
        problems.error({ ...row.place, column: 'Ort-ID' }, 'hours-location', `Den Ort „${row.location}“ gibt es nicht (weder im Blatt „Orte“ noch im Feed). Stimmt die ID?`, `There is no location "${row.location}" (not in sheet "Orte", nor in the feed). Is the id right?`);
        continue;
      }
      let target: Slot | undefined = loc;
      if (row.service) {
        target = services.get(row.service);
        if (!target) {
          problems.error({ ...row.place, column: 'Angebot-ID' }, 'hours-service', `Das Angebot „${row.service}“ gibt es nicht (weder im Blatt „Angebote“ noch im Feed). Stimmt die ID?`, `There is no service "${row.service}" (not in sheet "Angebote", nor in the feed). Is the id right?`);
          continue;
        }
        const at = (target.value.at ??= []) as Array<Record<string, unknown>>;
        let item = at.find((a) => a.location === row.location);
        if (!item) at.push((item = { location: row.location }));
        if (row.hours) item.hours = row.hours;
        Object.assign(item, row.at);
      } else {
        target.value.hours = row.hours;
      }
      if (target.entry) (target.entry.hoursFrom ??= new Map()).set(row.service ? row.location : '', row.place);
      hoursCount.set(row.unit, (hoursCount.get(row.unit) ?? 0) + 1);
    }
  }

  placeRegions(feed, units, problems);
  placeOutreach(units, services, problems);
  placeQuestions(units, slots.get('pathways')!, problems);

  // Stewards named by e-mail address in a Pflege column.
  const stewards = slots.get('stewards')!;
  for (const [id, email] of stewardEmails) {
    if (!stewards.has(id)) stewards.set(id, { value: { id, role: `Datenpflege (${email})`, email } });
  }

  // Responsibilities with a Leistungsart but no Thema: the topic is the service's first.
  for (const slot of slots.get('responsibilities')!.values()) {
    if (slot.value.topic !== undefined || !slot.entry) continue;
    const topics = services.get(String(slot.value.service))?.value.topics as string[] | undefined;
    if (topics?.[0]) slot.value.topic = topics[0];
    else {
      problems.error({ ...slot.entry.place, column: 'Thema' }, 'cell-required', `Das Thema fehlt, und das Angebot „${String(slot.value.service)}“ hat keines, aus dem es folgen könnte. Tragen Sie die Themen-ID ein.`,
        `The topic is missing, and service "${String(slot.value.service)}" has none to take it from. Enter the topic id.`);
    }
  }

  // Without a vocabulary (no --base, no sheet), the ids used become the vocabulary.
  const VOCABULARY = [['topics', usedTopics(slots), 'Themen', 'Themen'], ['audiences', usedAudiences(slots), 'Zielgruppen', 'Zielgruppen'],
    ['serviceTypes', usedServiceTypes(slots), 'Leistungsarten', 'Leistungsarten']] as const;
  for (const [collection, used, de, sheet] of VOCABULARY) {
    const terms = slots.get(collection)!;
    if (terms.size || !used.length) continue;
    for (const id of used) terms.set(id, { value: { id, label: id } });
    problems.warn(undefined, `${collection}-created`,
      `Es gibt keine Liste der ${de}; die verwendeten Kennungen wurden übernommen und heißen vorerst wie ihre Kennung (so sehen sie auch Bürgerinnen und Bürger): ${used.join(', ')}. Geben Sie ihnen Namen im Blatt „${sheet}“ oder nutzen Sie --base.`,
      `There is no list of ${collection}; the ids used were taken over, labelled with their id for now (citizens see them like that): ${used.join(', ')}. Give them names in sheet "${sheet}" or use --base.`);
  }

  const entryAt = new Map<string, Entry>();
  const perUnit = new Map<string, Record<string, number>>(units.map((u) => [u.name, {}]));
  for (const collection of COLLECTIONS) {
    const list = [...slots.get(collection)!.values()];
    list.forEach((slot, i) => {
      if (!slot.entry) return;
      entryAt.set(`/${collection}/${i}`, slot.entry);
      const counts = perUnit.get(slot.entry.unit)!;
      counts[collection] = (counts[collection] ?? 0) + 1;
    });
    if (list.length || Array.isArray(feed[collection]) || ['topics', 'organisations', 'locations', 'services'].includes(collection)) {
      feed[collection] = list.map((s) => s.value);
    }
  }
  for (const [unit, n] of hoursCount) perUnit.get(unit)!.hours = n;
  return { feed, entryAt, perUnit };
}

/** Ortsteile under their Gemeinde, neighbouring towns under regions/neighbours; the same id replaces. */
function placeRegions(feed: Record<string, unknown>, units: AssembleInput['units'], problems: Problems): void {
  const regions = (feed.regions ?? {}) as { gemeinden?: Array<Record<string, unknown>>; neighbours?: Array<Record<string, unknown>> };
  const upsert = (list: Array<Record<string, unknown>>, value: Record<string, unknown>) => {
    const i = list.findIndex((x) => x.id === value.id);
    if (i >= 0) list[i] = value;
    else list.push(value);
  };
  for (const { built } of units) {
    for (const row of built.ortsteile ?? []) {
      const gemeinde = regions.gemeinden?.find((g) => g.ags === row.gemeinde);
      if (!gemeinde) {
        problems.error({ ...row.place, column: 'Gemeinde' }, 'ortsteil-gemeinde', `Die Gemeinde ${row.gemeinde} des Ortsteils steht nicht unter den Gemeinden des Feeds.`, `Gemeinde ${row.gemeinde} of the Ortsteil is not among the feed's Gemeinden.`);
        continue;
      }
      upsert((gemeinde.ortsteile ??= []) as Array<Record<string, unknown>>, row.value);
    }
    for (const row of built.neighbours ?? []) upsert((regions.neighbours ??= []), row.value);
    for (const row of built.gemeinden ?? []) {
      const gemeinde = regions.gemeinden?.find((g) => g.ags === row.gemeinde);
      if (gemeinde) Object.assign(gemeinde, row.value);
      else problems.error({ ...row.place, column: 'Gemeinde' }, 'gemeinde-not-in-feed', `Die Gemeinde ${row.gemeinde} steht nicht unter den Gemeinden des Feeds.`, `Gemeinde ${row.gemeinde} is not among the feed's Gemeinden.`);
    }
    for (const row of built.verbaende ?? []) {
      const verbaende = ((regions as { verbaende?: Array<Record<string, unknown>> }).verbaende ??= []);
      upsert(verbaende, row.value);
      for (const ags of row.value.gemeinden as string[]) {
        const gemeinde = regions.gemeinden?.find((g) => g.ags === ags);
        if (gemeinde) gemeinde.verband = row.value.id;
      }
    }
  }
}

/** Außensprechstunden: the sheet's rows for a service replace its consultation days. */
function placeOutreach(units: AssembleInput['units'], services: Map<string, Slot>, problems: Problems): void {
  const replaced = new Set<string>();
  for (const { built } of units) {
    for (const row of built.outreach ?? []) {
      const slot = services.get(row.service);
      if (!slot) {
        problems.error({ ...row.place, column: 'Angebot-ID' }, 'outreach-service', `Das Angebot „${row.service}“ gibt es nicht (weder im Blatt „Angebote“ noch im Feed). Stimmt die ID?`, `There is no service "${row.service}" (not in sheet "Angebote", nor in the feed). Is the id right?`);
        continue;
      }
      if (!replaced.has(row.service)) {
        replaced.add(row.service);
        slot.value.outreach = [];
      }
      (slot.value.outreach as unknown[]).push(row.value);
      if (slot.entry) (slot.entry.outreachFrom ??= []).push(row.place);
    }
  }
}

/** Fragen: the sheet's rows for a pathway replace its questions. */
function placeQuestions(units: AssembleInput['units'], pathways: Map<string, Slot>, problems: Problems): void {
  const replaced = new Set<string>();
  for (const { built } of units) {
    for (const row of built.questions ?? []) {
      const slot = pathways.get(row.pathway);
      if (!slot) {
        problems.error({ ...row.place, column: 'Weg-ID' }, 'question-pathway', `Den Weg „${row.pathway}“ gibt es nicht (weder im Blatt „Wege“ noch im Feed). Stimmt die ID?`, `There is no pathway "${row.pathway}" (not in sheet "Wege", nor in the feed). Is the id right?`);
        continue;
      }
      if (!replaced.has(row.pathway)) {
        replaced.add(row.pathway);
        slot.value.questions = [];
      }
      (slot.value.questions as unknown[]).push(row.value);
      if (slot.entry) (slot.entry.questionsFrom ??= []).push(row.place);
    }
  }
}

function usedTopics(slots: Map<Collection, Map<string, Slot>>): string[] {
  const used = new Set<string>();
  for (const { value } of slots.get('services')!.values()) for (const t of (value.topics as string[] | undefined) ?? []) used.add(t);
  for (const { value } of slots.get('programmes')!.values()) for (const t of (value.topics as string[] | undefined) ?? []) used.add(t);
  for (const { value } of slots.get('responsibilities')!.values()) if (typeof value.topic === 'string') used.add(value.topic);
  for (const { value } of slots.get('pathways')!.values()) for (const s of (value.steps as Array<Record<string, unknown>> | undefined) ?? []) if (typeof s.topic === 'string') used.add(s.topic);
  return [...used];
}

function usedAudiences(slots: Map<Collection, Map<string, Slot>>): string[] {
  const used = new Set<string>();
  for (const c of ['services', 'programmes'] as const) for (const { value } of slots.get(c)!.values()) for (const t of (value.audiences as string[] | undefined) ?? []) used.add(t);
  for (const { value } of slots.get('pathways')!.values()) for (const t of (value.audience as string[] | undefined) ?? []) used.add(t);
  return [...used];
}

function usedServiceTypes(slots: Map<Collection, Map<string, Slot>>): string[] {
  const used = new Set<string>();
  for (const { value } of slots.get('services')!.values()) for (const t of (value.types as string[] | undefined) ?? []) used.add(t);
  for (const { value } of slots.get('responsibilities')!.values()) if (typeof value.serviceType === 'string') used.add(value.serviceType);
  for (const { value } of slots.get('pathways')!.values()) for (const s of (value.steps as Array<Record<string, unknown>> | undefined) ?? []) if (typeof s.serviceType === 'string') used.add(s.serviceType);
  return [...used];
}

export function placeShort(place: SheetPlace, lang: 'de' | 'en'): string {
  return `${place.file}${place.sheet && place.sheet !== fileName(place.file) ? ` › ${place.sheet}` : ''}${place.row ? ` (${lang === 'de' ? 'Zeile' : 'row'} ${place.row})` : ''}`;
}

/** JSON field (without list indexes) → column key, where the names differ. */
const FIELD_COLUMN: Record<string, string> = {
  'contact/phone': 'phone', 'contact/email': 'email', 'contact/website': 'website', 'address/street': 'street', 'address/postcode': 'postcode',
  'address/city': 'city', 'address/extra': 'extra', geo: 'lat', 'accessibility/wheelchair': 'wheelchair', 'accessibility/toilet': 'toilet',
  'cost/free': 'free', 'cost/text': 'costText', 'booking/url': 'bookingUrl', 'booking/leadTime': 'bookingText', at: 'locations', 'at/location': 'locations',
  'schedule/start': 'start', 'schedule/end': 'end', 'schedule/recurrence/days': 'days', 'schedule/recurrence/from': 'from', 'schedule/recurrence/to': 'to',
  'schedule/text': 'scheduleText', 'registration/deadline': 'deadline', 'registration/url': 'registrationUrl', 'registration/required': 'registration',
  'hours/osm': 'hours', 'hours/note': 'hoursNote', title: 'title', label: 'label', synonyms: 'synonyms',
  address: 'street', 'contact/fax': 'fax', 'contact/note': 'contactNote', 'accessibility/hearingLoop': 'hearingLoop', 'accessibility/parking': 'parking',
  'accessibility/text': 'accessibilityText', 'cost/category': 'costCategory', 'booking/phone': 'bookingPhone', 'booking/email': 'bookingEmail',
  'eligibility/text': 'eligibilityText', 'eligibility/minAge': 'minAge', 'eligibility/maxAge': 'maxAge', 'eligibility/womenOnly': 'womenOnly',
  'eligibility/statuses': 'eligibilityStatuses', 'schedule/hoursTotal': 'hoursTotal', 'schedule/recurrence/schoolHolidays': 'holidays',
  'registration/email': 'registrationEmail', 'registration/phone': 'registrationPhone', 'registration/text': 'registrationText',
  'funder/name': 'funderName', 'funder/level': 'funderLevel', 'funding/applicants': 'applicants', 'funding/amount': 'amount',
  'funding/maxAmountEur': 'maxAmountEur', 'funding/coFundingPercent': 'coFundingPercent', 'funding/deadline': 'fundingDeadline', 'funding/url': 'fundingUrl',
};

const PATHWAY_FIELDS: Record<string, string> = { title: 'pathwayTitle', id: 'pathway', summary: 'pathwaySummary', audience: 'pathwayAudiences' };

/** Where a problem at `pointer` is in the spreadsheets, when the entry came from one. */
export function placeOf(pointer: string, assembled: Assembled): SheetPlace | undefined {
  const m = /^\/([A-Za-z]+)\/(\d+)(?:\/(.*))?$/.exec(pointer);
  if (!m) return undefined;
  const entry = assembled.entryAt.get(`/${m[1]}/${m[2]}`);
  if (!entry) return undefined;
  const rest = (m[3] ?? '').split('/').filter(Boolean);
  let place = entry.place;
  let fields = rest;
  if (entry.collection === 'pathways' && rest[0] === 'questions' && entry.questionsFrom?.[Number(rest[1])]) {
    const column = { id: 'Frage-ID', text: 'Frage', options: 'Antworten', when: 'Wenn' }[rest[2] ?? ''];
    return { ...entry.questionsFrom[Number(rest[1])]!, ...(column ? { column } : {}) };
  }
  if (entry.collection === 'pathways' && rest[0] === 'steps' && rest[1] !== undefined) {
    place = entry.steps?.[Number(rest[1])] ?? entry.place;
    fields = rest.slice(2);
    if (!fields.length) return place;
  }
  if (rest[0] === 'at' && rest[2] === 'hours') {
    const at = (entry.value.at as Array<Record<string, unknown>> | undefined)?.[Number(rest[1])];
    const from = entry.hoursFrom?.get(String(at?.location));
    if (from) return { ...from, column: 'Öffnungszeiten' };
  }
  if (rest[0] === 'hours' && entry.hoursFrom?.has('')) return { ...entry.hoursFrom.get('')!, column: 'Öffnungszeiten' };
  if (rest[0] === 'outreach' && entry.outreachFrom?.[Number(rest[1])]) {
    const column = { gemeinde: 'Gemeinde', location: 'Ort-ID', hours: 'Öffnungszeiten', note: 'Hinweis' }[rest[2] ?? ''];
    return { ...entry.outreachFrom[Number(rest[1])]!, ...(column ? { column } : {}) };
  }
  const path = fields.filter((f) => !/^\d+$/.test(f));
  const sheetKey = entry.collection === 'pathways' && place !== entry.place ? 'wege' : SHEET_OF[entry.collection];
  const spec = SHEETS.find((s) => s.key === sheetKey)!;
  const pathwayLevel = entry.collection === 'pathways' && place === entry.place;
  for (let n = path.length; n > 0; n--) {
    const field = path.slice(0, n).join('/');
    const key = pathwayLevel && PATHWAY_FIELDS[field] ? PATHWAY_FIELDS[field]! : (FIELD_COLUMN[field] ?? field);
    const column = spec.columns.find((c) => c.key === key);
    if (column) return { ...place, column: column.header };
  }
  return place;
}

/** The last part of a path (either slash: the Werkstatt's names come from any system). */
function fileName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
