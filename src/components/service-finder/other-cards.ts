/**
 * Result cards for what the finder lists besides offices: courses, groups,
 * projects and funding programmes ("Kurs · beginnt 12.01.", "Förderprogramm
 * · Frist 31.03.") with the facts people choose by, and Wegweiser paths.
 * Their own chunk: most lists are offices only, so most pages never load it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ProgrammeKind } from '../../core/schema/index.js';
import type { PathwayResult, ProgrammeResult } from '../../core/finder-answer.js';
import { programmeGemeinde } from '../../core/queries.js';
import { addGerman, type UiKey } from '../../i18n/index.js';
import { dePrograms } from '../../i18n/de-programmes.js';
import { deKindCards } from '../../i18n/de-kind-cards.js';
import { gemeindeName } from '../shared/contact-view.js';
import { costText, programmeStatusBadge } from '../shared/cost-status.js';
import type { Ui } from '../shared/ui.js';
import { scheduleText } from '../programme-directory/schedule-text.js';
import type { FinderContext } from './result-view.js';

// The finder path that mixes courses and paths into the list travels with their cards.
export { finderAnswer } from '../../core/finder-answer.js';
export { finderAsk } from './finder-ask.js';

addGerman(dePrograms);
addGerman(deKindCards);

const GROUP: Record<ProgrammeKind, UiKey> = {
  'integration-course': 'result.kind.course',
  'alpha-course': 'result.kind.course',
  'job-language-course': 'result.kind.course',
  'women-course': 'result.kind.course',
  'language-course': 'result.kind.course',
  'language-cafe': 'result.kind.group',
  group: 'result.kind.group',
  'counselling-group': 'result.kind.group',
  project: 'result.kind.project',
  event: 'result.kind.event',
  volunteering: 'result.kind.volunteering',
  funding: 'result.kind.funding',
};

function fact(label: string, value: unknown): TemplateResult | typeof nothing {
  if (value === nothing || value === '' || value === undefined) return nothing;
  return html`<div class="fact"><dt>${label}</dt><dd>${value}</dd></div>`;
}

/** "Kurs · beginnt 12.01.2027", "Förderprogramm · Frist 31.03.2027", "Gruppe · regelmäßig". */
export function kindLine(ui: Ui, result: ProgrammeResult, today: string): string {
  const p = result.programme;
  const what = ui.t(GROUP[p.kind]);
  const short = (iso: string) => ui.formatDate(iso, { day: '2-digit', month: '2-digit', year: 'numeric' });
  if (p.kind === 'funding') return p.funding?.deadline ? `${what} · ${ui.t('result.deadline', { date: short(p.funding.deadline) })}` : what;
  const start = p.schedule?.start;
  if (start && start >= today) return `${what} · ${ui.t('result.starts', { date: short(start) })}`;
  if (result.next) return `${what} · ${ui.t(p.schedule?.recurrence ? 'result.next' : 'result.starts', { date: short(result.next) })}`;
  return p.schedule?.recurrence ? `${what} · ${ui.t('result.regular')}` : what;
}

function placeText(ctx: FinderContext, result: ProgrammeResult): string | TemplateResult {
  const { ui, index } = ctx;
  const p = result.programme;
  if (p.online && !p.location) return ui.t('place.online');
  const location = p.location ? index.locations.get(p.location) : undefined;
  const town = gemeindeName(index, programmeGemeinde(index, p));
  const km = result.distanceKm !== undefined && result.distanceKm >= 1 && ctx.home
    ? html` <span class="muted">(${ui.t('place.distance', { km: Math.round(result.distanceKm).toLocaleString(ui.intlLang) })})</span>`
    : nothing;
  if (!location) return town ? html`${town}${km}` : '';
  return html`${ui.renderText(location.name, false)}${town && !location.sensitive ? `, ${town}` : ''}${km}`;
}

