/**
 * stop_times.txt, streamed once. Only rows of needed trips are kept, as
 * numbers in growable typed arrays (20 bytes a row), never as objects.
 *
 * The file need not be sorted: rows are collected in runs of one trip
 * (a whole trip in the usual sorted file), each run is sorted by
 * stop_sequence, its missing times are interpolated, and it is stored
 * compactly: rows at kept stops in full, and for each run of rows at
 * dropped stops (outside the filter, unknown, unusable) only its first and
 * last row as a "gap" marker, so that a trip is cut where it leaves the
 * kept area. `finish()` then groups the rows per trip and sorts them.
 *
 * Empty times (timepoint = 0) are interpolated linearly between the
 * neighbouring known times, by shape_dist_traveled where all rows involved
 * give it, else by the number of stops in between.
 *
 * pickup_type 1 (no boarding) and drop_off_type 1 (no alighting) are kept
 * as row flags; 2 and 3 (phone or tell the driver, common on Bürgerbus
 * lines) still let people on and off.
 */
import { readCsv } from './csv.js';
import type { Warnings } from './report.js';
import { plural } from './report.js';
import type { GtfsSource } from './source.js';
import { STATION_BASE, STOP_DROPPED, STOP_UNUSABLE, type StopIndex } from './stops.js';
import { hashId, hasHash, type Trips } from './trips.js';
import { NO_TIME, formatTime, parseTime } from './values.js';

/** A row that only marks that the trip passes a stop that is not kept. */
export const GAP = -1;
/** Row flags: nobody may board (pickup_type 1) / alight (drop_off_type 1) there. */
export const NO_PICKUP = 1;
export const NO_DROP_OFF = 2;

/** Rows grouped per trip: rows of trip t are start[t] … start[t + 1] − 1, by stop_sequence. */
export interface TripRows {
  start: Uint32Array;
  seq: Uint32Array;
  /** Kept stop index, or GAP. */
  stop: Int32Array;
  arr: Int32Array;
  dep: Int32Array;
  /** NO_PICKUP | NO_DROP_OFF. */
  flag: Uint8Array;
}

class RowStore {
  length = 0;
  trip = new Uint32Array(1024);
  seq = new Uint32Array(1024);
  stop = new Int32Array(1024);
  arr = new Int32Array(1024);
  dep = new Int32Array(1024);
  flag = new Uint8Array(1024);

  push(trip: number, seq: number, stop: number, arr: number, dep: number, flag: number): void {
    if (this.length === this.trip.length) this.grow();
    const i = this.length++;
    this.trip[i] = trip;
    this.seq[i] = seq;
    this.stop[i] = stop;
    this.arr[i] = arr;
    this.dep[i] = dep;
    this.flag[i] = flag;
  }

  private grow(): void {
    const n = this.trip.length * 2;
    const g = <T extends Uint32Array | Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.trip = g(this.trip, (k) => new Uint32Array(k));
    this.seq = g(this.seq, (k) => new Uint32Array(k));
    this.stop = g(this.stop, (k) => new Int32Array(k));
    this.arr = g(this.arr, (k) => new Int32Array(k));
    this.dep = g(this.dep, (k) => new Int32Array(k));
    this.flag = g(this.flag, (k) => new Uint8Array(k));
  }
}

/** Linear interpolation of rows whose arr and dep are both missing, between known neighbours. */
function interpolate(order: ArrayLike<number>, arr: number[] | Int32Array, dep: number[] | Int32Array, dist?: number[]): void {
  const n = order.length;
  let prev = -1; // position (in order) of the last row with a known departure
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    if (arr[i]! >= 0 && dep[i]! < 0) dep[i] = arr[i]!;
    if (dep[i]! >= 0 && arr[i]! < 0) arr[i] = dep[i]!;
    if (dep[i]! >= 0) {
      prev = k;
      continue;
    }
    if (prev < 0) continue;
    let next = k + 1;
    while (next < n && arr[order[next]!]! < 0 && dep[order[next]!]! < 0) next++;
    if (next === n) break;
    const p = order[prev]!, q = order[next]!;
    const t0 = dep[p]!, t1 = arr[q]! >= 0 ? arr[q]! : dep[q]!;
    const d0 = dist?.[p] ?? Number.NaN, d1 = dist?.[q] ?? Number.NaN;
    const byDist = Number.isFinite(d0) && Number.isFinite(d1) && d1 > d0;
    for (let m = k; m < next; m++) {
      const j = order[m]!;
      const dj = dist?.[j] ?? Number.NaN;
      const f = byDist && Number.isFinite(dj) ? Math.min(1, Math.max(0, (dj - d0) / (d1 - d0))) : (m - prev) / (next - prev);
      arr[j] = dep[j] = Math.round(t0 + f * (t1 - t0));
    }
    k = next - 1;
  }
}

