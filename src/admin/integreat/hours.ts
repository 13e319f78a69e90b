/**
 * Integreat's opening hours (seven day objects, Monday first, each with
 * `allDay`, `closed`, `appointmentOnly` and time slots) → an OSM
 * `opening_hours` value the compiler reads, with "nur mit Termin" kept as
 * the OSM state `unknown` plus its comment (the compiler shows it as "by
 * appointment"). Days with the same rule are joined (`Mo-Tu,Th 10:00-13:00`).
 */

export interface IntegreatDay {
  allDay?: boolean;
  closed?: boolean;
  appointmentOnly?: boolean;
  timeSlots?: Array<{ start?: string; end?: string }>;
}

export interface ConvertedHours {
  /** The OSM value; undefined when Integreat says nothing usable. */
  osm?: string;
  /** What could not be carried, in both languages (for the loss report). */
  lost: Array<{ de: string; en: string }>;
}

const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
const DAY_NAMES_DE = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'];
const DAY_NAMES_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)(?::\d\d)?$/;
export const APPOINTMENT_COMMENT = 'nur mit Termin';

const minutes = (clock: string): number => {
  const m = CLOCK.exec(clock)!;
  return Number(m[1]) * 60 + Number(m[2]);
};
const hhmm = (clock: string): string => {
  const m = CLOCK.exec(clock)!;
  return `${m[1]!.padStart(2, '0')}:${m[2]}`;
};

/** One day's rule text (without the day), or undefined when the day says nothing usable. */
function dayRule(day: IntegreatDay, i: number, lost: ConvertedHours['lost']): string | undefined {
  if (day.closed) return 'off';
  const suffix = day.appointmentOnly ? ` unknown "${APPOINTMENT_COMMENT}"` : '';
  if (day.allDay) return `00:00-24:00${suffix}`;
  const slots: string[] = [];
  for (const slot of day.timeSlots ?? []) {
    const start = slot.start ?? '';
    // Integreat writes a slot to midnight as 00:00 or 24:00.
    const end = slot.end === '00:00' || slot.end === '24:00' ? '24:00' : slot.end ?? '';
    if (!CLOCK.test(start) || (end !== '24:00' && !CLOCK.test(end))) {
      lost.push({ de: `${DAY_NAMES_DE[i]}: die Zeit „${start}–${slot.end ?? ''}“ ist keine Uhrzeit und wurde weggelassen.`, en: `${DAY_NAMES_EN[i]}: the time "${start}–${slot.end ?? ''}" is not a clock time and was left out.` });
      continue;
    }
    if (end !== '24:00' && minutes(end) <= minutes(start)) {
      lost.push({ de: `${DAY_NAMES_DE[i]}: „${start}–${end}“ endet nicht nach dem Beginn und wurde weggelassen.`, en: `${DAY_NAMES_EN[i]}: "${start}–${end}" does not end after it starts and was left out.` });
      continue;
    }
    slots.push(`${hhmm(start)}-${end === '24:00' ? '24:00' : hhmm(end)}`);
  }
  if (!slots.length) {
    // Neither closed nor times: Integreat's "no information for this day".
    return undefined;
  }
  return `${slots.join(',')}${suffix}`;
}

/** "Mo,Tu,Th" → "Mo-Tu,Th": runs of three or more days, and pairs, as ranges where OSM allows. */
function daySelector(indexes: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < indexes.length; i++) {
    let j = i;
    while (j + 1 < indexes.length && indexes[j + 1] === indexes[j]! + 1) j++;
    parts.push(j > i ? `${DAYS[indexes[i]!]}-${DAYS[indexes[j]!]}` : DAYS[indexes[i]!]!);
    i = j;
  }
  return parts.join(',');
}

export function integreatHours(days: IntegreatDay[] | null | undefined, temporarilyClosed = false): ConvertedHours {
  const lost: ConvertedHours['lost'] = [];
  if (temporarilyClosed) return { osm: 'off "vorübergehend geschlossen"', lost };
  if (!Array.isArray(days) || days.length === 0) return { lost };
  if (days.length !== 7) {
    lost.push({ de: `Die Öffnungszeiten haben ${days.length} statt 7 Tage; übernommen wurden die ersten Tage ab Montag.`, en: `The opening hours have ${days.length} days instead of 7; the first ones from Monday were taken.` });
  }
  const rules = new Map<string, number[]>();
  days.slice(0, 7).forEach((day, i) => {
    const rule = dayRule(day ?? {}, i, lost);
    if (rule === undefined) return;
    if (!rules.has(rule)) rules.set(rule, []);
    rules.get(rule)!.push(i);
  });
  // Nothing but "off": no times at all, which says nothing about when to come.
  if (!rules.size || (rules.size === 1 && rules.has('off'))) return { lost };
  const osm = [...rules].sort(([, a], [, b]) => a[0]! - b[0]!).map(([rule, indexes]) => `${daySelector(indexes)} ${rule}`).join('; ');
  return { osm, lost };
}
