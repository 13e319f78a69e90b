/**
 * Public-transport travel times from a set of origin points to a set of
 * destination points on one service day.
 *
 * Semantics:
 * - A journey leaves the origin point at time t, walks to a stop within
 *   `maxAccessWalkM` beeline (walking time = beeline × `walkDetour` ÷
 *   `walkKmh`; then at most one footpath of the timetable), uses at least
 *   one vehicle, and ends by walking from a stop within `maxAccessWalkM` of
 *   the destination point (a footpath may come before that walk). Walking
 *   all the way without a vehicle is not a transit journey. Changing
 *   vehicles at one stop needs `minTransferSeconds` (or the stop's own
 *   transfer time from the feed, if longer); footpaths between stops take
 *   their own seconds; staying on the same trip is no change. Nobody
 *   boards where the timetable forbids it (GTFS pickup_type 1) or gets off
 *   where it forbids that (drop_off_type 1); riders stay on through.
 * - For every departure minute t = from, from + 60 s, … ≤ to, take the
 *   earliest-arriving journey leaving the origin at or after t. A journey is
 *   identified by its arrival and its departure from the origin point, which
 *   is the latest time one can leave and still arrive then. The distinct
 *   journeys found this way that depart within [from, to], take at most
 *   `maxJourneySeconds` and (with `arriveBy`) arrive by `arriveBy` are the
 *   cell's journeys. They are Pareto-optimal: no other journey leaves
 *   later and arrives no later (one that does, even leaving after `to`,
 *   would have been found instead). Duration = arrival − departure (no
 *   waiting at home counted).
 * - A departure is one vehicle trip boarded at the origin (what the citizen
 *   reads as "3 Fahrten"): journeys that board the same vehicle trip first
 *   count once — a loop bus passing the origin (or the destination) twice,
 *   boarding at a nearer or a farther stop of the same bus, or changing to
 *   different buses later. Per vehicle trip its shortest journey (ties: the
 *   later one) stands for it in typical, slowest and transfers; fastest and
 *   firstArrival are over all journeys.
 * - Cell = [typical, fastest, slowest, departures, transfers, firstArrival,
 *   lastReturn]: typical = lower median duration, fastest = min, slowest =
 *   max (whole minutes, rounded up); departures = vehicle trips; transfers =
 *   vehicle changes of the typical journey (among journeys with the same
 *   departure and arrival the one with fewest changes; among journeys with
 *   the median duration the earliest); firstArrival = earliest arrival
 *   (minutes after midnight, rounded up); lastReturn = the latest departure
 *   from the destination point (minutes after midnight, rounded down) at or
 *   after `returnFrom` of a journey back to the origin point that arrives by
 *   `returnBy` (default 27:00, the service day plus past-midnight trips) and
 *   takes at most `maxJourneySeconds`; null when there is none. A cell is
 *   null when there is no departure; lastReturn alone does not make a cell.
 *
 * Algorithm: per origin one forward profile scan (scan.ts) over the
 * connections arriving between `from` and the last useful arrival, which
 * yields every Pareto-optimal (departure, arrival) pair for all
 * destinations at once; and one scan of the time-reversed timetable for the
 * way back, stopped as soon as every destination with a cell has its answer.
 */
import type { Timetable } from '../timetable.js';
import { stopGrid } from './geo-index.js';
import { backwardNet, forwardNet } from './network.js';
import { NONE, ProfileScanner, type Access, type Egress } from './scan.js';

export interface Place {
  id: string;
  lat: number;
  lon: number;
}

export interface TravelWindow {
  /** Departure window at the origin, seconds after midnight (e.g. 7:00–10:00). */
  from: number;
  to: number;
  /** If set, only journeys arriving at the destination by then count. */
  arriveBy?: number;
  /** Earliest departure for the way back (default: `from`). */
  returnFrom?: number;
  /** The way back must arrive at the origin by then (default 27:00 = 97,200 s: end of the service day, past-midnight trips included). */
  returnBy?: number;
}

export interface EngineParams {
  /** Walking speed, default 4.5 km/h. */
  walkKmh: number;
  /** Beeline × detour = walking distance, default 1.3. */
  walkDetour: number;
  /** Stops within this beeline distance of an origin or destination point are reachable on foot, default 1200 m. */
  maxAccessWalkM: number;
  /** Seconds to change vehicles at the same stop, default 120. */
  minTransferSeconds: number;
  /** Longer journeys are not reported, default 3 h. */
  maxJourneySeconds: number;
}

export const DEFAULT_ENGINE_PARAMS: Readonly<EngineParams> = Object.freeze({
  walkKmh: 4.5,
  walkDetour: 1.3,
  maxAccessWalkM: 1200,
  minTransferSeconds: 120,
  maxJourneySeconds: 3 * 3600,
});

/** End of the service day for the way back: 24:00 plus 3 h of past-midnight trips. */
export const DEFAULT_RETURN_BY = 27 * 3600;

/** [typical, fastest, slowest, departures, transfers, firstArrival, lastReturn]; durations in whole minutes (rounded up), clock values in minutes after midnight; null where there is none. */
export type TravelCell = null | [number, number, number, number, number, number | null, number | null];

export interface TravelMatrix {
  /** cells[origin][destination]. */
  cells: TravelCell[][];
  /** Connections touched by all scans (for a "connections scanned per second" figure). */
  connectionsScanned: number;
}

