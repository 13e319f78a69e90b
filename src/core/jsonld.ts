/**
 * schema.org JSON-LD for services, so search engines can read the offers of
 * the feed: a `GovernmentService` (offered by an authority) or `Service`,
 * with its provider, the area it serves, its channels (phone, web, the
 * places with address, position and opening hours). Protected places never
 * show an address or position. No DOM: runs in browsers and Node.
 */
import type { CompiledHours, Location, OpeningHours, Organisation, Service, Text } from './schema/index.js';
import type { FeedIndex } from './feed-index.js';
import { resolveText } from './text.js';
import { berlinDate, isCurrent } from './dates.js';

export interface JsonLdOptions {
  /** Language of names and descriptions (default German; German where a translation is missing). */
  lang?: string;
  /** Page that shows the service; becomes `url` and, with `#<id>`, the node's `@id`. */
  url?: string;
}

export interface FeedJsonLdOptions {
  lang?: string;
  /** Page of each service: one URL for all (each gets `#<id>`), or per service. */
  url?: string | ((service: Service) => string | undefined);
  /** Day that decides which entries are current (`YYYY-MM-DD`, default: today in Berlin). */
  today?: string;
}

type Node = Record<string, unknown>;

const CONTEXT = 'https://schema.org';
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((d) => `${CONTEXT}/${d}`);

const text = (value: Text | undefined, lang: string): string | undefined => resolveText(value, lang)?.text || undefined;

/** Leaves out empty values so the output stays small and valid. */
function compact(node: Node): Node {
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) delete node[key];
  }
  return node;
}

const one = <T>(list: T[]): T | T[] | undefined => (list.length === 1 ? list[0] : list.length ? list : undefined);

function clock(minutes: number): string {
  const m = minutes % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * The typical week as OpeningHoursSpecification, days with the same times
 * joined. Intervals "by appointment" are left out (not opening hours); so are
 * hours for appointments only and hours whose weeks differ (`variable`).
 * An interval past midnight closes at the next day's time (schema.org reads
 * `closes` before `opens` as the next day).
 */
export function openingHoursSpecification(hours: CompiledHours | undefined): Node[] {
  if (!hours || hours.variable) return [];
  const byTimes = new Map<string, { opens: string; closes: string; days: string[] }>();
  hours.week.forEach((day, weekday) => {
    for (const interval of day) {
      if (interval[2] === 1 || interval[1] <= interval[0]) continue;
      const opens = clock(interval[0]);
      // Open around the clock: 00:00–23:59, as search engines expect.
      const closes = interval[1] - interval[0] >= 1440 ? '23:59' : clock(interval[1]);
      const key = `${opens}-${closes}`;
      const entry = byTimes.get(key) ?? { opens, closes, days: [] };
      entry.days.push(DAYS[weekday]!);
      byTimes.set(key, entry);
    }
  });
  return [...byTimes.values()].map((e) => ({ '@type': 'OpeningHoursSpecification', dayOfWeek: one(e.days), opens: e.opens, closes: e.closes }));
}

function hoursOf(hours: OpeningHours | undefined): Node[] {
  return hours && !hours.appointmentOnly ? openingHoursSpecification(hours.compiled) : [];
}

function organisationNode(org: Organisation | undefined, lang: string): Node | undefined {
  if (!org) return undefined;
  return compact({
    '@type': org.kind === 'authority' ? 'GovernmentOrganization' : 'Organization',
    name: text(org.name, lang),
    url: org.contact?.website,
    telephone: org.contact?.phone,
    email: org.contact?.email,
  });
}

function placeNode(index: FeedIndex, location: Location, hours: OpeningHours | undefined, office: boolean, lang: string): Node {
  const gemeinde = location.gemeinde ? index.gemeinden.get(location.gemeinde)?.name : undefined;
  const open = !location.sensitive;
  return compact({
    '@type': office && open ? 'GovernmentOffice' : 'Place',
    name: text(location.name, lang),
    // Protected places: neither address nor position, not even the town.
    address: open && (location.address || gemeinde) ? compact({
      '@type': 'PostalAddress',
      streetAddress: location.address?.street,
      postalCode: location.address?.postcode,
      addressLocality: location.address?.city ?? gemeinde,
      addressCountry: 'DE',
    }) : undefined,
    geo: open && location.geo ? { '@type': 'GeoCoordinates', latitude: location.geo[0], longitude: location.geo[1] } : undefined,
    telephone: location.contact?.phone,
    openingHoursSpecification: hoursOf(hours ?? location.hours),
  });
}

