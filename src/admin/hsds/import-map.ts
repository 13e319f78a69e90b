/**
 * HSDS 3.0 records → feed organisations, locations and services. Texts are
 * taken as German (HSDS holds one language). Everything set in HSDS that
 * the feed cannot hold is counted in the loss report by field path.
 */
import type { Accessibility, Contact, Cost, Location, Organisation, Service, ServiceAt, Term } from '../../core/schema/index.js';
import { feedIdFor, slug } from './ids.js';
import { schedulesToOsm, type HsdsSchedule } from './hours.js';
import type { LossReport } from './loss.js';
import { cleanPhone, EMAIL, LANG_TAG, num, PHONE, recs, str, URL_RE, type Rec } from './util.js';

/** What an HSDS input holds, flattened: every record once, nested ones included. */
export interface HsdsBundle {
  organizations: Rec[];
  services: Rec[];
  locations: Rec[];
}

export interface ImportContext {
  topics: Term[];
  /** Gemeinden of the base feed with their names, to place locations by their city. */
  gemeinden: Array<{ ags: string; name?: string }>;
}

export interface Mapped {
  organisations: Organisation[];
  locations: Location[];
  services: Service[];
  topics: Term[];
}

export const WEGWEISER_ID = 'wegweiser-id';
export const UNSORTED_TOPIC: Term = {
  id: 'hsds-unsortiert',
  label: { de: 'Aus HSDS übernommen – bitte Thema zuordnen', en: 'Imported from HSDS – please assign a topic' },
};

const ORG_MAPPED = new Set(['id', 'name', 'description', 'email', 'website', 'phones', 'organization_identifiers', 'services', 'locations']);
const LOC_MAPPED = new Set(['id', 'name', 'description', 'transportation', 'latitude', 'longitude', 'addresses', 'accessibility', 'phones', 'schedules', 'url', 'external_identifier', 'external_identifier_type', 'location_type', 'organization_id']);
const SERVICE_MAPPED = new Set([
  'id', 'name', 'alternate_name', 'description', 'url', 'email', 'status', 'interpretation_services', 'application_process', 'fees_description',
  'cost_options', 'eligibility_description', 'minimum_age', 'maximum_age', 'assured_date', 'languages', 'required_documents', 'phones',
  'schedules', 'service_at_locations', 'organization', 'organization_id', 'attributes',
]);
const ADDRESS_MAPPED = new Set(['id', 'location_id', 'address_1', 'address_2', 'city', 'postal_code', 'address_type', 'country']);

const text = (v: unknown): string | undefined => str(v);

function contactOf(path: string, r: Rec, loss: LossReport, web?: unknown, mail?: unknown): Contact | undefined {
  const contact: Contact = {};
  const email = str(mail);
  if (email) {
    if (EMAIL.test(email)) contact.email = email;
    else loss.add(`${path}.email`, 1, { de: 'keine gültige E-Mail-Adresse', en: 'not a valid e-mail address' });
  }
  const website = str(web);
  if (website) {
    if (URL_RE.test(website)) contact.website = website;
    else loss.add(`${path}.${r.website !== undefined ? 'website' : 'url'}`, 1, { de: 'keine http(s)-Adresse', en: 'not an http(s) address' });
  }
  for (const phone of recs(r.phones)) {
    const number = cleanPhone(phone.number);
    const fax = String(phone.type ?? '').toLowerCase() === 'fax';
    const slot = fax ? 'fax' : 'phone';
    if (!number || !PHONE.test(number)) {
      loss.add(`${path}.phones[].number`, 1, { de: 'keine wählbare Nummer', en: 'not a diallable number' });
    } else if (contact[slot]) {
      loss.add(`${path}.phones[]`, 1, { de: 'der Feed hat je Eintrag eine Telefon- und eine Faxnummer', en: 'the feed holds one phone and one fax number per entry' });
    } else {
      contact[slot] = number;
    }
    for (const key of ['extension', 'description', 'languages'] as const) {
      if (phone[key] !== undefined && phone[key] !== '' && !(Array.isArray(phone[key]) && !(phone[key] as unknown[]).length)) loss.add(`${path}.phones[].${key}`);
    }
  }
  return Object.keys(contact).length ? contact : undefined;
}

