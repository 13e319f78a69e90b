/**
 * Page-wide defaults from the embed script tag's `data-*` attributes. Its own
 * module (imported by the entry only), so that the script tag stays small.
 */
import type { KitConfig } from './config.js';

/** Reads `data-*` attributes of a script element into a config. */
export function configFromScript(script: HTMLScriptElement | null | undefined): KitConfig {
  if (!script) return {};
  const data = script.dataset;
  const out: KitConfig = {};
  if (data.feed) out.feed = new URL(data.feed, document.baseURI).href;
  if (data.gemeinde) out.gemeinde = data.gemeinde;
  if (data.lang) out.lang = data.lang;
  if (data.tiles) out.tiles = data.tiles;
  if (data.tilesAttribution) out.tilesAttribution = data.tilesAttribution;
  for (const key of ['finderHref', 'directoryHref', 'wegweiserHref'] as const) {
    const value = data[key];
    if (value) out[key] = new URL(value, document.baseURI).href;
  }
  return out;
}

