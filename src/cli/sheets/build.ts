/** One row → one feed entry, per sheet of the template. */
import type { SheetPlace } from './problems.js';
import type { RawSheet } from './read.js';
import { compact, RowReader, type BuildContext } from './row.js';
import { readLanguage, readList } from './values.js';
import {
  hoursObject, lexiconRow, location, organisation, programme, responsibility, service, steward, stewardRow, term,
} from './build-rows.js';

export { stewardIdForEmail } from './build-rows.js';

export type Collection =
  | 'stewards' | 'topics' | 'audiences' | 'serviceTypes' | 'statuses' | 'lexicon'
  | 'organisations' | 'locations' | 'services' | 'programmes' | 'responsibilities' | 'pathways';
export const COLLECTIONS: Collection[] = [
  'stewards', 'topics', 'audiences', 'serviceTypes', 'statuses', 'lexicon', 'organisations', 'locations', 'services', 'programmes', 'responsibilities', 'pathways',
];

/** The key an entry is merged by: its id; a responsibility without one by what it says. */
export function entryKey(collection: Collection, value: Record<string, unknown>, index?: number): string | undefined {
  if (typeof value.id === 'string') return value.id;
  if (collection === 'responsibilities') return `${String(value.topic ?? '')}|${String(value.serviceType ?? '')}|${String(value.service)}|${String(value.location ?? '')}`;
  if (collection === 'lexicon' && Array.isArray(value.words)) return value.words.join('|').toLowerCase();
  return index === undefined ? undefined : `#${index}`;
}

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
  /** Rows of the Außensprechstunden sheet, in the order of `outreach`. */
  outreachFrom?: SheetPlace[];
}

export interface HoursRow {
  service?: string;
  location: string;
  hours: Record<string, unknown>;
  place: SheetPlace;
  unit: string;
  signature: string;
}

export interface OutreachRow {
  service: string;
  value: Record<string, unknown>;
  place: SheetPlace;
  unit: string;
}

/** An Ortsteil (goes under its Gemeinde in regions) or a neighbouring town (regions/neighbours). */
export interface RegionRow {
  value: Record<string, unknown>;
  /** The Gemeinde an Ortsteil belongs to. */
  gemeinde?: string;
  place: SheetPlace;
}

export interface KreisRow {
  ags: string;
  name?: string;
  state?: string;
  publisher?: string | Record<string, string>;
  /** Languages named in the Kreis sheet (beyond German). */
  languages: string[];
  validUntil?: string;
  sample?: boolean;
  map?: Record<string, unknown>;
  contact: Record<string, unknown>;
  licence: { name: string; url?: string };
  place: SheetPlace;
}

export interface Built {
  entries: Entry[];
  hours: HoursRow[];
  outreach?: OutreachRow[];
  ortsteile?: RegionRow[];
  neighbours?: RegionRow[];
  kreis?: KreisRow;
}

/** Karten-Kacheln + Karten-Namensnennung → map.tiles. */
function mapOf(r: RowReader): Record<string, unknown> | undefined {
  const url = r.text('mapTiles');
  const attribution = r.text('mapAttribution');
  if (!url && !attribution) return undefined;
  if (url && !/^https:\/\/\S+\{z\}\S*$/.test(url)) r.error('mapTiles', 'cell-tiles', `„${url}“ ist keine Kachel-Adresse. Sie beginnt mit https:// und enthält {z}, {x} und {y}.`, `"${url}" is not a tile address. It starts with https:// and contains {z}, {x} and {y}.`);
  if (!url) r.required('mapTiles', { de: 'Zur Namensnennung die Adresse der Kacheln', en: 'With an attribution, the tile address' });
  if (!attribution) r.required('mapAttribution', { de: 'Zu Karten-Kacheln die Namensnennung', en: 'With map tiles, the attribution' });
  return url && attribution ? { tiles: { url, attribution } } : undefined;
}

