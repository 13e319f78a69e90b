/** Moments in Berlin wall-clock time with their offset, as the feed writes them (`generatedAt`, sessions). */

/** `2026-12-01T09:30:00+01:00`: the moment in Berlin wall-clock time with its offset. */
export function berlinDateTime(at: Date): string {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  }).formatToParts(at).map((p) => [p.type, p.value]));
  const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  const offset = Math.round((local - Math.floor(at.getTime() / 1000) * 1000) / 60000);
  const sign = offset < 0 ? '-' : '+';
  const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const mm = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${sign}${hh}:${mm}`;
}

/** `2027-01-20` + `18:00` in Berlin → `2027-01-20T18:00:00+01:00` (summer time: +02:00); undefined for a time the clock skips. */
export function berlinWallTime(date: string, clock: string): string | undefined {
  for (const offset of ['+01:00', '+02:00']) {
    const at = berlinDateTime(new Date(`${date}T${clock}:00${offset}`));
    if (at.startsWith(`${date}T${clock}:00`)) return at;
  }
  return undefined;
}