/** JSON-LD of one service (with `@context`, ready for a script element). */
export function serviceJsonLd(index: FeedIndex, service: Service, options: JsonLdOptions = {}): Node {
  const lang = options.lang || 'de';
  const org = index.organisations.get(service.organisation);
  const authority = org?.kind === 'authority';
  const languages = service.languages?.length ? service.languages : undefined;
  const phone = service.contact?.phone ?? service.booking?.phone;
  const web = service.booking?.url ?? service.contact?.website;
  const channel = (place?: Node): Node => compact({
    '@type': 'ServiceChannel',
    servicePhone: phone ? { '@type': 'ContactPoint', telephone: phone } : undefined,
    serviceUrl: web,
    serviceLocation: place,
    availableLanguage: languages,
  });
  const channels: Node[] = [];
  for (const at of service.at ?? []) {
    const location = index.locations.get(at.location);
    if (location) channels.push(channel(placeNode(index, location, at.hours, authority, lang)));
  }
  for (const visit of service.outreach ?? []) {
    const location = visit.location ? index.locations.get(visit.location) : undefined;
    const name = index.gemeinden.get(visit.gemeinde)?.name;
    channels.push(channel(location
      ? placeNode(index, location, visit.hours, authority, lang)
      : compact({ '@type': 'Place', name, address: name ? { '@type': 'PostalAddress', addressLocality: name, addressCountry: 'DE' } : undefined, openingHoursSpecification: hoursOf(visit.hours) })));
  }
  if (!channels.length && (phone || web)) channels.push(channel());

  const area = service.area?.length
    ? service.area.map((ags) => compact({ '@type': 'AdministrativeArea', name: index.gemeinden.get(ags)?.name ?? ags, identifier: ags }))
    : [{ '@type': 'AdministrativeArea', name: index.feed.regions.kreis.name, identifier: index.feed.regions.kreis.ags }];
  const topics = service.topics.map((id) => text(index.topics.get(id)?.label, lang)).filter((t): t is string => !!t);
  const cost = service.cost;
  const base = options.url?.replace(/#.*$/, '');
  return compact({
    '@context': CONTEXT,
    '@type': authority ? 'GovernmentService' : 'Service',
    '@id': base ? `${base}#${encodeURIComponent(service.id)}` : undefined,
    identifier: service.id,
    name: text(service.name, lang),
    description: text(service.description ?? service.summary, lang),
    url: options.url,
    provider: organisationNode(org, lang),
    areaServed: one(area),
    serviceType: one(topics),
    isAccessibleForFree: cost?.free,
    offers: cost ? compact({
      '@type': 'Offer',
      ...(cost.free ? { price: 0, priceCurrency: 'EUR' } : {}),
      description: text(cost.text, lang),
    }) : undefined,
    availableChannel: one(channels),
  });
}

/** JSON-LD of every current service of the feed, in feed order. */
export function feedJsonLd(index: FeedIndex, options: FeedJsonLdOptions = {}): Node[] {
  const today = options.today ?? berlinDate(new Date());
  const out: Node[] = [];
  for (const service of index.services.values()) {
    if (!isCurrent(service, today)) continue;
    const url = typeof options.url === 'function' ? options.url(service) : options.url;
    out.push(serviceJsonLd(index, service, { ...(options.lang ? { lang: options.lang } : {}), ...(url ? { url } : {}) }));
  }
  return out;
}

/** Several nodes as one document: `{"@context", "@graph": […]}`. */
export function jsonLdGraph(nodes: readonly Node[]): Node {
  return {
    '@context': CONTEXT,
    '@graph': nodes.map(({ '@context': _context, ...rest }) => rest),
  };
}

/**
 * JSON for the inside of `<script type="application/ld+json">`: `<`, `>`,
 * `&` and the line separators U+2028/U+2029 become `\u003c` … so no feed
 * text can close the script element or start a comment. Still valid JSON
 * with the same value.
 */
export function jsonLdScriptText(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
