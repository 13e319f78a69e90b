/**
 * The part of the map that every finder page has: the "Karte anzeigen"
 * button (naming the tile host before anything is loaded from it) and the
 * empty container. Everything else loads on the click (map-view.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedIndex } from '../../core/feed-index.js';
import type { Ui } from '../shared/ui.js';

/** The host tiles would come from: the element's `tiles`, else the feed's. */
export function tilesHost(index: FeedIndex, tiles?: string, attribution?: string): string | undefined {
  const url = tiles && attribution ? tiles : index.feed.map?.tiles?.url;
  try {
    return url ? new URL(url.replace(/[{}]/g, '')).host : undefined;
  } catch {
    return undefined;
  }
}

export function renderMapToggle(ui: Ui, shown: boolean, host: string | undefined, toggle: () => void): TemplateResult {
  return html`<button type="button" class="button-secondary" part="button map-toggle" aria-expanded=${shown ? 'true' : 'false'} aria-controls="map"
    aria-describedby=${host && !shown ? 'map-consent' : nothing} @click=${toggle}>${ui.t(shown ? 'map.hide' : 'map.show')}</button>${host && !shown
    ? html`<span id="map-consent" class="muted map__consent">${ui.t('map.consent', { host })}</span>`
    : nothing}`;
}

export function renderMapContainer(ui: Ui, shown: boolean, failed: boolean): TemplateResult {
  return html`<div id="map" class="map" part="map" ?hidden=${!shown}>
    ${failed ? html`<p class="status status--error" role="alert">${ui.t('map.failed')}</p>` : nothing}
    ${shown ? html`<p class="muted">${ui.t('map.listHint')}</p><div class="map__canvas"></div>` : nothing}
  </div>`;
}
