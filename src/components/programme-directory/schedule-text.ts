/**
 * When a programme meets, in words and in the visitor's language:
 * "jeden Donnerstag, 15:00–17:00", "Mo–Fr, 08:30–12:45 · ab 3. März 2027",
 * "jeden 2. Dienstag im Monat", "4. März 2027, 18:00–20:00 und 2 weitere
 * Termine". Weekday and month names, dates and times come from Intl, in
 * Europe/Berlin, so they are right across the daylight-saving change.
 */
import type { Recurrence, Schedule } from '../../core/schema/index.js';
import { weekdayName } from '../shared/hours-view.js';
import type { Ui } from '../shared/ui.js';

const WEEKDAY_INDEX = { mo: 0, tu: 1, we: 2, th: 3, fr: 4, sa: 5, su: 6 } as const;

const clock = (ui: Ui, value: string) => {
  const [h, m] = value.split(':').map(Number) as [number, number];
  return ui.formatTime(h * 60 + m);
};

/** "Mo–Fr" for runs of three or more days, else "Di, Do" (short names); one day in full. */
export function weekdaysText(ui: Ui, days: Recurrence['days']): string {
  const sorted = [...new Set(days.map((d) => WEEKDAY_INDEX[d]))].sort((a, b) => a - b);
  if (sorted.length === 1) return weekdayName(ui, sorted[0]!, 'long');
  const runs: number[][] = [];
  for (const day of sorted) {
    const run = runs[runs.length - 1];
    if (run && day === run[run.length - 1]! + 1) run.push(day);
    else runs.push([day]);
  }
  return runs
    .map((run) => (run.length >= 3 ? `${weekdayName(ui, run[0]!, 'short')}–${weekdayName(ui, run[run.length - 1]!, 'short')}` : run.map((d) => weekdayName(ui, d, 'short')).join(', ')))
    .join(', ');
}

export function recurrenceText(ui: Ui, recurrence: Recurrence): string {
  const time = `${clock(ui, recurrence.from)}–${clock(ui, recurrence.to)}`;
  const days = weekdaysText(ui, recurrence.days);
  let rhythm: string;
  if (recurrence.weeksOfMonth?.length) {
    const nth = recurrence.weeksOfMonth.map((w) => (w === -1 ? ui.t('schedule.last') : ui.t('schedule.nth', { n: w }))).join(', ');
    rhythm = ui.t('schedule.monthly', { nth, days });
  } else if ((recurrence.everyWeeks ?? 1) > 1) {
    rhythm = ui.t('schedule.everyWeeks', { count: recurrence.everyWeeks!, days });
  } else {
    rhythm = recurrence.days.length === 1 ? ui.t('schedule.weekly', { days }) : days;
  }
  const pause = recurrence.schoolHolidays === 'paused' ? ` (${ui.t('schedule.holidayPause')})` : '';
  return `${rhythm}, ${time}${pause}`;
}

function sessionText(ui: Ui, start: string, end?: string): string {
  const date = ui.formatDate(start, { dateStyle: 'medium' });
  const from = ui.formatDate(start, { timeStyle: 'short' });
  const to = end ? ui.formatDate(end, { timeStyle: 'short' }) : '';
  return to ? `${date}, ${from}–${to}` : `${date}, ${from}`;
}

/** The schedule in one or two lines; `today` decides "ab" (future start) or "seit" (under way). */
export function scheduleText(ui: Ui, schedule: Schedule | undefined, today: string): string[] {
  if (!schedule) return [];
  const lines: string[] = [];
  if (schedule.recurrence) lines.push(recurrenceText(ui, schedule.recurrence));
  const upcoming = (schedule.sessions ?? []).filter((s) => s.start.slice(0, 10) >= today).sort((a, b) => (a.start < b.start ? -1 : 1));
  if (upcoming.length) {
    const first = sessionText(ui, upcoming[0]!.start, upcoming[0]!.end);
    lines.push(upcoming.length > 1 ? ui.t('schedule.moreSessions', { first, count: upcoming.length - 1 }) : first);
  }
  const range: string[] = [];
  if (schedule.start) range.push(ui.t(schedule.start > today ? 'schedule.from' : 'schedule.since', { date: ui.formatDate(schedule.start) }));
  if (schedule.end) range.push(ui.t('schedule.until', { date: ui.formatDate(schedule.end) }));
  if (range.length && !upcoming.length) lines.push(range.join(' '));
  if (schedule.hoursTotal) lines.push(ui.t('schedule.hoursTotal', { count: schedule.hoursTotal }));
  return lines;
}
