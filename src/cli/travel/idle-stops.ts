/**
 * Stops without departures, and why — for the Kreis admin who asks "why
 * does the village Hohenweiler get no bus?". A kept stop (after --stops /
 * --bbox) is idle when nobody can board a vehicle there in the departure
 * window on any computed day. Per day the reason is the first that fits:
 *
 * - `outside-window`: people can board there that day, but only before or
 *   after the window;
 * - `drop-off-only`: vehicles stop there, but only to let people off
 *   (pickup_type 1, or the trips end there);
 * - `no-trips`: no trip of that day stops there.
 *
 * Over all days the stop gets the reason closest to being served
 * (outside-window before drop-off-only before no-trips); `days` keeps the
 * reason per day type.
 */
import { CONN_NO_BOARD, type Timetable, type TimetableStop } from './timetable.js';

export type IdleReason = 'outside-window' | 'drop-off-only' | 'no-trips';

export interface IdleStop {
  id: string;
  name: string;
  reason: IdleReason;
  /** Day type → reason on that day. */
  days: Record<string, IdleReason>;
}

const RANK: Record<IdleReason, number> = { 'outside-window': 0, 'drop-off-only': 1, 'no-trips': 2 };

/** `timetables`: day type → that day's timetable (all share the same stops); window in seconds after midnight. */
export function idleStops(stops: TimetableStop[], timetables: Record<string, Timetable | undefined>, window: { from: number; to: number }): IdleStop[] {
  const n = stops.length;
  // Per stop and day: 3 = boarding in the window, 2 = boarding at other times, 1 = served (getting off only), 0 = nothing.
  const best = new Uint8Array(n);
  const perDay: Array<[string, Uint8Array]> = [];
  for (const [day, tt] of Object.entries(timetables)) {
    const level = new Uint8Array(n);
    if (tt) {
      const c = tt.connections;
      for (let i = 0; i < c.length; i++) {
        const u = c.depStop[i]!, v = c.arrStop[i]!;
        if (level[v]! < 1) level[v] = 1;
        if (c.flags && c.flags[i]! & CONN_NO_BOARD) {
          if (level[u]! < 1) level[u] = 1;
          continue;
        }
        const t = c.depTime[i]!;
        const l = t >= window.from && t <= window.to ? 3 : 2;
        if (level[u]! < l) level[u] = l;
      }
    }
    perDay.push([day, level]);
    for (let s = 0; s < n; s++) if (level[s]! > best[s]!) best[s] = level[s]!;
  }
  const reasonOf = (l: number): IdleReason => (l === 2 ? 'outside-window' : l === 1 ? 'drop-off-only' : 'no-trips');
  const out: IdleStop[] = [];
  for (let s = 0; s < n; s++) {
    if (best[s] === 3) continue;
    const days: Record<string, IdleReason> = {};
    for (const [day, level] of perDay) days[day] = reasonOf(level[s]!);
    out.push({ id: stops[s]!.id, name: stops[s]!.name, reason: reasonOf(best[s]!), days });
  }
  // Closest to being served first, then by id: the list an admin works through.
  return out.sort((a, b) => RANK[a.reason] - RANK[b.reason] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
