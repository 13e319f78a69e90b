/** One row → one feed entry, per sheet of the template. */
import type { SheetPlace } from './problems.js';
import type { RawSheet } from './read.js';
import { compact, RowReader, type BuildContext } from './row.js';
import { CENTRE, readLanguage, readList } from './values.js';
import {
  accessModes, area, choice, hoursObject, lexiconRow, location, organisation, programme, responsibility, service, stewardRow, term,
} from './build-rows.js';
import { buildPathways, questionRow, type QuestionRow } from './build-pathways.js';

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
  /** Rows of the Fragen sheet, in the order of `questions`. */
  questionsFrom?: SheetPlace[];
}

export interface HoursRow {
  service?: string;
  location: string;
  hours?: Record<string, unknown>;
  /** `at[].access` and `at[].note` of a service at this place. */
  at?: Record<string, unknown>;
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
  centroid?: number[];
  contact: Record<string, unknown>;
  website?: string;
  licence: { name: string; url?: string };
  place: SheetPlace;
}

export interface Built {
  entries: Entry[];
  hours: HoursRow[];
  outreach?: OutreachRow[];
  questions?: QuestionRow[];
  ortsteile?: RegionRow[];
  /** Rows of the Gemeinden sheet (what differs from the official list). */
  gemeinden?: RegionRow[];
  verbaende?: RegionRow[];
  neighbours?: RegionRow[];
  kreis?: KreisRow;
}

/** Karten-Kacheln + Karten-Namensnennung (+ Max-Zoom) → map.tiles; Karten-Mitte, Karten-Zoom → map.center, map.zoom. */
function mapOf(r: RowReader): Record<string, unknown> | undefined {
  const url = r.text('mapTiles');
  const attribution = r.text('mapAttribution');
  if (url && !/^https:\/\/\S+\{z\}\S*$/.test(url)) r.error('mapTiles', 'cell-tiles', `„${url}“ ist keine Kachel-Adresse. Sie beginnt mit https:// und enthält {z}, {x} und {y}.`, `"${url}" is not a tile address. It starts with https:// and contains {z}, {x} and {y}.`);
  if (!url && attribution) r.required('mapTiles', { de: 'Zur Namensnennung die Adresse der Kacheln', en: 'With an attribution, the tile address' });
  if (url && !attribution) r.required('mapAttribution', { de: 'Zu Karten-Kacheln die Namensnennung', en: 'With map tiles, the attribution' });
  const zoomOf = (key: string) => {
    if (!r.get(key)) return undefined;
    const n = Number(r.get(key));
    if (Number.isInteger(n) && n >= 0 && n <= 22) return n;
    r.error(key, 'cell-number', `„${r.get(key)}“ ist keine Zoomstufe (0–22).`, `"${r.get(key)}" is not a zoom level (0–22).`);
    return undefined;
  };
  const center = readList(r.get('mapCenter'), true).map((x) => Number(x));
  if (r.get('mapCenter') && !(center.length === 2 && center.every(Number.isFinite))) r.error('mapCenter', 'cell-number', `„${r.get('mapCenter')}“: Schreiben Sie Breite; Länge, z. B. 50.2; 6.8.`, `"${r.get('mapCenter')}": write latitude; longitude, e.g. 50.2; 6.8.`);
  const map = compact({
    tiles: url && attribution ? compact({ url, attribution, maxZoom: zoomOf('mapMaxZoom') }) : undefined,
    center: center.length === 2 && center.every(Number.isFinite) ? center : undefined, zoom: zoomOf('mapZoom'),
  });
  return Object.keys(map).length ? map : undefined;
}

/** „49.2; 9.6“ → [49.2, 9.6]. */
function pair(r: RowReader, key: string): number[] | undefined {
  if (!r.get(key)) return undefined;
  const values = readList(r.get(key), true).map((x) => Number(x));
  if (values.length === 2 && values.every(Number.isFinite)) return values;
  r.error(key, 'cell-number', `„${r.get(key)}“: Schreiben Sie Breite; Länge, z. B. 49.2; 9.6.`, `"${r.get(key)}": write latitude; longitude, e.g. 49.2; 9.6.`);
  return undefined;
}

