/**
 * When nothing matches: which single filter to drop (and what that gives),
 * the nearest offers of the same kind, or at least the Kreis to ask.
 */
import { html, type TemplateResult } from 'lit';
import type { FeedIndex } from '../../core/feed-index.js';
import type { FinderAlternatives, RelaxableFilter } from '../../core/finder.js';
import { textOf } from '../../core/text.js';
import type { UiKey } from '../../i18n/index.js';
import { renderResultCard, type FinderContext } from './result-view.js';

function kreisContact(ctx: FinderContext, index: FeedIndex): string {
  const { name, contact } = index.feed.publisher;
  return [textOf(name, ctx.ui.uiLang), contact.phone, contact.email].filter(Boolean).join(', ');
}

export function renderEmpty(ctx: FinderContext, alternatives: FinderAlternatives, relax: (filter: RelaxableFilter) => void): TemplateResult {
  const { ui } = ctx;
  return html`<div class="empty" part="empty">
    <p>${ui.t('empty.intro')}</p>
    ${alternatives.relax.length
      ? html`<ul class="relax">${alternatives.relax.map(({ filter, count }) => html`<li>
          <button type="button" class="link-button" @click=${() => relax(filter)}>
            ${ui.t('empty.relax', { filter: ui.t(`relax.${filter}` as UiKey), count })}
          </button>
        </li>`)}</ul>`
      : ''}
    ${alternatives.nearby.length
      ? html`<p class="empty__nearby">${ui.t('empty.nearby')}</p>
          <ol class="results" part="results">${alternatives.nearby.map((r) => renderResultCard(ctx, r))}</ol>`
      : html`<p>${ui.t('empty.contact', { contact: kreisContact(ctx, ctx.index) })}</p>`}
  </div>`;
}
