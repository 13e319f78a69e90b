/**
 * The service finder's answer, independent of any UI: which services to show
 * for a person's question, in which order, and what to offer instead when
 * nothing fits. "Zuständig für Sie" comes first: the office recorded as
 * responsible for the person's Gemeinde and the topic they asked about.
 */
import type { Location, Service } from './schema/index.js';
import { gemeindeCentroid, locationsOf, nearestPlace, type FeedIndex } from './feed-index.js';
import { findServices, type ServiceFilter } from './queries.js';
import { responsibleFor, servesHome, type ResponsibleOffice } from './responsibility.js';
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
  /** The kind of office the person asked about (a service type derived from the query). */
  askedType?: string;
}

export interface FinderResult {
  kind: 'service';
  service: Service;
  /** The place nearest to the person's Gemeinde (or the first place). */
  location?: Location;
  distanceKm?: number;
  /** Set when this service is recorded as responsible for the person's Gemeinde and topic. */
  responsible?: ResponsibleOffice;
  /** The service serves other Gemeinden, not the person's: shown after those that do, marked. */
  othersOnly?: boolean;
}

export type RelaxableFilter =
  | 'topic' | 'audience' | 'language' | 'access' | 'openAt' | 'free' | 'childcare' | 'barrierFree' | 'place' | 'query' | 'kind' | 'cost';

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

/** The facts filter; where the person lives does not filter (see `othersOnly`). */
function filterOf(query: FinderQuery): ServiceFilter {
  const { home: _home, place: _place, status: _status, hits: _hits, askedTopic: _asked, askedType: _type, ...filter } = query;
  return filter;
}

function hasPlaceIn(index: FeedIndex, service: Service, ags: string): boolean {
  return (service.at ?? []).some((at) => index.locations.get(at.location)?.gemeinde === ags)
    || (service.outreach ?? []).some((o) => o.gemeinde === ags);
}

/** Offices responsible for the person's Gemeinde for what they asked (topic and/or kind of office), by service id. */
function responsibleOffices(index: FeedIndex, query: FinderQuery, today: string): Map<string, ResponsibleOffice> {
  const responsible = new Map<string, ResponsibleOffice>();
  const topic = topicOfQuery(query);
  if (!query.home || (!topic && !query.askedType)) return responsible;
  const ask = { gemeinde: query.home, today, ...(query.status ? { status: query.status } : {}) };
  // The kind of office asked about is the sharper question: then only offices of that kind are "yours".
  const offices = query.askedType
    ? responsibleFor(index, { ...ask, serviceType: query.askedType, ...(topic ? { topic } : {}) })
    : responsibleFor(index, { ...ask, topic: topic! });
  for (const office of offices) {
    if (office.match !== 'nearest' && !responsible.has(office.service.id)) responsible.set(office.service.id, office);
  }
  return responsible;
}

/**
 * Services for the query, best first: offices responsible for the person's
 * Gemeinde (for the topic or kind of office asked about), then by search
 * relevance, else by place (in the person's Gemeinde first, then by
 * distance); offices that serve only other Gemeinden come last, marked.
 */
export function finderResults(index: FeedIndex, query: FinderQuery): FinderResult[] {
  const today = query.today ?? berlinDate();
  const responsible = responsibleOffices(index, query, today);
  const rank = new Map<string, number>();
  let within: Service[] | undefined;
  if (query.hits) {
    query.hits.forEach((hit, i) => rank.set(hit.id, i));
    // The hits, and the responsible office: it answers the question even when its name does not contain the words.
    within = [];
    for (const id of new Set([...rank.keys(), ...responsible.keys()])) {
      const service = index.services.get(id);
      if (service) within.push(service);
    }
  }
  const matching = findServices(index, { ...filterOf(query), today }, within);
  const services = query.place ? matching.filter((s) => hasPlaceIn(index, s, query.place!)) : matching;

  const from = query.home ? gemeindeCentroid(index, query.home) : undefined;
  const results: FinderResult[] = services.map((service) => {
    const result: FinderResult = { kind: 'service', service, ...nearestPlace(index, locationsOf(index, service), from) };
    if (query.home && !servesHome(index, service, query.home, today)) result.othersOnly = true;
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
    const others = Number(!!a.othersOnly) - Number(!!b.othersOnly);
    if (others) return others;
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

/** Languages spoken by staff anywhere in the feed (primary subtags, sorted), for a filter. */
export function spokenLanguages(index: FeedIndex): string[] {
  const out = new Set<string>();
  for (const service of index.services.values()) for (const lang of service.languages ?? []) out.add(lang.split('-')[0]!.toLowerCase());
  return [...out].sort();
}
