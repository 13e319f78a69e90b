/**
 * An HSDS input (JSON in any of the shapes the HSDS API returns, or tables)
 * → feed entries, merged into a base source feed.
 */
import type { Feed, Location, Organisation, Service, Term } from '../../core/schema/index.js';
import { mapLocation, mapOrganisation, mapService, UNSORTED_TOPIC, type HsdsBundle, type ImportContext } from './import-map.js';
import type { LossReport } from './loss.js';
import { isTabularJson, tablesToBundle } from './tabular.js';
import { isRec, recs, str, type Rec } from './util.js';

/** Every organisation, service and location in the JSON, nested ones included, each once. */
export function jsonToBundle(json: unknown, loss: LossReport): HsdsBundle {
  if (isTabularJson(json)) return tablesToBundle(json, loss);
  const bundle: HsdsBundle = { organizations: [], services: [], locations: [] };
  const seen = new Set<string>();
  const once = (kind: string, r: Rec): boolean => {
    const id = str(r.id);
    if (!id) return true;
    if (seen.has(`${kind}:${id}`)) return false;
    seen.add(`${kind}:${id}`);
    return true;
  };
  const location = (r: Rec): void => { if (once('location', r)) bundle.locations.push(r); };
  const organization = (r: Rec): void => {
    if (!once('organization', r)) return;
    bundle.organizations.push(r);
    recs(r.locations).forEach(location);
    for (const s of recs(r.services)) service({ organization_id: r.id, ...s });
  };
  const service = (r: Rec): void => {
    if (!once('service', r)) return;
    bundle.services.push(r);
    if (isRec(r.organization)) organization(r.organization);
    for (const sal of recs(r.service_at_locations)) if (isRec(sal.location)) location(sal.location);
  };
  const visit = (item: unknown, where: string): void => {
    if (Array.isArray(item)) { item.forEach((x, i) => visit(x, `${where}[${i}]`)); return; }
    if (!isRec(item)) { loss.add(`${where} (not an object)`); return; }
    if (Array.isArray(item.contents)) { visit(item.contents, `${where}.contents`); return; }
    if (Array.isArray(item.services) && !('service_at_locations' in item)) organization(item);
    else if (isRec(item.service) && isRec(item.location)) { service({ ...item.service, service_at_locations: [{ ...item, service: undefined }] }); }
    else if ('service_at_locations' in item || 'organization' in item) service(item);
    else if ('location_type' in item || 'addresses' in item || 'latitude' in item) location(item);
    else if ('organization_id' in item) service(item);
    else if (str(item.name)) organization(item);
    else loss.add(`${where} (not an HSDS service, organisation or location)`);
  };
  visit(json, '$');
  return bundle;
}

export interface ImportResult {
  organisations: Organisation[];
  locations: Location[];
  services: Service[];
  topics: Term[];
  unsorted: number;
}

export function mapBundle(bundle: HsdsBundle, ctx: ImportContext, loss: LossReport): ImportResult {
  const locationIds = new Map<string, string>();
  const locations: Location[] = [];
  for (const r of bundle.locations) {
    const location = mapLocation(r, ctx, loss);
    if (!location) continue;
    if (str(r.id)) locationIds.set(str(r.id)!, location.id);
    if (!locations.some((l) => l.id === location.id)) locations.push(location);
  }
  const orgIds = new Map<string, string>();
  const organisations: Organisation[] = [];
  for (const r of bundle.organizations) {
    const org = mapOrganisation(r, loss);
    if (str(r.id)) orgIds.set(str(r.id)!, org.id);
    if (!organisations.some((o) => o.id === org.id)) organisations.push(org);
  }
  const services: Service[] = [];
  let unsorted = 0;
  for (const r of bundle.services) {
    const hsdsOrg = str((r.organization as Rec | undefined)?.id) ?? str(r.organization_id);
    let organisation = hsdsOrg ? orgIds.get(hsdsOrg) : undefined;
    if (!organisation) {
      organisation = 'hsds-traeger-unbekannt';
      if (!organisations.some((o) => o.id === organisation)) organisations.push({ id: organisation, name: 'Träger unbekannt (aus HSDS)' });
      loss.add('services[].organization_id (unknown organisation)', 1, { de: 'Träger nicht in den Daten; Platzhalter angelegt', en: 'organisation not in the data; placeholder created' });
    }
    const mapped = mapService({ record: r, organisation, locationIds }, ctx, loss);
    if (services.some((s) => s.id === mapped.service.id)) continue;
    if (mapped.unsorted) unsorted++;
    services.push(mapped.service);
  }
  const topics = unsorted && !ctx.topics.some((t) => t.id === UNSORTED_TOPIC.id) ? [UNSORTED_TOPIC] : [];
  return { organisations, locations, services, topics, unsorted };
}

/** Imported entries replace base entries with the same id; the rest of the base stays. */
export function mergeIntoBase(base: Feed, imported: ImportResult): { feed: Feed; replaced: number } {
  let replaced = 0;
  const merge = <T extends { id: string }>(old: T[], add: T[]): T[] => {
    const ids = new Set(add.map((x) => x.id));
    const kept = old.filter((x) => !ids.has(x.id));
    replaced += old.length - kept.length;
    return [...kept, ...add];
  };
  const feed: Feed = {
    ...base,
    topics: [...base.topics, ...imported.topics],
    organisations: merge(base.organisations, imported.organisations),
    locations: merge(base.locations, imported.locations),
    services: merge(base.services, imported.services),
  };
  return { feed, replaced };
}
