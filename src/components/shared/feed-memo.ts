/**
 * Values that depend only on the feed (option lists, sorted Gemeinden):
 * worked out once per feed, not on every render or keystroke.
 */
import type { FeedIndex } from '../../core/feed-index.js';
import type { Gemeinde } from '../../core/schema/index.js';

const memo = new WeakMap<FeedIndex, Map<string, unknown>>();

export function once<T>(index: FeedIndex, key: string, compute: () => T): T {
  let cache = memo.get(index);
  if (!cache) memo.set(index, (cache = new Map()));
  if (!cache.has(key)) cache.set(key, compute());
  return cache.get(key) as T;
}

/** The feed's Gemeinden by name, for pickers. */
export const sortedGemeinden = (index: FeedIndex): Gemeinde[] =>
  once(index, 'gemeinden', () => [...index.gemeinden.values()].sort((a, b) => (a.name ?? a.ags).localeCompare(b.name ?? b.ags, 'de')));
