/**
 * The tabular form of HSDS 3.0: one CSV per table plus datapackage.json
 * (Frictionless Data tabular data package), written and read.
 */
import { parse } from 'csv-parse/browser/esm/sync';
import type { LossReport } from './loss.js';
import { isRec, recs, str, type Rec } from './util.js';
import type { HsdsBundle } from './import-map.js';

/** Columns of the tables written, as in the HSDS 3.0 tabular schema. */
export const COLUMNS: Record<string, string[]> = {
  organizations: ['id', 'name', 'alternate_name', 'description', 'email', 'website', 'tax_status', 'tax_id', 'year_incorporated', 'legal_status', 'logo', 'uri', 'parent_organization_id'],
  organization_identifiers: ['id', 'organization_id', 'identifier_scheme', 'identifier_type', 'identifier'],
  services: ['id', 'organization_id', 'program_id', 'name', 'alternate_name', 'description', 'url', 'email', 'status', 'interpretation_services', 'application_process', 'fees_description', 'wait_time', 'fees', 'accreditations', 'eligibility_description', 'minimum_age', 'maximum_age', 'assured_date', 'assurer_email', 'licenses', 'alert', 'last_modified'],
  locations: ['id', 'location_type', 'url', 'organization_id', 'name', 'alternate_name', 'description', 'transportation', 'latitude', 'longitude', 'external_identifier', 'external_identifier_type'],
  service_at_location: ['id', 'service_id', 'location_id', 'description'],
  phones: ['id', 'location_id', 'service_id', 'organization_id', 'contact_id', 'service_at_location_id', 'number', 'extension', 'type', 'description'],
  schedules: ['id', 'service_id', 'location_id', 'service_at_location_id', 'valid_from', 'valid_to', 'dtstart', 'timezone', 'until', 'count', 'wkst', 'freq', 'interval', 'byday', 'byweekno', 'bymonthday', 'byyearday', 'description', 'opens_at', 'closes_at', 'schedule_link', 'attending_type', 'notes'],
  addresses: ['id', 'location_id', 'attention', 'address_1', 'address_2', 'city', 'region', 'state_province', 'postal_code', 'country', 'address_type'],
  accessibility: ['id', 'location_id', 'description', 'details', 'url'],
  languages: ['id', 'service_id', 'location_id', 'phone_id', 'name', 'code', 'note'],
  cost_options: ['id', 'service_id', 'valid_from', 'valid_to', 'option', 'currency', 'amount', 'amount_description'],
  required_documents: ['id', 'service_id', 'document', 'uri'],
  taxonomies: ['id', 'name', 'description', 'uri', 'version'],
  taxonomy_terms: ['id', 'code', 'name', 'description', 'parent_id', 'taxonomy', 'language', 'taxonomy_id', 'term_uri'],
  attributes: ['id', 'link_id', 'taxonomy_term_id', 'link_type', 'link_entity', 'value'],
};
const NUMBERS = new Set(['latitude', 'longitude', 'minimum_age', 'maximum_age', 'amount', 'extension', 'interval', 'count', 'year_incorporated', 'timezone']);

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with the table's columns in HSDS order, rows in feed order. */
export function toCsv(table: string, rows: Rec[]): string {
  const columns = COLUMNS[table]!;
  return [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
}

export function dataPackage(tables: string[]): string {
  const resources = tables.map((name) => ({
    name, path: `${name}.csv`, profile: 'tabular-data-resource', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8',
    schema: { fields: COLUMNS[name]!.map((field) => ({ name: field, type: NUMBERS.has(field) ? 'number' : 'string' })), primaryKey: 'id' },
  }));
  const pkg = {
    profile: 'tabular-data-package', name: 'hsds-wegweiser', title: 'Open Referral HSDS 3.0 export of a wegweiser feed',
    version: '3.0', licenses: [], resources,
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

export interface TabularRead {
  tables: Record<string, Rec[]>;
  warnings: string[];
}

/** The CSV tables a datapackage.json lists (undefined: not JSON), or null when it lists none. */
export function packagePaths(pkgText: string): Array<{ name: string; path: string }> | undefined {
  try {
    const pkg = JSON.parse(pkgText) as { resources?: Array<{ name?: string; path?: string }> };
    return recs(pkg.resources).map((r) => ({ name: str(r.name) ?? String(r.path).replace(/\.csv$/, ''), path: String(r.path) })).filter((r) => r.path.endsWith('.csv'));
  } catch {
    return undefined;
  }
}

/** One HSDS CSV table's rows (header = field names); throws with the parser's message. */
export function parseTable(text: string): Rec[] {
  return parse(text, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true, trim: false }) as Rec[];
}

/** Tables (from CSV files or tabular.json) → the nested records the mapping reads. */
export function tablesToBundle(input: Record<string, Rec[]>, loss: LossReport): HsdsBundle {
  const tables: Record<string, Rec[]> = {};
  for (const [name, rows] of Object.entries(input)) {
    tables[name.replace(/\.csv$/, '')] = recs(rows).map((row) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== '' && v !== null)));
  }
  const rows = (name: string): Rec[] => tables[name] ?? [];
  const used = new Set<Rec>();
  const by = (name: string, key: string, id: unknown): Rec[] => {
    if (id === undefined) return [];
    const list = rows(name).filter((r) => r[key] === id);
    list.forEach((r) => used.add(r));
    return list;
  };
  const terms = new Map(rows('taxonomy_terms').map((t) => [t.id, t]));
  const programs = new Map(rows('programs').map((p) => [p.id, p]));
  rows('taxonomy_terms').forEach((r) => used.add(r));
  rows('taxonomies').forEach((r) => used.add(r));
  const withLanguages = (phone: Rec): Rec => ({ ...phone, languages: by('languages', 'phone_id', phone.id) });
  const child = (owner: string, id: unknown): Rec => ({
    phones: by('phones', owner, id).map(withLanguages),
    schedules: by('schedules', owner, id),
    contacts: by('contacts', owner, id),
  });

  const locations = rows('locations').map((l): Rec => ({
    ...l, ...child('location_id', l.id),
    addresses: by('addresses', 'location_id', l.id), accessibility: by('accessibility', 'location_id', l.id), languages: by('languages', 'location_id', l.id),
  }));
  locations.forEach((_, i) => used.add(rows('locations')[i]!));
  const locationById = new Map(locations.map((l) => [l.id, l]));
  const organizations = rows('organizations').map((o): Rec => {
    used.add(o);
    return {
      ...o, ...child('organization_id', o.id),
      organization_identifiers: by('organization_identifiers', 'organization_id', o.id), funding: by('funding', 'organization_id', o.id),
    };
  });
  const orgById = new Map(organizations.map((o) => [o.id, o]));
  const services = rows('services').map((s): Rec => {
    used.add(s);
    const program = programs.get(s.program_id);
    if (program) used.add(program);
    return {
      ...s, ...child('service_id', s.id),
      organization: orgById.get(s.organization_id),
      program,
      languages: by('languages', 'service_id', s.id),
      cost_options: by('cost_options', 'service_id', s.id),
      required_documents: by('required_documents', 'service_id', s.id),
      service_areas: by('service_areas', 'service_id', s.id),
      funding: by('funding', 'service_id', s.id),
      attributes: by('attributes', 'link_id', s.id).map((a) => ({ ...a, taxonomy_term: terms.get(a.taxonomy_term_id) ?? { id: a.taxonomy_term_id } })),
      service_at_locations: by('service_at_location', 'service_id', s.id).map((sal) => ({
        ...sal, ...child('service_at_location_id', sal.id), location: locationById.get(sal.location_id) ?? { id: sal.location_id },
      })),
    };
  });
  for (const [name, list] of Object.entries(tables)) {
    const unused = list.filter((r) => !used.has(r)).length;
    if (unused) loss.add(`${name}.csv (rows not linked to a service, location or organisation)`, unused);
  }
  return { organizations, services, locations };
}

export const isTabularJson = (json: unknown): json is Record<string, Rec[]> =>
  isRec(json) && Object.keys(json).length > 0 && Object.keys(json).every((k) => k.endsWith('.csv'));
