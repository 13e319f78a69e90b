/**
 * Loading a feed: one request per URL shared by every element on the page,
 * conditional requests, typed errors, and the last good copy when the
 * network or the new feed fails. A `feed` URL may also point at a Land
 * index (core/land.ts): then the visitor's Gemeinde picks the Kreis shard
 * and the extracts of neighbouring Kreise, each loaded the same way.
 */
import type { Feed } from './schema/index.js';
import { FeedError, isFeedError } from './errors.js';
import { parseFeed } from './parse.js';
import { defaultStore, type FeedStore, type StoredFeed } from './store.js';
import { isLandIndex, type LandIndex } from './land-index.js';

/** 20 MB: far above a real Kreis feed (about 1 MB), far below what hangs a phone. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface LoadOptions {
  fetch?: typeof fetch;
  /** Where the last good copy lives; `null` keeps nothing. Default: Cache Storage in browsers. */
  store?: FeedStore | null;
  maxBytes?: number;
  signal?: AbortSignal;
  /** Skip the page-wide shared request and ask the server again. */
  reload?: boolean;
  now?: () => Date;
  /** 8-digit AGS: picks the Kreis shard when the URL is a Land index (ignored for a feed). */
  gemeinde?: string;
}

export interface LoadedFeed {
  feed: Feed;
  url: string;
  /** `network`: fresh copy; `not-modified`: server confirmed our copy; `stored`: last good copy because loading failed. */
  source: 'network' | 'not-modified' | 'stored';
  /** When the copy in use was received from the server (ISO 8601). */
  receivedAt: string;
  /** Set when `source === 'stored'`: why the fresh copy could not be used. */
  error?: FeedError;
  etag?: string;
  lastModified?: string;
  /** Set when `url` was a Land index: the index, the Kreis and the files merged (shard first). */
  land?: { index: string; kreis: string; files: string[] };
}

/** One loaded file: a feed, or a Land index (then `land` is set and `feed` is not). */
/** @internal */
export type Loaded = LoadedFeed | (Omit<LoadedFeed, 'feed' | 'land'> & { feed?: undefined; index: LandIndex });
/** @internal */
export type DocOptions = LoadOptions & { immutable?: boolean };

const shared = new Map<string, Promise<Loaded>>();
let sharedStore: FeedStore | undefined;

/**
 * Loads, validates and returns a feed. Every caller on the page that asks
 * for the same URL gets the same promise (one request). On failure the last
 * good copy is returned with `source: 'stored'` and the `error`; without one
 * the promise rejects with a `FeedError`.
 */
export async function loadFeed(url: string, options: LoadOptions = {}): Promise<LoadedFeed> {
  const loaded = await loadDoc(absolute(url), options);
  if (loaded.feed) return loaded;
  // A Land index: its code is loaded only now, so a page with one Kreis feed never carries it.
  const { fromLand } = await import('./land-load.js');
  return fromLand(loaded, options);
}

/** One file (feed or Land index), shared per page. @internal */
export function loadDoc(key: string, options: DocOptions): Promise<Loaded> {
  if (!options.reload) {
    const pending = shared.get(key);
    if (pending) return pending;
  }
  const promise = load(key, options);
  shared.set(key, promise);
  // A failure must not stick: the next element (or a retry button) asks again.
  promise.catch(() => {
    if (shared.get(key) === promise) shared.delete(key);
  });
  return promise;
}

/**
 * Resolves once every last good copy that is being written in the background
 * has been stored (before clearing the store, e.g. between tests).
 */
export async function feedCopiesWritten(): Promise<void> {
  while (pendingPuts.size) await Promise.all(pendingPuts.values());
}

/** Forget shared requests (tests, or a "reload" button). */
export function clearFeedCache(): void {
  shared.clear();
  merged.clear();
}

/** Merged Land results per set of files (land-load.ts): every element of the page gets the same feed object (one search index). @internal */
export const merged = new Map<string, { parts: Loaded[]; result: LoadedFeed }>();

