/**
 * A whole Land from one source: split by Kreis (the first five digits of the
 * AGS), so each Kreis is compiled by `compileSource` like any Kreis feed; and
 * the extracts of neighbouring Kreise's offers near a Kreis's Gemeinden.
 * Pure (no files): src/cli/commands/compile-shards.ts does the writing.
 *
 * Split rules (docs/cli.md):
 * - a location belongs to the Kreis of its `gemeinde` (or its `kreis`);
 * - a service belongs to its `kreis` (one key or a list) if given, else with
 *   `area` to the Kreise of those Gemeinden, else to the Kreise of its
 *   places (`at`); with none of these (a
 *   Land-wide hotline) to every Kreis; a responsibility for Gemeinden of a
 *   Kreis brings its service there too;
 * - a programme belongs to the Kreis of its location or `gemeinde` (or `kreis`), else to every Kreis;
 * - organisations and places go wherever an entry refers to them (a place
 *   in another Kreis adds its Gemeinde to `regions.neighbours`);
 * - vocabularies, stewards, languages, paths and the map go to every Kreis.
 */
import type { Feed, LatLon, Programme, Service, Term } from '../core/schema/index.js';
import { distanceKm } from '../core/geo.js';
import type { GemeindeList } from './gemeinden.js';
import type { Problem } from './problem-list.js';

type Rec = Record<string, unknown>;
const isRec = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x);
const arr = (x: unknown): Rec[] => (Array.isArray(x) ? x.filter(isRec) : []);
const strs = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : typeof x === 'string' ? [x] : []);
const kreisOf = (ags: unknown): string | undefined => (typeof ags === 'string' && /^\d{8}$/.test(ags) ? ags.slice(0, 5) : undefined);

/** A Kreis source has `regions.kreis`; a Land source has none (and may list `kreise`). */
export const isLandSource = (json: unknown): boolean => isRec(json) && !(isRec(json.regions) && isRec(json.regions.kreis));

/** "Heilbronn, Stadtkreis" → "Stadtkreis Heilbronn"; "Heilbronn" → "Landkreis Heilbronn"; "Hohenlohekreis" stays. */
export function kreisDisplayName(official: string): string {
  const stadt = /^(.*), Stadtkreis$/.exec(official);
  if (stadt) return `Stadtkreis ${stadt[1]}`;
  const comma = /^(.*), (Landkreis|Kreis|Stadt|kreisfreie Stadt)$/.exec(official);
  if (comma) return comma[2] === 'Stadt' || comma[2] === 'kreisfreie Stadt' ? comma[1]! : `${comma[2]} ${comma[1]}`;
  return /kreis$/i.test(official) || /^(Landkreis|Kreis|Regionalverband|Region) /.test(official) ? official : `Landkreis ${official}`;
}

export interface KreisSource {
  ags: string;
  name: string;
  /** A Kreis source, to be compiled with `compileSource`. */
  json: Rec;
  /** Per list: the entry's position in the Land source, to point problems at the Land file. */
  origin: Partial<Record<'services' | 'locations' | 'organisations' | 'programmes' | 'responsibilities', number[]>>;
}

const COMMON = ['$schema', 'version', 'validUntil', 'sample', 'languages', 'stewards', 'topics', 'audiences', 'statuses', 'serviceTypes', 'lexicon', 'pathways', 'map', 'generatedAt'];

