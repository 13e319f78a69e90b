/**
 * The service finder's answer, independent of any UI: which services to show
 * for a person's question, in which order, and what to offer instead when
 * nothing fits. "Zuständig für Sie" comes first: the office recorded as
 * responsible for the person's Gemeinde and the topic they asked about.
 */
import type { Location, Service } from './schema/index.js';
import { gemeindeCentroid, locationsOf, nearestPlace, type FeedIndex } from './feed-index.js';
import { findServices, type ServiceFilter } from './queries.js';
import { responsibleFor, type ResponsibleOffice } from './responsibility.js';
import { berlinDate } from './dates.js';

/** A search hit as the finder needs it (see `FeedSearch.search`). */
export interface ScoredId {
  id: string;
  score: number;
}

export interface FinderQuery extends Omit<ServiceFilter, 'gemeinde'> {
  /** 8-digit AGS where the person lives: responsibility, service areas and distances. */
  home?: string;
  /** Only offers with a place in this Gemeinde (AGS). */
  place?: string;
  /** Residence status id: responsibility that depends on it is resolved for it. */
  status?: string;
  /** Service hits of a text search, best first; absent = no text query. */
  hits?: ScoredId[];
  /** The topic the person asked about when it is not a filter (e.g. derived from the query). */
  askedTopic?: string;
}

export interface FinderResult {
  service: Service;
  /** The place nearest to the person's Gemeinde (or the first place). */
  location?: Location;
  distanceKm?: number;
  /** Set when this service is recorded as responsible for the person's Gemeinde and topic. */
  responsible?: ResponsibleOffice;
}

export type RelaxableFilter =
  | 'topic' | 'audience' | 'language' | 'access' | 'openAt' | 'free' | 'childcare' | 'barrierFree' | 'place' | 'query';

export interface FinderAlternatives {
  /** Filters whose removal would give results, with how many. */
  relax: Array<{ filter: RelaxableFilter; count: number }>;
  /** Nearest offers of the same topic outside the person's Gemeinde or service area. */
  nearby: FinderResult[];
}

/** The topic a result list is "about": the filter, else the one the caller derived from the query. */
export function topicOfQuery(query: FinderQuery): string | undefined {
  const topic = Array.isArray(query.topic) ? query.topic[0] : query.topic;
  return topic ?? query.askedTopic;
}

function filterOf(query: FinderQuery): ServiceFilter {
  const { home, place: _place, status: _status, hits: _hits, askedTopic: _asked, ...filter } = query;
  return home ? { ...filter, gemeinde: home } : filter;
}

function hasPlaceIn(index: FeedIndex, service: Service, ags: string): boolean {
  return (service.at ?? []).some((at) => index.locations.get(at.location)?.gemeinde === ags)
    || (service.outreach ?? []).some((o) => o.gemeinde === ags);
}

/**
 * Services for the query, best first: offices responsible for the person's
 * Gemeinde (for the topic asked about), then by search relevance, else by
 * place (in the person's Gemeinde first, then by distance), then by name.
 */
