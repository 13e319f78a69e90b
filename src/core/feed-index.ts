/**
 * Lookups over a validated feed, built once after loading: entries by id,
 * Gemeinden by AGS, topic hierarchy, services per topic and per place.
 */
import type {
  Feed, Gemeinde, LatLon, Location, Organisation, Pathway, Programme, Responsibility, Service, Term,
} from './schema/index.js';
import { distanceKm } from './geo.js';

export interface FeedIndex {
  feed: Feed;
  services: Map<string, Service>;
  locations: Map<string, Location>;
  organisations: Map<string, Organisation>;
  programmes: Map<string, Programme>;
  pathways: Map<string, Pathway>;
  topics: Map<string, Term>;
  audiences: Map<string, Term>;
  statuses: Map<string, Term>;
  /** Kinds of office within a topic (Ausländerbehörde, Einbürgerung, Bürgerbüro). */
  serviceTypes: Map<string, Term>;
  gemeinden: Map<string, Gemeinde>;
  /** Topic id → the topic and all topics below it. */
  topicFamily: Map<string, Set<string>>;
  /** Topic id → the topic and its broader topics, nearest first. */
  topicAncestors: Map<string, string[]>;
  /** Topic id → services tagged with it or a narrower topic. */
  servicesByTopic: Map<string, Service[]>;
  /** Location id → services offered there. */
  servicesByLocation: Map<string, Service[]>;
  /** Service type id → services of that type. */
  servicesByType: Map<string, Service[]>;
  /** Service id → the responsibility rules that name it. */
  rulesByService: Map<string, Responsibility[]>;
}

function byId<T extends { id: string }>(items: readonly T[] | undefined): Map<string, T> {
  const map = new Map<string, T>();
  // First entry wins for duplicate ids; `wegweiser validate` reports the duplicates.
  for (const item of items ?? []) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function createIndex(feed: Feed): FeedIndex {
  const topics = byId(feed.topics);
  // Each topic's chain of broader topics, walked once (guarding against cycles in a hand-made feed).
  const topicAncestors = new Map<string, string[]>();
  const topicFamily = new Map<string, Set<string>>();
  for (const id of topics.keys()) topicFamily.set(id, new Set([id]));
  for (const term of topics.values()) {
    const chain = [term.id];
    let parent = term.parent;
    while (parent && !chain.includes(parent)) {
      chain.push(parent);
      topicFamily.get(parent)?.add(term.id);
      parent = topics.get(parent)?.parent;
    }
    topicAncestors.set(term.id, chain);
  }
  const services = byId(feed.services);
  const servicesByTopic = new Map<string, Service[]>();
  const servicesByLocation = new Map<string, Service[]>();
  const servicesByType = new Map<string, Service[]>();
  for (const service of services.values()) {
    for (const type of service.types ?? []) push(servicesByType, type, service);
    const tagged = new Set<string>();
    for (const topic of service.topics) for (const t of topicAncestors.get(topic) ?? [topic]) tagged.add(t);
    for (const topic of tagged) push(servicesByTopic, topic, service);
    for (const at of service.at ?? []) push(servicesByLocation, at.location, service);
  }
  const rulesByService = new Map<string, Responsibility[]>();
  for (const rule of feed.responsibilities ?? []) push(rulesByService, rule.service, rule);
  const gemeinden = new Map<string, Gemeinde>();
  for (const g of feed.regions.gemeinden) gemeinden.set(g.ags, g);
  return {
    feed,
    services,
    locations: byId(feed.locations),
    organisations: byId(feed.organisations),
    programmes: byId(feed.programmes),
    pathways: byId(feed.pathways),
    topics,
    audiences: byId(feed.audiences),
    statuses: byId(feed.statuses),
    serviceTypes: byId(feed.serviceTypes),
    gemeinden,
    topicFamily,
    topicAncestors,
    servicesByTopic,
    servicesByLocation,
    servicesByType,
    rulesByService,
  };
}

/**
 * Where a place is, for distances and the map. Sensitive places return only
 * their Gemeinde's centre, so the protected address cannot be inferred.
 */
export function positionOf(index: FeedIndex, location: Location): LatLon | undefined {
  if (location.geo && !location.sensitive) return location.geo;
  return location.gemeinde ? index.gemeinden.get(location.gemeinde)?.centroid : undefined;
}

export function gemeindeCentroid(index: FeedIndex, ags: string): LatLon | undefined {
  const gemeinde = index.gemeinden.get(ags);
  if (gemeinde?.centroid) return gemeinde.centroid;
  return index.feed.regions.neighbours?.find((n) => n.ags === ags || n.id === ags)?.centroid;
}

/** The locations of a service that exist in the feed, in the feed's order. */
export function locationsOf(index: FeedIndex, service: Service): Location[] {
  const out: Location[] = [];
  for (const at of service.at ?? []) {
    const location = index.locations.get(at.location);
    if (location) out.push(location);
  }
  return out;
}

/**
 * The place nearest to `from` (the first with a position wins ties; without
 * `from`, the first place), with its distance — for "the office near you".
 */
export function nearestPlace(index: FeedIndex, places: readonly Location[], from: LatLon | undefined): { location?: Location; distanceKm?: number } {
  let best: { location?: Location; distanceKm?: number } = places[0] ? { location: places[0] } : {};
  if (!from) return best;
  for (const location of places) {
    const position = positionOf(index, location);
    if (!position) continue;
    const d = distanceKm(from, position);
    if (best.distanceKm === undefined || d < best.distanceKm) best = { location, distanceKm: d };
  }
  return best;
}