/** Splits a Land source into one source per Kreis. Errors: entries that cannot be placed. */
export function splitLand(land: Rec, gemeinden: GemeindeList): { kreise: KreisSource[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const error = (pointer: string, de: string, en: string) => problems.push({ pointer, severity: 'error', code: 'land-split', message: { de, en } });
  const publisher = isRec(land.publisher) ? land.publisher : {};
  const listed = new Map(arr(land.kreise).map((k) => [String(k.ags), k]));
  const locations = arr(land.locations);
  const services = arr(land.services);
  const programmes = arr(land.programmes);
  const responsibilities = arr(land.responsibilities);
  const organisations = arr(land.organisations);
  const locKreis = new Map<string, string>();
  const kreise = new Set<string>([...listed.keys()].filter((k) => /^\d{5}$/.test(k)));
  locations.forEach((l, i) => {
    const k = kreisOf(l.gemeinde) ?? (typeof l.kreis === 'string' ? l.kreis : undefined);
    if (!k || !/^\d{5}$/.test(k)) {
      error(`/locations/${i}`, `Der Ort „${String(l.id)}“ hat keine Gemeinde (gemeinde) und keinen Kreis (kreis): im Land-Feed muss jeder Ort einem Kreis zugeordnet sein.`,
        `Location "${String(l.id)}" has no gemeinde and no kreis: in a Land source every place must belong to a Kreis.`);
      return;
    }
    locKreis.set(String(l.id), k);
    kreise.add(k);
  });
  const respKreise = new Map<string, Set<string>>();
  for (const r of responsibilities) {
    if (r.gemeinden === '*') continue;
    const set = respKreise.get(String(r.service)) ?? new Set();
    for (const g of strs(r.gemeinden)) if (kreisOf(g)) set.add(kreisOf(g)!);
    respKreise.set(String(r.service), set);
  }
  const serviceKreise = services.map((s) => {
    const set = new Set<string>(strs(s.kreis));
    const area = strs(s.area).map(kreisOf).filter((k): k is string => !!k);
    if (set.size) { /* an explicit kreis wins (an office of the Landkreis housed in the Stadtkreis) */ } else if (area.length) area.forEach((k) => set.add(k));
    else for (const at of arr(s.at)) if (locKreis.has(String(at.location))) set.add(locKreis.get(String(at.location))!);
    for (const k of respKreise.get(String(s.id)) ?? []) set.add(k);
    set.forEach((k) => kreise.add(k));
    return set;
  });
  const programmeKreise = programmes.map((p) => {
    const k = (typeof p.kreis === 'string' ? p.kreis : undefined) ?? (p.location !== undefined ? locKreis.get(String(p.location)) : undefined) ?? kreisOf(p.gemeinde);
    if (k) kreise.add(k);
    return k;
  });
  for (const k of kreise) {
    if (!gemeinden.inKreis(k).length) error(listed.has(k) ? '/kreise' : '', `Den Kreis ${k} gibt es im amtlichen Verzeichnis nicht.`, `Kreis ${k} is not in the official list.`);
  }
  if (problems.length) return { kreise: [], problems };

  const sourceGemeinden = new Map(arr(isRec(land.regions) ? land.regions.gemeinden : undefined).map((g) => [String(g.ags), g]));
  const verbaende = arr(isRec(land.regions) ? land.regions.verbaende : undefined);
  const out: KreisSource[] = [];
  for (const k of [...kreise].sort()) {
    const info = listed.get(k) ?? {};
    const name = typeof info.name === 'string' ? info.name : kreisDisplayName(gemeinden.kreisName(k) ?? k);
    const origin: KreisSource['origin'] = { services: [], locations: [], organisations: [], programmes: [], responsibilities: [] };
    const pickedServices: Rec[] = [];
    services.forEach((s, i) => {
      const set = serviceKreise[i]!;
      if (set.size && !set.has(k)) return;
      const copy: Rec = { ...s };
      delete copy.kreis;
      if (Array.isArray(s.area)) copy.area = strs(s.area).filter((g) => kreisOf(g) === k);
      if (Array.isArray(copy.area) && !copy.area.length) delete copy.area;
      if (Array.isArray(s.outreach)) {
        copy.outreach = arr(s.outreach).filter((o) => kreisOf(o.gemeinde) === k);
        if (!(copy.outreach as unknown[]).length) delete copy.outreach;
      }
      pickedServices.push(copy);
      origin.services!.push(i);
    });
    const pickedProgrammes: Rec[] = [];
    programmes.forEach((p, i) => {
      const pk = programmeKreise[i];
      if (pk && pk !== k) return;
      const copy: Rec = { ...p };
      delete copy.kreis;
      pickedProgrammes.push(copy);
      origin.programmes!.push(i);
    });
    const pickedResponsibilities: Rec[] = [];
    const serviceIds = new Set(pickedServices.map((s) => String(s.id)));
    responsibilities.forEach((r, i) => {
      if (!serviceIds.has(String(r.service))) return;
      if (r.gemeinden === '*') pickedResponsibilities.push(r);
      else {
        const inKreis = strs(r.gemeinden).filter((g) => kreisOf(g) === k);
        if (!inKreis.length) return;
        pickedResponsibilities.push({ ...r, gemeinden: inKreis });
      }
      origin.responsibilities!.push(i);
    });
    // Places: the Kreis's own and every place its entries refer to.
    const wanted = new Set<string>();
    for (const s of pickedServices) {
      for (const at of arr(s.at)) wanted.add(String(at.location));
      for (const o of arr(s.outreach)) if (o.location !== undefined) wanted.add(String(o.location));
    }
    for (const p of pickedProgrammes) if (p.location !== undefined) wanted.add(String(p.location));
    for (const r of pickedResponsibilities) if (r.location !== undefined) wanted.add(String(r.location));
    const pickedLocations: Rec[] = [];
    const foreign = new Set<string>();
    locations.forEach((l, i) => {
      const own = locKreis.get(String(l.id)) === k;
      if (!own && !wanted.has(String(l.id))) return;
      const copy: Rec = { ...l };
      delete copy.kreis;
      if (!own && typeof l.gemeinde === 'string') foreign.add(l.gemeinde);
      pickedLocations.push(copy);
      origin.locations!.push(i);
    });
    const orgIds = new Set<string>();
    for (const s of pickedServices) orgIds.add(String(s.organisation));
    for (const p of pickedProgrammes) orgIds.add(String(p.provider));
    const pickedOrganisations: Rec[] = [];
    organisations.forEach((o, i) => {
      if (!orgIds.has(String(o.id))) return;
      pickedOrganisations.push(o);
      origin.organisations!.push(i);
    });
    const official = gemeinden.inKreis(k);
    const kreisGemeinden = official.map((g) => sourceGemeinden.get(g.ags) ?? { ags: g.ags });
    const agsSet = new Set(official.map((g) => g.ags));
    const neighbours = [...foreign].sort().map((ags) => {
      const g = gemeinden.get(ags);
      return { id: ags, name: g?.name ?? ags, ags, ...(g?.centroid ? { centroid: g.centroid } : {}) };
    });
    const json: Rec = {};
    for (const key of COMMON) if (land[key] !== undefined) json[key] = land[key];
    const kreisPublisher = isRec(info.publisher) ? info.publisher : {};
    json.publisher = { ...publisher, ...kreisPublisher, ags: k };
    const kreisVerbaende = verbaende.filter((v) => strs(v.gemeinden).some((g) => agsSet.has(g)));
    json.regions = {
      kreis: { ags: k, name },
      ...(kreisVerbaende.length ? { verbaende: kreisVerbaende } : {}),
      gemeinden: kreisGemeinden,
      ...(neighbours.length ? { neighbours } : {}),
    };
    json.organisations = pickedOrganisations;
    json.locations = pickedLocations;
    json.services = pickedServices;
    if (pickedResponsibilities.length) json.responsibilities = pickedResponsibilities;
    if (pickedProgrammes.length) json.programmes = pickedProgrammes;
    out.push({ ags: k, name, json, origin });
  }
  return { kreise: out, problems };
}

/** A problem in a Kreis's part of the Land source, pointed at the Land source's own entry. */
export function toLandPointer(pointer: string, origin: KreisSource['origin']): string {
  return pointer.replace(/^\/(services|locations|organisations|programmes|responsibilities)\/(\d+)/, (whole, list: keyof KreisSource['origin'], i: string) => {
    const at = origin[list]?.[Number(i)];
    return at === undefined ? whole : `/${list}/${at}`;
  });
}

// ---- extracts: a neighbour's offers near a Kreis's Gemeinden ----

export interface NearExtract {
  /** The Kreis whose Gemeinden get the extract. */
  kreis: string;
  /** The neighbouring Kreis the offers come from. */
  from: string;
  feed: Feed;
  /** Last three digits of the AGS of the Gemeinden within reach. */
  gemeinden: string[];
}

/** Gemeinde centres on a grid of `nearKm` cells: which Gemeinden lie within `nearKm` of a point. */
export interface NearGrid {
  nearKm: number;
  near(at: LatLon): string[];
}

export function nearGrid(gemeinden: Iterable<{ ags: string; centroid?: LatLon | undefined }>, nearKm: number): NearGrid {
  const cell = Math.max(nearKm, 0.5) / 111; // degrees of latitude; a longitude cell is 1.6 times wider (≈ the same km at 49° N)
  const grid = new Map<string, Array<{ ags: string; at: LatLon }>>();
  const keyOf = (r: number, c: number) => `${r}:${c}`;
  const rowCol = (at: LatLon) => [Math.floor(at[0] / cell), Math.floor(at[1] / (cell * 1.6))] as const;
  for (const g of gemeinden) {
    if (!g.centroid) continue;
    const key = keyOf(...rowCol(g.centroid));
    const list = grid.get(key);
    if (list) list.push({ ags: g.ags, at: g.centroid });
    else grid.set(key, [{ ags: g.ags, at: g.centroid }]);
  }
  return {
    nearKm,
    near(at) {
      const [r, c] = rowCol(at);
      const found: string[] = [];
      for (let dr = -1; dr <= 1; dr++) {
        for (let dc = -1; dc <= 1; dc++) {
          for (const g of grid.get(keyOf(r + dr, c + dc)) ?? []) if (distanceKm(at, g.at) <= nearKm) found.push(g.ags);
        }
      }
      return found;
    },
  };
}

/**
 * The extracts Kreis `from` gives its neighbours: for each other Kreis K in
 * `receivers`, `from`'s own places within `nearKm` of the centre of a
 * Gemeinde of K, with the services and programmes held there, as a feed of
 * their own (ids prefixed with `from`'s key, so they never collide with K's).
 * One Kreis at a time, so a whole Land never has to be in memory at once.
 */
export function extractsFrom(from: string, feed: Feed, grid: NearGrid, receivers: Set<string>): NearExtract[] {
  const centroids = new Map<string, LatLon>();
  for (const g of feed.regions.gemeinden) if (g.centroid) centroids.set(g.ags, g.centroid);
  const pairs = new Map<string, { places: Set<string>; gemeinden: Set<string> }>();
  for (const location of feed.locations) {
    // Only the Kreis's own places: a place it borrows from another Kreis is that Kreis's to share.
    if (!location.gemeinde || location.gemeinde.slice(0, 5) !== from) continue;
    const at = location.geo ?? centroids.get(location.gemeinde);
    if (!at) continue;
    for (const ags of grid.near(at)) {
      const kreis = ags.slice(0, 5);
      if (kreis === from || !receivers.has(kreis)) continue;
      let pair = pairs.get(kreis);
      if (!pair) pairs.set(kreis, (pair = { places: new Set(), gemeinden: new Set() }));
      pair.places.add(location.id);
      pair.gemeinden.add(ags.slice(5));
    }
  }
  const out: NearExtract[] = [];
  for (const [kreis, pair] of [...pairs].sort(([a], [b]) => a.localeCompare(b))) {
    const extract = extractFeed(feed, from, pair.places);
    if (extract) out.push({ kreis, from, feed: extract, gemeinden: [...pair.gemeinden].sort() });
  }
  return out;
}

/** J's entries held at `places`, as a valid feed of their own; undefined when nothing is offered there. */
function extractFeed(feed: Feed, from: string, places: Set<string>): Feed | undefined {
  const p = (id: string) => `${from}:${id}`;
  const services: Service[] = [];
  for (const s of feed.services) {
    const at = (s.at ?? []).filter((a) => places.has(a.location));
    if (!at.length) continue;
    const { area: _area, outreach: _outreach, ...rest } = s;
    services.push({ ...rest, id: p(s.id), organisation: p(s.organisation), at: at.map((a) => ({ ...a, location: p(a.location) })) });
  }
  const programmes: Programme[] = [];
  for (const pr of feed.programmes ?? []) {
    if (!pr.location || !places.has(pr.location)) continue;
    const { next: _next, ...rest } = pr;
    programmes.push({ ...rest, id: p(pr.id), provider: p(pr.provider), location: p(pr.location) });
  }
  if (!services.length && !programmes.length) return undefined;
  const used = new Set<string>([...services.flatMap((s) => s.at!.map((a) => a.location)), ...programmes.map((x) => x.location!)]);
  const locations = feed.locations.filter((l) => used.has(p(l.id))).map((l) => ({ ...l, id: p(l.id) }));
  const orgs = new Set([...services.map((s) => s.organisation), ...programmes.map((x) => x.provider)]);
  const organisations = feed.organisations.filter((o) => orgs.has(p(o.id))).map((o) => ({ ...o, id: p(o.id) }));
  const gemeindeIds = new Set<string>([...locations.map((l) => l.gemeinde!), ...programmes.map((x) => x.gemeinde).filter((g): g is string => !!g)]);
  const topicIds = new Set<string>();
  const addTopic = (id: string, terms: Term[]) => {
    for (let t = terms.find((x) => x.id === id); t && !topicIds.has(t.id); t = t.parent ? terms.find((x) => x.id === t!.parent) : undefined) topicIds.add(t.id);
  };
  for (const s of services) for (const t of s.topics) addTopic(t, feed.topics);
  for (const x of programmes) for (const t of x.topics ?? []) addTopic(t, feed.topics);
  const extract: Feed = {
    version: feed.version,
    publisher: feed.publisher,
    generatedAt: feed.generatedAt,
    ...(feed.validUntil ? { validUntil: feed.validUntil } : {}),
    ...(feed.sample ? { sample: true } : {}),
    languages: feed.languages,
    ...(feed.stewards ? { stewards: feed.stewards } : {}),
    regions: { kreis: feed.regions.kreis, gemeinden: feed.regions.gemeinden.filter((g) => gemeindeIds.has(g.ags)) },
    topics: feed.topics.filter((t) => topicIds.has(t.id)),
    ...(feed.audiences ? { audiences: feed.audiences } : {}),
    ...(feed.statuses ? { statuses: feed.statuses } : {}),
    ...(feed.serviceTypes ? { serviceTypes: feed.serviceTypes } : {}),
    organisations,
    locations,
    services,
    ...(programmes.length ? { programmes } : {}),
  };
  return extract;
}
