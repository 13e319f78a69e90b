/**
 * routes.txt, trips.txt and frequencies.txt. Only trips whose service runs
 * on one of the needed days are kept (the requested dates and the day
 * before each, for trips past midnight).
 */
import type { TimetableRoute } from '../timetable.js';
import type { Services } from './calendar.js';
import { readCsv } from './csv.js';
import type { Warnings } from './report.js';
import { plural } from './report.js';
import type { GtfsSource } from './source.js';
import { formatTime, parseTime } from './values.js';

export interface Routes {
  routes: TimetableRoute[];
  index: Map<string, number>;
  /** Per route: the name used in the report (route name, made unique with the route_id where names repeat). */
  reportNames: string[];
}

/** The trips that run on a needed day, in trips.txt order. */
export interface Trips {
  ids: string[];
  route: Int32Array;
  service: Int32Array;
  index: Map<string, number>;
  /** Trip → departure times of the first stop (frequencies.txt), ascending. */
  frequencies: Map<number, number[]>;
  /** Sorted 32-bit hashes (hashId) of the trip_ids in trips.txt that are not needed. */
  otherTripHashes: Uint32Array;
}

/** FNV-1a over the UTF-16 code units. */
export function hashId(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Whether a hash is in a sorted array of hashes. */
export function hasHash(sorted: Uint32Array, h: number): boolean {
  let lo = 0, hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v === h) return true;
    if (v < h) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

export async function readRoutes(source: GtfsSource, warnings: Warnings): Promise<Routes> {
  const routes: TimetableRoute[] = [];
  const index = new Map<string, number>();
  await readCsv(source, 'routes.txt', (h) => {
    const cId = h.required('route_id'), cShort = h.col('route_short_name'), cLong = h.col('route_long_name'), cType = h.required('route_type');
    return (f, line) => {
      const id = f[cId] ?? '';
      if (index.has(id)) return warnings.note('routes-dup', `routes.txt:${line}: route_id "${id}" appears a second time; the first row is used.`, (n) => `routes.txt: ${plural(n, 'route_id appears', 'route_ids appear')} more than once; the first row is used`);
      const name = (cShort >= 0 ? f[cShort] : '') || (cLong >= 0 ? f[cLong] : '') || id;
      let type = Number(f[cType] ?? '');
      if (!Number.isInteger(type) || (f[cType] ?? '') === '') {
        warnings.note('routes-type', `routes.txt:${line}: route "${id}" has the route_type "${f[cType] ?? ''}", which is not a number; it is treated as a bus (3).`, (n) => `routes.txt: ${plural(n, 'route has', 'routes have')} a route_type that is not a number and are treated as buses (3)`);
        type = 3;
      }
      index.set(id, routes.length);
      routes.push({ id, name, type });
    };
  });
  const count = new Map<string, number>();
  for (const r of routes) count.set(r.name, (count.get(r.name) ?? 0) + 1);
  const reportNames = routes.map((r) => (count.get(r.name)! > 1 && r.name !== r.id ? `${r.name} (${r.id})` : r.name));
  return { routes, index, reportNames };
}

export async function readTrips(source: GtfsSource, routes: Routes, services: Services, warnings: Warnings): Promise<Trips> {
  const ids: string[] = [];
  const route: number[] = [];
  const service: number[] = [];
  const index = new Map<string, number>();
  const days = services.days.length;
  const runsOnNeededDay = (s: number): boolean => {
    for (let d = 0; d < days; d++) if (services.active[s * days + d]) return true;
    return false;
  };
  const otherHashes: number[] = [];
  await readCsv(source, 'trips.txt', (h) => {
    const cRoute = h.required('route_id'), cService = h.required('service_id'), cTrip = h.required('trip_id');
    return (f, line) => {
      const id = f[cTrip] ?? '';
      if (!id) return warnings.note('trips-noid', `trips.txt:${line} has no trip_id and was skipped.`, (n) => `trips.txt: ${plural(n, 'row has', 'rows have')} no trip_id and were skipped`);
      const s = services.index.get(f[cService] ?? '');
      const r = routes.index.get(f[cRoute] ?? '');
      if (s === undefined || r === undefined || !runsOnNeededDay(s) || index.has(id)) {
        // Not used (most trips of a national feed end here): only a 32-bit hash is kept, so that
        // stop_times rows naming a trip that is in no trips.txt row can still be reported.
        otherHashes.push(hashId(id));
      }
      if (s === undefined) {
        return warnings.note('trips-noservice', `trips.txt:${line}: trip "${id}" has the service_id "${f[cService] ?? ''}", which is in neither calendar.txt nor calendar_dates.txt; the trip never runs.`, (n) => `trips.txt: ${plural(n, 'trip has a service_id', 'trips have a service_id')} that is in neither calendar.txt nor calendar_dates.txt; they never run`);
      }
      if (r === undefined) {
        return warnings.note('trips-noroute', `trips.txt:${line}: trip "${id}" names the route_id "${f[cRoute] ?? ''}", which is not in routes.txt; the trip was left out.`, (n) => `trips.txt: ${plural(n, 'trip names a route_id', 'trips name a route_id')} that is not in routes.txt and were left out`);
      }
      if (!runsOnNeededDay(s)) return;
      if (index.has(id)) return warnings.note('trips-dup', `trips.txt:${line}: trip_id "${id}" appears a second time; the first row is used.`, (n) => `trips.txt: ${plural(n, 'trip_id appears', 'trip_ids appear')} more than once; the first row is used`);
      index.set(id, ids.length);
      ids.push(id);
      route.push(r);
      service.push(s);
    };
  });
  const frequencies = await readFrequencies(source, index, warnings);
  const otherTripHashes = Uint32Array.from(otherHashes).sort();
  return { ids, route: Int32Array.from(route), service: Int32Array.from(service), index, frequencies, otherTripHashes };
}

/**
 * frequencies.txt: one trip instance every headway_secs from start_time
 * while before end_time (end_time itself excluded, as GTFS defines it),
 * for exact_times 0 and 1 alike.
 */
async function readFrequencies(source: GtfsSource, trips: Map<string, number>, warnings: Warnings): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>();
  if (!source.has('frequencies.txt')) return out;
  await readCsv(source, 'frequencies.txt', (h) => {
    const cTrip = h.required('trip_id'), cStart = h.required('start_time'), cEnd = h.required('end_time'), cHeadway = h.required('headway_secs');
    return (f, line) => {
      const t = trips.get(f[cTrip] ?? '');
      if (t === undefined) return;
      const start = parseTime(f[cStart] ?? ''), end = parseTime(f[cEnd] ?? ''), headway = Number(f[cHeadway] ?? '');
      if (!(start >= 0 && end >= start && Number.isInteger(headway) && headway > 0)) {
        return warnings.note('frequencies-bad', `frequencies.txt:${line}: the row for trip "${f[cTrip] ?? ''}" (start_time "${f[cStart] ?? ''}", end_time "${f[cEnd] ?? ''}", headway_secs "${f[cHeadway] ?? ''}") cannot be used and was skipped.`, (n) => `frequencies.txt: ${plural(n, 'row', 'rows')} cannot be used and were skipped`);
      }
      let list = out.get(t);
      if (!list) out.set(t, (list = []));
      for (let x = start; x < end; x += headway) list.push(x);
    };
  });
  for (const [t, list] of out) {
    list.sort((a, b) => a - b);
    const unique = list.filter((x, i) => i === 0 || x !== list[i - 1]);
    if (unique.length !== list.length) warnings.add(`frequencies.txt: the periods of trip "${[...trips].find(([, v]) => v === t)?.[0] ?? t}" overlap; repeated departures (e.g. ${formatTime(list.find((x, i) => i > 0 && x === list[i - 1])!)}) were counted once.`);
    out.set(t, unique);
  }
  return out;
}
