/**
 * `wegweiser travel <gtfs> --feed <feed.json> -o <out.json>`: computes the
 * feed's travel block from a GTFS timetable — per origin (Gemeinde and
 * Ortsteil centres), destination (every place with a position) and day type:
 * typical minutes, spread, departures in the window, transfers, first arrival
 * and last return. Prints a data-quality report, refuses to publish a
 * timetable that lost more than half of its trips against the previous build
 * (unless --force), writes atomically, and is deterministic.
 */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { FeedSchema, type DayType, type Feed, type LatLon, type TravelCell as FeedCell } from '../../core/schema/index.js';
import { validateFeed } from '../../core/validate.js';
import { berlinDate } from '../../core/dates.js';
import { writeFileAtomic } from '../atomic-write.js';
import type { Lang } from '../../admin/lang.js';
import { readGtfs, type GtfsReadResult } from '../travel/gtfs/read.js';
import { DEFAULT_ENGINE_PARAMS, travelMatrix, type Place, type TravelCell } from '../travel/engine/index.js';
import { chooseDays } from '../travel/days.js';
import { qualityReport, dropProblems, type DayStats } from '../travel/quality.js';
import { progressBar } from '../travel/progress.js';
import { idleStops } from '../travel/idle-stops.js';

export interface TravelOptions {
  gtfs: string;
  feed: string;
  output: string;
  days: Partial<Record<DayType, string>>;
  window: { from: string; to: string };
  arriveBy?: string;
  returnFrom?: string;
  stopPrefixes?: string[];
  bbox?: [number, number, number, number];
  /** Buffer around the Kreis for the default bbox, km. */
  bufferKm: number;
  /** Seconds needed to change vehicles at one stop (--min-transfer). */
  minTransferSeconds?: number;
  /** Stops within this beeline distance of a place are reachable on foot (--walk-radius). */
  walkRadiusM?: number;
  name?: string;
  attribution?: string;
  licence?: { name: string; url?: string };
  synthetic: boolean;
  force: boolean;
  now: Date;
  lang: Lang;
  json: boolean;
  progress: boolean;
  out: (text: string) => void;
  err: (text: string) => void;
}

const seconds = (clock: string) => {
  const [h, m] = clock.split(':').map(Number) as [number, number];
  return h * 3600 + m * 60;
};

/** The Kreis's Gemeinden (and neighbours) plus a buffer: stops outside are never needed. */
export function defaultBbox(feed: Feed, bufferKm: number): [number, number, number, number] {
  const points: LatLon[] = [];
  for (const g of feed.regions.gemeinden) {
    if (g.centroid) points.push(g.centroid);
    for (const o of g.ortsteile ?? []) if (o.centroid) points.push(o.centroid);
  }
  for (const l of feed.locations) if (l.geo && !l.sensitive) points.push(l.geo);
  const lats = points.map((p) => p[0]);
  const lons = points.map((p) => p[1]);
  const dLat = bufferKm / 111;
  const dLon = bufferKm / (111 * Math.cos(((Math.min(...lats) + Math.max(...lats)) / 2) * (Math.PI / 180)));
  return [Math.min(...lats) - dLat, Math.min(...lons) - dLon, Math.max(...lats) + dLat, Math.max(...lons) + dLon];
}

/** Origins: every Gemeinde centre, and every Ortsteil centre (rural Ortsteile are often far from the centre). */
export function originsOf(feed: Feed): Place[] {
  const out: Place[] = [];
  for (const g of feed.regions.gemeinden) {
    if (g.centroid) out.push({ id: g.ags, lat: g.centroid[0], lon: g.centroid[1] });
    for (const o of g.ortsteile ?? []) if (o.centroid) out.push({ id: o.id, lat: o.centroid[0], lon: o.centroid[1] });
  }
  return out;
}

/** Destinations: places with an exact position; protected places never. */
export function destinationsOf(feed: Feed): Place[] {
  return feed.locations.filter((l) => l.geo && !l.sensitive).map((l) => ({ id: l.id, lat: l.geo![0], lon: l.geo![1] }));
}

