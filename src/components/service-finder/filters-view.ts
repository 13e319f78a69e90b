/**
 * The finder's controls besides the search field: where the person lives
 * (and, optionally, their residence status), the disclosure with the facet
 * filters (its content in filters-body.ts), and the active filters as
 * removable chips.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { UiKey } from '../../i18n/index.js';
import type { FeedIndex } from '../../core/feed-index.js';
import { textOf } from '../../core/text.js';
import type { Ui } from '../shared/ui.js';
import { activeFilterCount, type FinderFilters } from './finder-state.js';
import { select } from '../shared/form-controls.js';
import { sortedGemeinden } from '../shared/feed-memo.js';
import { accessLabel, gemeindeName, languageName } from './result-view.js';

export type FilterPatch = Partial<FinderFilters>;

export function renderHomePicker(ui: Ui, index: FeedIndex, filters: FinderFilters, change: (patch: FilterPatch) => void): TemplateResult {
  const statuses = [...index.statuses.values()];
  return html`<div class="home" part="home">
    ${select('home', ui.t('filter.home'), filters.gemeinde, ui.t('filter.homeAny'),
      sortedGemeinden(index).map((g) => ({ id: g.ags, label: g.name ?? g.ags })), (gemeinde) => change({ gemeinde }))}
    ${statuses.length
      ? select('status', ui.t('filter.status'), filters.status, ui.t('filter.statusAny'),
        statuses.map((s) => ({ id: s.id, label: textOf(s.label, ui.uiLang) })), (status) => change({ status }))
      : nothing}
  </div>`;
}

export function renderFilters(ui: Ui, filters: FinderFilters, body: TemplateResult | undefined, opened: () => void): TemplateResult {
  const count = activeFilterCount(filters);
  // Closed at first, also with active filters (the chips show them); the person opens it.
  return html`<details class="filters" part="filters" @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open && opened()}>
    <summary part="filters-toggle">${ui.t('filter.title')}${count ? html` <span class="count">(${ui.t('filter.active', { count })})</span>` : nothing}</summary>
    ${body ?? html`<div class="filters__body"><p class="status status--loading" role="status"><span class="spinner" aria-hidden="true"></span>${ui.t('status.loading')}</p></div>`}
  </details>`;
}

/** Active filters as chips, each removable with one click. */
export function renderChips(ui: Ui, index: FeedIndex, filters: FinderFilters, change: (patch: FilterPatch) => void): TemplateResult | typeof nothing {
  const chips: Array<{ label: string; patch: FilterPatch }> = [];
  // A value the feed does not know (an old link) is named by its filter, never by its raw id.
  if (filters.topic) chips.push({ label: textOf(index.topics.get(filters.topic)?.label, ui.uiLang) || ui.t('filter.topic'), patch: { topic: '' } });
  if (filters.audience) chips.push({ label: textOf(index.audiences.get(filters.audience)?.label, ui.uiLang) || ui.t('filter.audience'), patch: { audience: '' } });
  if (filters.spoken) chips.push({ label: languageName(ui, filters.spoken), patch: { spoken: '' } });
  if (filters.ort) chips.push({ label: gemeindeName(index, filters.ort) ?? ui.t('filter.place'), patch: { ort: '' } });
  if (filters.status) chips.push({ label: textOf(index.statuses.get(filters.status)?.label, ui.uiLang) || ui.t('filter.status'), patch: { status: '' } });
  if (filters.kind) chips.push({ label: ui.t(`kindfilter.${filters.kind}` as UiKey), patch: { kind: '' } });
  if (filters.cost) chips.push({ label: `${ui.t('filter.cost')}: ${ui.t(`costcat.${filters.cost}` as UiKey)}`, patch: { cost: '' } });
  for (const mode of filters.access) chips.push({ label: accessLabel(ui, mode), patch: { access: filters.access.filter((m) => m !== mode) } });
  if (filters.open) chips.push({ label: ui.t('filter.openNow'), patch: { open: false } });
  if (filters.barrierfree) chips.push({ label: ui.t('filter.barrierFree'), patch: { barrierfree: false } });
  if (filters.free) chips.push({ label: ui.t('filter.free'), patch: { free: false } });
  if (filters.childcare) chips.push({ label: ui.t('filter.childcare'), patch: { childcare: false } });
  if (!chips.length) return nothing;
  return html`<ul class="chips" part="chips" aria-label=${ui.t('filter.activeList')}>
    ${chips.map((chip) => html`<li><button type="button" class="chip" part="chip" @click=${() => change(chip.patch)}>
      ${chip.label} <span aria-hidden="true">×</span><span class="visually-hidden">${ui.t('filter.remove')}</span>
    </button></li>`)}
  </ul>`;
}
