/**
 * A route-time answer in words: "ca. 45 Min. mit Bus & Bahn · 3 Fahrten
 * 7–10 Uhr · letzte Rückfahrt 14:10", or "… nicht erreichbar — Fahrrad ca.
 * 35 Min.". Never more precise than the data: "ca.", ranges, and the tier
 * ("Fahrplan", "Schätzung") said in text, not colour alone. Shared by the
 * badge and the result cards of other elements.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Estimate, RouteAnswer, TransitAnswer } from '../../core/travel.js';
import type { Ui } from '../shared/ui.js';
import type { UiKey } from '../../i18n/index.js';
import { deRouteLine } from '../../i18n/de-route-line.js';
import { addGerman } from '../../i18n/index.js';

addGerman(deRouteLine);

const clock = (ui: Ui, value: string) => {
  const [h, m] = value.split(':').map(Number) as [number, number];
  return ui.formatTime(h * 60 + m);
};

/** Estimates are ranges ("ca. 8–11 Min."): the detour factor is an average. */
function estimateText(ui: Ui, estimate: Estimate): string {
  return ui.t(estimate.mode === 'walk' ? 'route.walk' : 'route.bike', { time: ui.t('route.minutesRange', { low: estimate.low, high: estimate.high }) });
}

/** "ca. 45 Min.", or the range when the journeys of the window differ by more than 10 minutes. */
function transitDuration(ui: Ui, transit: TransitAnswer): string {
  return transit.slowest - transit.fastest > 10
    ? ui.t('route.minutesRange', { low: transit.fastest, high: transit.slowest })
    : ui.t('route.minutes', { minutes: transit.typical });
}

function transitParts(ui: Ui, answer: RouteAnswer, transit: TransitAnswer): string[] {
  const parts = [ui.t('route.transit', { time: transitDuration(ui, transit) })];
  if (answer.window) {
    parts.push(ui.t('route.departures', { count: transit.departures, from: clock(ui, answer.window.from), to: clock(ui, answer.window.to) }));
  }
  if (transit.transfers > 0) parts.push(ui.t('route.transfers', { count: transit.transfers }));
  parts.push(transit.lastReturn !== null ? ui.t('route.lastReturn', { time: ui.formatTime(transit.lastReturn) }) : ui.t('route.noReturn'));
  return parts;
}

/** The answer as one or two lines of text (for cards), with the tier named. */
export function renderRouteLine(ui: Ui, answer: RouteAnswer): TemplateResult {
  const lines: Array<TemplateResult | string> = [];
  if (answer.walk && answer.mode === 'transit') lines.push(estimateText(ui, answer.walk));
  if (answer.mode !== 'transit' && answer.estimate) {
    lines.push(html`${estimateText(ui, answer.estimate)} <span class="tier">(${ui.t('route.tierEstimate')})</span>`);
  } else if (answer.transit) {
    lines.push(html`${transitParts(ui, answer, answer.transit).join(' · ')} <span class="tier">(${ui.t(answer.synthetic ? 'route.tierSynthetic' : 'route.tierTimetable')})</span>`);
  } else {
    const fallback = answer.estimate ? ` — ${estimateText(ui, answer.estimate)} (${ui.t('route.tierEstimate')})` : '';
    lines.push(answer.unknown
      ? `${ui.t('route.noData')}${fallback}`
      : `${ui.t('route.unreachable', { from: answer.window ? clock(ui, answer.window.from) : '', to: answer.window ? clock(ui, answer.window.to) : '' })}${fallback}`);
  }
  return html`${lines.map((line, i) => html`${i ? html`<br />` : nothing}${line}`)}`;
}

/** "Planungsziel 45 Min. eingehalten" / "… überschritten", in words and with a symbol. */
export function renderTarget(ui: Ui, answer: RouteAnswer): TemplateResult | typeof nothing {
  if (!answer.target || !answer.transit) return nothing;
  const key: UiKey = answer.target.met ? 'route.targetMet' : 'route.targetMissed';
  return html`<span class="target target--${answer.target.met ? 'met' : 'missed'}" part="target"><span aria-hidden="true">${answer.target.met ? '✓' : '!'}</span> ${ui.t(key, { minutes: answer.target.minutes })}</span>`;
}
