/**
 * The finder's facet filters, inside the disclosure the person opens: topic,
 * kind, audience, language, place, access, open now, cost and more. Their own
 * chunk, fetched in idle time (the disclosure is closed at first).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ACCESS_MODES, COST_CATEGORIES, type AccessMode, type CostCategory, type Term } from '../../core/schema/index.js';
import type { FinderKind } from '../../core/finder-answer.js';
import type { UiKey } from '../../i18n/index.js';
import type { FeedIndex } from '../../core/feed-index.js';
import { spokenLanguages } from '../../core/finder.js';
import { textOf } from '../../core/text.js';
import type { Ui } from '../shared/ui.js';
import { activeFilterCount, FINDER_KINDS, type FinderFilters } from './finder-state.js';
import { checkbox, select } from '../shared/form-controls.js';
import { once, sortedGemeinden } from '../shared/feed-memo.js';
import { accessLabel, languageName } from './result-view.js';
import type { FilterPatch } from './filters-view.js';

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
      if ((!index.servicesByTopic.get(term.id)?.length && !programmeTopics(index).has(term.id)) || depth > 4) continue;
      out.push({ id: term.id, label: `${'\u2003'.repeat(depth)}${textOf(term.label, ui.uiLang)}` });
      walk(term.id, depth + 1);
    }
  };
  walk(undefined, 0);
  return out;
}

/** Topics (and their broader topics) that programmes are tagged with: a topic with only courses is still a choice. */
function programmeTopics(index: FeedIndex): Set<string> {
  return once(index, 'programme-topics', () => new Set([...index.programmes.values()].flatMap((p) => (p.topics ?? []).flatMap((t) => index.topicAncestors.get(t) ?? [t]))));
}

export function renderFiltersBody(ui: Ui, index: FeedIndex, filters: FinderFilters, change: (patch: FilterPatch) => void, reset: () => void): TemplateResult {
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
  const kinds = once(index, 'kinds', () => feedKinds(index));
  const costs = once(index, 'costs', () => costCategories(index));
  return html`<div class="filters__body">
      ${kinds.length > 1
        ? select('kind', ui.t('filter.kind'), filters.kind, ui.t('filter.kindAny'), kinds.map((k) => ({ id: k, label: ui.t(`kindfilter.${k}` as UiKey) })), (kind) => change({ kind: kind as FinderFilters['kind'] }))
        : nothing}
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
        ${costs.length ? nothing : checkbox('free', ui.t('filter.free'), filters.free, (free) => change({ free }))}
        ${checkbox('childcare', ui.t('filter.childcare'), filters.childcare, (childcare) => change({ childcare }))}
      </fieldset>
      ${costs.length
        ? select('cost', ui.t('filter.cost'), filters.cost, ui.t('filter.costAny'), costs.map((c) => ({ id: c, label: ui.t(`costcat.${c}` as UiKey) })), (cost) => change({ cost: cost as FinderFilters['cost'], free: false }))
        : nothing}
      ${count ? html`<p><button type="button" class="link-button" part="button reset" @click=${reset}>${ui.t('filter.reset')}</button></p>` : nothing}
    </div>`;
}

/** The kinds of entry the feed has (a kind filter with one choice would be no choice). */
function feedKinds(index: FeedIndex): FinderKind[] {
  const programmes = [...index.programmes.values()];
  return FINDER_KINDS.filter((kind) => (kind === 'service' ? index.services.size > 0
    : kind === 'pathway' ? index.pathways.size > 0
      : programmes.some((p) => (p.kind === 'funding') === (kind === 'funding'))));
}

/** Cost categories the feed uses, in their natural order; none when it says only "free" or "not free". */
function costCategories(index: FeedIndex): CostCategory[] {
  const used = new Set<CostCategory>();
  for (const entry of [...index.services.values(), ...index.programmes.values()]) {
    if (entry.cost?.category) used.add(entry.cost.category);
    else if (entry.cost?.free) used.add('free');
  }
  return used.size > 1 || [...used].some((c) => c !== 'free') ? COST_CATEGORIES.filter((c) => used.has(c) && c !== 'donation') : [];
}