function absolute(url: string): string {
  try {
    const base = (globalThis as { location?: { href: string } }).location?.href;
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/** Copies being written to the store, per URL: a later load reads only after the write. */
export const pendingPuts = new Map<string, Promise<unknown>>();

export const storeOf = (options: LoadOptions) => (options.store === null ? undefined : options.store ?? (sharedStore ??= defaultStore()));

async function load(url: string, options: DocOptions): Promise<Loaded> {
  const store = storeOf(options);
  await pendingPuts.get(url);
  const stored = store ? await store.get(url).catch(() => undefined) : undefined;
  // A content-hashed shard never changes: a stored copy is used without asking the server.
  const kept = options.immutable && stored ? fromStored(url, stored, 'not-modified') : undefined;
  if (kept) return kept;
  try {
    return await fetchFresh(url, stored, store, options);
  } catch (error) {
    const feedError = isFeedError(error) ? error : new FeedError('network', String(error), { url, cause: error });
    if (feedError.code !== 'aborted' && stored) {
      const fallback = fromStored(url, stored, 'stored');
      if (fallback) return { ...fallback, error: feedError };
    }
    throw feedError;
  }
}

export function fromStored(url: string, stored: StoredFeed, source: LoadedFeed['source']): Loaded | undefined {
  let json: unknown;
  try {
    json = JSON.parse(stored.text);
  } catch {
    return undefined;
  }
  const meta = { url, source, receivedAt: stored.savedAt };
  // (A stored Land index was checked before it was stored; fromLand checks it again.)
  if (isLandIndex(json)) return withMeta({ ...meta, index: json as LandIndex }, stored.etag, stored.lastModified);
  const result = parseFeed(json);
  if (!result.ok) return undefined;
  return withMeta({ ...meta, feed: result.feed }, stored.etag, stored.lastModified);
}

export function withMeta<T extends Loaded>(loaded: T, etag?: string | null, lastModified?: string | null): T {
  if (etag) loaded.etag = etag;
  if (lastModified) loaded.lastModified = lastModified;
  return loaded;
}

async function fetchFresh(url: string, stored: StoredFeed | undefined, store: FeedStore | undefined, options: LoadOptions): Promise<Loaded> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (stored?.etag) headers['if-none-match'] = stored.etag;
  if (stored?.lastModified) headers['if-modified-since'] = stored.lastModified;
  let response: Response;
  try {
    // No cookies or credentials travel with the feed request.
    const init: RequestInit = { headers, credentials: 'omit' };
    if (options.signal) init.signal = options.signal;
    response = await doFetch(url, init);
  } catch (cause) {
    if ((cause as { name?: string })?.name === 'AbortError') throw new FeedError('aborted', 'Loading was cancelled.', { url, cause });
    throw new FeedError('network', `The feed could not be reached: ${String((cause as Error)?.message ?? cause)}`, { url, cause });
  }
  if (response.status === 304 && stored) {
    const same = fromStored(url, stored, 'not-modified');
    if (same) return same;
  }
  if (!response.ok) {
    throw new FeedError('http', `The server answered ${response.status} ${response.statusText}`.trim(), { url, status: response.status });
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const text = await readLimited(response, maxBytes, url);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new FeedError('not-json', `The feed is not valid JSON: ${String((cause as Error).message)}`, { url, cause });
  }
  const land = isLandIndex(json);
  const problem = land ? (await import('./land.js')).landIndexProblem(json) : undefined;
  if (problem) throw new FeedError('invalid', `The Land index is not valid: ${problem}`, { url });
  const result = land ? undefined : parseFeed(json);
  if (result && !result.ok) {
    const first = result.issues[0];
    const code = first?.code.startsWith('version') ? 'version' : 'invalid';
    const summary = first ? `${first.pointer || '/'}: ${first.message?.en ?? first.code}${first.found ? ` (found ${first.found})` : ''}` : 'Invalid feed';
    throw new FeedError(code, `The feed is not valid: ${summary}`, { url, issues: result.issues });
  }
  const receivedAt = (options.now?.() ?? new Date()).toISOString();
  const etag = response.headers.get('etag');
  const lastModified = response.headers.get('last-modified');
  if (store) {
    const entry: StoredFeed = { text, savedAt: receivedAt };
    if (etag) entry.etag = etag;
    if (lastModified) entry.lastModified = lastModified;
    // Keeping the copy must not delay the visitor's results: written in the background.
    const put: Promise<unknown> = store.put(url, entry).catch(() => undefined).finally(() => {
      if (pendingPuts.get(url) === put) pendingPuts.delete(url);
    });
    pendingPuts.set(url, put);
  }
  const meta = { url, source: 'network' as const, receivedAt };
  return withMeta(result ? { ...meta, feed: result.feed } : { ...meta, index: json as LandIndex }, etag, lastModified);
}

/** Reads the body, refusing more than `maxBytes` without buffering it all first. */
async function readLimited(response: Response, maxBytes: number, url: string): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  const tooLarge = (bytes: number) =>
    new FeedError('too-large', `The feed is ${(bytes / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(0)} MB.`, { url });
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(declared);
  if (!response.body) {
    const text = await response.text();
    if (text.length > maxBytes) throw tooLarge(text.length);
    return text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(received);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