function placesText(ui: Ui, result: ProgrammeResult): string {
  const p = result.programme;
  if (p.status === 'full' || p.freePlaces === 0) return p.waitingList ? ui.t('programme.waitingList') : ui.t('programme.full');
  if (p.freePlaces !== undefined && p.freePlaces > 0) return ui.t('programme.freePlaces', { count: p.freePlaces });
  return p.waitingList ? ui.t('programme.waitingList') : '';
}

/** Courses and paths a filter for offices left out (only a mixed list has them): said, with a way to see them. */
export function renderHidden(ui: Ui, hidden: Array<{ count: number }>, showAll: () => void): TemplateResult | typeof nothing {
  const count = hidden.reduce((sum, h) => sum + h.count, 0);
  if (!count) return nothing;
  return html`<p class="status status--note" part="status hidden">${ui.t('result.hidden', { count })}
    <button type="button" class="link-button" part="button show-hidden" @click=${showAll}>${ui.t('result.showHidden')}</button></p>`;
}

const programmeHeadingId = (id: string) => `r-p-${id}`;

export function renderProgrammeCard(ctx: FinderContext, result: ProgrammeResult, today: string): TemplateResult {
  const { ui, index } = ctx;
  const p = result.programme;
  const provider = index.organisations.get(p.provider);
  const when = scheduleText(ui, p.schedule, today)[0];
  const levels = (p.levels ?? []).map((l) => (l === 'alpha' ? ui.t('level.alpha') : l)).join(', ');
  const key = `programme:${p.id}`;
  const status = programmeStatusBadge(ui, p.status);
  return html`<li class="result result--programme${p.status === 'cancelled' ? ' result--cancelled' : ''}" part="result programme">
    <article aria-labelledby=${programmeHeadingId(p.id)}>
      <p class="badges"><span class="badge" part="kind">${kindLine(ui, result, today)}</span>${status}</p>
      <div role="heading" aria-level=${ctx.headingLevel} class="result__title" id=${programmeHeadingId(p.id)}>
        <a href=${ctx.detailHref(key)} part="result-link" @click=${(e: Event) => ctx.openDetail(key, e)}>${ui.renderText(p.title)}</a>
      </div>
      ${provider ? html`<p class="result__provider" part="provider">${ui.renderText(provider.name, false)}</p>` : nothing}
      ${p.summary ? html`<p class="result__summary">${ui.renderText(p.summary)}</p>` : nothing}
      <dl class="facts" part="facts">
        ${p.kind === 'funding'
          ? fact(ui.t('funding.applicants'), p.funding ? ui.renderText(p.funding.applicants) : nothing)
          : html`${fact(ui.t('programme.where'), placeText(ctx, result))}
            ${fact(ui.t('programme.when'), when ?? (p.schedule?.text ? ui.renderText(p.schedule.text) : nothing))}`}
        ${fact(ui.t('programme.level'), levels)}
        ${fact(ui.t('fact.cost'), p.cost ? costText(ui, p.cost) : nothing)}
        ${fact(ui.t('fact.childcare'), p.childcare ? ui.t('yes') : nothing)}
        ${fact(ui.t('programme.places'), placesText(ui, result))}
      </dl>
    </article>
  </li>`;
}

export function renderPathwayCard(ctx: FinderContext, result: PathwayResult): TemplateResult {
  const { ui } = ctx;
  const p = result.pathway;
  const key = `pathway:${p.id}`;
  return html`<li class="result result--pathway" part="result pathway">
    <article aria-labelledby=${`r-w-${p.id}`}>
      <p class="badges"><span class="badge" part="kind">${ui.t('result.kind.pathway')} · ${ui.t('result.steps', { count: p.steps.length })}</span></p>
      <div role="heading" aria-level=${ctx.headingLevel} class="result__title" id=${`r-w-${p.id}`}>
        <a href=${ctx.detailHref(key)} part="result-link" @click=${(e: Event) => ctx.openDetail(key, e)}>${ui.renderText(p.title)}</a>
      </div>
      ${p.summary ? html`<p class="result__summary">${ui.renderText(p.summary)}</p>` : nothing}
    </article>
  </li>`;
}