/** Links + Link-Texte → step links (label and address belong together by position). */
function links(r: RowReader): Array<Record<string, unknown>> {
  const urls = readList(r.get('links'));
  const labels = r.textList('linkLabels');
  if (urls.length !== labels.length) {
    r.error(urls.length > labels.length ? 'linkLabels' : 'links', 'cell-links', `Zu jedem Link gehört ein Text: ${urls.length} Adressen, ${labels.length} Texte. Ergänzen Sie „${r.header('links')}“ und „${r.header('linkLabels')}“ in derselben Reihenfolge.`,
      `Each link needs a text: ${urls.length} addresses, ${labels.length} texts. Fill in "${r.header('links')}" and "${r.header('linkLabels')}" in the same order.`);
  }
  return urls.map((url, i) => ({ label: labels[i], url })).filter((l) => l.label !== undefined);
}

/** An Ortsteil (with its Gemeinde) or a neighbouring town (with its key, looked up in the official list). */
function region(r: RowReader, ortsteil: boolean): RegionRow | undefined {
  const id = r.id('id');
  const name = r.required('name', { de: 'Der Name', en: 'The name' });
  const [latText, lonText] = [r.get('lat'), r.get('lon')];
  const [lat, lon] = [Number(latText.replace(',', '.')), Number(lonText.replace(',', '.'))];
  const centroid = latText && lonText && Number.isFinite(lat) && Number.isFinite(lon) ? [lat, lon] : undefined;
  if ((latText || lonText) && !centroid) r.error(latText ? 'lon' : 'lat', 'geo-half', 'Breite und Länge gehören zusammen und sind Zahlen (z. B. 49.28 und 9.69).', 'Latitude and longitude go together and are numbers (e.g. 49.28 and 9.69).');
  if (ortsteil) {
    const gemeinde = r.get('gemeinde') ? r.gemeinde('gemeinde') : r.required('gemeinde', { de: 'Die Gemeinde', en: 'The Gemeinde' });
    return id && name && gemeinde ? { value: compact({ id, name, centroid }), gemeinde, place: r.place() } : undefined;
  }
  const text = r.get('ags');
  const ags = /^\d{7,8}$/.test(text) ? text.padStart(8, '0') : undefined;
  if (text && (!ags || !r.ctx.resolver.official(ags))) {
    r.error('ags', 'gemeinde-unknown', `„${text}“ ist kein Gemeindeschlüssel aus dem amtlichen Verzeichnis (8 Ziffern, z. B. 08121000 für Heilbronn).`, `"${text}" is not a key from the official list (8 digits, e.g. 08121000 for Heilbronn).`);
    return undefined;
  }
  if (ags) r.ctx.resolver.addNeighbour(ags);
  return id && name ? { value: compact({ id, name, ags, centroid }), place: r.place() } : undefined;
}

type RowBuilder = (r: RowReader) => Record<string, unknown> | undefined;

