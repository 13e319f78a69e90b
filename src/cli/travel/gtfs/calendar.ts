/**
 * Service calendars: calendar.txt (weekly pattern within a date range) and
 * calendar_dates.txt (exception_type 1 adds a date, 2 removes it). Either
 * file may be missing. Produces, for the days the reader needs (the
 * requested dates and the day before each), which services run, and the
 * feed's validity (first and last date on which any service runs).
 */
import { readCsv } from './csv.js';
import type { Warnings } from './report.js';
import { plural } from './report.js';
import type { GtfsSource } from './source.js';
import { isoDate, parseGtfsDate, weekdayIndex } from './values.js';

interface Pattern {
  /** Bit i = runs on weekday i (0 = Monday). */
  mask: number;
  start: number;
  end: number;
}

export interface Services {
  ids: string[];
  index: Map<string, number>;
  /** The days asked about (day numbers, ascending). */
  days: number[];
  /** `active[s * days.length + d]` = 1 when service s runs on days[d]. */
  active: Uint8Array;
  validity: { from: string; until: string };
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export async function readServices(source: GtfsSource, days: number[], warnings: Warnings): Promise<Services> {
  const ids: string[] = [];
  const index = new Map<string, number>();
  const serviceOf = (id: string): number => {
    let s = index.get(id);
    if (s === undefined) {
      s = ids.length;
      ids.push(id);
      index.set(id, s);
    }
    return s;
  };
  const patterns = new Map<number, Pattern>();
  const added = new Map<number, number[]>();
  const removed = new Map<number, number[]>();

  if (source.has('calendar.txt')) {
    await readCsv(source, 'calendar.txt', (h) => {
      const cId = h.required('service_id');
      const cDays = WEEKDAYS.map((d) => h.required(d));
      const cStart = h.required('start_date'), cEnd = h.required('end_date');
      return (f, line) => {
        const id = f[cId] ?? '';
        if (!id) return warnings.note('calendar-noid', `calendar.txt:${line} has no service_id and was skipped.`, (n) => `calendar.txt: ${plural(n, 'row has', 'rows have')} no service_id and were skipped`);
        const start = parseGtfsDate(f[cStart] ?? ''), end = parseGtfsDate(f[cEnd] ?? '');
        if (Number.isNaN(start) || Number.isNaN(end)) {
          return warnings.note('calendar-date', `calendar.txt:${line}: service "${id}" has an unreadable start_date or end_date ("${f[cStart] ?? ''}", "${f[cEnd] ?? ''}") and was skipped.`, (n) => `calendar.txt: ${plural(n, 'row has', 'rows have')} an unreadable start_date or end_date and were skipped`);
        }
        let mask = 0;
        cDays.forEach((c, i) => {
          if ((f[c] ?? '') === '1') mask |= 1 << i;
        });
        const s = serviceOf(id);
        if (patterns.has(s)) return warnings.note('calendar-dup', `calendar.txt:${line}: service "${id}" appears a second time; the first row is used.`, (n) => `calendar.txt: ${plural(n, 'service appears', 'services appear')} more than once; the first row is used`);
        patterns.set(s, { mask, start, end });
      };
    });
  }
  if (source.has('calendar_dates.txt')) {
    await readCsv(source, 'calendar_dates.txt', (h) => {
      const cId = h.required('service_id'), cDate = h.required('date'), cType = h.required('exception_type');
      return (f, line) => {
        const id = f[cId] ?? '';
        const day = parseGtfsDate(f[cDate] ?? '');
        const type = f[cType] ?? '';
        if (!id || Number.isNaN(day) || (type !== '1' && type !== '2')) {
          return warnings.note('calendar-dates-bad', `calendar_dates.txt:${line}: the row (service_id "${id}", date "${f[cDate] ?? ''}", exception_type "${type}") cannot be read and was skipped.`, (n) => `calendar_dates.txt: ${plural(n, 'row', 'rows')} cannot be read and were skipped`);
        }
        const s = serviceOf(id);
        const map = type === '1' ? added : removed;
        const list = map.get(s);
        if (list) list.push(day);
        else map.set(s, [day]);
      };
    });
  }

  // Which service runs on which needed day.
  const active = new Uint8Array(ids.length * days.length);
  const dayPos = new Map(days.map((d, i) => [d, i]));
  for (const [s, p] of patterns) {
    days.forEach((day, d) => {
      if (day >= p.start && day <= p.end && (p.mask >> weekdayIndex(day)) & 1) active[s * days.length + d] = 1;
    });
  }
  for (const [s, list] of removed) for (const day of list) {
    const d = dayPos.get(day);
    if (d !== undefined) active[s * days.length + d] = 0;
  }
  for (const [s, list] of added) for (const day of list) {
    const d = dayPos.get(day);
    if (d !== undefined) active[s * days.length + d] = 1;
  }

  return { ids, index, days, active, validity: validity(ids.length, patterns, added, removed) };
}

function validity(count: number, patterns: Map<number, Pattern>, added: Map<number, number[]>, removed: Map<number, number[]>): { from: string; until: string } {
  let from = Infinity, until = -Infinity;
  for (let s = 0; s < count; s++) {
    const plus = new Set(added.get(s) ?? []);
    const minus = new Set((removed.get(s) ?? []).filter((d) => !plus.has(d)));
    for (const d of plus) {
      if (d < from) from = d;
      if (d > until) until = d;
    }
    const p = patterns.get(s);
    if (!p || p.mask === 0) continue;
    const runs = (d: number): boolean => ((p.mask >> weekdayIndex(d)) & 1) === 1 && !minus.has(d);
    for (let d = p.start; d <= p.end && d < from; d++) if (runs(d)) { from = d; break; }
    for (let d = p.end; d >= p.start && d > until; d--) if (runs(d)) { until = d; break; }
  }
  return Number.isFinite(from) ? { from: isoDate(from), until: isoDate(until) } : { from: '', until: '' };
}