/** Cells in the feed's compact form (`null` for no journey). */
const compactCell = (cell: TravelCell): FeedCell => (cell === null ? null : [...cell]);

export async function travelCommand(options: TravelOptions): Promise<number> {
  const { lang } = options;
  const say = (de: string, en: string) => (options.json ? options.err : options.out)(lang === 'de' ? de : en);
  let feed: Feed;
  try {
    feed = JSON.parse(readFileSync(options.feed, 'utf8')) as Feed;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? (lang === 'de' ? 'Datei nicht gefunden' : 'file not found') : String((error as Error).message);
    options.err(lang === 'de' ? `Der Feed ${options.feed} kann nicht gelesen werden (${reason}). Nichts geschrieben.` : `Cannot read the feed ${options.feed} (${reason}). Nothing written.`);
    return 2;
  }
  const checked = validateFeed(feed);
  if (!checked.ok) {
    say(`${options.feed} ist kein gültiger Feed (erst „wegweiser validate ${options.feed}“). Nichts geschrieben.`, `${options.feed} is not a valid feed (run "wegweiser validate ${options.feed}" first). Nothing written.`);
    return 1;
  }

  const today = berlinDate(options.now);
  // Validity first (read cheaply with no dates), then the timetables of the chosen days.
  const bbox = options.bbox ?? (options.stopPrefixes ? undefined : defaultBbox(feed, options.bufferKm));
  const filter = { ...(options.stopPrefixes ? { stopPrefixes: options.stopPrefixes } : {}), ...(bbox ? { bbox } : {}) };
  const probe = await readGtfs(options.gtfs, { dates: [], ...filter });
  const choice = chooseDays(feed.holidays, probe.validity, today, options.days);
  for (const m of choice.missing) say(m.de, m.en);
  const dayTypes = (Object.keys(choice.days) as DayType[]).sort();
  if (!dayTypes.length) {
    say('Keine Tage zu berechnen: der Fahrplan gilt nicht im gewählten Zeitraum. Nichts geschrieben.', 'No days to compute: the timetable is not valid in the chosen period. Nothing written.');
    return 1;
  }
  const dates = dayTypes.map((d) => choice.days[d]!);
  const reading = options.progress ? progressBar(lang === 'de' ? 'GTFS lesen  ' : 'Reading GTFS') : undefined;
  let gtfs: GtfsReadResult;
  try {
    gtfs = await readGtfs(options.gtfs, { dates, ...filter, ...(reading ? { onProgress: reading.update } : {}) });
  } finally {
    reading?.stop();
  }

  const origins = originsOf(feed);
  const destinations = destinationsOf(feed);
  const window = { from: seconds(options.window.from), to: seconds(options.window.to), ...(options.arriveBy ? { arriveBy: seconds(options.arriveBy) } : {}), ...(options.returnFrom ? { returnFrom: seconds(options.returnFrom) } : {}) };
  const engineParams = { minTransferSeconds: options.minTransferSeconds ?? DEFAULT_ENGINE_PARAMS.minTransferSeconds, maxAccessWalkM: options.walkRadiusM ?? DEFAULT_ENGINE_PARAMS.maxAccessWalkM };
  const matrix: Record<string, FeedCell[][]> = {};
  const stats: Record<string, DayStats> = {};
  let scanned = 0;
  const started = performance.now();
  for (const day of dayTypes) {
    const date = choice.days[day]!;
    const timetable = gtfs.timetables.get(date);
    if (!timetable) continue;
    const bar = options.progress ? progressBar(`${day.padEnd(9)} ${date}`) : undefined;
    const result = travelMatrix(timetable, origins, destinations, window, engineParams, bar?.update);
    bar?.stop();
    scanned += result.connectionsScanned;
    matrix[day] = result.cells.map((row) => row.map(compactCell));
    const day_ = gtfs.report.days[date];
    stats[day] = { trips: day_?.trips ?? 0, connections: day_?.connections ?? timetable.connections.length, reachable: result.cells.flat().filter((c) => c !== null).length };
  }
  const seconds_ = (performance.now() - started) / 1000;
  const keptStops = gtfs.timetables.values().next().value?.stops ?? [];
  const idle = idleStops(keptStops, Object.fromEntries(dayTypes.map((d) => [d, gtfs.timetables.get(choice.days[d]!)])), window);

  // A timetable that lost most of the Kreis is a broken export, not a new reality.
  const drops = dropProblems(feed.travel?.stats, stats);
  const text = qualityReport({ gtfs, days: choice.days, params: engineParams, idle, stats, previous: feed.travel?.stats, drops, origins: origins.length, destinations: destinations.length, seconds: seconds_, scanned }, lang);
  if (options.json) options.out(JSON.stringify({ days: choice.days, params: { minTransferSeconds: engineParams.minTransferSeconds, walkRadiusM: engineParams.maxAccessWalkM }, stats, report: gtfs.report, idleStops: idle, drops, seconds: seconds_, connectionsScanned: scanned }, null, 2));
  else options.out(text);
  if (drops.length && !options.force) {
    say(`Nicht veröffentlicht: ${options.output} bleibt, wie es war. Wenn der Rückgang stimmt, mit --force erneut ausführen.`, `Not published: ${options.output} is left as it was. If the drop is real, run again with --force.`);
    return 1;
  }

  const agencies = gtfs.agencies.map((a) => a.name).join(', ');
  const attribution = options.attribution ?? (agencies ? `Fahrplandaten: ${agencies}` : 'Fahrplandaten: GTFS');
  feed.travel = {
    source: {
      name: options.name ?? gtfs.feedInfo?.publisher ?? (agencies || 'GTFS'),
      attribution,
      ...(options.licence ? { licence: options.licence } : {}),
      validFrom: gtfs.validity.from,
      validUntil: gtfs.validity.until,
      ...(options.synthetic ? { synthetic: true } : {}),
    },
    // The engine's parameters stay with the times they produced (other params, e.g. bike speeds, are kept).
    params: { ...feed.travel?.params, maxAccessWalkM: engineParams.maxAccessWalkM, minTransferSeconds: engineParams.minTransferSeconds },
    ...(feed.travel?.live ? { live: feed.travel.live } : {}),
    stats,
    days: Object.fromEntries(dayTypes.map((d) => [d, choice.days[d]!])),
    window: { from: options.window.from, to: options.window.to, ...(options.arriveBy ? { arriveBy: options.arriveBy } : {}), ...(options.returnFrom ? { returnFrom: options.returnFrom } : {}) },
    origins: origins.map((o) => o.id),
    destinations: destinations.map((d) => d.id),
    matrix,
  };
  const result = validateFeed(feed);
  if (!result.ok) {
    say('Der Feed mit Fahrzeiten ist ungültig (ein Fehler in wegweiser – bitte melden). Nichts geschrieben.', 'The feed with travel times is invalid (a bug in wegweiser – please report). Nothing written.');
    return 2;
  }
  // Schema order, no unknown fields: the same input gives the same bytes.
  const published = v.parse(FeedSchema, feed) as Feed;
  const output = `${JSON.stringify(published)}\n`;
  try {
    await writeFileAtomic(options.output, output, {
      check: (written) => {
        if (!validateFeed(JSON.parse(written.toString('utf8'))).ok) throw new Error('the written feed does not validate');
      },
    });
  } catch (error) {
    say(`${options.output} konnte nicht geschrieben werden (${String((error as Error).message)}). Die bisherige Datei bleibt unverändert.`, `${options.output} could not be written (${String((error as Error).message)}). The previous file is unchanged.`);
    return 2;
  }
  say(`${options.output} geschrieben: ${origins.length} Startorte × ${destinations.length} Ziele × ${dayTypes.length} Tagesarten.`, `Wrote ${options.output}: ${origins.length} origins × ${destinations.length} destinations × ${dayTypes.length} day types.`);
  return 0;
}
