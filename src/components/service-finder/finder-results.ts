/**
 * The finder's current answer: runs the question through the core's finder
 * path (core/finder-answer.ts: offices, courses, funding programmes and
 * Wegweiser paths in one list) once per change of feed, filters, language or
 * minute. It waits — never answering "0 results" meanwhile — for the search
 * chunk when a text query needs it, and for the chunk that draws course and
 * path cards when the list has any.
 */
import type { ReactiveControllerHost } from 'lit';
import type { FeedIndex } from '../../core/feed-index.js';
import { finderResults, type FinderAlternatives, type FinderResult } from '../../core/finder.js';
import type { FinderAnswer, FinderEntry } from '../../core/finder-answer.js';
import { loadSearch, preloadSearch, searchIfReady } from '../shared/search-loader.js';
import { finderQuery, type FinderFilters } from './finder-state.js';
import type * as OtherCards from './other-cards.js';
import type * as EmptyView from './empty-view.js';

let cards: typeof OtherCards | undefined;
let cardsLoading: Promise<typeof OtherCards> | undefined;
/**
 * The mixed list (courses, funding programmes, paths) and their cards: their
 * own chunk, fetched in idle time once the feed is in, or when a question needs it.
 */
export function loadOtherCards(): Promise<typeof OtherCards> {
  cardsLoading ??= import('./other-cards.js').then((module) => (cards = module));
  return cardsLoading;
}
export const otherCards = (): typeof OtherCards | undefined => cards;

let empty: typeof EmptyView | undefined;
let emptyLoading: Promise<unknown> | undefined;
/** The empty state ("drop this filter", the nearest offers): loaded only when a list is empty. */
const loadEmptyView = () => (emptyLoading ??= import('./empty-view.js').then((module) => (empty = module), () => (emptyLoading = undefined)));
export const emptyView = (): typeof EmptyView | undefined => empty;

function preloadOtherCards(): void {
  const start = () => {
    void loadOtherCards().catch(() => (cardsLoading = undefined));
    void loadEmptyView();
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 3000 });
  else setTimeout(start, 300);
}

/**
 * Browsing offices without a question needs only the offices; a text query,
 * or a topic, kind, place, audience or cost narrows to something courses and
 * paths can answer as well.
 */
const mixed = (f: FinderFilters) => !!(f.q || f.topic || f.kind || f.ort || f.audience || f.cost);

export class FinderResults {
  entries: FinderEntry[] = [];
  hidden: FinderAnswer['hidden'] = [];
  alternatives: FinderAlternatives | undefined;
  /** The search or card chunk is still loading for this question. */
  pending = false;
  /** The index the results belong to. */
  index: FeedIndex | undefined;
  private key = '';
  private loading: Promise<unknown> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The offices in the list (for the map and JSON-LD); the same array until the list changes. */
  services: FinderResult[] = [];

  compute(index: FeedIndex, filters: FinderFilters, lang: string, now: Date): void {
    const { detail: _detail, ...asked } = filters;
    const search = filters.q ? searchIfReady(index, lang) : undefined;
    const key = JSON.stringify([asked, lang, now.getTime(), !!search, !!cards, !!empty, index.feed.generatedAt]);
    if (key === this.key && this.index === index) return;
    this.key = key;
    this.index = index;
    preloadSearch(index, lang);
    if (!cards) preloadOtherCards();
    if (filters.q && !search) return this.wait(loadSearch(index, lang));
    if (mixed(filters) && !cards) return this.wait(loadOtherCards());
    const answer: Pick<FinderAnswer, 'entries' | 'hidden'> = mixed(filters) && cards
      ? cards.finderAnswer(index, search, cards.finderAsk(filters, now))
      : { entries: finderResults(index, finderQuery(filters, now)), hidden: [] };
    if (!answer.entries.length && !empty) return this.wait(loadEmptyView());
    this.pending = false;
    this.entries = answer.entries;
    this.services = answer.entries.filter((e): e is FinderResult => e.kind === 'service');
    this.hidden = answer.hidden;
    this.alternatives = this.entries.length || !empty ? undefined : empty.finderAlternatives(index, { ...finderQuery(filters, now), ...(filters.q ? { hits: [] } : {}) });
  }

  private wait(what: Promise<unknown>): void {
    this.pending = true;
    this.entries = [];
    this.services = [];
    this.hidden = [];
    this.alternatives = undefined;
    this.loading = what.then(() => {
      this.pending = false;
      this.host.requestUpdate();
    });
  }

  /** After the next render, and after the chunks a question was waiting for. */
  async settled(): Promise<void> {
    await this.host.updateComplete;
    while (this.pending && this.loading) {
      await this.loading;
      await this.host.updateComplete;
    }
  }
}
