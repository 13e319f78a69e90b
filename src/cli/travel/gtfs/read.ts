/**
 * The GTFS reader: a GTFS zip or folder → one Timetable per requested
 * service date, plus the feed's validity, agencies, feed_info and a
 * data-quality report. Node only (CLI side).
 *
 * Small files are read first (agency, calendar, calendar_dates, routes,
 * trips, stops, transfers, frequencies, feed_info), then stop_times.txt is
 * streamed once, keeping only rows of trips that run on a requested date or
 * the day before (for trips past midnight). With no dates at all, trips,
 * transfers, frequencies and stop_times are not read (a quick look at
 * validity, agencies, feed_info and the stop filter).
 */
import type { Timetable } from '../timetable.js';
import { buildDay, buildHops, stopsWithoutDepartures, type DayReport } from './build.js';
import { readServices } from './calendar.js';
import { readCsv } from './csv.js';
import { GtfsError } from './errors.js';
import { Warnings } from './report.js';
import { openGtfsSource, type GtfsSource } from './source.js';
import { readStopTimes } from './stop-times.js';
import { readFootpaths, readStops } from './stops.js';
import { readRoutes, readTrips } from './trips.js';
import { isoDate, parseGtfsDate, parseIsoDate } from './values.js';

export { GtfsError } from './errors.js';
export { PLATFORM_CHANGE_SECONDS } from './stops.js';

export interface ReadOptions {
  /** Service dates to build timetables for, 'YYYY-MM-DD'. */
  dates: string[];
  /**
   * Keep only stops whose stop_id starts with one of these prefixes (e.g.
   * 'de:08126', the DELFI AGS5 prefix) or that lie in the bbox [minLat,
   * minLon, maxLat, maxLon]; both absent = keep all. Connections touching
   * dropped stops are dropped; a trip is cut into its kept parts.
   */
  stopPrefixes?: string[];
  bbox?: [number, number, number, number];
  /** Bytes of stop_times.txt read (uncompressed) and its uncompressed size. */
  onProgress?: (done: number, total: number) => void;
}

export interface GtfsReport {
  /** Per date: trips per route (route name → count), total trips, total connections. */
  days: Record<string, { trips: number; connections: number; perRoute: Record<string, number> }>;
  /** Kept stops (after filtering) without any departure on any requested date (id and name). */
  stopsWithoutDepartures: { id: string; name: string }[];
  /** Problems found and handled (sentences, with file:line where possible). */
  warnings: string[];
}

export interface GtfsReadResult {
  /** Per requested date. */
  timetables: Map<string, Timetable>;
  /** First and last date on which any service runs (calendar.txt and calendar_dates.txt), 'YYYY-MM-DD'; '' when none. */
  validity: { from: string; until: string };
  agencies: { name: string; url?: string }[];
  /** feed_info.txt when present. */
  feedInfo?: { publisher?: string; version?: string; startDate?: string; endDate?: string };
  report: GtfsReport;
}

const REQUIRED = ['stops.txt', 'routes.txt', 'trips.txt', 'stop_times.txt'];

export async function readGtfs(path: string, options: ReadOptions): Promise<GtfsReadResult> {
  const dates = [...new Set(options.dates)].sort();
  const days = dates.map((d) => {
    const day = parseIsoDate(d);
    if (Number.isNaN(day)) throw new GtfsError(`"${d}" is not a date in the form YYYY-MM-DD.`);
    return day;
  });
  if (options.bbox) {
    const [a, b, c, d] = options.bbox;
    if (![a, b, c, d].every(Number.isFinite) || a > c || b > d) throw new GtfsError(`The bounding box ${options.bbox.join(',')} is not [minLat, minLon, maxLat, maxLon].`);
  }
  const source = await openGtfsSource(path);
  try {
    return await read(source, dates, days, options);
  } finally {
    source.close();
  }
}

