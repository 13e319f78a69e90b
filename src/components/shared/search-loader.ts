/**
 * The search (MiniSearch and the German word analysis) is the largest part of
 * the kit and is only needed once someone types. It lives in its own chunk,
 * loaded and built in idle time after the feed arrives, once per feed and
 * language, shared by every element on the page.
 */
import type { FeedIndex } from '../../core/feed-index.js';
import type { FeedSearch } from '../../core/search.js';

const built = new WeakMap<FeedIndex, Map<string, FeedSearch>>();
const pending = new WeakMap<FeedIndex, Map<string, Promise<FeedSearch>>>();

/** The search for a feed, if it is ready. */
export function searchIfReady(index: FeedIndex, lang: string): FeedSearch | undefined {
  return built.get(index)?.get(lang);
}

export function loadSearch(index: FeedIndex, lang: string): Promise<FeedSearch> {
  const ready = searchIfReady(index, lang);
  if (ready) return Promise.resolve(ready);
  let byLang = pending.get(index);
  if (!byLang) pending.set(index, (byLang = new Map()));
  let promise = byLang.get(lang);
  if (!promise) {
    promise = import('../../core/search.js').then(({ createSearch }) => {
      const search = createSearch(index, { lang });
      // Builds the lazy full-text part and warms the code paths now (idle time), not on the first keystroke.
      search.suggest('de', { limit: 1 });
      search.search('de', { limit: 1 });
      let map = built.get(index);
      if (!map) built.set(index, (map = new Map()));
      map.set(lang, search);
      return search;
    });
    byLang.set(lang, promise);
  }
  return promise;
}

/** Starts loading when the browser is idle, so the first keystroke finds the search ready. */
export function preloadSearch(index: FeedIndex, lang: string): void {
  const start = () => void loadSearch(index, lang).catch(() => undefined);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 2000 });
  else setTimeout(start, 200);
}
