/**
 * From the rows of each trip to one Timetable per service date.
 *
 * A trip's connections ("hops") are its consecutive pairs of rows that are
 * both at kept stops and both timed: depStop/depTime of the first,
 * arrStop/arrTime of the second. A gap marker between two kept rows (the
 * trip leaves the kept area) cuts the trip there.
 *
 * The timetable of date D holds, first, the trips of D − 1 still running
 * after midnight (only their connections departing at ≥ 24:00:00, shifted
 * by −86,400 s), then the trips of D. Trips in frequencies.txt become one
 * trip per departure, "<trip_id>@HH:MM:SS".
 */
import { CONN_NO_ALIGHT, CONN_NO_BOARD, type Connections, type Footpath, type Timetable, type TimetableRoute, type TimetableStop } from '../timetable.js';
import type { Services } from './calendar.js';
import { NO_DROP_OFF, NO_PICKUP, type TripRows } from './stop-times.js';
import type { Routes, Trips } from './trips.js';
import { DAY_SECONDS, formatTime, isoDate } from './values.js';

export interface Hops {
  /** Hops of trip t are start[t] … start[t + 1] − 1, in trip order. */
  start: Uint32Array;
  depStop: Uint32Array;
  arrStop: Uint32Array;
  dep: Int32Array;
  arr: Int32Array;
  /** Per trip: departure at its first stop (frequencies shift from it); −1 when unknown. */
  firstDep: Int32Array;
  /** Per hop: CONN_NO_BOARD | CONN_NO_ALIGHT. */
  flags: Uint8Array;
  /** Per trip: 1 when stop_times.txt has any row for it (kept stop or not). */
  hasRows: Uint8Array;
}

export function buildHops(rows: TripRows, tripCount: number): Hops {
  let n = 0;
  const isHop = (i: number): boolean => rows.stop[i]! >= 0 && rows.stop[i + 1]! >= 0 && rows.dep[i]! >= 0 && rows.arr[i + 1]! >= 0;
  for (let t = 0; t < tripCount; t++) for (let i = rows.start[t]!; i + 1 < rows.start[t + 1]!; i++) if (isHop(i)) n++;
  const hops: Hops = {
    start: new Uint32Array(tripCount + 1),
    depStop: new Uint32Array(n),
    arrStop: new Uint32Array(n),
    dep: new Int32Array(n),
    arr: new Int32Array(n),
    firstDep: new Int32Array(tripCount).fill(-1),
    flags: new Uint8Array(n),
    hasRows: new Uint8Array(tripCount),
  };
  let k = 0;
  for (let t = 0; t < tripCount; t++) {
    hops.start[t] = k;
    const a = rows.start[t]!, b = rows.start[t + 1]!;
    if (b > a) hops.hasRows[t] = 1;
    for (let i = a; i < b; i++) if (rows.dep[i]! >= 0) { hops.firstDep[t] = rows.dep[i]!; break; }
    for (let i = a; i + 1 < b; i++) {
      if (!isHop(i)) continue;
      hops.depStop[k] = rows.stop[i]!;
      hops.arrStop[k] = rows.stop[i + 1]!;
      hops.dep[k] = rows.dep[i]!;
      hops.arr[k] = rows.arr[i + 1]!;
      hops.flags[k] = (rows.flag[i]! & NO_PICKUP ? CONN_NO_BOARD : 0) | (rows.flag[i + 1]! & NO_DROP_OFF ? CONN_NO_ALIGHT : 0);
      k++;
    }
  }
  hops.start[tripCount] = k;
  return hops;
}

export interface DayContext {
  stops: TimetableStop[];
  routes: Routes;
  trips: Trips;
  services: Services;
  hops: Hops;
  footpaths: Footpath[];
}

export interface DayReport {
  trips: number;
  connections: number;
  /** Vehicle trips per route; a route whose trips of the day have no stop_times at all is listed with 0. */
  perRoute: Record<string, number>;
}

