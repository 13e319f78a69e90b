/** Calendar helpers in the feed's time zone (Europe/Berlin), independent of the device's zone. */

let dateFormat: Intl.DateTimeFormat | undefined;

/** Today's date in Berlin as `YYYY-MM-DD` (sortable, comparable as strings). */
export function berlinDate(at: Date = new Date()): string {
  dateFormat ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });
  return dateFormat.format(at);
}

// The calendar arithmetic lives in hours.ts, which must stay free of imports (a test holds it to that).
export { shiftDate as addDays, weekdayOfDate as weekdayOf } from './hours.js';

/** Whole days from `a` to `b` (both `YYYY-MM-DD`). */
export function daysBetween(a: string, b: string): number {
  const parse = (s: string) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((parse(b) - parse(a)) / 86_400_000);
}

/** True when an entry with these validity dates is shown on `today`. */
export function isCurrent(entry: { validFrom?: string | undefined; validUntil?: string | undefined }, today: string): boolean {
  if (entry.validFrom && entry.validFrom > today) return false;
  if (entry.validUntil && entry.validUntil < today) return false;
  return true;
}
