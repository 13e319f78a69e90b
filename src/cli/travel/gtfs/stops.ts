/**
 * stops.txt → the timetable's boarding points, the stop filter (stop_id
 * prefixes and/or a bounding box), the station model and the footpaths
 * (platforms of one station, transfers.txt type 2).
 *
 * Station model: `Timetable.stops` holds only boarding points (location_type
 * 0 or empty, plus stations without any platform, which are then their own
 * boarding point). A platform's `station` is the index of the first kept
 * platform with the same parent_station, so platforms of one station share
 * one `station` value; platforms of one station are also linked by
 * footpaths of PLATFORM_CHANGE_SECONDS each way (transfers.txt overrides).
 */
import type { Footpath, TimetableStop } from '../timetable.js';
import { readCsv } from './csv.js';
import type { Warnings } from './report.js';
import { plural } from './report.js';
import type { GtfsSource } from './source.js';

/** Walking between two platforms of one station when transfers.txt says nothing. */
export const PLATFORM_CHANGE_SECONDS = 120;

/** Codes in `StopIndex.code` besides a kept stop's index (≥ 0). */
export const STOP_DROPPED = -1;
/** Exists but cannot be served (entrance, node, boarding area, no coordinates). */
export const STOP_UNUSABLE = -2;
/** A station with platforms, named in stop_times: `STATION_BASE - code` is its first kept platform. */
export const STATION_BASE = -10;

export interface StopFilter {
  stopPrefixes?: string[];
  bbox?: [number, number, number, number];
}

export interface StopIndex {
  stops: TimetableStop[];
  /** stop_id → kept index, STOP_DROPPED, STOP_UNUSABLE or a station alias (≤ STATION_BASE). */
  code: Map<string, number>;
  /** Parent station id → its kept platforms (ascending). */
  platformsOf: Map<string, number[]>;
}

interface RawStop {
  id: string;
  name: string;
  lat: number;
  lon: number;
  type: number;
  parent: string;
  line: number;
}

const num = (s: string | undefined): number => (s === undefined || s === '' ? Number.NaN : Number(s));

export async function readStops(source: GtfsSource, filter: StopFilter, warnings: Warnings): Promise<StopIndex> {
  const raw: RawStop[] = [];
  const byId = new Map<string, RawStop>();
  await readCsv(source, 'stops.txt', (h) => {
    const cId = h.required('stop_id'), cName = h.col('stop_name'), cLat = h.col('stop_lat'), cLon = h.col('stop_lon');
    const cType = h.col('location_type'), cParent = h.col('parent_station');
    return (f, line) => {
      const id = f[cId] ?? '';
      if (!id) return warnings.note('stops-noid', `stops.txt:${line} has no stop_id and was skipped.`, (n) => `stops.txt: ${plural(n, 'row has', 'rows have')} no stop_id and were skipped`);
      if (byId.has(id)) return warnings.note('stops-dup', `stops.txt:${line}: stop_id "${id}" appears a second time; the first row is used.`, (n) => `stops.txt: ${plural(n, 'stop_id appears', 'stop_ids appear')} more than once; the first row is used`);
      const typeText = cType >= 0 ? (f[cType] ?? '') : '';
      const s: RawStop = {
        id,
        name: cName >= 0 ? (f[cName] ?? '') : '',
        lat: cLat >= 0 ? num(f[cLat]) : Number.NaN,
        lon: cLon >= 0 ? num(f[cLon]) : Number.NaN,
        type: typeText === '' ? 0 : Number(typeText),
        parent: cParent >= 0 ? (f[cParent] ?? '') : '',
        line,
      };
      if (s.name.includes('\uFFFD')) warnings.note('stops-encoding', `stops.txt:${line}: the name of stop "${id}" is not valid UTF-8 ("${s.name}"); GTFS files must be UTF-8 (was it saved as Windows-1252?).`, (n) => `stops.txt: ${plural(n, 'stop name is', 'stop names are')} not valid UTF-8; GTFS files must be UTF-8 (was the file saved as Windows-1252?)`);
      raw.push(s);
      byId.set(id, s);
    };
  });

  const hasPlatforms = new Set<string>();
  for (const s of raw) if (s.type === 0 && s.parent) hasPlatforms.add(s.parent);

  const prefixes = filter.stopPrefixes ?? [];
  const bbox = filter.bbox;
  const filtering = prefixes.length > 0 || bbox !== undefined;
  const keep = (s: RawStop): boolean =>
    !filtering
    || prefixes.some((p) => s.id.startsWith(p))
    || (bbox !== undefined && s.lat >= bbox[0] && s.lat <= bbox[2] && s.lon >= bbox[1] && s.lon <= bbox[3]);

  const stops: TimetableStop[] = [];
  const code = new Map<string, number>();
  const platformsOf = new Map<string, number[]>();
  for (const s of raw) {
    const boarding = s.type === 0 || (s.type === 1 && !hasPlatforms.has(s.id));
    if (!boarding) {
      code.set(s.id, STOP_UNUSABLE);
      continue;
    }
    if (s.parent && s.type === 0) {
      const parent = byId.get(s.parent);
      if (!parent) warnings.note('stops-noparent', `stops.txt:${s.line}: stop "${s.id}" names the parent_station "${s.parent}", which is not in stops.txt.`, (n) => `stops.txt: ${plural(n, 'stop names a parent_station', 'stops name a parent_station')} that is not in stops.txt`);
      if (parent && !(Number.isFinite(s.lat) && Number.isFinite(s.lon))) {
        s.lat = parent.lat;
        s.lon = parent.lon;
      }
      if (!s.name && parent) s.name = parent.name;
    }
    if (!(Number.isFinite(s.lat) && Number.isFinite(s.lon)) || Math.abs(s.lat) > 90 || Math.abs(s.lon) > 180) {
      warnings.note('stops-nocoord', `stops.txt:${s.line}: stop "${s.id}" has no valid stop_lat/stop_lon and was left out.`, (n) => `stops.txt: ${plural(n, 'stop has', 'stops have')} no valid stop_lat/stop_lon and were left out`);
      code.set(s.id, STOP_UNUSABLE);
      continue;
    }
    if (!keep(s)) {
      code.set(s.id, STOP_DROPPED);
      continue;
    }
    const index = stops.length;
    let station = index;
    if (s.parent && s.type === 0) {
      const list = platformsOf.get(s.parent);
      if (list) {
        station = list[0]!;
        list.push(index);
      } else platformsOf.set(s.parent, [index]);
    }
    stops.push({ id: s.id, name: s.name, lat: s.lat, lon: s.lon, station });
    code.set(s.id, index);
  }
  // A station named in stop_times stands for its first kept platform.
  for (const s of raw) {
    if (s.type !== 1 || !hasPlatforms.has(s.id)) continue;
    const first = platformsOf.get(s.id)?.[0];
    code.set(s.id, first === undefined ? STOP_DROPPED : STATION_BASE - first);
  }
  return { stops, code, platformsOf };
}

