/**
 * A whole Land as static files: a small index (`format: "wegweiser-land-index"`)
 * lists each Kreis with its shard (an ordinary feed v1, content-hashed file
 * name) and, per neighbouring Kreis, an extract with that neighbour's offers
 * near the Kreis's border Gemeinden. The loader (load.ts) reads the index,
 * picks the visitor's Kreis by the first five digits of the Gemeinde's AGS,
 * and merges the extracts the Gemeinde needs into the shard. No DOM.
 */
import type { Feed, Term } from './schema/index.js';
import type { LandIndex, LandKreis } from './land-index.js';

export { LAND_INDEX_FORMAT, isLandIndex, type LandIndex, type LandKreis, type LandNear } from './land-index.js';

const FILE = /^(?!\/)(?!.*\.\.)[\w./-]+\.json$/;

/** Checks the index's shape (files must be relative: no request to another host). Returns a reason or undefined. */
export function landIndexProblem(json: unknown): string | undefined {
  const index = json as LandIndex;
  if (!/^1\.\d+$/.test(String(index.version))) return `unknown Land index version ${String(index.version)}`;
  if (!Array.isArray(index.kreise)) return 'kreise is not a list';
  for (const k of index.kreise) {
    if (!/^\d{5}$/.test(String(k?.ags)) || !FILE.test(String(k.feed)) || typeof k.gemeinden !== 'object' || k.gemeinden === null) return `Kreis ${String(k?.ags)} is incomplete`;
    for (const n of k.near ?? []) if (!FILE.test(String(n.file)) || !Array.isArray(n.gemeinden)) return `an extract of Kreis ${k.ags} is incomplete`;
  }
  return undefined;
}

export interface LandParts {
  kreis: LandKreis;
  /** Absolute URLs: the shard first, then the extracts this Gemeinde needs. */
  urls: string[];
}

/** The files one Gemeinde needs, or undefined when the Gemeinde is not in the index. */
export function landParts(index: LandIndex, indexUrl: string, gemeinde: string | undefined): LandParts | undefined {
  if (!gemeinde || !/^\d{8}$/.test(gemeinde)) return undefined;
  const kreis = index.kreise.find((k) => k.ags === gemeinde.slice(0, 5));
  const suffix = gemeinde.slice(5);
  if (!kreis || !(suffix in kreis.gemeinden)) return undefined;
  const files = [kreis.feed, ...(kreis.near ?? []).filter((n) => n.gemeinden.includes(suffix)).map((n) => n.file)];
  return { kreis, urls: files.map((f) => new URL(f, indexUrl).href) };
}

/** Every Gemeinde of the index, by Kreis, for a "choose your Gemeinde" list. */
export function landGemeinden(index: LandIndex): Array<{ kreis: string; name: string; gemeinden: Array<{ ags: string; name: string }> }> {
  return index.kreise.map((k) => ({
    kreis: k.ags,
    name: k.name,
    gemeinden: Object.entries(k.gemeinden).map(([s, name]) => ({ ags: k.ags + s, name })).sort((a, b) => a.name.localeCompare(b.name, 'de')),
  }));
}

type Vocab = 'topics' | 'audiences' | 'statuses' | 'serviceTypes';

/**
 * The shard with its neighbours' nearby offers added (ids in extracts are
 * prefixed with the neighbour's Kreis key, so nothing collides): their places'
 * Gemeinden become `regions.neighbours`, unknown vocabulary terms are added.
 * Responsibility, paths and travel stay the shard's own.
 */
export function mergeNear(shard: Feed, extracts: Feed[]): Feed {
  if (!extracts.length) return shard;
  const feed: Feed = {
    ...shard,
    regions: { ...shard.regions, neighbours: [...(shard.regions.neighbours ?? [])] },
    organisations: [...shard.organisations],
    locations: [...shard.locations],
    services: [...shard.services],
    programmes: [...(shard.programmes ?? [])],
  };
  const places = new Set([...shard.regions.gemeinden.map((g) => g.ags), ...feed.regions.neighbours!.map((n) => n.ags ?? n.id)]);
  for (const extract of extracts) {
    feed.organisations.push(...extract.organisations);
    feed.locations.push(...extract.locations);
    feed.services.push(...extract.services);
    feed.programmes!.push(...(extract.programmes ?? []));
    for (const key of ['topics', 'audiences', 'statuses', 'serviceTypes'] as Vocab[]) {
      const extra = extract[key];
      if (!extra?.length) continue;
      const own: Term[] = [...(feed[key] ?? [])];
      const ids = new Set(own.map((t) => t.id));
      for (const term of extra) if (!ids.has(term.id)) own.push(term);
      feed[key] = own;
    }
    for (const g of extract.regions.gemeinden) {
      if (places.has(g.ags)) continue;
      places.add(g.ags);
      feed.regions.neighbours!.push({ id: g.ags, name: g.name ?? g.ags, ags: g.ags, ...(g.centroid ? { centroid: g.centroid } : {}) });
    }
  }
  return feed;
}
