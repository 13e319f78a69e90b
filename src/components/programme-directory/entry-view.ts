/**
 * One programme as a card: what, who runs it, where it happens (the place,
 * not the provider's office), when, level, language, cost, childcare, places,
 * how and until when to register, funder and phase; for funding programmes
 * who may apply, how much, the own share and the deadline. Next steps link
 * to the courses that usually follow.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Programme } from '../../core/schema/index.js';
import type { FeedIndex } from '../../core/feed-index.js';
import type { DirectoryEntry } from '../../core/programme-list.js';
import { nextSteps } from '../../core/programme-list.js';
import { programmeGemeinde } from '../../core/queries.js';
import { routeTime } from '../../core/travel.js';
import { gemeindeName, safeUrl, telHref } from '../shared/contact-view.js';
import { languageName } from '../shared/language-name.js';
import type { Ui } from '../shared/ui.js';
import type { UiKey } from '../../i18n/index.js';
import { renderRouteLine } from '../route-time/route-view.js';
import { costText, programmeStatusBadge } from '../shared/cost-status.js';
import { scheduleText } from './schedule-text.js';

export interface DirectoryContext {
  ui: Ui;
  index: FeedIndex;
  today: string;
  home?: string;
  headingLevel: number;
  addToCalendar(programme: Programme): void;
  print(entry: DirectoryEntry): void;
  /** Scrolls to and focuses another entry (next steps). */
  show(id: string, event: Event): void;
  anchor(id: string): string;
}

function fact(label: string, value: unknown): TemplateResult | typeof nothing {
  if (value === nothing || value === '' || value === undefined || value === null) return nothing;
  return html`<div class="fact"><dt>${label}</dt><dd>${value}</dd></div>`;
}

function placeOf(ctx: DirectoryContext, programme: Programme): TemplateResult | string {
  const { ui, index } = ctx;
  const location = programme.location ? index.locations.get(programme.location) : undefined;
  const town = gemeindeName(index, programmeGemeinde(index, programme));
  if (programme.online && !location) return ui.t('place.online');
  if (!location) return town ?? '';
  if (location.sensitive || !location.address) return html`${ui.renderText(location.name, false)}${town ? `, ${town}` : ''}`;
  const a = location.address;
  return html`${ui.renderText(location.name, false)}, ${a.street}, ${a.postcode} ${a.city}${town && !a.city.includes(town) ? `, ${town}` : ''}`;
}

function placesText(ui: Ui, p: Programme): string {
  if (p.status === 'full') return p.waitingList ? ui.t('programme.waitingList') : ui.t('programme.full');
  if (p.freePlaces !== undefined && p.freePlaces > 0) return ui.t('programme.freePlaces', { count: p.freePlaces });
  if (p.freePlaces === 0) return p.waitingList ? ui.t('programme.waitingList') : ui.t('programme.full');
  if (p.waitingList) return ui.t('programme.waitingList');
  return '';
}

function registrationText(ctx: DirectoryContext, entry: DirectoryEntry): TemplateResult | string {
  const { ui } = ctx;
  const r = entry.programme.registration;
  if (!r) return '';
  if (!r.required) return ui.t('programme.noRegistration');
  const url = safeUrl(r.url);
  return html`${ui.t('programme.registrationRequired')}${r.deadline ? html` – ${ui.t(entry.registrationClosed ? 'programme.registrationClosed' : 'programme.registerUntil', { date: ui.formatDate(r.deadline) })}` : nothing}${r.text ? html`. ${ui.renderText(r.text)}` : nothing}${url || r.phone || r.email
    ? html`<br />${url ? html`<a href=${url} rel="noopener noreferrer">${ui.t('programme.registerOnline')}</a> ` : nothing}${r.phone ? html`<a href=${telHref(r.phone)}>${ui.t('contact.call', { phone: r.phone })}</a> ` : nothing}${r.email ? html`<a href=${`mailto:${r.email}`}>${ui.t('contact.email', { email: r.email })}</a>` : nothing}`
    : nothing}`;
}

function renderFunding(ctx: DirectoryContext, entry: DirectoryEntry): TemplateResult | typeof nothing {
  const { ui } = ctx;
  const f = entry.programme.funding;
  if (!f) return nothing;
  const url = safeUrl(f.url);
  return html`
    ${fact(ui.t('funding.applicants'), ui.renderText(f.applicants))}
    ${fact(ui.t('funding.amount'), f.amount ? ui.renderText(f.amount) : f.maxAmountEur !== undefined ? ui.t('funding.upTo', { amount: new Intl.NumberFormat(ui.intlLang, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(f.maxAmountEur) }) : nothing)}
    ${fact(ui.t('funding.coFunding'), f.coFundingPercent !== undefined ? ui.t('funding.percent', { percent: f.coFundingPercent }) : nothing)}
    ${fact(ui.t('funding.deadline'), f.deadline ? ui.formatDate(f.deadline) : nothing)}
    ${url ? fact(ui.t('funding.link'), html`<a href=${url} rel="noopener noreferrer">${ui.t('funding.apply')}</a>`) : nothing}`;
}

