/**
 * Which concrete dates stand for the day types: rural buses often run only on
 * school days, so a school-day Tuesday and a holiday Tuesday are computed
 * separately, plus a Saturday and a Sunday. Chosen from the feed's compiled
 * holidays and the timetable's validity; every choice can be overridden.
 */
import type { DayType, Holidays } from '../../core/schema/index.js';
import { addDays, weekdayOf } from '../../core/dates.js';

export interface DayChoice {
  days: Partial<Record<DayType, string>>;
  /** Day types that could not be chosen, with the reason (English and German). */
  missing: Array<{ day: DayType; de: string; en: string }>;
}

const TUESDAY = 1;
const SATURDAY = 5;
const SUNDAY = 6;
/** How far ahead to look for a fitting day. */
const HORIZON_DAYS = 400;

export function chooseDays(holidays: Holidays | undefined, validity: { from: string; until: string }, today: string, overrides: Partial<Record<DayType, string>> = {}): DayChoice {
  const start = validity.from > today ? validity.from : today;
  const isPublic = (date: string) => !!holidays?.public.some((h) => h.date === date);
  const isSchoolHoliday = (date: string) => !!holidays?.school.some((h) => h.from <= date && date <= h.to);
  const first = (test: (date: string) => boolean): string | undefined => {
    for (let i = 0; i < HORIZON_DAYS; i++) {
      const date = addDays(start, i);
      if (date > validity.until) return undefined;
      if (test(date)) return date;
    }
    return undefined;
  };
  const days: Partial<Record<DayType, string>> = {};
  const missing: DayChoice['missing'] = [];
  const pick = (day: DayType, test: (date: string) => boolean, de: string, en: string) => {
    const date = overrides[day] ?? first(test);
    if (date) days[day] = date;
    else missing.push({ day, de, en });
  };
  pick('schoolday', (d) => weekdayOf(d) === TUESDAY && !isPublic(d) && !isSchoolHoliday(d),
    'Kein Schul-Dienstag im Gültigkeitszeitraum des Fahrplans gefunden.', 'No school-day Tuesday within the timetable’s validity.');
  if (holidays?.school.length || overrides.holiday) {
    pick('holiday', (d) => weekdayOf(d) === TUESDAY && !isPublic(d) && isSchoolHoliday(d),
      'Kein Ferien-Dienstag im Gültigkeitszeitraum des Fahrplans: Ferienfahrpläne fehlen im Feed.', 'No school-holiday Tuesday within the timetable’s validity: the feed will have no holiday answers.');
  } else {
    missing.push({ day: 'holiday', de: 'Der Feed enthält keine Schulferien (erst `wegweiser compile` ausführen) – Ferientage werden nicht berechnet.', en: 'The feed has no school holidays (run `wegweiser compile` first) – holiday days are not computed.' });
  }
  pick('saturday', (d) => weekdayOf(d) === SATURDAY && !isPublic(d),
    'Kein Samstag im Gültigkeitszeitraum des Fahrplans gefunden.', 'No Saturday within the timetable’s validity.');
  pick('sunday', (d) => weekdayOf(d) === SUNDAY,
    'Kein Sonntag im Gültigkeitszeitraum des Fahrplans gefunden.', 'No Sunday within the timetable’s validity.');
  return { days, missing };
}