const BUILDERS: Partial<Record<RawSheet['spec']['key'], [Collection, RowBuilder]>> = {
  pflege: ['stewards', stewardRow],
  themen: ['topics', term],
  zielgruppen: ['audiences', term],
  leistungsarten: ['serviceTypes', term],
  aufenthaltsstatus: ['statuses', term],
  alltagswoerter: ['lexicon', lexiconRow],
  organisationen: ['organisations', organisation],
  orte: ['locations', location],
  angebote: ['services', service],
  programme: ['programmes', programme],
  zustaendigkeiten: ['responsibilities', responsibility],
};

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
    const languages = readList(r.get('languages'), true).map((l) => {
      const tag = readLanguage(l);
      if (!tag) r.error('languages', 'cell-language', `Die Sprache „${l}“ ist unbekannt. Schreiben Sie das Kürzel (fr, ti …).`, `Language "${l}" is unknown. Write its tag (fr, ti …).`);
      return tag?.toLowerCase();
    }).filter((l): l is string => !!l && l !== 'de');
    out.kreis = {
      ags: fixed, name: r.text('name'), state: r.text('state'), publisher: r.t('publisher'), place: r.place(),
      languages: [...new Set(languages)], validUntil: r.date('validUntil'), sample: r.bool('sample'), map: mapOf(r),
      contact: compact({ email: r.text('email'), phone: r.text('phone'), website: r.text('website') }),
      licence: compact({ name: r.text('licence') ?? 'Datenlizenz Deutschland – Namensnennung 2.0', url: r.text('licenceUrl') ?? (r.text('licence') ? undefined : 'https://www.govdata.de/dl-de/by-2-0') }),
    };
    return;
  }
  if (key === 'ortsteile' || key === 'nachbarorte') {
    for (const raw of rows) {
      const r = new RowReader(sheet, raw, ctx);
      const row = region(r, key === 'ortsteile');
      if (row) (key === 'ortsteile' ? (out.ortsteile ??= []) : (out.neighbours ??= [])).push(row);
    }
    return;
  }
  if (key === 'aussensprechstunden') {
    for (const raw of rows) {
      const r = new RowReader(sheet, raw, ctx);
      const service = r.id('service');
      const gemeinde = r.get('gemeinde') ? r.gemeinde('gemeinde') : r.required('gemeinde', { de: 'Die Gemeinde', en: 'The Gemeinde' });
      const hours = hoursObject(r, 'hours');
      if (!r.get('hours')) r.required('hours', { de: 'Die Zeiten', en: 'The hours' });
      if (service && gemeinde && hours) {
        out.outreach ??= [];
        out.outreach.push({ service, value: compact({ gemeinde, location: r.id('location', false), hours, note: r.t('note') }), place: r.place(), unit });
      }
    }
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
      const deadlineDays = r.get('deadlineDays');
      const days = deadlineDays && /^\d+$/.test(deadlineDays) ? Number(deadlineDays) : undefined;
      if (deadlineDays && days === undefined) r.error('deadlineDays', 'cell-number', `„${deadlineDays}“ ist keine Zahl von Tagen (z. B. 14).`, `"${deadlineDays}" is not a number of days (e.g. 14).`);
      const step = compact({
        id: r.id('id'), title: r.requiredText('title', { de: 'Der Titel des Schritts', en: 'The step title' }), body: r.t('body'), deadline: r.t('deadline'), deadlineDays: days,
        documents: r.textList('documents'), topic: r.id('topic', false), serviceType: r.id('serviceType', false), service: r.id('service', false), helper: r.id('helper', false),
        links: links(r),
      });
      if (!id) continue;
      let entry = byId.get(id);
      if (!entry) {
        entry = {
          collection: 'pathways', key: id, place: r.place(), unit, steps: [], signature: '',
          value: { id, title: r.t('pathwayTitle'), summary: r.t('pathwaySummary'), audience: r.ids('pathwayAudiences'), steps: [], steward: steward(r), reviewed: r.date('reviewed'), validFrom: r.date('validFrom'), validUntil: r.date('validUntil') },
        };
        byId.set(id, entry);
        out.entries.push(entry);
      } else {
        entry.value.title ??= r.t('pathwayTitle');
        entry.value.summary ??= r.t('pathwaySummary');
        if (!(entry.value.audience as string[]).length) entry.value.audience = r.ids('pathwayAudiences');
        entry.value.steward ??= steward(r);
        entry.value.reviewed ??= r.date('reviewed');
        entry.value.validFrom ??= r.date('validFrom');
        entry.value.validUntil ??= r.date('validUntil');
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
    const id = entryKey(collection, cleaned);
    if (id === undefined) continue;
    if (collection === 'lexicon') delete cleaned.id;
    out.entries.push({ collection, key: id, value: cleaned, place: r.place(), unit, signature: signatureOf(raw.cells) });
  }
}