export function renderEntry(ctx: DirectoryContext, entry: DirectoryEntry): TemplateResult {
  const { ui, index, today } = ctx;
  const p = entry.programme;
  const provider = index.organisations.get(p.provider);
  const headingId = ctx.anchor(p.id);
  const when = scheduleText(ui, p.schedule, today);
  const levels = (p.levels ?? []).map((l) => (l === 'alpha' ? ui.t('level.alpha') : l)).join(', ');
  const languages = (p.instructionLanguages ?? []).map((l) => languageName(ui, l)).join(', ');
  const location = p.location ? index.locations.get(p.location) : undefined;
  const route = ctx.home && location && !location.sensitive ? routeTime(index, { from: ctx.home, location: location.id }) : undefined;
  const steps = nextSteps(index, p, today);
  const funder = p.funder ? html`${ui.renderText(p.funder.name, false)} (${ui.t(`funder.${p.funder.level}` as UiKey)})` : nothing;
  // A cancelled course offers no calendar entry and no registration: only that it will not take place.
  const cancelled = p.status === 'cancelled';
  const canCalendar = !cancelled && !!(p.schedule?.recurrence || p.schedule?.sessions?.length);
  return html`<li class="result programme programme--${entry.phase}" part="entry">
    <article aria-labelledby=${headingId}>
      <p class="badges">
        <span class="badge" part="kind">${ui.t(`kind.${p.kind}` as UiKey)}</span>
        ${p.kind !== 'funding' && p.status !== 'cancelled' ? html`<span class="badge badge--phase" part="phase">${ui.t(`phase.${entry.phase}` as UiKey)}</span>` : nothing}
        ${programmeStatusBadge(ui, p.status)}
        ${entry.deadlineSoon ? html`<span class="badge badge--deadline" part="deadline"><span aria-hidden="true">⏰</span> ${ui.t('programme.deadlineSoon', { date: ui.formatDate(entry.deadlineSoon) })}</span>` : nothing}
      </p>
      <div role="heading" aria-level=${ctx.headingLevel} class="result__title" id=${headingId} tabindex="-1">${ui.renderText(p.title)}</div>
      ${provider ? html`<p class="result__provider" part="provider">${ui.renderText(provider.name, false)}</p>` : nothing}
      ${p.summary ? html`<p class="result__summary">${ui.renderText(p.summary)}</p>` : nothing}
      <dl class="facts" part="facts">
        ${p.kind !== 'funding' ? fact(ui.t('programme.where'), placeOf(ctx, p)) : nothing}
        ${fact(ui.t('programme.when'), when.length ? html`${when.map((line, i) => html`${i ? html`<br />` : nothing}${line}`)}` : p.schedule?.text ? ui.renderText(p.schedule.text) : nothing)}
        ${entry.next && entry.phase === 'planned' ? fact(ui.t('programme.nextStart'), ui.formatDate(entry.next)) : nothing}
        ${fact(ui.t('programme.level'), levels)}
        ${fact(ui.t('programme.language'), languages)}
        ${fact(ui.t('fact.cost'), p.cost ? costText(ui, p.cost) : nothing)}
        ${fact(ui.t('fact.childcare'), p.childcare ? ui.t('yes') : nothing)}
        ${fact(ui.t('programme.places'), placesText(ui, p))}
        ${cancelled ? nothing : fact(ui.t('programme.registration'), registrationText(ctx, entry))}
        ${renderFunding(ctx, entry)}
        ${fact(ui.t('programme.funder'), funder)}
        ${route && (route.transit || route.walk || route.estimate) ? fact(ui.t('fact.travel'), html`<span class="route">${renderRouteLine(ui, route)}</span>`) : nothing}
      </dl>
      ${p.description ? html`<details class="more"><summary>${ui.t('programme.more')}</summary><p class="detail__description">${ui.renderText(p.description)}</p></details>` : nothing}
      ${steps.length
        ? html`<p class="next" part="next">${ui.t('programme.nextSteps')}: ${steps.map((s, i) => html`${i ? ', ' : ''}<a href=${`#${ctx.anchor(s.id)}`} @click=${(e: Event) => ctx.show(s.id, e)}>${ui.renderText(s.title, false)}</a>`)}</p>`
        : nothing}
      <p class="entry-actions" part="actions">
        ${canCalendar ? html`<button type="button" class="button-secondary" part="button calendar" @click=${() => ctx.addToCalendar(p)}>${ui.t('programme.calendar')}</button>` : nothing}
        <button type="button" class="button-secondary" part="button print" @click=${() => ctx.print(entry)}>${ui.t('print.entry')}</button>
        ${p.contact?.phone ? html`<a class="action" href=${telHref(p.contact.phone)}>${ui.t('contact.call', { phone: p.contact.phone })}</a>` : nothing}
        ${p.contact?.email ? html`<a class="action" href=${`mailto:${p.contact.email}`}>${ui.t('contact.email', { email: p.contact.email })}</a>` : nothing}
        ${safeUrl(p.contact?.website) ? html`<a class="action" href=${safeUrl(p.contact?.website)!} rel="noopener noreferrer">${ui.t('contact.website')}</a>` : nothing}
      </p>
    </article>
  </li>`;
}