function accessibilityOf(path: string, list: Rec[], loss: LossReport): Accessibility | undefined {
  const a: Accessibility = {};
  const texts: string[] = [];
  for (const item of list) {
    for (const part of [str(item.description), str(item.details)]) {
      if (!part) continue;
      // Written by `export hsds`: OSM-style tags carry the structured flags.
      const rest = part.replace(/\b(wheelchair|toilets:wheelchair|hearing_loop|parking)=(yes|limited|no)\b;?\s*/g, (_m, key: string, value: string) => {
        if (key === 'wheelchair') a.wheelchair = value as Accessibility['wheelchair'];
        else if (value !== 'limited') {
          const flag = value === 'yes';
          if (key === 'hearing_loop') a.hearingLoop = flag;
          else if (key === 'parking') a.parking = flag;
          else a.toilet = flag;
        }
        return '';
      }).trim();
      if (rest && !texts.includes(rest)) texts.push(rest);
    }
    if (str(item.url)) loss.add(`${path}.accessibility[].url`);
  }
  if (texts.length) a.text = texts.join('\n');
  return Object.keys(a).length ? a : undefined;
}

export function mapLocation(r: Rec, ctx: ImportContext, loss: LossReport): Location | undefined {
  const path = 'locations[]';
  const name = text(r.name);
  if (str(r.location_type) === 'virtual') {
    loss.add(`${path} (location_type virtual)`, 1, { de: 'Orte im Feed sind Adressen; Online-Angebote stehen beim Angebot', en: 'feed locations are places; online offers are part of the service' });
    return undefined;
  }
  const id = str(r.external_identifier_type) === WEGWEISER_ID && str(r.external_identifier) ? str(r.external_identifier)! : feedIdFor(str(r.id), name, 'ort');
  const location: Location = { id, name: name ?? id };
  if (!name) loss.add(`${path}.name`, 1, { de: 'fehlt; die Kennung wurde als Name genommen', en: 'missing; the id was used as name' });
  loss.unmapped(path, r, LOC_MAPPED);
  if (str(r.external_identifier) && str(r.external_identifier_type) !== WEGWEISER_ID) loss.add(`${path}.external_identifier`);
  const notes: string[] = [];
  const description = text(r.description);
  if (description) notes.push(description);

  const addresses = recs(r.addresses);
  const physical = addresses.find((a) => str(a.address_type) !== 'postal') ?? addresses[0];
  for (const a of addresses) {
    if (a !== physical) { loss.add(`${path}.addresses[]`, 1, { de: 'der Feed hat eine Adresse je Ort', en: 'the feed holds one address per location' }); continue; }
    loss.unmapped(`${path}.addresses[]`, a, ADDRESS_MAPPED);
    const street = str(a.address_1);
    const postcode = str(a.postal_code);
    const city = str(a.city);
    const country = str(a.country)?.toUpperCase();
    if (street && city && postcode && /^\d{5}$/.test(postcode) && (!country || country === 'DE' || country === 'DEU')) {
      location.address = { street, postcode, city, ...(str(a.address_2) ? { extra: str(a.address_2)! } : {}) };
      const lower = city.toLowerCase();
      const gemeinde = ctx.gemeinden.find((g) => g.name && (g.name.toLowerCase() === lower || lower.startsWith(`${g.name.toLowerCase()} `)));
      if (gemeinde) location.gemeinde = gemeinde.ags;
    } else {
      // Not a German address (5-digit postcode): kept as text, so it is not lost.
      const line = [street, str(a.address_2), [postcode, city].filter(Boolean).join(' '), str(a.region), str(a.state_province), country].filter(Boolean).join(', ');
      if (line) notes.push(`Adresse: ${line}`);
      loss.add(`${path}.addresses[] (not German)`, 1, { de: 'keine deutsche Adresse (5-stellige PLZ): nur als Hinweis übernommen', en: 'not a German address (5-digit postcode): kept as a note only' });
      for (const key of ['region', 'state_province']) if (str(a[key])) loss.add(`${path}.addresses[].${key}`);
    }
  }
  const lat = num(r.latitude);
  const lon = num(r.longitude);
  if (lat !== undefined && lon !== undefined && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) location.geo = [lat, lon];
  else if (lat !== undefined || lon !== undefined) loss.add(`${path}.latitude/longitude`, 1, { de: 'keine gültige Position', en: 'not a valid position' });
  const schedules = recs(r.schedules) as HsdsSchedule[];
  if (schedules.length) {
    const hours = schedulesToOsm(schedules);
    for (const key of hours.lost) loss.add(`${path}.schedules[].${key}`);
    if (hours.osm) location.hours = { osm: hours.osm, ...(hours.note ? { note: hours.note } : {}) };
    else if (hours.note) notes.push(hours.note);
  }
  const accessibility = accessibilityOf(path, recs(r.accessibility), loss);
  if (accessibility) location.accessibility = accessibility;
  const contact = contactOf(path, r, loss, r.url) ?? {};
  if (notes.length) contact.note = notes.join('\n');
  if (Object.keys(contact).length) location.contact = contact;
  const transport = text(r.transportation);
  if (transport) location.transitStop = transport;
  return location;
}

