/**
 * Parsing GTFS values: times ("8:05:00", "25:10:00"), dates ("20241224")
 * and the day numbers used internally (days since 1970-01-01, UTC, so that
 * the machine's time zone and DST never shift a service date).
 */

export const DAY_SECONDS = 86_400;

/** Marks an absent time in the typed arrays. */
export const NO_TIME = -1;

/**
 * Seconds after "noon minus 12 h" of the service day. Accepts H:MM:SS with
 * one to three hour digits (GTFS allows hours ≥ 24 for trips past
 * midnight). Returns NO_TIME for an empty field and NaN when unparseable.
 */
export function parseTime(s: string): number {
  const n = s.length;
  if (n === 0) return NO_TIME;
  const c1 = s.indexOf(':');
  if (c1 < 1 || c1 > 3 || n !== c1 + 6 || s.charCodeAt(c1 + 3) !== 58) return Number.NaN;
  let h = 0;
  for (let i = 0; i < c1; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    h = h * 10 + d;
  }
  const m1 = s.charCodeAt(c1 + 1) - 48, m2 = s.charCodeAt(c1 + 2) - 48;
  const s1 = s.charCodeAt(c1 + 4) - 48, s2 = s.charCodeAt(c1 + 5) - 48;
  if (m1 < 0 || m1 > 5 || m2 < 0 || m2 > 9 || s1 < 0 || s1 > 5 || s2 < 0 || s2 > 9) return Number.NaN;
  return h * 3600 + (m1 * 10 + m2) * 60 + s1 * 10 + s2;
}

/** 30_600 → "08:30:00", 90_600 → "25:10:00". */
export function formatTime(seconds: number): string {
  const h = Math.floor(seconds / 3600), m = Math.floor((seconds % 3600) / 60), s = seconds % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

function dayOf(y: number, m: number, d: number): number {
  if (m < 1 || m > 12 || d < 1 || d > 31) return Number.NaN;
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return Number.NaN;
  return t / 86_400_000;
}

/** GTFS date "20241224" → day number; NaN when invalid. */
export function parseGtfsDate(s: string): number {
  if (!/^\d{8}$/.test(s)) return Number.NaN;
  return dayOf(Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6, 8)));
}

/** ISO date "2024-12-24" → day number; NaN when invalid. */
export function parseIsoDate(s: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return Number.NaN;
  return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Day number → "2024-12-24". */
export function isoDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Day number → 0 = Monday … 6 = Sunday (the order of calendar.txt's columns). */
export function weekdayIndex(day: number): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((day + 3) % 7) + 7) % 7;
}
