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
   * `area`: no entry names it, but the service says it serves exactly some Gemeinden, this one among them
   *   (the town's own Wohngeldstelle, Kita office or Bürgerbüro).
   * `other-status`: recorded, but for people with another status — shown so the UI can explain the difference.
   * `nearest`: nothing recorded; the nearest office of that topic.
   */
  match: 'recorded' | 'area' | 'other-status' | 'nearest';
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
  /** The topic asked about (broader rules answer narrower topics). */
  topic?: string;
  /** The kind of office asked about (`einbuergerung`): only rules and services of that type. */
  serviceType?: string;
  status?: string;
  today?: string;
}

const covers = (rule: Responsibility, ags: string) => rule.gemeinden === '*' || rule.gemeinden.includes(ags);
const hasType = (service: Service | undefined, type: string) => !!service?.types?.includes(type);

/**
 * Does the service serve people living in `ags`? Not when its `area` leaves
 * the Gemeinde out, nor when responsibility entries name it for other
 * Gemeinden only (the Alsfeld branch of the Ausländerbehörde for a visitor
 * from Lauterbach).
 */
export function servesHome(index: FeedIndex, service: Service, ags: string, today: string = berlinDate()): boolean {
  if (service.area?.length && !service.area.includes(ags)) return false;
  const rules = (index.rulesByService.get(service.id) ?? []).filter((rule) => isCurrent(rule, today));
  return rules.length === 0 || rules.some((rule) => covers(rule, ags));
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
  if (!query.topic && !query.serviceType) return [];
  // A rule for a broader topic (`sprache`) also answers a narrower question (`integrationskurs`).
  const topics = query.topic ? index.topicAncestors.get(query.topic) ?? [query.topic] : undefined;
  const type = query.serviceType;
  const rules = (index.feed.responsibilities ?? []).filter(
    (rule) =>
      // A broader topic's rule answers a narrower question, unless it is about one kind of office (an
      // Ausländerbehörde rule under "Aufenthalt" says nothing about the Bürgerbüro under "Anmelden").
      (!topics || rule.topic === query.topic || (topics.includes(rule.topic) && (!rule.serviceType || rule.serviceType === type))) &&
      // A rule for one kind of office answers a question about that kind; a rule for the whole topic, when its office is of that kind.
      (!type || rule.serviceType === type || (!rule.serviceType && hasType(index.services.get(rule.service), type))) &&
      isCurrent(rule, today) &&
      covers(rule, query.gemeinde),
  );
  // Narrower topic first, then Gemeinde-specific before Kreis-wide.
  const specificity = (rule: Responsibility) => (topics ? topics.indexOf(rule.topic) * 2 : 0) + (rule.gemeinden === '*' ? 1 : 0);
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
  const named = new Set([...recorded, ...others].map((o) => o.service));
  const byArea = areaOffices(index, query, home, today).filter((o) => !named.has(o.service));
  if (recorded.length > 0 || others.length > 0 || byArea.length > 0) return [...recorded, ...byArea, ...others];
  return nearestOffices(index, query, home, today);
}

/** Current services of the topic (and type) asked about. */
function servicesAsked(index: FeedIndex, query: ResponsibilityQuery, today: string): Service[] {
  const byTopic = query.topic ? index.servicesByTopic.get(query.topic) ?? [] : undefined;
  const byType = query.serviceType ? index.servicesByType.get(query.serviceType) ?? [] : undefined;
  const list = byTopic && byType ? byTopic.filter((s) => byType.includes(s)) : byTopic ?? byType ?? [];
  return list.filter((s) => isCurrent(s, today));
}

/** Services that name the Gemeinde in their own `area` (not Kreis-wide ones: those serve everybody alike), nearest first. */
function areaOffices(index: FeedIndex, query: ResponsibilityQuery, home: LatLon | undefined, today: string): ResponsibleOffice[] {
  const offices = servicesAsked(index, query, today)
    .filter((s) => s.area?.includes(query.gemeinde) && servesHome(index, s, query.gemeinde, today))
    .map((s) => office(index, s, undefined, 'area', query, home));
  return offices.sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity));
}

function nearestOffices(index: FeedIndex, query: ResponsibilityQuery, home: LatLon | undefined, today: string): ResponsibleOffice[] {
  const current = servicesAsked(index, query, today);
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
