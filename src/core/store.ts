/**
 * Where the last good copy of a feed is kept. Only the feed itself (public
 * data) is stored — never anything about the person using the page.
 */

export interface StoredFeed {
  /** The feed's JSON text exactly as it was received. */
  text: string;
  /** When this copy was received (ISO 8601). */
  savedAt: string;
  etag?: string;
  lastModified?: string;
}

export interface FeedStore {
  get(url: string): Promise<StoredFeed | undefined>;
  put(url: string, entry: StoredFeed): Promise<void>;
  delete(url: string): Promise<void>;
}

/** For Node, tests, and pages that must not store anything. */
export function memoryStore(): FeedStore {
  const entries = new Map<string, StoredFeed>();
  return {
    async get(url) {
      return entries.get(url);
    },
    async put(url, entry) {
      entries.set(url, entry);
    },
    async delete(url) {
      entries.delete(url);
    },
  };
}

/** Name of the Cache Storage cache that holds the last good copies. */
export const CACHE_NAME = 'wegweiser-kit-feeds-v1';
/** A synthetic key: the Cache API wants a request URL, and this one never reaches the network. */
const cacheKey = (url: string) => `https://wegweiser-kit.invalid/last-good?feed=${encodeURIComponent(url)}`;

/**
 * The browser's Cache Storage (available on https and localhost). Large feeds
 * fit there, unlike localStorage. Any failure (private mode, quota, insecure
 * context) simply means there is no last good copy.
 */
export function cacheStorageStore(): FeedStore | undefined {
  const caches = (globalThis as { caches?: CacheStorage }).caches;
  if (!caches || typeof caches.open !== 'function') return undefined;
  return {
    async get(url) {
      try {
        const cache = await caches.open(CACHE_NAME);
        const response = await cache.match(cacheKey(url));
        if (!response) return undefined;
        const h = response.headers;
        const entry: StoredFeed = { text: await response.text(), savedAt: h.get('x-ww-saved-at') ?? '' };
        const etag = h.get('x-ww-etag');
        const lastModified = h.get('x-ww-last-modified');
        if (etag) entry.etag = etag;
        if (lastModified) entry.lastModified = lastModified;
        return entry;
      } catch {
        return undefined;
      }
    },
    async put(url, entry) {
      try {
        const cache = await caches.open(CACHE_NAME);
        const headers: Record<string, string> = { 'content-type': 'application/json', 'x-ww-saved-at': entry.savedAt };
        if (entry.etag) headers['x-ww-etag'] = entry.etag;
        if (entry.lastModified) headers['x-ww-last-modified'] = entry.lastModified;
        await cache.put(cacheKey(url), new Response(entry.text, { headers }));
      } catch {
        // Quota or private mode: carry on without a last good copy.
      }
    },
    async delete(url) {
      try {
        const cache = await caches.open(CACHE_NAME);
        await cache.delete(cacheKey(url));
      } catch {
        /* nothing stored */
      }
    },
  };
}

/** The default: Cache Storage in browsers that have it, memory elsewhere. */
export function defaultStore(): FeedStore {
  return cacheStorageStore() ?? memoryStore();
}