export function buildDay(day: number, ctx: DayContext): { timetable: Timetable; report: DayReport } {
  const { trips, services, hops } = ctx;
  const D = services.days.length;
  const today = services.days.indexOf(day), yesterday = services.days.indexOf(day - 1);
  const runs = (t: number, d: number): boolean => d >= 0 && services.active[trips.service[t]! * D + d] === 1;
  const T = trips.ids.length;

  // Trip instances: base trip, time shift, carried over from yesterday.
  const instTrip: number[] = [], instShift: number[] = [], instCarry: boolean[] = [], instFrom: number[] = [];
  const perRoute = new Map<string, number>();
  let total = 0;
  const startsOf = (t: number): number[] | undefined => trips.frequencies.get(t);
  for (const carry of [true, false]) {
    for (let t = 0; t < T; t++) {
      if (!runs(t, carry ? yesterday : today)) continue;
      const a = hops.start[t]!, b = hops.start[t + 1]!;
      if (!carry && !hops.hasRows[t]) {
        // A line whose trips have no stop times is shown with 0, not left out.
        const name = ctx.routes.reportNames[trips.route[t]!]!;
        perRoute.set(name, perRoute.get(name) ?? 0);
      }
      if (a === b) continue;
      const starts = startsOf(t);
      const shifts = starts && hops.firstDep[t]! >= 0 ? starts.map((s) => s - hops.firstDep[t]!) : [0];
      for (const shift of shifts) {
        let from = a;
        if (carry) while (from < b && hops.dep[from]! + shift < DAY_SECONDS) from++;
        if (from === b) continue;
        instTrip.push(t);
        instShift.push(carry ? shift - DAY_SECONDS : shift);
        instCarry.push(carry);
        instFrom.push(from);
        total += b - from;
      }
    }
  }

  // Fill in trip order, then sort by departure, arrival, and fill order (= trip, then position in the trip).
  const depStop = new Uint32Array(total), arrStop = new Uint32Array(total), depTime = new Int32Array(total), arrTime = new Int32Array(total), trip = new Uint32Array(total), flags = new Uint8Array(total);
  const tripList: Timetable['trips'] = [];
  let ownTrips = 0;
  let k = 0;
  for (let i = 0; i < instTrip.length; i++) {
    const t = instTrip[i]!, shift = instShift[i]!;
    const freq = startsOf(t);
    const id = freq && hops.firstDep[t]! >= 0 ? `${trips.ids[t]}@${formatTime(hops.firstDep[t]! + shift + (instCarry[i] ? DAY_SECONDS : 0))}` : trips.ids[t]!;
    tripList.push({ id, route: trips.route[t]! });
    if (!instCarry[i]) {
      ownTrips++;
      const name = ctx.routes.reportNames[trips.route[t]!]!;
      perRoute.set(name, (perRoute.get(name) ?? 0) + 1);
    }
    for (let h = instFrom[i]!, b = hops.start[t + 1]!; h < b; h++, k++) {
      depStop[k] = hops.depStop[h]!;
      arrStop[k] = hops.arrStop[h]!;
      depTime[k] = hops.dep[h]! + shift;
      arrTime[k] = hops.arr[h]! + shift;
      trip[k] = i;
      flags[k] = hops.flags[h]!;
    }
  }
  const order = new Uint32Array(total);
  for (let i = 0; i < total; i++) order[i] = i;
  order.sort((x, y) => depTime[x]! - depTime[y]! || arrTime[x]! - arrTime[y]! || x - y);
  const connections: Connections = {
    length: total,
    depStop: permute(depStop, order, new Uint32Array(total)),
    arrStop: permute(arrStop, order, new Uint32Array(total)),
    depTime: permute(depTime, order, new Int32Array(total)),
    arrTime: permute(arrTime, order, new Int32Array(total)),
    trip: permute(trip, order, new Uint32Array(total)),
    flags: permute(flags, order, new Uint8Array(total)),
  };
  const sortedRoutes = [...perRoute.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const routes: TimetableRoute[] = ctx.routes.routes;
  return {
    timetable: { date: isoDate(day), stops: ctx.stops, routes, trips: tripList, connections, footpaths: ctx.footpaths },
    report: { trips: ownTrips, connections: total, perRoute: Object.fromEntries(sortedRoutes.map((r) => [r, perRoute.get(r)!])) },
  };
}

function permute<T extends Uint32Array | Int32Array | Uint8Array>(src: T, order: Uint32Array, out: T): T {
  for (let i = 0; i < order.length; i++) out[i] = src[order[i]!]!;
  return out;
}

/** Kept stops where nobody can board on any of the timetables. */
export function stopsWithoutDepartures(stops: TimetableStop[], timetables: Iterable<Timetable>): { id: string; name: string }[] {
  const departs = new Uint8Array(stops.length);
  for (const tt of timetables) {
    const c = tt.connections;
    for (let i = 0; i < c.length; i++) if (!c.flags || !(c.flags[i]! & CONN_NO_BOARD)) departs[c.depStop[i]!] = 1;
  }
  return stops.filter((_, i) => departs[i] === 0).map((s) => ({ id: s.id, name: s.name }));
}
