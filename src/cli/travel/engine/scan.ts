/**
 * One-to-all profile scan from one origin over a `ScanNet` (connections in
 * ascending arrival order): a time-reversed profile Connection Scan
 * (Dibbelt, Pajor, Strasser, Wagner 2013/2018, §"profile queries", run
 * forwards in time). It computes, for every stop and every arrival time,
 * the latest moment one can leave the origin and be there by then — the
 * whole departure-time profile in one pass, instead of one scan per minute.
 *
 * Labels are 32-bit keys `od × 16 + (15 − vehicles)`: the departure from the
 * origin point `od` (seconds) first, then fewer vehicles; a larger key is
 * better. Per stop a Pareto list (ready time ↑, key ↑) answers "best key of
 * any journey that can board here at time τ"; per trip the best key of any
 * journey sitting in it. A connection c = (u → v, dep τd, arr τa, trip T)
 * gets key max(trip[T], board(u, τd) with one more vehicle, access walk to u
 * leaving at τd − walk); the arrival at v is recorded with ready time
 * τa + change(v), and footpaths v → w with ready τa + walk.
 *
 * Because every connection that can feed c arrives by τd ≤ τa, scanning by
 * arrival has seen it already, so each label is final when read.
 *
 * Every label also carries the first vehicle trip its journey boards at the
 * origin (a tie keeps the label seen first), so that the matrix can count
 * departures as vehicle trips rather than as (leave, arrive) pairs.
 */
import type { ScanNet } from './network.js';
import { lowerBound } from './network.js';

/** "No journey" key, below every real key. */
export const NONE = -0x80000000;
const NO_TIME = 0x7fffffff;

/** Stops near each destination, indexed by stop: for stop s, entries start[s] … start[s + 1] − 1. */
export interface Egress {
  start: Uint32Array;
  dest: Uint32Array;
  sec: Int32Array;
}

export interface Access {
  stops: number[];
  seconds: number[];
}

export class ProfileScanner {
  private readonly tripKey: Int32Array;
  private readonly tripFirst: Int32Array;
  private readonly head: Int32Array;
  private readonly lastVehicle: Int32Array;
  private readonly acc: Int32Array;
  private pr = new Int32Array(1024);
  private pk = new Int32Array(1024);
  private pn = new Int32Array(1024);
  private pf = new Int32Array(1024);
  private used = 0;
  private mode = 0;
  private odMin = 0;
  private buckets = 0;
  private arrLimit = 0;
  private maxJourney = 0;
  /** Outward: per destination × departure bucket, the earliest arrival and its key. */
  readonly bucketArr: Int32Array;
  readonly bucketKey: Int32Array;
  /** Outward: the first vehicle trip boarded by that bucket's journey. */
  readonly bucketFirst: Int32Array;
  /** Way back: per destination, the earliest (reversed) arrival. */
  readonly best: Int32Array;

  constructor(
    private readonly net: ScanNet,
    private readonly egress: Egress,
    destCount: number,
    buckets: number,
  ) {
    this.tripKey = new Int32Array(net.tripCount);
    this.tripFirst = new Int32Array(net.tripCount);
    this.head = new Int32Array(net.stopCount);
    this.lastVehicle = new Int32Array(net.stopCount);
    this.acc = new Int32Array(net.stopCount).fill(NONE);
    this.buckets = buckets;
    this.bucketArr = new Int32Array(destCount * buckets);
    this.bucketKey = new Int32Array(destCount * buckets);
    this.bucketFirst = new Int32Array(destCount * buckets);
    this.best = new Int32Array(destCount);
  }

  /**
   * Journeys leaving the origin at `from` or later, arriving by `arrLimit`.
   * Afterwards bucket g of destination d (g = 0 … buckets − 1 for the
   * departure minutes from + 60 g; the last bucket open-ended) holds the
   * earliest arrival of journeys whose origin departure falls in it, with
   * the best key among those arriving then. Returns connections scanned.
   */
  outward(access: Access, from: number, arrLimit: number): number {
    this.bucketArr.fill(NO_TIME);
    this.bucketKey.fill(NONE);
    this.mode = 0;
    this.arrLimit = arrLimit;
    return this.run(access, from, arrLimit, null);
  }

  /**
   * On the time-reversed network: `best[d]` = the earliest reversed arrival
   * at destination d (= minus the latest departure from d) of journeys that
   * reach the origin no earlier than `odMin` reversed (= by the deadline),
   * leave d by `arrLimit` reversed (= at or after the return window start)
   * and take at most `maxJourney` seconds. Stops early once every
   * destination in `needed` has its final answer.
   */
  back(access: Access, odMin: number, arrLimit: number, maxJourney: number, needed: number[]): number {
    this.best.fill(NO_TIME);
    if (!needed.length) return 0;
    this.mode = 1;
    this.arrLimit = arrLimit;
    this.maxJourney = maxJourney;
    return this.run(access, odMin, arrLimit, needed);
  }