async function read(source: GtfsSource, dates: string[], days: number[], options: ReadOptions): Promise<GtfsReadResult> {
  const where = source.kind === 'zip' ? `the GTFS zip "${source.path}"` : `the GTFS folder "${source.path}"`;
  for (const file of REQUIRED) {
    if (!source.has(file)) throw new GtfsError(`${file} is missing in ${where}; every GTFS feed needs stops.txt, routes.txt, trips.txt, stop_times.txt and calendar.txt or calendar_dates.txt.`, file);
  }
  if (!source.has('calendar.txt') && !source.has('calendar_dates.txt')) {
    throw new GtfsError(`calendar.txt and calendar_dates.txt are both missing in ${where}; a GTFS feed needs at least one of them to say on which dates the trips run.`, 'calendar.txt');
  }
  const warnings = new Warnings();
  const agencies = await readAgencies(source, warnings);
  const neededDays = [...new Set(days.flatMap((d) => [d - 1, d]))].sort((a, b) => a - b);
  const services = await readServices(source, neededDays, warnings);
  const routes = await readRoutes(source, warnings);
  const stops = await readStops(source, options, warnings);
  const feedInfo = await readFeedInfo(source);

  const { validity } = services;
  if (!validity.from) warnings.add('calendar.txt/calendar_dates.txt: no service runs on any date; the feed has no valid dates.');
  for (const d of dates) {
    if (validity.from && (d < validity.from || d > validity.until)) warnings.add(`The requested date ${d} is outside the feed's validity (${validity.from} to ${validity.until}); nothing runs then.`);
  }
  if ((options.stopPrefixes?.length || options.bbox) && stops.stops.length === 0) {
    warnings.add(`stops.txt: no stop matches the filter (${[...(options.stopPrefixes ?? []).map((p) => `stop_id prefix "${p}"`), ...(options.bbox ? [`bbox ${options.bbox.join(',')}`] : [])].join(' or ')}).`);
  }

  const timetables = new Map<string, Timetable>();
  const reportDays: Record<string, DayReport> = {};
  if (days.length > 0) {
    const trips = await readTrips(source, routes, services, warnings);
    const footpaths = await readFootpaths(source, stops, warnings);
    const hops = buildHops(await readStopTimes(source, trips, stops, warnings, options.onProgress), trips.ids.length);
    const ctx = { stops: stops.stops, routes, trips, services, hops, footpaths };
    days.forEach((day, i) => {
      const { timetable, report } = buildDay(day, ctx);
      timetables.set(dates[i]!, timetable);
      reportDays[dates[i]!] = report;
    });
  }
  return {
    timetables,
    validity,
    agencies,
    ...(feedInfo ? { feedInfo } : {}),
    report: {
      days: reportDays,
      stopsWithoutDepartures: days.length > 0 ? stopsWithoutDepartures(stops.stops, timetables.values()) : [],
      warnings: warnings.list(),
    },
  };
}

async function readAgencies(source: GtfsSource, warnings: Warnings): Promise<{ name: string; url?: string }[]> {
  const out: { name: string; url?: string }[] = [];
  if (!source.has('agency.txt')) {
    warnings.add('agency.txt is missing; the timetable cannot name its operators for the attribution.');
    return out;
  }
  await readCsv(source, 'agency.txt', (h) => {
    const cName = h.col('agency_name'), cUrl = h.col('agency_url');
    return (f) => {
      const name = cName >= 0 ? (f[cName] ?? '') : '';
      if (!name) return;
      const url = cUrl >= 0 ? f[cUrl] : undefined;
      out.push(url ? { name, url } : { name });
    };
  });
  return out;
}

async function readFeedInfo(source: GtfsSource): Promise<GtfsReadResult['feedInfo']> {
  if (!source.has('feed_info.txt')) return undefined;
  let info: NonNullable<GtfsReadResult['feedInfo']> | undefined;
  const date = (s: string | undefined): string | undefined => {
    const d = parseGtfsDate(s ?? '');
    return Number.isNaN(d) ? undefined : isoDate(d);
  };
  await readCsv(source, 'feed_info.txt', (h) => {
    const cols = { publisher: h.col('feed_publisher_name'), version: h.col('feed_version'), startDate: h.col('feed_start_date'), endDate: h.col('feed_end_date') };
    return (f) => {
      if (info) return;
      info = {};
      const get = (c: number): string | undefined => (c >= 0 && f[c] ? f[c] : undefined);
      const publisher = get(cols.publisher), version = get(cols.version), startDate = date(get(cols.startDate)), endDate = date(get(cols.endDate));
      if (publisher) info.publisher = publisher;
      if (version) info.version = version;
      if (startDate) info.startDate = startDate;
      if (endDate) info.endDate = endDate;
    };
  });
  return info;
}
