/**
 * The finder's controls besides the search field: where the person lives
 * (and, optionally, their residence status), and the facet filters in a
 * disclosure, with the active ones as removable chips.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ACCESS_MODES, type AccessMode, type Term } from '../../core/schema/index.js';
import type { FeedIndex } from '../../core/feed-index.js';
import { spokenLanguages } from '../../core/finder.js';
import { textOf } from '../../core/text.js';
import type { Ui } from '../shared/ui.js';
import { activeFilterCount, type FinderFilters } from './finder-state.js';
import { checkbox, select } from '../shared/form-controls.js';
import { once, sortedGemeinden } from '../shared/feed-memo.js';
import { accessLabel, gemeindeName, languageName } from './result-view.js';

export type FilterPatch = Partial<FinderFilters>;

/** Topics in tree order, narrower ones indented, only those with services. */
function topicOptions(ui: Ui, index: FeedIndex): Array<{ id: string; label: string }> {
  return once(index, `topics:${ui.uiLang}`, () => buildTopicOptions(ui, index));
}

function buildTopicOptions(ui: Ui, index: FeedIndex): Array<{ id: string; label: string }> {
  const out: Array<{ id: string; label: string }> = [];
  const children = new Map<string | undefined, Term[]>();
  for (const topic of index.topics.values()) {
    const parent = topic.parent && index.topics.has(topic.parent) ? topic.parent : undefined;
    children.set(parent, [...(children.get(parent) ?? []), topic]);
  }
  const walk = (parent: string | undefined, depth: number) => {
    const terms = (children.get(parent) ?? []).slice().sort((a, b) => textOf(a.label, ui.uiLang).localeCompare(textOf(b.label, ui.uiLang), ui.intlLang));
    for (const term of terms) {
      if (!index.servicesByTopic.get(term.id)?.length || depth > 4) continue;
      out.push({ id: term.id, label: `${'\u2003'.repeat(depth)}${textOf(term.label, ui.uiLang)}` });
      walk(term.id, depth + 1);
    }
  };
  walk(undefined, 0);
  return out;
}

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

export function renderFilters(ui: Ui, index: FeedIndex, filters: FinderFilters, change: (patch: FilterPatch) => void, reset: () => void): TemplateResult {
  const count = activeFilterCount(filters);
  const audiences = [...index.audiences.values()];
  const toggleAccess = (mode: AccessMode, on: boolean) =>
    change({ access: on ? [...filters.access, mode] : filters.access.filter((m) => m !== mode) });
  const usedModes = once(index, 'modes', () => {
    const used = new Set<AccessMode>();
    for (const service of index.services.values()) for (const mode of service.access) used.add(mode);
    return ACCESS_MODES.filter((mode) => used.has(mode));
  });
  const spoken = once(index, 'spoken', () => spokenLanguages(index));
  // Closed at first, also with active filters (the chips show them); the person opens it.
  return html`<details class="filters" part="filters">
    <summary part="filters-toggle">${ui.t('filter.title')}${count ? html` <span class="count">(${ui.t('filter.active', { count })})</span>` : nothing}</summary>
    <div class="filters__body">
      ${select('topic', ui.t('filter.topic'), filters.topic, ui.t('filter.topicAny'), topicOptions(ui, index), (topic) => change({ topic }))}
      ${audiences.length
        ? select('audience', ui.t('filter.audience'), filters.audience, ui.t('filter.audienceAny'),
          audiences.map((a) => ({ id: a.id, label: textOf(a.label, ui.uiLang) })), (audience) => change({ audience }))
        : nothing}
      ${select('spoken', ui.t('filter.spoken'), filters.spoken, ui.t('filter.spokenAny'),
        spoken.map((code) => ({ id: code, label: languageName(ui, code) })), (spoken) => change({ spoken }))}
      ${select('ort', ui.t('filter.place'), filters.ort, ui.t('filter.placeAny'),
        sortedGemeinden(index).map((g) => ({ id: g.ags, label: g.name ?? g.ags })), (ort) => change({ ort }))}
      <fieldset class="group">
        <legend>${ui.t('filter.access')}</legend>
        ${usedModes.map((mode) => checkbox(`access-${mode}`, accessLabel(ui, mode), filters.access.includes(mode), (on) => toggleAccess(mode, on)))}
      </fieldset>
      <fieldset class="group">
        <legend>${ui.t('filter.more')}</legend>
        ${checkbox('open', ui.t('filter.openNow'), filters.open, (open) => change({ open }))}
        ${checkbox('barrierfree', ui.t('filter.barrierFree'), filters.barrierfree, (barrierfree) => change({ barrierfree }))}
        ${checkbox('free', ui.t('filter.free'), filters.free, (free) => change({ free }))}
        ${checkbox('childcare', ui.t('filter.childcare'), filters.childcare, (childcare) => change({ childcare }))}
      </fieldset>
      ${count ? html`<p><button type="button" class="link-button" part="button reset" @click=${reset}>${ui.t('filter.reset')}</button></p>` : nothing}
    </div>
  </details>`;
}

/** Active filters as chips, each removable with one click. */
export function renderChips(ui: Ui, index: FeedIndex, filters: FinderFilters, change: (patch: FilterPatch) => void): TemplateResult | typeof nothing {
  const chips: Array<{ label: string; patch: FilterPatch }> = [];
  if (filters.topic) chips.push({ label: textOf(index.topics.get(filters.topic)?.label, ui.uiLang) || filters.topic, patch: { topic: '' } });
  if (filters.audience) chips.push({ label: textOf(index.audiences.get(filters.audience)?.label, ui.uiLang) || filters.audience, patch: { audience: '' } });
  if (filters.spoken) chips.push({ label: languageName(ui, filters.spoken), patch: { spoken: '' } });
  if (filters.ort) chips.push({ label: gemeindeName(index, filters.ort) ?? filters.ort, patch: { ort: '' } });
  if (filters.status) chips.push({ label: textOf(index.statuses.get(filters.status)?.label, ui.uiLang) || filters.status, patch: { status: '' } });
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