  private run(access: Access, odMin: number, arrMax: number, needed: number[] | null): number {
    const { size, from, to, dep, arr, trip, flags, fpStart, fpTo, fpSec, change } = this.net;
    const { tripKey, tripFirst, head, lastVehicle, acc } = this;
    this.odMin = odMin;
    this.used = 0;
    tripKey.fill(NONE);
    head.fill(-1);
    lastVehicle.fill(NONE);
    // Walking access, then at most one footpath.
    for (let j = 0; j < access.stops.length; j++) {
      const s = access.stops[j]!;
      if (acc[s] === NONE || access.seconds[j]! < acc[s]!) acc[s] = access.seconds[j]!;
    }
    const touched = access.stops.slice();
    for (let j = 0; j < access.stops.length; j++) {
      const s = access.stops[j]!;
      for (let f = fpStart[s]!; f < fpStart[s + 1]!; f++) {
        const w = fpTo[f]!;
        const sec = access.seconds[j]! + fpSec[f]!;
        if (acc[w] === NONE || sec < acc[w]!) {
          if (acc[w] === NONE) touched.push(w);
          acc[w] = sec;
        }
      }
    }
    const start = lowerBound(arr, size, odMin);
    const end = arrMax >= NO_TIME ? size : lowerBound(arr, size, arrMax + 1);
    let ni = 0;
    let i = start;
    for (; i < end; i++) {
      if (needed !== null && (i & 63) === 0) {
        const now = arr[i]!;
        while (ni < needed.length && this.best[needed[ni]!]! <= now) ni++;
        if (ni === needed.length) break;
      }
      const d = dep[i]!;
      if (d < odMin) continue;
      const u = from[i]!;
      const t = trip[i]!;
      let cand = tripKey[t]!;
      let first = tripFirst[t]!;
      const fl = flags[i]!;
      const walk = (fl & 1) === 0 ? acc[u]! : NONE; // pickup_type 1: no boarding here
      if (walk !== NONE && d - walk >= odMin) {
        const k = (d - walk) * 16 + 14;
        if (k > cand) {
          cand = k;
          first = t;
        }
      }
      let p = (fl & 1) === 0 ? head[u]! : -1;
      const pr = this.pr;
      while (p >= 0 && pr[p]! > d) p = this.pn[p]!;
      if (p >= 0) {
        let k = this.pk[p]!;
        if ((k & 15) !== 0) k--;
        if (k > cand) {
          cand = k;
          first = this.pf[p]!;
        }
      }
      if (cand === NONE) continue;
      tripKey[t] = cand;
      tripFirst[t] = first;
      if (fl & 2) continue; // drop_off_type 1: nobody gets off here, the trip goes on
      const v = to[i]!;
      const a = arr[i]!;
      this.arrive(v, a, a + change[v]!, cand, first, true);
      for (let f = fpStart[v]!; f < fpStart[v + 1]!; f++) {
        const at = a + fpSec[f]!;
        this.arrive(fpTo[f]!, at, at, cand, first, false);
      }
    }
    for (const s of touched) acc[s] = NONE;
    return i - start;
  }

  /** Records a journey with key k (first trip `first`) at stop v: arrival a, can board from r on. */
  private arrive(v: number, a: number, r: number, k: number, first: number, vehicle: boolean): void {
    if (vehicle && k <= this.lastVehicle[v]!) return;
    const { pr, pk, pn } = this;
    let p = this.head[v]!;
    let keep = -1;
    while (p >= 0 && pr[p]! > r) {
      if (pk[p]! > k) keep = p;
      p = pn[p]!;
    }
    let q = p;
    while (q >= 0 && pr[q]! > a) q = pn[q]!;
    if (q >= 0 && pk[q]! >= k) return; // someone was here earlier (and ready sooner) leaving home no earlier
    if (vehicle) this.lastVehicle[v] = k;
    this.emit(v, a, k, first);
    if (p >= 0 && pk[p]! >= k) return;
    if (this.used === pr.length) this.grow();
    const x = this.used++;
    this.pr[x] = r;
    this.pk[x] = k;
    this.pf[x] = first;
    this.pn[x] = p >= 0 && pr[p] === r ? pn[p]! : p;
    if (keep >= 0) this.pn[keep] = x;
    else this.head[v] = x;
  }

  /** Passes an arrival at stop v on to the destinations within walking distance. */
  private emit(v: number, a: number, k: number, first: number): void {
    const { start, dest, sec } = this.egress;
    const od = k >> 4;
    for (let j = start[v]!; j < start[v + 1]!; j++) {
      const at = a + sec[j]!;
      if (at > this.arrLimit) continue;
      const d = dest[j]!;
      if (this.mode === 0) {
        const g = Math.min(this.buckets - 1, Math.floor((od - this.odMin) / 60));
        const x = d * this.buckets + g;
        if (at < this.bucketArr[x]! || (at === this.bucketArr[x] && k > this.bucketKey[x]!)) {
          this.bucketArr[x] = at;
          this.bucketKey[x] = k;
          this.bucketFirst[x] = first;
        }
      } else if (at - od <= this.maxJourney && at < this.best[d]!) {
        this.best[d] = at;
      }
    }
  }

  private grow(): void {
    const n = this.pr.length * 2;
    const grow = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.pr = grow(this.pr);
    this.pk = grow(this.pk);
    this.pn = grow(this.pn);
    this.pf = grow(this.pf);
  }
}
