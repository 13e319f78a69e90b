/**
 * The timetable re-laid for the profile scan (see scan.ts): connections in
 * the order the scan visits them (ascending arrival), with footpaths as a
 * compact adjacency list and a change time per stop.
 *
 * The forward network answers "leave the origin, arrive at each stop"; the
 * backward network is the same timetable with time reversed (every
 * connection runs from its arrival stop to its departure stop, times
 * negated), so the same scan answers "leave each stop, arrive at the origin"
 * — the way back.
 */
import type { Timetable } from '../timetable.js';

export interface ScanNet {
  /** Number of connections. */
  size: number;
  stopCount: number;
  tripCount: number;
  /** Per connection, in scan order (ascending `arr`; a trip's connections keep their order). */
  from: Uint32Array;
  to: Uint32Array;
  dep: Int32Array;
  arr: Int32Array;
  trip: Uint32Array;
  /** Per connection, in scan direction: 1 = nobody may board at `from`, 2 = nobody may get off at `to`. */
  flags: Uint8Array;
  /** Footpaths leaving stop s: indices fpStart[s] … fpStart[s + 1] − 1 into fpTo / fpSec. */
  fpStart: Uint32Array;
  fpTo: Uint32Array;
  fpSec: Int32Array;
  /** Seconds needed to change vehicles at each stop. */
  change: Int32Array;
}

interface Paths {
  fpStart: Uint32Array;
  fpTo: Uint32Array;
  fpSec: Int32Array;
  change: Int32Array;
}

/**
 * Footpaths as adjacency lists (duplicates merged to the shortest, sorted by
 * target for determinism). A footpath from a stop to itself (GTFS transfer
 * type 2 at one stop) raises that stop's change time instead.
 */
function paths(tt: Timetable, minTransferSeconds: number, reversed: boolean): Paths {
  const n = tt.stops.length;
  const change = new Int32Array(n).fill(Math.max(0, Math.round(minTransferSeconds)));
  const best = new Map<number, number>();
  for (const f of tt.footpaths) {
    if (f.from >= n || f.to >= n || f.from < 0 || f.to < 0 || !Number.isFinite(f.seconds)) continue;
    const sec = Math.max(0, Math.round(f.seconds));
    if (f.from === f.to) {
      if (sec > change[f.from]!) change[f.from] = sec;
      continue;
    }
    const a = reversed ? f.to : f.from;
    const b = reversed ? f.from : f.to;
    const k = a * n + b;
    const old = best.get(k);
    if (old === undefined || sec < old) best.set(k, sec);
  }
  const keys = [...best.keys()].sort((x, y) => x - y);
  const fpStart = new Uint32Array(n + 1);
  const fpTo = new Uint32Array(keys.length);
  const fpSec = new Int32Array(keys.length);
  keys.forEach((k, i) => {
    const a = Math.floor(k / n);
    fpStart[a + 1]!++;
    fpTo[i] = k - a * n;
    fpSec[i] = best.get(k)!;
  });
  for (let s = 0; s < n; s++) fpStart[s + 1]! += fpStart[s]!;
  return { fpStart, fpTo, fpSec, change };
}

/**
 * The connections' indices by ascending departure, ties in the timetable's
 * order: the identity when the timetable is sorted as `Timetable` promises.
 */
function departureOrder(tt: Timetable): Uint32Array {
  const c = tt.connections;
  const n = c.length;
  const order = new Uint32Array(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    order[i] = i;
    if (i > 0 && c.depTime[i]! < c.depTime[i - 1]!) sorted = false;
  }
  if (!sorted) sortBy(order, c.depTime);
  return order;
}

/** Sorts `order` by `time[order[i]]`, ties keeping their order (exact packed doubles). */
function sortBy(order: Uint32Array, time: Int32Array): void {
  const n = order.length;
  let min = 0;
  for (let j = 0; j < n; j++) if (time[order[j]!]! < min) min = time[order[j]!]!;
  const keys = new Float64Array(n);
  for (let j = 0; j < n; j++) keys[j] = (time[order[j]!]! - min) * n + j;
  keys.sort();
  const copy = order.slice();
  for (let j = 0; j < n; j++) order[j] = copy[keys[j]! % n]!;
}

/** Connections in ascending arrival order (stable: ties keep departure order). */
export function forwardNet(tt: Timetable, minTransferSeconds: number): ScanNet {
  const c = tt.connections;
  const n = c.length;
  const order = departureOrder(tt);
  sortBy(order, c.arrTime);
  const net = alloc(tt, n, paths(tt, minTransferSeconds, false));
  for (let j = 0; j < n; j++) {
    const i = order[j]!;
    net.from[j] = c.depStop[i]!;
    net.to[j] = c.arrStop[i]!;
    net.dep[j] = c.depTime[i]!;
    net.arr[j] = c.arrTime[i]!;
    net.trip[j] = c.trip[i]!;
    net.flags[j] = c.flags ? c.flags[i]! : 0;
  }
  return net;
}

/**
 * Time reversed: connection i becomes arrStop → depStop departing at
 * −arrTime and arriving at −depTime. The timetable is sorted by departure,
 * so walking it backwards gives ascending reversed arrival, and each trip's
 * connections come last stop first, as a reversed trip runs.
 */
export function backwardNet(tt: Timetable, minTransferSeconds: number): ScanNet {
  const c = tt.connections;
  const n = c.length;
  const order = departureOrder(tt);
  const net = alloc(tt, n, paths(tt, minTransferSeconds, true));
  for (let j = 0; j < n; j++) {
    const i = order[n - 1 - j]!;
    net.from[j] = c.arrStop[i]!;
    net.to[j] = c.depStop[i]!;
    net.dep[j] = -c.arrTime[i]!;
    net.arr[j] = -c.depTime[i]!;
    net.trip[j] = c.trip[i]!;
    // Reversed, getting off becomes boarding and the other way round.
    const f = c.flags ? c.flags[i]! : 0;
    net.flags[j] = ((f & 1) << 1) | ((f & 2) >> 1);
  }
  return net;
}

function alloc(tt: Timetable, n: number, p: Paths): ScanNet {
  let tripCount = tt.trips.length;
  for (let i = 0; i < tt.connections.length; i++) if (tt.connections.trip[i]! >= tripCount) tripCount = tt.connections.trip[i]! + 1;
  return {
    size: n,
    stopCount: tt.stops.length,
    tripCount,
    from: new Uint32Array(n),
    to: new Uint32Array(n),
    dep: new Int32Array(n),
    arr: new Int32Array(n),
    trip: new Uint32Array(n),
    flags: new Uint8Array(n),
    ...p,
  };
}

/** First index whose value is ≥ x in an ascending array (`n` when none). */
export function lowerBound(a: Int32Array, n: number, x: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
