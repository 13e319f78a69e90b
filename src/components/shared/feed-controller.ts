/**
 * A Lit controller that gives an element its feed: loads it through the core
 * (one request per page), builds the index once per feed, and exposes a
 * state every element renders the same way.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadFeed, type LoadedFeed, type LoadOptions } from '../../core/load.js';
import { createIndex, type FeedIndex } from '../../core/feed-index.js';
import { FeedError, isFeedError } from '../../core/errors.js';

export type FeedState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; loaded: LoadedFeed; index: FeedIndex }
  | { status: 'error'; error: FeedError };

const indexes = new WeakMap<LoadedFeed['feed'], FeedIndex>();

function indexFor(loaded: LoadedFeed): FeedIndex {
  let index = indexes.get(loaded.feed);
  if (!index) {
    index = createIndex(loaded.feed);
    indexes.set(loaded.feed, index);
  }
  return index;
}

export class FeedController implements ReactiveController {
  state: FeedState = { status: 'idle' };
  /** True when no feed URL was configured at all (a set-up mistake, not a network problem). */
  missingUrl = false;
  private url: string | undefined;
  private gemeinde: string | undefined;
  private request = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LoadOptions = {},
  ) {
    host.addController(this);
  }

  // Loading starts from the host's first update (`load`), not on connection.
  hostConnected(): void {}

  /** Starts loading when the URL changed, the Gemeinde changed while the URL is a Land index, or on `reload`. */
  load(url: string | undefined, reload = false, gemeinde?: string): void {
    if (!url) {
      this.url = undefined;
      this.set({ status: 'error', error: new FeedError('network', 'No feed URL', {}) }, 'no-feed');
      return;
    }
    const sameGemeinde = gemeinde === this.gemeinde || (this.state.status === 'ready' && !this.state.loaded.land);
    if (url === this.url && sameGemeinde && !reload && this.state.status !== 'error') return;
    this.url = url;
    this.gemeinde = gemeinde;
    const request = ++this.request;
    this.set({ status: 'loading' });
    loadFeed(url, { ...this.options, reload, ...(gemeinde ? { gemeinde } : {}) }).then(
      (loaded) => request === this.request && this.set({ status: 'ready', loaded, index: indexFor(loaded) }),
      (error: unknown) =>
        request === this.request &&
        this.set({ status: 'error', error: isFeedError(error) ? error : new FeedError('network', String(error), { url }) }),
    );
  }

  private set(state: FeedState, reason?: 'no-feed'): void {
    this.state = state;
    this.missingUrl = reason === 'no-feed';
    this.host.requestUpdate();
  }
}
