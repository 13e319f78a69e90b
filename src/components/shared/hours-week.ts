/** Opening hours as a week table with notes: the detail views' part of hours-view.ts. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Interval, OpeningHours } from '../../core/schema/index.js';
import { weekTable } from '../../core/hours.js';
import { weekdayName } from './hours-view.js';
import type { Ui } from './ui.js';

function intervalText(ui: Ui, interval: Interval): string {
  const text = `${ui.formatTime(interval[0])}–${ui.formatTime(interval[1] === 1440 ? 1440 : interval[1])}`;
  return interval[2] === 1 ? `${text} ${ui.t('hours.byAppointment')}` : text;
}

/** The typical week as a table, with the feed's note and the compiler's comments. */
export function renderWeek(ui: Ui, hours: OpeningHours | undefined, caption: string): TemplateResult | typeof nothing {
  if (!hours) return nothing;
  const week = hours.compiled ? weekTable(hours.compiled) : undefined;
  return html`
    ${week
      ? html`<table class="week" part="hours-table">
          <caption>${caption}</caption>
          <tbody>
            ${week.map((day, weekday) => html`<tr>
              <th scope="row">${weekdayName(ui, weekday)}</th>
              <td>${day.length ? day.map((interval, i) => html`${i ? html`<br />` : nothing}${intervalText(ui, interval)}`) : ui.t('hours.closedDay')}</td>
            </tr>`)}
          </tbody>
        </table>`
      : html`<p class="week-raw"><span class="visually-hidden">${caption}: </span><code lang="en">${hours.osm}</code></p>`}
    ${hours.appointmentOnly ? html`<p>${ui.t('hours.appointmentOnlyNote')}</p>` : nothing}
    ${hours.note ? html`<p>${ui.renderText(hours.note)}</p>` : nothing}
    ${hours.compiled?.notes?.length ? html`<p lang="de">${hours.compiled.notes.join(' · ')}</p>` : nothing}
    ${hours.compiled?.except && Object.keys(hours.compiled.except).length ? html`<p class="muted">${ui.t('hours.holidayNote')}</p>` : nothing}
  `;
}
