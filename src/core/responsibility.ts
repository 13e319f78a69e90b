/**
 * "Wer ist für mich zuständig?" — which office serves a Gemeinde for a topic
 * (and for a residence status where that makes a difference).
 */
import type { LatLon, Location, Responsibility, Service } from './schema/index.js';
import { gemeindeCentroid, locationsOf, nearestPlace, type FeedIndex } from './feed-index.js';
import { berlinDate, isCurrent } from './dates.js';

export interface ResponsibleOffice {
  service: Service;
  /** The place that serves this Gemeinde, when known. */
  location?: Location;
  rule?: Responsibility;
  /**
   * `recorded`: a responsibility entry covers this Gemeinde (and status).
   * `other-status`: recorded, but for people with another status — shown so the UI can explain the difference.
   * `nearest`: nothing recorded; the nearest office of that topic.
   */
  match: 'recorded' | 'other-status' | 'nearest';
  /** Statuses the rule is limited to (empty = everyone). */
  statuses: string[];
  /** The office lies outside the person's Gemeinde: say where. */
  elsewhere: boolean;
  distanceKm?: number;
  /** Only with `nearest`: the office serves other Gemeinden only; the person should ask there. */
  outsideArea?: boolean;
}

export interface ResponsibilityQuery {
  gemeinde: string;
  topic: string;
  status?: string;
  today?: string;
}

function placeFor(index: FeedIndex, service: Service, rule: Responsibility | undefined, home: LatLon | undefined): { location?: Location; distanceKm?: number } {
  const places = rule?.location ? [index.locations.get(rule.location)].filter((l): l is Location => !!l) : locationsOf(index, service);
  return nearestPlace(index, places, home);
}

function office(index: FeedIndex, service: Service, rule: Responsibility | undefined, match: ResponsibleOffice['match'], query: ResponsibilityQuery, home: LatLon | undefined): ResponsibleOffice {
  const place = placeFor(index, service, rule, home);
  const result: ResponsibleOffice = {
    service,
    match,
    statuses: rule?.statuses ?? [],
    elsewhere: place.location ? place.location.gemeinde !== query.gemeinde : false,
  };
  if (rule) result.rule = rule;
  if (place.location) result.location = place.location;
  if (place.distanceKm !== undefined) result.distanceKm = place.distanceKm;
  return result;
}

/**
 * Offices responsible for `gemeinde` and `topic`, best first. With a status,
 * rules for that status win over general ones; without one, general rules
 * come first and status-specific ones follow as `other-status`. When nothing
 * is recorded, the nearest current service of the topic is returned as
 * `nearest` (never an empty answer while the feed has any such service).
 */
export function responsibleFor(index: FeedIndex, query: ResponsibilityQuery): ResponsibleOffice[] {
  const today = query.today ?? berlinDate();
  const home = gemeindeCentroid(index, query.gemeinde);
  // A rule for a broader topic (`sprache`) also answers a narrower question (`integrationskurs`).
  const topics = index.topicAncestors.get(query.topic) ?? [query.topic];
  const rules = (index.feed.responsibilities ?? []).filter(
    (rule) =>
      topics.includes(rule.topic) &&
      isCurrent(rule, today) &&
      (rule.gemeinden === '*' || rule.gemeinden.includes(query.gemeinde)),
  );
  // Narrower topic first, then Gemeinde-specific before Kreis-wide.
  const specificity = (rule: Responsibility) => topics.indexOf(rule.topic) * 2 + (rule.gemeinden === '*' ? 1 : 0);
  rules.sort((a, b) => specificity(a) - specificity(b));

  const recorded: ResponsibleOffice[] = [];
  const others: ResponsibleOffice[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    const service = index.services.get(rule.service);
    if (!service || !isCurrent(service, today)) continue;
    const key = `${service.id}@${rule.location ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const limited = rule.statuses && rule.statuses.length > 0;
    const fits = !limited || (query.status !== undefined && rule.statuses!.includes(query.status));
    (fits ? recorded : others).push(office(index, service, rule, fits ? 'recorded' : 'other-status', query, home));
  }
  if (query.status) {
    // Status-specific rules first: they are what changes for this person.
    recorded.sort((a, b) => Number(b.statuses.length > 0) - Number(a.statuses.length > 0));
  }
  if (recorded.length > 0 || others.length > 0) return [...recorded, ...others];
  return nearestOffices(index, query, home, today);
}

function nearestOffices(index: FeedIndex, query: ResponsibilityQuery, home: LatLon | undefined, today: string): ResponsibleOffice[] {
  const current = (index.servicesByTopic.get(query.topic) ?? []).filter((s) => isCurrent(s, today));
  const open = current.filter((s) => !s.area?.length || s.area.includes(query.gemeinde));
  // Nothing open to this Gemeinde (e.g. every Kita serves only its own town): still show the
  // nearest ones, marked, so the person has somewhere to ask instead of an empty answer.
  const candidates = open.length > 0 ? open : current;
  const offices = candidates.map((service) => {
    const result = office(index, service, undefined, 'nearest', query, home);
    if (open.length === 0) result.outsideArea = true;
    return result;
  });
  offices.sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity));
  return offices.slice(0, 3);
}
