/**
 * Loading a Land index's files for one Gemeinde (the Kreis shard and the
 * border extracts it needs), each like a feed; loaded by load.ts only when
 * the feed URL turns out to be a Land index.
 */
import { FeedError, isFeedError } from './errors.js';
import { landIndexProblem, landParts, mergeNear, type LandIndex } from './land.js';
import type { FeedStore } from './store.js';
import { fromStored, loadDoc, merged, pendingPuts, storeOf, withMeta, type DocOptions, type Loaded, type LoadedFeed, type LoadOptions } from './load.js';

/**
 * A Land index: the Gemeinde's Kreis shard plus the extracts it needs, each
 * loaded (and kept) like a feed. When one of them fails, the files that last
 * worked for this Gemeinde are used, as the last good copy of a feed is.
 */
export async function fromLand(indexed: Loaded & { index: LandIndex }, options: LoadOptions): Promise<LoadedFeed> {
  const { index, url } = indexed;
  const problem = landIndexProblem(index);
  if (problem) throw new FeedError('invalid', `The Land index is not valid: ${problem}`, { url });
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

