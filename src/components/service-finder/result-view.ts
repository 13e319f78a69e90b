/**
 * One result of the finder as a card: name, provider, "Zuständig für Sie",
 * place, open now, languages, access, cost, childcare, "Stand" and the ways
 * to get in touch. The card is the primary view; the map only mirrors it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AccessMode, Location, Service } from '../../core/schema/index.js';
import type { FeedIndex } from '../../core/feed-index.js';
import type { FinderResult } from '../../core/finder.js';
import { serviceHours } from '../../core/queries.js';
import type { Ui } from '../shared/ui.js';
import { languageName } from '../shared/language-name.js';

export { languageName };
import { renderHoursLine } from '../shared/hours-view.js';
import { contactActions, gemeindeName, renderAddress, renderContactActions } from '../shared/contact-view.js';

export { gemeindeName };
import type { UiKey } from '../../i18n/index.js';
import { routeTime } from '../../core/travel.js';
import { renderRouteLine } from '../route-time/route-view.js';
import { costText } from '../shared/cost-status.js';

export interface FinderContext {
  ui: Ui;
  index: FeedIndex;
  now: Date;
  /** AGS of the person's Gemeinde. */
  home?: string;
  headingLevel: number;
  /** The feed URL, for elements nested in a card (the travel-time badge). */
  feed?: string;
  detailHref(id: string): string;
  openDetail(id: string, event: Event): void;
}


/** ", Pfedelbach" after an address whose town is named differently (an Ortsteil), nothing when the address says it. */
export function placeSuffix(index: FeedIndex, location: Location): string {
  const name = gemeindeName(index, location.gemeinde);
  if (!name || location.sensitive || location.address?.city.includes(name)) return '';
  return `, ${name}`;
}

export const accessLabel = (ui: Ui, mode: AccessMode) => ui.t(`access.${mode}` as UiKey);

/** Hours of the service at the place shown (its own, else the place's). */
export function hoursAt(index: FeedIndex, service: Service, location: Location | undefined) {
  const all = serviceHours(index, service);
  return (all.find((h) => h.location && h.location === location) ?? all[0])?.hours;
}

function fact(label: string, value: TemplateResult | string | typeof nothing): TemplateResult | typeof nothing {
  if (value === nothing || value === '') return nothing;
  return html`<div class="fact"><dt>${label}</dt><dd>${value}</dd></div>`;
}

/** The facts shared by card and detail. */
export function renderFacts(ctx: FinderContext, result: FinderResult, full: boolean): TemplateResult {
  const { ui, index, now } = ctx;
  const { service, location } = result;
  const place = location
    ? html`${renderAddress(ui, location)}${placeSuffix(index, location)}${result.distanceKm !== undefined && result.distanceKm >= 1 && ctx.home && !location.sensitive
        ? html` <span class="muted">(${ui.t('place.distance', { km: Math.round(result.distanceKm).toLocaleString(ui.intlLang) })})</span>`
        : nothing}`
    : ui.t(service.access.includes('online') ? 'place.online' : 'place.phoneOnly');
  const hours = hoursAt(index, service, location);
  // How to get there from the visitor's Gemeinde (the detail view has the full badge with day choice).
  const route = !full && ctx.home && location && !location.sensitive ? routeTime(index, { from: ctx.home, location: location.id }) : undefined;
  const languages = (service.languages ?? []).map((l) => languageName(ui, l)).join(', ');
  const interpreter = service.interpreter === 'yes' ? ui.t('lang.interpreter') : service.interpreter === 'on-request' ? ui.t('lang.interpreterOnRequest') : '';
  return html`<dl class="facts" part="facts">
    ${fact(ui.t('fact.place'), place)}
    ${fact(ui.t('fact.hours'), location || hours ? renderHoursLine(ui, hours, now, index.feed.holidays) : nothing)}
    ${fact(ui.t('fact.languages'), languages || interpreter ? [languages, interpreter].filter(Boolean).join(' · ') : nothing)}
    ${fact(ui.t('fact.access'), service.access.map((m) => accessLabel(ui, m)).join(', '))}
    ${fact(ui.t('fact.cost'), service.cost ? costText(ui, service.cost) : nothing)}
    ${fact(ui.t('fact.childcare'), service.childcare ? ui.t('yes') : nothing)}
    ${route && (route.transit || route.walk || route.estimate) ? fact(ui.t('fact.travel'), html`<span class="route">${renderRouteLine(ui, route)}</span>`) : nothing}
    ${full && location && !location.sensitive && ctx.home
      ? fact(ui.t('fact.travel'), html`<ww-route-time location=${location.id} from=${ctx.home} lang=${ui.uiLang} feed=${ctx.feed ?? nothing}></ww-route-time>`)
      : nothing}
    ${full && location?.transitStop ? fact(ui.t('fact.stop'), location.transitStop) : nothing}
    ${fact(ui.t('fact.reviewed'), service.reviewed ? ui.formatDate(service.reviewed) : nothing)}
  </dl>`;
}

/** "Zuständig für Sie" with where the office is and for whom, when it matters. */
export function renderResponsible(ctx: FinderContext, result: FinderResult): TemplateResult | typeof nothing {
  const office = result.responsible;
  if (!office) return nothing;
  const { ui, index } = ctx;
  const home = gemeindeName(index, ctx.home);
  const where = office.elsewhere && office.location?.gemeinde ? gemeindeName(index, office.location.gemeinde) : undefined;
  const statuses = office.statuses.map((id) => ui.renderText(index.statuses.get(id)?.label, false));
  return html`<p class="badge badge--responsible" part="responsible">
    <strong>${office.match === 'other-status' ? ui.t('responsible.otherStatus') : ui.t('responsible.forYou')}</strong>${home
      ? html` <span>${ui.t('responsible.forGemeinde', { gemeinde: home })}</span>`
      : nothing}${statuses.length ? html` <span>(${statuses.map((s, i) => html`${i ? ', ' : ''}${s}`)})</span>` : nothing}${where
      ? html`<br /><span>${ui.t('responsible.elsewhere', { gemeinde: where })}</span>`
      : nothing}
  </p>`;
}

export function renderResultCard(ctx: FinderContext, result: FinderResult): TemplateResult {
  const { ui, index } = ctx;
  const { service } = result;
  const organisation = index.organisations.get(service.organisation);
  const headingId = `r-${service.id}`;
  return html`<li class="result${result.responsible ? ' result--responsible' : ''}${result.othersOnly ? ' result--others' : ''}" part="result">
    <article aria-labelledby=${headingId}>
      ${renderResponsible(ctx, result)}
      ${result.othersOnly ? html`<p class="badge badge--others" part="others-only">${ui.t('result.othersOnly')}</p>` : nothing}
      <div role="heading" aria-level=${ctx.headingLevel} class="result__title" id=${headingId}>
        <a href=${ctx.detailHref(service.id)} part="result-link" @click=${(e: Event) => ctx.openDetail(service.id, e)}>${ui.renderText(service.name)}</a>
      </div>
      ${organisation ? html`<p class="result__provider" part="provider">${ui.renderText(organisation.name, false)}</p>` : nothing}
      ${service.summary ? html`<p class="result__summary">${ui.renderText(service.summary)}</p>` : nothing}
      ${renderFacts(ctx, result, false)}
      ${renderContactActions(contactActions(ui, service.contact ?? organisation?.contact, service.booking), ui.t('contact.label'))}
    </article>
  </li>`;
}