export function mapOrganisation(r: Rec, loss: LossReport): Organisation {
  const path = 'organizations[]';
  const ident = recs(r.organization_identifiers).find((i) => str(i.identifier_scheme) === WEGWEISER_ID);
  for (const i of recs(r.organization_identifiers)) if (i !== ident) loss.add(`${path}.organization_identifiers[]`);
  const name = text(r.name);
  const id = str(ident?.identifier) ?? feedIdFor(str(r.id), name, 'traeger');
  const org: Organisation = { id, name: name ?? id };
  loss.unmapped(path, r, ORG_MAPPED);
  const description = text(r.description);
  if (description) org.description = description;
  const contact = contactOf(path, r, loss, r.website, r.email);
  if (contact) org.contact = contact;
  return org;
}

function matchTopic(term: Rec, topics: Term[]): string | undefined {
  const code = str(term.code);
  const name = str(term.name)?.toLowerCase();
  for (const topic of topics) {
    if (code && (topic.id === code || topic.id === slug(code))) return topic.id;
    const labels = typeof topic.label === 'string' ? [topic.label] : Object.values(topic.label);
    if (name && (topic.id === name || labels.some((l) => l.toLowerCase() === name))) return topic.id;
  }
  return undefined;
}

function costOf(r: Rec, loss: LossReport): Cost | undefined {
  const lines: string[] = [];
  const fees = text(r.fees_description);
  if (fees) lines.push(fees);
  let zero = false;
  let paid = false;
  for (const option of recs(r.cost_options)) {
    const amount = num(option.amount);
    for (const key of ['valid_from', 'valid_to']) if (str(option[key])) loss.add(`services[].cost_options[].${key}`);
    if (amount === 0) { zero = true; continue; }
    paid = true;
    const price = amount !== undefined ? `${amount} ${(str(option.currency) ?? '').toUpperCase()}`.trim() : undefined;
    const line = [str(option.option), [price, str(option.amount_description)].filter(Boolean).join(' ')].filter(Boolean).join(': ');
    if (line) lines.push(line);
  }
  if (!fees && !zero && !paid) return undefined;
  return { free: zero && !paid, ...(lines.length ? { text: lines.join('\n') } : {}) };
}

export interface ServiceInput {
  record: Rec;
  organisation: string;
  /** HSDS location id → feed location id. */
  locationIds: Map<string, string>;
}

