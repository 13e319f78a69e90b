/**
 * The finder's list: the summary line, the note about entries a filter left
 * out, the cards (an office, a course or funding programme, a Wegweiser
 * path), "show more", the empty state, and the list as printed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { FinderEntry } from '../../core/finder-answer.js';
import type { RelaxableFilter } from '../../core/finder.js';
import { berlinDate } from '../../core/dates.js';
import type { Ui } from '../shared/ui.js';
import { renderResultCard, type FinderContext } from './result-view.js';
import { emptyView, otherCards, type FinderResults } from './finder-results.js';

/** One card, whatever the entry is (course and path cards come from their own chunk, loaded before they are listed). */
export function renderEntryCard(ctx: FinderContext, entry: FinderEntry): TemplateResult | typeof nothing {
  if (entry.kind === 'service') return renderResultCard(ctx, entry);
  const cards = otherCards();
  if (!cards) return nothing;
  return entry.kind === 'programme' ? cards.renderProgrammeCard(ctx, entry, berlinDate(ctx.now)) : cards.renderPathwayCard(ctx, entry);
}

export function summaryText(ui: Ui, answer: FinderResults, q: string): string {
  if (answer.pending) return ui.t('search.preparing');
  const count = answer.entries.length;
  if (count === 0) return q ? ui.t('results.noneFor', { query: q }) : ui.t('results.none');
  return q ? ui.t('results.countFor', { count, query: q }) : ui.t('results.count', { count });
}

export interface ListParts {
  ctx: FinderContext;
  answer: FinderResults;
  shown: number;
  /** Values the cards depend on besides the entries (strings, clock, Gemeinde, heading level). */
  deps: unknown[];
  more: TemplateResult | typeof nothing;
  relax(filter: RelaxableFilter): void;
}

export function renderList({ ctx, answer, shown, deps, more, relax }: ListParts): TemplateResult | typeof nothing {
  const entries = answer.entries;
  if (entries.length) {
    return html`<ol class="results" part="results">${guard([entries, shown, ...deps], () => entries.slice(0, shown).map((e) => renderEntryCard(ctx, e)))}</ol>${more}`;
  }
  const view = emptyView();
  return answer.pending || !answer.alternatives || !view ? nothing : view.renderEmpty(ctx, answer.alternatives, relax);
}

export function renderPrintList(ctx: FinderContext, answer: FinderResults, q: string): TemplateResult {
  const { ui } = ctx;
  const plain = { ...ctx, openDetail: () => undefined };
  return html`<div role="heading" aria-level="1" class="print__title">${ui.t('print.listTitle')}</div>
    <p>${summaryText(ui, answer, q)}</p>
    <ol class="results">${answer.entries.slice(0, 50).map((e) => renderEntryCard(plain, e))}</ol>`;
}