export function travelMatrix(
  timetable: Timetable,
  origins: Place[],
  destinations: Place[],
  window: TravelWindow,
  params?: Partial<EngineParams>,
  onProgress?: (done: number, total: number) => void,
): TravelMatrix {
  const p: EngineParams = { ...DEFAULT_ENGINE_PARAMS };
  for (const [k, v] of Object.entries(params ?? {}) as Array<[keyof EngineParams, number | undefined]>) if (v !== undefined) p[k] = v;
  for (const [k, v] of Object.entries(p)) {
    if (!Number.isFinite(v) || v < 0 || ((k === 'walkKmh' || k === 'walkDetour') && v <= 0)) throw new RangeError(`travelMatrix: ${k} must be a positive number, got ${v}`);
  }
  const from = Math.ceil(window.from);
  const to = Math.floor(window.to);
  for (const [k, v] of Object.entries(window)) if (v !== undefined && !Number.isFinite(v)) throw new RangeError(`travelMatrix: window.${k} must be a number, got ${v}`);
  const maxJourney = Math.floor(p.maxJourneySeconds);
  const returnFrom = Math.ceil(window.returnFrom ?? window.from);
  const returnBy = Math.floor(window.returnBy ?? DEFAULT_RETURN_BY);
  const arriveBy = window.arriveBy === undefined ? Infinity : Math.floor(window.arriveBy);
  const buckets = to >= from ? Math.floor((to - from) / 60) + 1 : 0;
  const cells: TravelCell[][] = origins.map(() => destinations.map(() => null));
  if (!buckets || !origins.length || !destinations.length || !timetable.connections.length) return { cells, connectionsScanned: 0 };

  const grid = stopGrid(timetable.stops, p.maxAccessWalkM, p.walkKmh, p.walkDetour);
  const egress = egressIndex(timetable.stops.length, destinations.map((d) => grid.near(d.lat, d.lon)));
  const outward = new ProfileScanner(forwardNet(timetable, p.minTransferSeconds), egress, destinations.length, buckets);
  let back: ProfileScanner | null = null;
  const arrLimit = Math.min(to + maxJourney, arriveBy);
  let scanned = 0;

  origins.forEach((origin, oi) => {
    const access: Access = grid.near(origin.lat, origin.lon);
    if (access.stops.length) {
      scanned += outward.outward(access, from, arrLimit);
      const row = cells[oi]!;
      const needed: number[] = [];
      for (let d = 0; d < destinations.length; d++) {
        row[d] = cell(outward, d * buckets, buckets, to, maxJourney, arriveBy);
        if (row[d]) needed.push(d);
      }
      if (needed.length && returnBy >= returnFrom) {
        back ??= new ProfileScanner(backwardNet(timetable, p.minTransferSeconds), egress, destinations.length, 0);
        scanned += back.back(access, -returnBy, -returnFrom, maxJourney, needed);
        for (const d of needed) {
          const b = back.best[d]!;
          if (b !== 0x7fffffff) row[d]![6] = Math.floor(-b / 60);
        }
      }
    }
    onProgress?.(oi + 1, origins.length);
  });
  return { cells, connectionsScanned: scanned };
}

/** Stop → (destination, walking seconds) lists from each destination's nearby stops. */
function egressIndex(stopCount: number, near: Access[]): Egress {
  const start = new Uint32Array(stopCount + 1);
  for (const n of near) for (const s of n.stops) start[s + 1]!++;
  for (let s = 0; s < stopCount; s++) start[s + 1]! += start[s]!;
  const fill = start.slice(0, stopCount);
  const dest = new Uint32Array(start[stopCount]!);
  const sec = new Int32Array(start[stopCount]!);
  near.forEach((n, d) => {
    n.stops.forEach((s, j) => {
      const x = fill[s]!++;
      dest[x] = d;
      sec[x] = n.seconds[j]!;
    });
  });
  return { start, dest, sec };
}

/**
 * One cell from a destination's departure buckets: walking the buckets from
 * the last departure minute to the first, the running minimum is the
 * earliest arrival of journeys leaving at or after that minute.
 */
function cell(scan: ProfileScanner, base: number, buckets: number, to: number, maxJourney: number, arriveBy: number): TravelCell {
  const { bucketArr: arrs, bucketKey: keys, bucketFirst: firsts } = scan;
  let bestArr = 0x7fffffff;
  let bestKey = NONE;
  let bestFirst = -1;
  let lastArr = -1;
  let lastKey = NONE;
  let firstArrival = Infinity;
  // Per vehicle trip boarded at the origin: its shortest journey (ties: the later departure).
  const perTrip = new Map<number, Journey>();
  for (let g = buckets - 1; g >= 0; g--) {
    const a = arrs[base + g]!;
    const k = keys[base + g]!;
    if (a < bestArr || (a === bestArr && k > bestKey)) {
      bestArr = a;
      bestKey = k;
      bestFirst = firsts[base + g]!;
    }
    if (bestKey === NONE || (bestArr === lastArr && bestKey === lastKey)) continue;
    lastArr = bestArr;
    lastKey = bestKey;
    const dep = bestKey >> 4;
    if (dep > to || bestArr - dep > maxJourney || bestArr > arriveBy) continue;
    firstArrival = Math.min(firstArrival, bestArr);
    const j: Journey = { dep, arr: bestArr, vehicles: 15 - (bestKey & 15) };
    const old = perTrip.get(bestFirst);
    if (!old || j.arr - j.dep < old.arr - old.dep) perTrip.set(bestFirst, j);
  }
  if (!perTrip.size) return null;
  const byDuration = [...perTrip.values()].sort((x, y) => x.arr - x.dep - (y.arr - y.dep) || x.dep - y.dep);
  const typical = byDuration[(byDuration.length - 1) >> 1]!;
  const minutes = (j: Journey) => Math.ceil((j.arr - j.dep) / 60);
  return [minutes(typical), minutes(byDuration[0]!), minutes(byDuration[byDuration.length - 1]!), perTrip.size, typical.vehicles - 1, Math.ceil(firstArrival / 60), null];
}

interface Journey {
  dep: number;
  arr: number;
  vehicles: number;
}
