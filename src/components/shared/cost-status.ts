/** What an offer costs, and the state of a course, in words (shared by the finder's cards and the directory). */
import { html, nothing, type TemplateResult } from 'lit';
import type { Cost, ProgrammeStatus } from '../../core/schema/index.js';
import type { UiKey } from '../../i18n/index.js';
import type { Ui } from './ui.js';

/** "Kostenbeitrag – 1 € je Einkauf"; without a category the old yes/no. */
export function costText(ui: Ui, cost: Cost): TemplateResult {
  const label = cost.category ? ui.t(`costcat.${cost.category}` as UiKey) : ui.t(cost.free ? 'cost.free' : 'cost.paid');
  return html`${label}${cost.text ? html` – ${ui.renderText(cost.text)}` : nothing}`;
}

/** A badge for the states a citizen must know before going: registration open, fully booked, cancelled. */
export function programmeStatusBadge(ui: Ui, status: ProgrammeStatus): TemplateResult | typeof nothing {
  if (status !== 'registration-open' && status !== 'full' && status !== 'cancelled') return nothing;
  return html`<span class="badge badge--status badge--${status}" part="status-badge">${ui.t(`pstatus.${status}` as UiKey)}</span>`;
}
