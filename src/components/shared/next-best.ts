/** What an element offers when the feed has nothing of its kind (no pathways, no programmes). */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedIndex } from '../../core/feed-index.js';
import { kreisContact, safeUrl } from './contact-view.js';
import type { Ui } from './ui.js';

/** The next best step: the site's finder page, if it has one, and the Kreis to ask. */
export function renderNextBest(ui: Ui, index: FeedIndex, finderHref: string | undefined): TemplateResult {
  const href = safeUrl(finderHref);
  return html`<p class="next-best" part="next-best">${href ? html`<a href=${href} part="finder-link">${ui.t('next.finder')}</a><br />` : nothing}${ui.t('next.contact', { contact: kreisContact(ui, index) })}</p>`;
}
