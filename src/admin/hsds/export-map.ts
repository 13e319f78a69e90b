/**
 * Feed → HSDS 3.0: service_full objects (services.json) and the tables of
 * the tabular form, with every feed field HSDS cannot hold counted in the
 * loss report. HSDS holds one language: German is exported.
 */
import type { Feed, Location, Organisation, Service, Text } from '../../core/schema/index.js';
import { hsdsId } from './ids.js';
import { OSM_MARKER, osmToSchedules, type HsdsSchedule } from './hours.js';
import { WEGWEISER_ID } from './import-map.js';
import type { LossReport } from './loss.js';
import type { Rec } from './util.js';

export interface HsdsExport {
  services: Rec[];
  tables: Record<string, Rec[]>;
}

const de = (t: Text | undefined): string | undefined => (t === undefined ? undefined : typeof t === 'string' ? t : t.de);

const ORG_MAPPED = new Set(['id', 'name', 'description', 'contact']);
const LOC_MAPPED = new Set(['id', 'name', 'sensitive', 'address', 'geo', 'hours', 'accessibility', 'contact', 'transitStop', 'gemeinde']);
const SERVICE_MAPPED = new Set(['id', 'organisation', 'name', 'description', 'summary', 'topics', 'languages', 'interpreter', 'cost', 'booking', 'documents', 'contact', 'at', 'eligibility', 'reviewed']);

const TAXONOMY_ID = hsdsId('taxonomy', 'topics');
const ID_TERM = { id: hsdsId('term', WEGWEISER_ID), code: WEGWEISER_ID, name: 'wegweiser-kit feed id', taxonomy: 'wegweiser-kit', taxonomy_id: TAXONOMY_ID };

function phones(owner: string, key: string, contact: { phone?: string; fax?: string } | undefined, rows: Rec[]): Rec[] {
  const out: Rec[] = [];
  for (const type of ['phone', 'fax'] as const) {
    const number = contact?.[type];
    if (!number) continue;
    const phone = { id: hsdsId(`phone-${type}`, `${key}:${owner}`), number, type: type === 'fax' ? 'fax' : 'voice' };
    out.push(phone);
    rows.push({ ...phone, [key]: owner });
  }
  return out;
}

function schedules(prefix: string, hours: Location['hours'], owner: Rec, loss: LossReport, path: string, rows: Rec[]): HsdsSchedule[] {
  if (!hours) return [];
  const result = osmToSchedules(hours.osm);
  const list = result.schedules.map((s, i) => ({ id: hsdsId('schedule', `${prefix}:${i}`), ...s }));
  for (const rule of result.lost) {
    const kind = rule.startsWith('PH') ? 'PH (public holidays)' : rule.startsWith('SH') ? 'SH (school holidays)' : rule.startsWith('"') ? 'comment' : 'rule';
    loss.add(`${path}.hours.osm ${kind}`, 1, { de: 'HSDS-Zeitpläne kennen nur Wochentage; der OSM-Text steht in notes', en: 'HSDS schedules know weekdays only; the OSM text is kept in notes' });
  }
  if (result.lost.length || hours.note) {
    if (!list.length) list.push({ id: hsdsId('schedule', `${prefix}:0`) });
    const first = list[0]!;
    if (result.lost.length) first.notes = `${OSM_MARKER}${hours.osm}`;
    const note = de(hours.note);
    if (note) first.description = note;
  }
  if (hours.appointmentOnly) loss.add(`${path}.hours.appointmentOnly`);
  for (const s of list) rows.push({ ...s, ...owner });
  return list;
}

export function feedToHsds(feed: Feed, loss: LossReport): HsdsExport {
  const t: Record<string, Rec[]> = {
    organizations: [], organization_identifiers: [], services: [], locations: [], service_at_location: [], phones: [], schedules: [], addresses: [],
    accessibility: [], languages: [], cost_options: [], required_documents: [], taxonomies: [], taxonomy_terms: [], attributes: [],
  };
  countLanguages(feed, loss);

  const orgs = new Map<string, Rec>();
  for (const org of feed.organisations) orgs.set(org.id, organization(org, t, loss));
  const locations = new Map<string, Rec>();
  for (const location of feed.locations) locations.set(location.id, locationFull(location, t, loss));

  t.taxonomies!.push({ id: TAXONOMY_ID, name: 'wegweiser-kit', description: 'Topics of the wegweiser feed and the feed ids', uri: 'https://wegweiser-kit.de/hsds', version: feed.version });
  t.taxonomy_terms!.push({ ...ID_TERM });
  const terms = new Map<string, Rec>();
  for (const topic of feed.topics) {
    const term = { id: hsdsId('topic', topic.id), code: topic.id, name: de(topic.label), ...(topic.parent ? { parent_id: hsdsId('topic', topic.parent) } : {}), taxonomy: 'wegweiser-kit', taxonomy_id: TAXONOMY_ID, language: 'de' };
    terms.set(topic.id, term);
    t.taxonomy_terms!.push(term);
  }

  const services = feed.services.map((s) => serviceFull(s, { orgs, locations, terms }, t, loss));
  for (const [key, n] of [
    ['pathways', feed.pathways?.length], ['responsibilities (Zuständigkeit)', feed.responsibilities?.length], ['programmes', feed.programmes?.length],
    ['travel', feed.travel ? 1 : 0], ['audiences', feed.audiences?.length], ['statuses', feed.statuses?.length], ['stewards', feed.stewards?.length],
  ] as const) {
    loss.add(key, n ?? 0, key === 'pathways' || key.startsWith('responsibilities') || key === 'programmes' || key === 'travel'
      ? { de: 'in HSDS nicht darstellbar', en: 'not representable in HSDS' } : undefined);
  }
  return { services, tables: t };
}