export function finderResults(index: FeedIndex, query: FinderQuery): FinderResult[] {
  const today = query.today ?? berlinDate();
  const matching = findServices(index, { ...filterOf(query), today });
  let services = query.place ? matching.filter((s) => hasPlaceIn(index, s, query.place!)) : matching;

  const topic = topicOfQuery(query);
  const responsible = new Map<string, ResponsibleOffice>();
  if (query.home && topic) {
    const offices = responsibleFor(index, { gemeinde: query.home, topic, today, ...(query.status ? { status: query.status } : {}) });
    for (const office of offices) {
      if (office.match !== 'nearest' && !responsible.has(office.service.id)) responsible.set(office.service.id, office);
    }
  }

  const rank = new Map<string, number>();
  if (query.hits) {
    query.hits.forEach((hit, i) => rank.set(hit.id, i));
    // The responsible office answers the question even when its name does not contain the words.
    services = services.filter((s) => rank.has(s.id) || responsible.has(s.id));
  }

  const from = query.home ? gemeindeCentroid(index, query.home) : undefined;
  const results: FinderResult[] = services.map((service) => {
    const result: FinderResult = { service, ...nearestPlace(index, locationsOf(index, service), from) };
    const office = responsible.get(service.id);
    if (office) {
      result.responsible = office;
      if (office.location) {
        result.location = office.location;
        if (office.distanceKm !== undefined) result.distanceKm = office.distanceKm;
        else delete result.distanceKm;
      }
    }
    return result;
  });

  const officeOrder = [...responsible.keys()];
  const local = (r: FinderResult) => (query.home && r.location?.gemeinde === query.home ? 0 : 1);
  results.sort((a, b) => {
    const ra = a.responsible ? officeOrder.indexOf(a.service.id) : Infinity;
    const rb = b.responsible ? officeOrder.indexOf(b.service.id) : Infinity;
    if (ra !== rb) return ra - rb;
    if (query.hits) return (rank.get(a.service.id) ?? Infinity) - (rank.get(b.service.id) ?? Infinity);
    if (from) {
      const byHome = local(a) - local(b);
      if (byHome) return byHome;
      const byDistance = (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity);
      if (byDistance) return byDistance;
    }
    return 0;
  });
  return results;
}

const RELAXABLE: Array<[RelaxableFilter, (q: FinderQuery) => boolean, (q: FinderQuery) => FinderQuery]> = [
  ['query', (q) => q.hits !== undefined, ({ hits: _h, ...q }) => q],
  ['topic', (q) => q.topic !== undefined, ({ topic: _t, ...q }) => q],
  ['audience', (q) => q.audience !== undefined, ({ audience: _a, ...q }) => q],
  ['language', (q) => q.language !== undefined, ({ language: _l, ...q }) => q],
  ['access', (q) => q.access !== undefined && (!Array.isArray(q.access) || q.access.length > 0), ({ access: _a, ...q }) => q],
  ['openAt', (q) => q.openAt !== undefined, ({ openAt: _o, ...q }) => q],
  ['free', (q) => !!q.free, ({ free: _f, ...q }) => q],
  ['childcare', (q) => !!q.childcare, ({ childcare: _c, ...q }) => q],
  ['barrierFree', (q) => !!q.barrierFree, ({ barrierFree: _b, ...q }) => q],
  ['place', (q) => q.place !== undefined, ({ place: _p, ...q }) => q],
];

/**
 * What to offer when a query has no results: which single filter to drop
 * (and how many results that gives), and the nearest offers of the same topic
 * anywhere in the Kreis, whatever the other filters — an empty list is never a
 * dead end.
 */
export function finderAlternatives(index: FeedIndex, query: FinderQuery, limit = 3): FinderAlternatives {
  const relax: FinderAlternatives['relax'] = [];
  for (const [filter, active, without] of RELAXABLE) {
    if (!active(query)) continue;
    const count = finderResults(index, without(query)).length;
    if (count > 0) relax.push({ filter, count });
  }
  const topic = topicOfQuery(query);
  let nearby: FinderResult[] = [];
  if (topic) {
    // The same kind of offer anywhere, nearest first: a place to ask even when nothing fits every wish.
    const from = query.home ? gemeindeCentroid(index, query.home) : undefined;
    nearby = findServices(index, { topic, today: query.today ?? berlinDate() })
      .map((service) => ({ service, ...nearestPlace(index, locationsOf(index, service), from) }))
      .sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity))
      .slice(0, limit);
  }
  return { relax, nearby };
}

/** Languages spoken by staff anywhere in the feed (primary subtags, sorted), for a filter. */
export function spokenLanguages(index: FeedIndex): string[] {
  const out = new Set<string>();
  for (const service of index.services.values()) for (const lang of service.languages ?? []) out.add(lang.split('-')[0]!.toLowerCase());
  return [...out].sort();
}