export async function readStopTimes(
  source: GtfsSource,
  trips: Trips,
  stops: StopIndex,
  warnings: Warnings,
  onProgress?: (done: number, total: number) => void,
): Promise<TripRows> {
  const store = new RowStore();
  const file = 'stop_times.txt';
  // The current run of rows of one trip.
  let runTrip = -1;
  let runTripId: string | undefined;
  const cSeq: number[] = [], cStop: number[] = [], cArr: number[] = [], cDep: number[] = [], cDist: number[] = [], cFlag: number[] = [];
  const rowsPerTrip = new Uint32Array(trips.ids.length);

  const flush = (): void => {
    const n = cSeq.length;
    if (n === 0) return;
    let order: number[] = Array.from({ length: n }, (_, i) => i);
    let sorted = true;
    for (let i = 1; i < n; i++) if (cSeq[i]! <= cSeq[i - 1]!) { sorted = false; break; }
    if (!sorted) {
      order.sort((a, b) => cSeq[a]! - cSeq[b]! || a - b);
      order = order.filter((i, k) => {
        if (k === 0 || cSeq[i] !== cSeq[order[k - 1]!]) return true;
        warnings.note('st-dupseq', `stop_times.txt: trip "${trips.ids[runTrip]}" has stop_sequence ${cSeq[i]} twice; the first row is used.`, (c) => `stop_times.txt: ${plural(c, 'stop_sequence appears', 'stop_sequences appear')} twice within a trip; the first row is used`);
        return false;
      });
    }
    interpolate(order, cArr, cDep, cDist);
    for (let k = 0; k < order.length; k++) {
      const i = order[k]!;
      if (cStop[i]! >= 0) {
        store.push(runTrip, cSeq[i]!, cStop[i]!, cArr[i]!, cDep[i]!, cFlag[i]!);
        continue;
      }
      // A run of rows at stops that are not kept: its first and last row.
      let last = k;
      while (last + 1 < order.length && cStop[order[last + 1]!]! < 0) last++;
      store.push(runTrip, cSeq[i]!, GAP, cArr[i]!, cDep[i]!, 0);
      if (last > k) {
        const j = order[last]!;
        store.push(runTrip, cSeq[j]!, GAP, cArr[j]!, cDep[j]!, 0);
      }
      k = last;
    }
    rowsPerTrip[runTrip]! += n;
    cSeq.length = cStop.length = cArr.length = cDep.length = cDist.length = cFlag.length = 0;
  };

  const total = source.size(file);
  let lastHash = -1;
  await readCsv(source, file, (h) => {
    const cTrip = h.required('trip_id'), cStopId = h.required('stop_id'), cSeqCol = h.required('stop_sequence');
    const cArrCol = h.required('arrival_time'), cDepCol = h.required('departure_time'), cDistCol = h.col('shape_dist_traveled');
    const cPickup = h.col('pickup_type'), cDropOff = h.col('drop_off_type');
    return (f, line) => {
      const tripId = f[cTrip] ?? '';
      if (tripId !== runTripId) {
        flush();
        runTripId = tripId;
        runTrip = trips.index.get(tripId) ?? -1;
        if (runTrip < 0) {
          const hash = hashId(tripId);
          if (hash !== lastHash && !hasHash(trips.otherTripHashes, hash)) {
            warnings.note('st-unknowntrip', `stop_times.txt:${line}: trip_id "${tripId}" is not in trips.txt; its rows were skipped.`, (c) => `stop_times.txt: rows of ${plural(c, 'trip_id', 'trip_ids')} that are not in trips.txt were skipped`);
          }
          lastHash = hash;
        }
      }
      if (runTrip < 0) return;
      const seqText = f[cSeqCol] ?? '';
      const seq = Number(seqText);
      if (seqText === '' || !Number.isInteger(seq) || seq < 0 || seq > 0xffffffff) {
        return warnings.note('st-seq', `stop_times.txt:${line}: the stop_sequence "${seqText}" is not a whole number; the row was skipped.`, (c) => `stop_times.txt: ${plural(c, 'row has a stop_sequence', 'rows have a stop_sequence')} that is not a whole number and were skipped`);
      }
      const stopId = f[cStopId] ?? '';
      let stop = stops.code.get(stopId);
      if (stop === undefined) {
        warnings.note('st-unknownstop', `stop_times.txt:${line}: stop_id "${stopId}" is not in stops.txt; the trip is cut there.`, (c) => `stop_times.txt: ${plural(c, 'row names a stop_id', 'rows name stop_ids')} that are not in stops.txt; the trips are cut there`);
        stop = STOP_UNUSABLE;
      } else if (stop <= STATION_BASE) {
        warnings.note('st-station', `stop_times.txt:${line}: stop_id "${stopId}" is a station, not a stop or platform; its first platform is used.`, (c) => `stop_times.txt: ${plural(c, 'row names a station', 'rows name stations')} instead of a stop or platform; the station's first platform is used`);
        stop = STATION_BASE - stop;
      } else if (stop === STOP_UNUSABLE) {
        warnings.note('st-unusable', `stop_times.txt:${line}: stop_id "${stopId}" cannot be served (an entrance, node, boarding area or a stop without coordinates); the trip is cut there.`, (c) => `stop_times.txt: ${plural(c, 'row names a stop', 'rows name stops')} that cannot be served (entrances, nodes, boarding areas or stops without coordinates); the trips are cut there`);
      }
      let arr = parseTime(f[cArrCol] ?? ''), dep = parseTime(f[cDepCol] ?? '');
      if (Number.isNaN(arr) || Number.isNaN(dep)) {
        warnings.note('st-time', `stop_times.txt:${line}: the time "${Number.isNaN(arr) ? f[cArrCol] : f[cDepCol]}" cannot be read; it is treated as empty and interpolated.`, (c) => `stop_times.txt: ${plural(c, 'row has a time', 'rows have times')} that cannot be read; they are treated as empty and interpolated`);
        if (Number.isNaN(arr)) arr = NO_TIME;
        if (Number.isNaN(dep)) dep = NO_TIME;
      }
      cSeq.push(seq);
      cStop.push(stop === STOP_DROPPED ? GAP : stop);
      cArr.push(arr);
      cDep.push(dep);
      cDist.push(cDistCol >= 0 && f[cDistCol] ? Number(f[cDistCol]) : Number.NaN);
      cFlag.push((cPickup >= 0 && f[cPickup] === '1' ? NO_PICKUP : 0) | (cDropOff >= 0 && f[cDropOff] === '1' ? NO_DROP_OFF : 0));
    };
  }, onProgress ? { onBytes: (b) => onProgress(b, Math.max(total, b)) } : {});
  flush();

  const missing = trips.ids.filter((_, t) => rowsPerTrip[t] === 0);
  if (missing.length) {
    warnings.add(`stop_times.txt: ${plural(missing.length, 'trip that runs', 'trips that run')} on a requested date ${missing.length === 1 ? 'has' : 'have'} no rows and cannot be used (${missing.slice(0, 3).map((id) => `"${id}"`).join(', ')}${missing.length > 3 ? ', …' : ''}).`);
  }
  return finish(store, trips, warnings);
}

