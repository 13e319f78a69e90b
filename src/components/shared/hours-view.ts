/**
 * Opening hours as people read them: a one-line state ("Geöffnet bis 12:00",
 * "Öffnet Di. um 08:30", "Nur mit Termin") and the week as a table. Shared by
 * every element that shows an office.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Holidays, OpeningHours } from '../../core/schema/index.js';
import { hoursStatus, type BerlinTime, type HoursStatus } from '../../core/hours.js';
import { berlinDate } from '../../core/dates.js';
import type { Ui } from './ui.js';

/** A Monday, to name weekdays through Intl. */
const MONDAY = Date.UTC(2024, 0, 1, 12);

const weekdayNames = new Map<string, string>();
export function weekdayName(ui: Ui, weekday: number, width: 'long' | 'short' = 'long'): string {
  const key = `${ui.intlLang}|${width}|${weekday}`;
  let name = weekdayNames.get(key);
  if (name === undefined) {
    name = new Intl.DateTimeFormat(ui.intlLang, { weekday: width, timeZone: 'UTC' }).format(MONDAY + weekday * 86_400_000);
    weekdayNames.set(key, name);
  }
  return name;
}

function dayOf(ui: Ui, moment: BerlinTime, now: Date): string {
  const today = berlinDate(now);
  if (moment.date === today) return ui.t('hours.today');
  return weekdayName(ui, moment.weekday, 'short');
}

export type HoursTone = 'open' | 'closed' | 'appointment' | 'unknown';

/** The state in one line, and a tone for its marker (never colour alone: the words say it). */
export function hoursLine(ui: Ui, hours: OpeningHours | undefined, now: Date, holidays?: Holidays): { text: string; tone: HoursTone; status: HoursStatus } {
  const status = hoursStatus(hours?.compiled, now, holidays);
  const time = (m: BerlinTime) => ui.formatTime(m.minutes);
  let text: string;
  let tone: HoursTone = status.state;
  if (hours?.appointmentOnly) {
    tone = 'appointment';
    text = ui.t('hours.appointmentOnly');
  } else if (status.state === 'open') {
    text = status.until ? ui.t('hours.openUntil', { time: time(status.until) }) : ui.t('hours.open');
  } else if (status.state === 'appointment') {
    text = ui.t('hours.appointmentNow');
  } else if (status.state === 'closed') {
    text = status.next
      ? ui.t(status.next.state === 'appointment' ? 'hours.appointmentFrom' : 'hours.opensAt', { day: dayOf(ui, status.next, now), time: time(status.next) })
      : ui.t('hours.closed');
  } else {
    text = ui.t('hours.unknown');
  }
  return { text, tone, status };
}

export function renderHoursLine(ui: Ui, hours: OpeningHours | undefined, now: Date, holidays?: Holidays): TemplateResult {
  const { text, tone, status } = hoursLine(ui, hours, now, holidays);
  return html`<span class="hours hours--${tone}" part="hours hours-${tone}"><span class="hours__dot" aria-hidden="true"></span>${text}${status.holiday
      ? html` <span class="hours__holiday">(${ui.t('hours.holiday', { name: status.holiday })})</span>`
      : nothing}</span>`;
}
