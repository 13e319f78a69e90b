/**
 * The finder's current answer: runs the query through the core once per
 * change of feed, filters, language or minute, and waits for the search chunk
 * when a text query needs it (never answering "0 results" meanwhile).
 */
import type { ReactiveControllerHost } from 'lit';
import type { FeedIndex } from '../../core/feed-index.js';
import { finderAlternatives, finderResults, type FinderAlternatives, type FinderResult } from '../../core/finder.js';
import { loadSearch, preloadSearch, searchIfReady } from '../shared/search-loader.js';
import { finderQuery, type FinderFilters } from './finder-state.js';

export class FinderResults {
  results: FinderResult[] = [];
  alternatives: FinderAlternatives | undefined;
  /** The search chunk is still loading for a text query. */
  pending = false;
  /** The index the results belong to. */
  index: FeedIndex | undefined;
  private key = '';
  private loading: Promise<void> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {}

  compute(index: FeedIndex, filters: FinderFilters, lang: string, now: Date): void {
    const { detail: _detail, ...asked } = filters;
    const search = filters.q ? searchIfReady(index, lang) : undefined;
    const key = JSON.stringify([asked, lang, now.getTime(), !!search, index.feed.generatedAt]);
    if (key === this.key && this.index === index) return;
    this.key = key;
    this.index = index;
    preloadSearch(index, lang);
    const query = finderQuery(filters, now);
    if (filters.q) {
      if (!search) {
        this.pending = true;
        this.loading = loadSearch(index, lang).then(() => {
          this.pending = false;
          this.host.requestUpdate();
        });
        this.results = [];
        this.alternatives = undefined;
        return;
      }
      query.hits = search.search(filters.q, { limit: 300, ...(filters.gemeinde ? { gemeinde: filters.gemeinde } : {}), kinds: ['service'] });
      const topic = search.search(filters.q, { limit: 1, kinds: ['topic'] })[0];
      if (topic) query.askedTopic = topic.id;
    }
    this.pending = false;
    this.results = finderResults(index, query);
    this.alternatives = this.results.length ? undefined : finderAlternatives(index, query);
  }

  /** After the next render, and after the search chunk when a query was waiting for it. */
  async settled(): Promise<void> {
    await this.host.updateComplete;
    while (this.pending && this.loading) {
      await this.loading;
      await this.host.updateComplete;
    }
  }
}