function organization(org: Organisation, t: Record<string, Rec[]>, loss: LossReport): Rec {
  const id = hsdsId('organisation', org.id);
  loss.unmapped('organisations[]', org, ORG_MAPPED);
  if (org.contact?.note) loss.add('organisations[].contact.note');
  const flat: Rec = { id, name: de(org.name), description: de(org.description), email: org.contact?.email, website: org.contact?.website };
  t.organizations!.push(flat);
  const ident = { id: hsdsId('identifier', org.id), identifier_scheme: WEGWEISER_ID, identifier_type: 'wegweiser-kit feed id', identifier: org.id };
  t.organization_identifiers!.push({ ...ident, organization_id: id });
  return { ...flat, phones: phones(id, 'organization_id', org.contact, t.phones!), organization_identifiers: [ident] };
}

function locationFull(location: Location, t: Record<string, Rec[]>, loss: LossReport): Rec {
  const path = 'locations[]';
  const id = hsdsId('location', location.id);
  loss.unmapped(path, location, LOC_MAPPED);
  if (location.gemeinde && !location.address) loss.add(`${path}.gemeinde (no address)`);
  if (location.contact?.email) loss.add(`${path}.contact.email`);
  // Protected places (women's shelters): HSDS has no such flag, so their address and position stay out.
  if (location.sensitive) {
    loss.add(`${path}.sensitive (address and position withheld)`, 1, { de: 'geschützter Ort: Adresse und Position nicht exportiert', en: 'protected place: address and position not exported' });
    location = { ...location, address: undefined, geo: undefined, transitStop: undefined };
  }
  const flat: Rec = {
    id, location_type: 'physical', url: location.contact?.website, name: de(location.name), description: de(location.contact?.note),
    transportation: location.transitStop, latitude: location.geo?.[0], longitude: location.geo?.[1], external_identifier: location.id, external_identifier_type: WEGWEISER_ID,
  };
  t.locations!.push(flat);
  const full: Rec = { ...flat };
  const a = location.address;
  const addresses: Rec[] = a ? [{ id: hsdsId('address', location.id), address_1: a.street, address_2: de(a.extra), city: a.city, postal_code: a.postcode, country: 'DE', address_type: 'physical' }] : [];
  for (const row of addresses) t.addresses!.push({ ...row, location_id: id });
  const acc = location.accessibility;
  const accessibility: Rec[] = [];
  if (acc) {
    const tags = [
      acc.wheelchair ? `wheelchair=${acc.wheelchair}` : '', acc.toilet !== undefined ? `toilets:wheelchair=${acc.toilet ? 'yes' : 'no'}` : '',
      acc.hearingLoop !== undefined ? `hearing_loop=${acc.hearingLoop ? 'yes' : 'no'}` : '', acc.parking !== undefined ? `parking=${acc.parking ? 'yes' : 'no'}` : '',
    ].filter(Boolean).join('; ');
    accessibility.push({ id: hsdsId('accessibility', location.id), description: de(acc.text), details: tags || undefined });
    t.accessibility!.push({ ...accessibility[0], location_id: id });
  }
  full.addresses = addresses;
  full.accessibility = accessibility;
  full.phones = phones(id, 'location_id', location.contact, t.phones!);
  full.schedules = schedules(`location:${location.id}`, location.hours, { location_id: id }, loss, path, t.schedules!);
  return full;
}

interface Lookups { orgs: Map<string, Rec>; locations: Map<string, Rec>; terms: Map<string, Rec> }

