/**
 * When nothing matches: which single filter to drop (and what that gives),
 * the nearest offers of the same kind, or at least the Kreis to ask.
 */
import { html, type TemplateResult } from 'lit';
import type { FinderAlternatives, RelaxableFilter } from '../../core/finder.js';
import type { UiKey } from '../../i18n/index.js';
import { kreisContact } from '../shared/contact-view.js';
import { renderResultCard, type FinderContext } from './result-view.js';

// The empty state and what it offers load together, only when a list is empty.
export { finderAlternatives } from '../../core/finder-alternatives.js';

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
      : html`<p>${ui.t('empty.contact', { contact: kreisContact(ui, ctx.index) })}</p>`}
  </div>`;
}