export function mapService({ record: r, organisation, locationIds }: ServiceInput, ctx: ImportContext, loss: LossReport): { service: Service; unsorted: boolean } {
  const path = 'services[]';
  loss.unmapped(path, r, SERVICE_MAPPED);
  const attributes = recs(r.attributes);
  const own = attributes.find((a) => str((a.taxonomy_term as Rec | undefined)?.code) === WEGWEISER_ID && str(a.value));
  const name = text(r.name);
  const id = str(own?.value) ?? feedIdFor(str(r.id), name, 'angebot');
  const topics: string[] = [];
  for (const a of attributes) {
    if (a === own) continue;
    const term = (a.taxonomy_term ?? {}) as Rec;
    if (str(term.code) === UNSORTED_TOPIC.id) continue;
    const topic = matchTopic(term, ctx.topics);
    if (topic) { if (!topics.includes(topic)) topics.push(topic); } else loss.add(`${path}.attributes[].taxonomy_term`, 1, { de: 'passt zu keinem Thema des Feeds', en: 'matches no topic of the feed' });
    if (topic && str(a.value)) loss.add(`${path}.attributes[].value`);
  }
  const unsorted = topics.length === 0;
  const status = str(r.status);
  if (status && status !== 'active') loss.add(`${path}.status (${status})`);

  const at: ServiceAt[] = [];
  const serviceSchedules = recs(r.schedules) as HsdsSchedule[];
  let serviceHoursUsed = false;
  for (const sal of recs(r.service_at_locations)) {
    const loc = (sal.location ?? {}) as Rec;
    const locationId = locationIds.get(str(loc.id) ?? str(sal.location_id) ?? '');
    if (!locationId) { loss.add(`${path}.service_at_locations[] (unknown location)`); continue; }
    if (at.some((x) => x.location === locationId)) continue;
    const entry: ServiceAt = { location: locationId };
    let schedules = recs(sal.schedules) as HsdsSchedule[];
    if (!schedules.length && serviceSchedules.length) { schedules = serviceSchedules; serviceHoursUsed = true; }
    if (schedules.length) {
      const hours = schedulesToOsm(schedules);
      for (const key of hours.lost) loss.add(`${path}.service_at_locations[].schedules[].${key}`);
      if (hours.osm) entry.hours = { osm: hours.osm, ...(hours.note ? { note: hours.note } : {}) };
      else if (hours.note) entry.note = hours.note;
    }
    const note = [entry.note, text(sal.description)].filter(Boolean).join('\n');
    if (note) entry.note = note;
    for (const key of ['contacts', 'phones']) if (recs(sal[key]).length) loss.add(`${path}.service_at_locations[].${key}`);
    at.push(entry);
  }
  if (serviceSchedules.length && !serviceHoursUsed) {
    loss.add(`${path}.schedules`, 1, { de: 'Zeiten im Feed gelten je Ort; hier galten die Zeiten der Orte', en: 'feed hours belong to a place; the place hours were used' });
  }

  const application = text(r.application_process);
  const phoneless = contactOf(path, r, loss, r.url, r.email);
  const access: Service['access'] = at.length
    ? [application && /appointment|termin|referral|überweisung/i.test(application) ? 'appointment' : 'walk-in']
    : [phoneless?.phone ? 'phone' : 'online'];
  const service: Service = { id, organisation, name: name ?? id, topics: unsorted ? [UNSORTED_TOPIC.id] : topics, access };
  if (!name) loss.add(`${path}.name`, 1, { de: 'fehlt; die Kennung wurde als Name genommen', en: 'missing; the id was used as name' });
  const description = text(r.description);
  if (description) service.description = description;
  const alternate = text(r.alternate_name);
  if (alternate) service.keywords = { de: [alternate] };
  const languages: string[] = [];
  for (const l of recs(r.languages)) {
    const code = str(l.code)?.toLowerCase();
    if (code && LANG_TAG.test(code)) { if (!languages.includes(code)) languages.push(code); } else loss.add(`${path}.languages[]`, 1, { de: 'kein Sprachcode', en: 'no language code' });
    if (str(l.note)) loss.add(`${path}.languages[].note`);
  }
  if (languages.length) service.languages = languages;
  const interpretation = text(r.interpretation_services);
  if (interpretation) {
    service.interpreter = /request|anfrage/i.test(interpretation) ? 'on-request' : 'yes';
    if (!/^(Dolmetscher verfügbar|Dolmetscher auf Anfrage)$/.test(interpretation)) loss.add(`${path}.interpretation_services (text)`, 1, { de: 'nur als ja/auf Anfrage übernommen', en: 'kept as yes/on request only' });
  }
  const cost = costOf(r, loss);
  if (cost) service.cost = cost;
  const eligibility: NonNullable<Service['eligibility']> = {};
  const eligibilityText = text(r.eligibility_description);
  if (eligibilityText) eligibility.text = eligibilityText;
  for (const [key, field] of [['minimum_age', 'minAge'], ['maximum_age', 'maxAge']] as const) {
    const age = num(r[key]);
    if (age === undefined) continue;
    if (Number.isInteger(age) && age >= 0 && age <= 130) eligibility[field] = age;
    else loss.add(`${path}.${key}`);
  }
  if (Object.keys(eligibility).length) service.eligibility = eligibility;
  if (application) service.booking = { text: application };
  const documents = recs(r.required_documents).map((d) => text(d.document)).filter((d): d is string => Boolean(d));
  if (documents.length) service.documents = documents;
  for (const d of recs(r.required_documents)) if (str(d.uri)) loss.add(`${path}.required_documents[].uri`);
  if (phoneless) service.contact = phoneless;
  if (at.length) service.at = at;
  const assured = str(r.assured_date);
  if (assured && /^\d{4}-\d{2}-\d{2}$/.test(assured)) service.reviewed = assured;
  return { service, unsorted };
}