/** Breite and Länge → [lat, lon], both or none. */
function latLon(r: RowReader): number[] | undefined {
  const [latText, lonText] = [r.get('lat'), r.get('lon')];
  const [lat, lon] = [Number(latText.replace(',', '.')), Number(lonText.replace(',', '.'))];
  if (latText && lonText && Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) return [lat, lon];
  if (latText || lonText) r.error(latText ? 'lon' : 'lat', 'geo-half', 'Breite und Länge gehören zusammen und sind Zahlen (z. B. 49.28 und 9.69).', 'Latitude and longitude go together and are numbers (e.g. 49.28 and 9.69).');
  return undefined;
}

/** An Ortsteil (with its Gemeinde) or a neighbouring town (with its key, looked up in the official list). */
function region(r: RowReader, ortsteil: boolean): RegionRow | undefined {
  const id = r.id('id');
  const name = r.required('name', { de: 'Der Name', en: 'The name' });
  const centroid = latLon(r);
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
      languages: [...new Set(languages)], validUntil: r.date('validUntil'), sample: r.bool('sample'), map: mapOf(r), centroid: pair(r, 'kreisCentre'),
      contact: compact({ email: r.text('email'), phone: r.text('phone'), website: r.text('website'), fax: r.text('fax'), note: r.t('contactNote') }),
      website: r.text('website'),
      licence: compact({ name: r.text('licence') ?? 'Datenlizenz Deutschland – Namensnennung 2.0', url: r.text('licenceUrl') ?? (r.text('licence') ? undefined : 'https://www.govdata.de/dl-de/by-2-0') }),
    };
    return;
  }
  if (key === 'gemeinden' || key === 'verbaende') {
    for (const raw of rows) {
      const r = new RowReader(sheet, raw, ctx);
      if (key === 'gemeinden') {
        const gemeinde = r.gemeinde('gemeinde') ?? (r.get('gemeinde') ? undefined : r.required('gemeinde', { de: 'Die Gemeinde', en: 'The Gemeinde' }));
        const centroid = r.get('lat') || r.get('lon') ? latLon(r) : undefined;
        const value = compact({ name: r.text('name'), centroid, centre: choice(r, 'centre', CENTRE, 'Oberzentrum, Mittelzentrum, Grundzentrum, Unterzentrum, Kleinzentrum') });
        if (gemeinde) (out.gemeinden ??= []).push({ value, gemeinde, place: r.place() });
      } else {
        const id = r.id('id');
        const name = r.required('name', { de: 'Der Name', en: 'The name' });
        const gemeinden = area(r, 'gemeinden');
        if (!r.get('gemeinden')) r.required('gemeinden', { de: 'Die Gemeinden', en: 'The Gemeinden' });
        if (id && name && gemeinden.length) (out.verbaende ??= []).push({ value: { id, name, gemeinden }, place: r.place() });
      }
    }
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
      const hours = hoursObject(r, 'hours', 'hoursNote');
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
      const service = r.id('service', false);
      const at = service ? compact({ access: accessModes(r), note: r.t('atNote') }) : {};
      if (!service && (r.get('access') || r.get('atNote'))) {
        r.error(r.get('access') ? 'access' : 'atNote', 'cell-needs-service', 'Zugang-hier und Ort-Hinweis gelten für ein Angebot an einem Ort: tragen Sie die Angebot-ID ein.', 'Zugang-hier and Ort-Hinweis belong to a service at a place: fill in Angebot-ID.');
      }
      if (!r.get('hours') && !Object.keys(at).length) r.required('hours', { de: 'Die Öffnungszeiten', en: 'The hours' });
      if (location && (hours || Object.keys(at).length)) {
        out.hours.push({ ...(service ? { service } : {}), location, ...(hours ? { hours } : {}), ...(Object.keys(at).length ? { at } : {}), place: r.place(), unit, signature: signatureOf(raw.cells) });
      }
    }
    return;
  }
  if (key === 'wege') return buildPathways(rows.map((raw) => new RowReader(sheet, raw, ctx)), unit, out, signatureOf);
  if (key === 'fragen') {
    for (const raw of rows) {
      const row = questionRow(new RowReader(sheet, raw, ctx), unit);
      if (row) (out.questions ??= []).push(row);
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