function serviceFull(s: Service, l: Lookups, t: Record<string, Rec[]>, loss: LossReport): Rec {
  const path = 'services[]';
  const id = hsdsId('service', s.id);
  loss.unmapped(path, s, SERVICE_MAPPED);
  const description = de(s.description) ?? de(s.summary);
  if (s.summary && s.description) loss.add(`${path}.summary`);
  if (s.contact?.note) loss.add(`${path}.contact.note`);
  for (const key of ['url', 'phone', 'email', 'leadTime'] as const) if (s.booking?.[key]) loss.add(`${path}.booking.${key}`);
  for (const key of ['womenOnly', 'statuses'] as const) if (s.eligibility?.[key] !== undefined) loss.add(`${path}.eligibility.${key}`);
  if (s.interpreter === 'no') loss.add(`${path}.interpreter (no)`);
  if (s.cost && !s.cost.free && !s.cost.text) loss.add(`${path}.cost.free=false (no text)`);
  const flat: Rec = {
    id, organization_id: hsdsId('organisation', s.organisation), name: de(s.name), description, url: s.contact?.website, email: s.contact?.email, status: 'active',
    interpretation_services: s.interpreter === 'yes' ? 'Dolmetscher verfügbar' : s.interpreter === 'on-request' ? 'Dolmetscher auf Anfrage' : undefined,
    application_process: de(s.booking?.text), fees_description: de(s.cost?.text), eligibility_description: de(s.eligibility?.text),
    minimum_age: s.eligibility?.minAge, maximum_age: s.eligibility?.maxAge, assured_date: s.reviewed,
  };
  t.services!.push(flat);
  const full: Rec = { ...flat };
  full.phones = phones(id, 'service_id', s.contact, t.phones!);
  full.schedules = [];
  const languages = (s.languages ?? []).map((code) => ({ id: hsdsId('language', `${s.id}:${code}`), code }));
  for (const row of languages) t.languages!.push({ ...row, service_id: id });
  full.languages = languages;
  const costs = s.cost?.free ? [{ id: hsdsId('cost', s.id), option: 'kostenlos', amount: 0, currency: 'EUR' }] : [];
  for (const row of costs) t.cost_options!.push({ ...row, service_id: id });
  full.cost_options = costs;
  const documents = (s.documents ?? []).map((d, i) => ({ id: hsdsId('document', `${s.id}:${i}`), document: de(d) }));
  for (const row of documents) t.required_documents!.push({ ...row, service_id: id });
  full.required_documents = documents;
  const attributes: Rec[] = [{ id: hsdsId('attribute', `${s.id}:${WEGWEISER_ID}`), link_type: 'service', link_entity: 'service', value: s.id, taxonomy_term: ID_TERM }];
  for (const topic of s.topics) {
    const term = l.terms.get(topic);
    if (term) attributes.push({ id: hsdsId('attribute', `${s.id}:${topic}`), link_type: 'service', link_entity: 'service', taxonomy_term: term });
    else loss.add(`${path}.topics (unknown topic)`);
  }
  for (const a of attributes) {
    const { taxonomy_term: term, ...row } = a as Rec & { taxonomy_term: Rec };
    t.attributes!.push({ ...row, link_id: id, taxonomy_term_id: term.id });
  }
  full.attributes = attributes;
  full.service_at_locations = (s.at ?? []).map((at) => {
    const salId = hsdsId('service_at_location', `${s.id}@${at.location}`);
    const location = l.locations.get(at.location);
    const row = { id: salId, service_id: id, location_id: hsdsId('location', at.location), description: de(at.note) };
    t.service_at_location!.push(row);
    if (at.access) loss.add(`${path}.at[].access`);
    return {
      id: salId, description: row.description,
      schedules: schedules(`at:${s.id}@${at.location}`, at.hours, { service_at_location_id: salId }, loss, `${path}.at[]`, t.schedules!),
      location: location ?? { id: row.location_id },
    };
  });
  const org = l.orgs.get(s.organisation);
  full.organization = org ?? { id: flat.organization_id };
  return full;
}

/** Texts in other languages than German, counted per language. */
function countLanguages(feed: Feed, loss: LossReport): void {
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) { value.forEach(walk); return; }
    if (typeof value !== 'object' || value === null) return;
    const entries = Object.entries(value);
    if (typeof (value as { de?: unknown }).de === 'string' && entries.every(([, v]) => typeof v === 'string')) {
      for (const [lang] of entries) {
        if (lang !== 'de') loss.add(`text (${lang})`, 1, { de: 'HSDS hält eine Sprache; exportiert wurde Deutsch', en: 'HSDS holds one language; German was exported' });
      }
      return;
    }
    for (const [, v] of entries) walk(v);
  };
  walk([feed.organisations, feed.locations, feed.services, feed.topics]);
}