/** Groups the rows per trip, sorts each trip by stop_sequence, fills the remaining gaps in time and removes time travel. */
function finish(store: RowStore, trips: Trips, warnings: Warnings): TripRows {
  const T = trips.ids.length, R = store.length;
  const start = new Uint32Array(T + 1);
  for (let i = 0; i < R; i++) start[store.trip[i]! + 1]!++;
  for (let t = 0; t < T; t++) start[t + 1]! += start[t]!;
  const fill = start.slice(0, T);
  const seq = new Uint32Array(R), stop = new Int32Array(R), arr = new Int32Array(R), dep = new Int32Array(R), flag = new Uint8Array(R);
  for (let i = 0; i < R; i++) {
    const k = fill[store.trip[i]!]!++;
    seq[k] = store.seq[i]!;
    stop[k] = store.stop[i]!;
    arr[k] = store.arr[i]!;
    dep[k] = store.dep[i]!;
    flag[k] = store.flag[i]!;
  }
  // Trips split over several runs (unsorted file): sort, drop repeated stop_sequences, interpolate again.
  let write = 0;
  const outStart = new Uint32Array(T + 1);
  for (let t = 0; t < T; t++) {
    const a = start[t]!, b = start[t + 1]!;
    let order: number[] | undefined;
    for (let i = a + 1; i < b; i++) if (seq[i]! <= seq[i - 1]!) { order = []; break; }
    if (order) {
      for (let i = a; i < b; i++) order.push(i);
      order.sort((x, y) => seq[x]! - seq[y]! || x - y);
      const rows = order.filter((i, k) => k === 0 || seq[i] !== seq[order![k - 1]!]).map((i) => [seq[i]!, stop[i]!, arr[i]!, dep[i]!, flag[i]!] as const);
      if (rows.length < order.length) {
        warnings.note('st-dupseq', `stop_times.txt: trip "${trips.ids[t]}" has a stop_sequence twice; the first row is used.`, (c) => `stop_times.txt: ${plural(c, 'stop_sequence appears', 'stop_sequences appear')} twice within a trip; the first row is used`);
      }
      rows.forEach(([s, st, ar, de, fl], k) => {
        seq[a + k] = s;
        stop[a + k] = st;
        arr[a + k] = ar;
        dep[a + k] = de;
        flag[a + k] = fl;
      });
      for (let k = 0; k < rows.length; k++) copyRow(a + k, write + k);
      outStart[t] = write;
      write += rows.length;
    } else {
      for (let i = a; i < b; i++) copyRow(i, write + i - a);
      outStart[t] = write;
      write += b - a;
    }
    // Times still missing (a trip split over several runs): interpolate over the whole trip.
    for (let i = outStart[t]!; i < write; i++) {
      if (arr[i]! < 0 || dep[i]! < 0) {
        interpolate(Array.from({ length: write - outStart[t]! }, (_, k) => outStart[t]! + k), arr, dep);
        break;
      }
    }
    fixTimeTravel(outStart[t]!, write, t);
  }
  outStart[T] = write;
  return { start: outStart, seq: seq.subarray(0, write), stop: stop.subarray(0, write), arr: arr.subarray(0, write), dep: dep.subarray(0, write), flag: flag.subarray(0, write) };

  function copyRow(from: number, to: number): void {
    if (from === to) return;
    seq[to] = seq[from]!;
    stop[to] = stop[from]!;
    arr[to] = arr[from]!;
    dep[to] = dep[from]!;
    flag[to] = flag[from]!;
  }

  /** Times must not go backwards along a trip: later times are raised to the earlier ones. */
  function fixTimeTravel(a: number, b: number, t: number): void {
    let last = -1;
    for (let i = a; i < b; i++) {
      const ar = arr[i]!, de = dep[i]!;
      if (ar < 0 && de < 0) continue;
      if ((ar >= 0 && ar < last) || (de >= 0 && de < Math.max(last, ar))) {
        const bad = ar >= 0 && ar < last ? ar : de;
        warnings.note('st-timetravel', `stop_times.txt: trip "${trips.ids[t]}" goes back in time at stop_sequence ${seq[i]} (${formatTime(bad)} after ${formatTime(Math.max(last, ar))}); the time was raised to the earlier one.`, (c) => `stop_times.txt: ${plural(c, 'time goes', 'times go')} back in time within a trip and ${c === 1 ? 'was' : 'were'} raised to the time before`);
        if (ar >= 0 && ar < last) arr[i] = last;
        if (de >= 0 && de < Math.max(last, arr[i]!)) dep[i] = Math.max(last, arr[i]!);
      }
      last = Math.max(last, arr[i]!, dep[i]!);
    }
  }
}