/**
 * Footpaths: every ordered pair of kept platforms of one station
 * (PLATFORM_CHANGE_SECONDS), then transfers.txt rows with transfer_type 2
 * and a min_transfer_time between different stops (a station stands for
 * all its kept platforms), which override the default. Trip- or
 * route-specific transfer rows are not footpaths and are ignored. Sorted by
 * from, then to.
 */
export async function readFootpaths(source: GtfsSource, index: StopIndex, warnings: Warnings): Promise<Footpath[]> {
  const n = index.stops.length;
  const seconds = new Map<number, number>();
  const fromTransfers = new Set<number>();
  for (const list of index.platformsOf.values()) {
    for (const a of list) for (const b of list) if (a !== b) seconds.set(a * n + b, PLATFORM_CHANGE_SECONDS);
  }
  const resolve = (id: string): number[] => {
    const c = index.code.get(id);
    if (c === undefined) return [];
    if (c >= 0) return [c];
    if (c <= STATION_BASE) return index.platformsOf.get(id) ?? [];
    return [];
  };
  if (source.has('transfers.txt')) {
    await readCsv(source, 'transfers.txt', (h) => {
      const cFrom = h.required('from_stop_id'), cTo = h.required('to_stop_id'), cType = h.required('transfer_type');
      const cMin = h.col('min_transfer_time');
      const specific = ['from_trip_id', 'to_trip_id', 'from_route_id', 'to_route_id'].map((c) => h.col(c)).filter((c) => c >= 0);
      return (f, line) => {
        if ((f[cType] ?? '') !== '2') return;
        if (specific.some((c) => (f[c] ?? '') !== '')) return;
        const from = f[cFrom] ?? '', to = f[cTo] ?? '';
        const min = cMin >= 0 ? num(f[cMin]) : Number.NaN;
        if (!(Number.isInteger(min) && min >= 0)) {
          return warnings.note('transfers-notime', `transfers.txt:${line}: transfer_type 2 from "${from}" to "${to}" has no valid min_transfer_time and was skipped.`, (k) => `transfers.txt: ${plural(k, 'row', 'rows')} with transfer_type 2 have no valid min_transfer_time and were skipped`);
        }
        const unknown = [from, to].filter((id) => !index.code.has(id));
        if (unknown.length) {
          return warnings.note('transfers-unknown', `transfers.txt:${line}: ${unknown.map((id) => `"${id}"`).join(' and ')} ${unknown.length === 1 ? 'is' : 'are'} not in stops.txt; the row was skipped.`, (k) => `transfers.txt: ${plural(k, 'row names', 'rows name')} stops that are not in stops.txt and were skipped`);
        }
        for (const a of resolve(from)) for (const b of resolve(to)) {
          if (a === b) continue;
          const key = a * n + b;
          // Several rows for one pair: the longest time wins (safe side).
          seconds.set(key, fromTransfers.has(key) ? Math.max(seconds.get(key)!, min) : min);
          fromTransfers.add(key);
        }
      };
    });
  }
  const keys = [...seconds.keys()].sort((x, y) => x - y);
  return keys.map((k) => ({ from: Math.floor(k / n), to: k % n, seconds: seconds.get(k)! }));
}
