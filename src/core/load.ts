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
import { isLandIndex, landIndexProblem, landParts, mergeNear, type LandIndex } from './land.js';

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
type Loaded = LoadedFeed | (Omit<LoadedFeed, 'feed' | 'land'> & { feed?: undefined; index: LandIndex });
type DocOptions = LoadOptions & { immutable?: boolean };

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
  return loaded.feed ? loaded : fromLand(loaded, options);
}

function loadDoc(key: string, options: DocOptions): Promise<Loaded> {
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

function absolute(url: string): string {
  try {
    const base = (globalThis as { location?: { href: string } }).location?.href;
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/** Copies being written to the store, per URL: a later load reads only after the write. */
const pendingPuts = new Map<string, Promise<unknown>>();

const storeOf = (options: LoadOptions) => (options.store === null ? undefined : options.store ?? (sharedStore ??= defaultStore()));

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

function fromStored(url: string, stored: StoredFeed, source: LoadedFeed['source']): Loaded | undefined {
  let json: unknown;
  try {
    json = JSON.parse(stored.text);
  } catch {
    return undefined;
  }
  const meta = { url, source, receivedAt: stored.savedAt };
  if (isLandIndex(json)) return landIndexProblem(json) ? undefined : withMeta({ ...meta, index: json as LandIndex }, stored.etag, stored.lastModified);
  const result = parseFeed(json);
  if (!result.ok) return undefined;
  return withMeta({ ...meta, feed: result.feed }, stored.etag, stored.lastModified);
}

function withMeta<T extends Loaded>(loaded: T, etag?: string | null, lastModified?: string | null): T {
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
  const problem = land && landIndexProblem(json);
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

/** Merged results per set of files: every element of the page gets the same feed object (one search index). */
const merged = new Map<string, { parts: Loaded[]; result: LoadedFeed }>();

/**
 * A Land index: the Gemeinde's Kreis shard plus the extracts it needs, each
 * loaded (and kept) like a feed. When one of them fails, the files that last
 * worked for this Gemeinde are used, as the last good copy of a feed is.
 */
async function fromLand(indexed: Loaded & { index: LandIndex }, options: LoadOptions): Promise<LoadedFeed> {
  const { index, url } = indexed;
  const parts = landParts(index, url, options.gemeinde);
  if (!parts) {
    const message = options.gemeinde ? `Gemeinde ${options.gemeinde} is not in this Land index.` : 'This is a Land index: choose a Gemeinde.';
    throw new FeedError('gemeinde', message, { url, land: index });
  }
  const store = storeOf(options);
  const pointer = `${url}#${options.gemeinde}`;
  const partOptions: DocOptions = { ...options, reload: false, immutable: true };
  let files = parts.urls;
  let loaded: Loaded[];
  let error = indexed.error;
  try {
    loaded = await Promise.all(files.map((file) => loadDoc(file, partOptions)));
    if (loaded.some((l) => !l.feed)) throw new FeedError('invalid', 'A shard of the Land index is not a feed.', { url: files[0]! });
    if (store) {
      const put: Promise<unknown> = rememberParts(store, pointer, files).finally(() => {
        if (pendingPuts.get(pointer) === put) pendingPuts.delete(pointer);
      });
      pendingPuts.set(pointer, put);
    }
  } catch (cause) {
    await pendingPuts.get(pointer);
    const last = store && (await store.get(pointer).catch(() => undefined));
    const lastFiles: string[] = last ? JSON.parse(last.text) : [];
    const copies = await Promise.all(lastFiles.map(async (file) => {
      const copy = await store!.get(file).catch(() => undefined);
      return copy && fromStored(file, copy, 'stored');
    }));
    if (!lastFiles.length || copies.some((c) => !c?.feed)) throw cause;
    files = lastFiles;
    loaded = copies as Loaded[];
    error ??= isFeedError(cause) ? cause : new FeedError('network', String(cause), { url: files[0]! });
  }
  const key = `${url} ${files.join(' ')}`;
  const all = [indexed, ...loaded];
  const memo = merged.get(key);
  if (memo && memo.parts.length === all.length && memo.parts.every((p, i) => p === all[i])) return memo.result;
  const [shard, ...extracts] = loaded as LoadedFeed[];
  const stale = error || all.some((l) => l.source === 'stored');
  const result: LoadedFeed = withMeta({
    feed: mergeNear(shard!.feed, extracts.map((e) => e.feed)),
    url: shard!.url,
    source: stale ? 'stored' : all.every((l) => l.source === 'not-modified') ? 'not-modified' : 'network',
    receivedAt: shard!.receivedAt,
    land: { index: url, kreis: parts.kreis.ags, files },
  }, shard!.etag, shard!.lastModified);
  const firstError = error ?? all.find((l) => l.error)?.error;
  if (firstError) result.error = firstError;
  merged.set(key, { parts: all, result });
  return result;
}

/** Notes which files worked for this Gemeinde and drops stored copies it no longer needs. */
async function rememberParts(store: FeedStore, pointer: string, files: string[]): Promise<void> {
  try {
    const before = await store.get(pointer);
    const old: string[] = before ? JSON.parse(before.text) : [];
    if (old.join(' ') === files.join(' ')) return;
    await store.put(pointer, { text: JSON.stringify(files), savedAt: new Date().toISOString() });
    await Promise.all(old.filter((f) => !files.includes(f)).map((f) => store.delete(f)));
  } catch {
    // no pointer: a later failure just has no last good copy
  }
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
