/** Open Referral HSDS 3.0 import and export, on the HSDS examples and the demo feed. */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateFeed } from '../../src/core/validate.js';
import type { Feed, Location, Organisation, Service, Text } from '../../src/core/schema/index.js';
import { exportHsdsCommand, importHsdsCommand, IMPORT_HSDS_HELP, EXPORT_HSDS_HELP } from '../../src/cli/commands/hsds.js';
import { uuidV5 } from '../../src/admin/hsds/ids.js';
import { osmToSchedules, schedulesToOsm } from '../../src/admin/hsds/hours.js';
import { minimalFeed } from '../helpers/minimal-feed.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const EXAMPLES = resolve(ROOT, '../shared/data/hsds/examples');
const DEMO_FEED = join(ROOT, 'demo/feed.json');
const DEMO_SOURCE = join(ROOT, 'demo/feed.source.json');
let dir: string;
let base: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wegweiser-hsds-'));
  base = join(dir, 'base.json');
  await writeFile(base, JSON.stringify(minimalFeed()));
});
after(async () => { await rm(dir, { recursive: true, force: true }); });

interface Run { code: number; out: string; err: string }
async function run(fn: (io: { out: (t: string) => void; err: (t: string) => void }) => Promise<number>): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await fn({ out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
const importHsds = (input: string, output: string, extra: { base?: string | undefined; json?: boolean } = {}) =>
  run((io) => importHsdsCommand({ input, output, base: 'base' in extra ? extra.base : base, json: extra.json ?? false, lang: 'en', ...io }));
const exportHsds = (feed: string, outputDir: string, json = false) => run((io) => exportHsdsCommand({ feed, outputDir, json, lang: 'en', ...io }));
const readJson = async (path: string): Promise<Feed> => JSON.parse(await readFile(path, 'utf8')) as Feed;
const csvRows = async (path: string): Promise<number> => (await readFile(path, 'utf8')).split('\r\n').filter(Boolean).length - 1;

const de = (t: Text | undefined): string | undefined => (t === undefined ? undefined : typeof t === 'string' ? t : t.de);
const orgSubset = (o: Organisation) => ({ id: o.id, name: de(o.name), description: de(o.description), contact: o.contact });
const locSubset = (l: Location) => ({
  id: l.id, name: de(l.name), address: l.address && { ...l.address, extra: de(l.address.extra) }, geo: l.geo, hours: l.hours?.osm,
  phone: l.contact?.phone, website: l.contact?.website, note: de(l.contact?.note), transitStop: l.transitStop,
});
const serviceSubset = (s: Service) => ({
  id: s.id, organisation: s.organisation, name: de(s.name), topics: s.topics, languages: s.languages,
  phone: s.contact?.phone, fax: s.contact?.fax, email: s.contact?.email, website: s.contact?.website,
  at: s.at?.map((a) => ({ location: a.location, hours: a.hours?.osm })), cost: s.cost && { free: s.cost.free, text: de(s.cost.text) },
});
const subset = (feed: Feed) => ({
  organisations: feed.organisations.map(orgSubset), locations: feed.locations.map(locSubset), services: feed.services.map(serviceSubset),
});

describe('wegweiser import hsds', { concurrency: 4 }, () => {
  test('service_full.json → a valid feed with the mapped values', async () => {
    const output = join(dir, 'service_full.feed.json');
    const r = await importHsds(join(EXAMPLES, 'service_full.json'), output);
    assert.equal(r.code, 0, r.out + r.err);
    const feed = await readJson(output);
    assert.equal(validateFeed(feed).ok, true);
    const service = feed.services.find((s) => s.name === 'Community Counselling')!;
    assert.equal(service.id, 'community-counselling-ac148810');
    assert.equal(service.organisation, 'example-organization-inc-d9d5e0f5');
    assert.deepEqual(service.contact, { email: 'email@example.com', website: 'http://example.com/counselling', phone: '+44 1234 234567' });
    assert.deepEqual(service.languages, ['ur']);
    assert.deepEqual(service.eligibility?.minAge, 12);
    assert.equal(service.cost?.free, false);
    assert.match(de(service.cost?.text)!, /Under 18s and Over 60s: 35 GBP per 1 hour session/);
    assert.deepEqual(service.topics, ['hsds-unsortiert']);
    assert.deepEqual(service.at?.map((a) => [a.location, a.hours?.osm]), [['mycity-civic-center-3a19ff88', 'Th,Fr 10:00-18:00']]);
    const location = feed.locations.find((l) => l.id === 'mycity-civic-center-3a19ff88')!;
    assert.equal(location.hours?.osm, 'Th,Fr 10:00-18:00');
    assert.equal(location.contact?.phone, '+44 1234 234567');
    // Not a German address: kept as a note, reported as lost.
    assert.equal(location.address, undefined);
    assert.match(de(location.contact?.note)!, /Adresse: 1-30 Main Street, MyVillage, ABC 1234 MyCity/);
    assert.equal(feed.organisations.find((o) => o.id === service.organisation)?.name, 'Example Organization Inc.');
    assert.ok(feed.topics.some((t) => t.id === 'hsds-unsortiert'));
    // Base entries stay.
    assert.ok(feed.services.some((s) => s.id === 'abh-lra'));
    for (const path of ['locations[].addresses[] (not German)', 'locations[].latitude/longitude', 'services[].phones[].extension', 'services[].funding', 'services[].service_areas']) {
      assert.ok(r.out.includes(path), `${path} in\n${r.out}`);
    }
  });

  test('a German address maps to address and Gemeinde; a taxonomy term to a topic', async () => {
    const example = JSON.parse(await readFile(join(EXAMPLES, 'service_full.json'), 'utf8'));
    // The location appears twice (under the organisation and the service): change every copy.
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) { value.forEach(walk); return; }
      if (typeof value !== 'object' || value === null) return;
      const record = value as Record<string, unknown>;
      if (record.address_1 === '1-30 Main Street') Object.assign(record, { address_1: 'Allee 17', address_2: '2. OG', city: 'Künzelsau', postal_code: '74653', country: 'DE' });
      if (record.location_type === 'physical') Object.assign(record, { latitude: 49.28, longitude: 9.69 });
      Object.values(record).forEach(walk);
    };
    walk(example);
    example.attributes[0].taxonomy_term.name = 'Sprache lernen';
    const input = join(dir, 'german.json');
    await writeFile(input, JSON.stringify(example));
    const output = join(dir, 'german.feed.json');
    const r = await importHsds(input, output, { json: true });
    assert.equal(r.code, 0, r.out + r.err);
    const feed = await readJson(output);
    assert.equal(validateFeed(feed).ok, true);
    const loc = feed.locations.find((l) => l.id === 'mycity-civic-center-3a19ff88')!;
    assert.deepEqual(loc.address, { street: 'Allee 17', postcode: '74653', city: 'Künzelsau', extra: '2. OG' });
    assert.equal(loc.gemeinde, '08126046');
    assert.deepEqual(loc.geo, [49.28, 9.69]);
    assert.deepEqual(feed.services.find((s) => s.id === 'community-counselling-ac148810')?.topics, ['sprache']);
    const report = JSON.parse(r.out);
    assert.equal(report.services, 1);
    assert.equal(report.unsortedServices, 0);
    assert.ok(report.lost.some((e: { path: string; count: number }) => e.path === 'services[].wait_time' && e.count === 1));
  });

  test('organization_full.json → organisation, its service and location', async () => {
    const output = join(dir, 'organization_full.feed.json');
    const r = await importHsds(join(EXAMPLES, 'organization_full.json'), output);
    assert.equal(r.code, 0, r.out + r.err);
    const feed = await readJson(output);
    assert.equal(validateFeed(feed).ok, true);
    const org = feed.organisations.find((o) => o.name === 'Example Organization Inc.')!;
    assert.deepEqual(org.contact, { email: 'email@example.com', website: 'http://example.com', phone: '+44 1234 234567' });
    assert.match(de(org.description)!, /non-profit organization/);
    const service = feed.services.find((s) => s.name === 'Community Counselling')!;
    assert.equal(service.organisation, org.id);
    assert.ok(feed.locations.some((l) => l.name === 'MyCity Civic Center'));
    assert.match(r.out, /organizations\[\]\.programs\s+1/);
  });

  test('the tabular example (CSV folder) → the same entries as the JSON example', async () => {
    const output = join(dir, 'csv.feed.json');
    const r = await importHsds(join(EXAMPLES, 'csv'), output);
    assert.equal(r.code, 0, r.out + r.err);
    // The example's datapackage.json is a dangling symlink stub: the folder is read instead, with a warning.
    assert.match(r.err, /datapackage\.json: not JSON/);
    const feed = await readJson(output);
    assert.equal(validateFeed(feed).ok, true);
    assert.equal((await importHsds(join(EXAMPLES, 'service_full.json'), join(dir, 'csv-compare.feed.json'))).code, 0);
    const json = await readJson(join(dir, 'csv-compare.feed.json'));
    const pick = (f: Feed) => ({
      services: f.services.map((s) => ({ ...serviceSubset(s), description: s.description, booking: s.booking, documents: s.documents })),
      locations: f.locations.map(locSubset),
      organisations: f.organisations.map(orgSubset),
    });
    assert.deepEqual(pick(feed), pick(json));
    assert.match(r.out, /metadata\.csv \(rows not linked/);
    assert.match(r.out, /attributes\.csv \(rows not linked/);
  });

  test('without --base: exit 2 and says why; nothing written', async () => {
    const output = join(dir, 'nobase.json');
    const r = await importHsds(join(EXAMPLES, 'service_full.json'), output, { base: undefined });
    assert.equal(r.code, 2);
    assert.match(r.err, /--base/);
    assert.match(r.err, /AGS/);
    await assert.rejects(access(output));
  });

  test('invalid input: exit 1 naming the file; unreadable input: exit 2', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{"services": [');
    const r = await importHsds(bad, join(dir, 'bad.feed.json'));
    assert.equal(r.code, 1);
    assert.match(r.err, /bad\.json: not valid JSON/);
    const empty = join(dir, 'empty.json');
    await writeFile(empty, '{"foo": 1}');
    const e = await importHsds(empty, join(dir, 'empty.feed.json'));
    assert.equal(e.code, 1);
    assert.match(e.err, /no HSDS services/);
    const missing = await importHsds(join(dir, 'missing.json'), join(dir, 'x.json'));
    assert.equal(missing.code, 2);
    assert.match(missing.err, /missing\.json: cannot be read/);
    await assert.rejects(access(join(dir, 'bad.feed.json')));
  });
});

describe('wegweiser export hsds', { concurrency: 4 }, () => {
  test('demo feed → services.json, CSV tables with the expected rows, datapackage.json; loss report', async () => {
    const out = join(dir, 'demo-export');
    const r = await exportHsds(DEMO_FEED, out, true);
    assert.equal(r.code, 0, r.out + r.err);
    const feed = await readJson(DEMO_FEED);
    const services = JSON.parse(await readFile(join(out, 'services.json'), 'utf8'));
    assert.equal(services.length, feed.services.length);
    const first = services[0];
    assert.equal(first.name, de(feed.services[0]!.name));
    assert.equal(first.id, uuidV5(`service:${feed.services[0]!.id}`));
    assert.ok(first.organization.name);
    assert.ok(first.service_at_locations[0].location.name);
    assert.ok(Array.isArray(first.phones) && Array.isArray(first.schedules));
    assert.equal(await csvRows(join(out, 'services.csv')), feed.services.length);
    assert.equal(await csvRows(join(out, 'organizations.csv')), feed.organisations.length);
    assert.equal(await csvRows(join(out, 'locations.csv')), feed.locations.length);
    assert.equal(await csvRows(join(out, 'service_at_location.csv')), feed.services.reduce((n, s) => n + (s.at?.length ?? 0), 0));
    assert.equal(await csvRows(join(out, 'addresses.csv')), feed.locations.filter((l) => l.address).length);
    const pkg = JSON.parse(await readFile(join(out, 'datapackage.json'), 'utf8'));
    assert.equal(pkg.profile, 'tabular-data-package');
    const files = await readdir(out);
    for (const resource of pkg.resources) assert.ok(files.includes(resource.path), resource.path);
    assert.equal(files.filter((f) => f.endsWith('.csv')).length, pkg.resources.length);
    const report = JSON.parse(r.out);
    const lost = new Map<string, number>(report.lost.map((e: { path: string; count: number }) => [e.path, e.count]));
    assert.equal(lost.get('pathways'), feed.pathways!.length);
    assert.equal(lost.get('responsibilities (Zuständigkeit)'), feed.responsibilities!.length);
    assert.equal(lost.get('programmes'), feed.programmes!.length);
    assert.equal(lost.get('travel'), feed.travel ? 1 : undefined);
    for (const lang of ['en', 'ar', 'uk']) assert.ok((lost.get(`text (${lang})`) ?? 0) > 0, lang);
    assert.equal(lost.has('text (de)'), false);
  });

  test('protected places: no address or position in HSDS, even from a source feed', async () => {
    const feed = minimalFeed();
    Object.assign(feed.locations[0]!, { sensitive: true, transitStop: 'Allee' });
    const source = join(dir, 'sensitive.json');
    await writeFile(source, JSON.stringify(feed));
    const out = join(dir, 'sensitive-out');
    const r = await exportHsds(source, out, true);
    assert.equal(r.code, 0, r.out + r.err);
    assert.equal(await csvRows(join(out, 'addresses.csv')), 0);
    const text = await readFile(join(out, 'services.json'), 'utf8') + await readFile(join(out, 'locations.csv'), 'utf8');
    assert.doesNotMatch(text, /Allee|49\.2806/);
    assert.ok(JSON.parse(r.out).lost.some((e: { path: string }) => e.path.startsWith('locations[].sensitive')));
  });

  test('deterministic: two exports give identical files', async () => {
    const a = join(dir, 'det-a');
    const b = join(dir, 'det-b');
    assert.equal((await exportHsds(DEMO_FEED, a)).code, 0);
    assert.equal((await exportHsds(DEMO_FEED, b)).code, 0);
    const files = (await readdir(a)).sort();
    assert.deepEqual((await readdir(b)).sort(), files);
    for (const f of files) assert.equal(await readFile(join(a, f), 'utf8'), await readFile(join(b, f), 'utf8'), f);
  });

  test('human report names what is not representable', async () => {
    const r = await exportHsds(DEMO_FEED, join(dir, 'demo-text'));
    assert.equal(r.code, 0);
    assert.match(r.out, /pathways\s+\d+\s+not representable in HSDS/);
    assert.match(r.out, /text \(en\)\s+\d+\s+HSDS holds one language/);
  });

  test('invalid feed: exit 1, nothing written', async () => {
    const bad = join(dir, 'invalid-feed.json');
    await writeFile(bad, JSON.stringify({ version: '1.0', services: 3 }));
    const out = join(dir, 'invalid-out');
    const r = await exportHsds(bad, out);
    assert.equal(r.code, 1);
    assert.match(r.err, /invalid-feed\.json/);
    await assert.rejects(access(out));
  });
});

describe('HSDS round trip', { concurrency: 4 }, () => {
  for (const example of ['service_full.json', 'organization_full.json', 'csv']) {
    test(`${example}: import → export → import (JSON and tables) keeps the mapped entries`, async () => {
      const tag = example.replace(/\W/g, '_');
      const first = join(dir, `rt-${tag}-1.json`);
      assert.equal((await importHsds(join(EXAMPLES, example), first)).code, 0);
      const exported = join(dir, `rt-${tag}-hsds`);
      assert.equal((await exportHsds(first, exported)).code, 0);
      const fromJson = join(dir, `rt-${tag}-2.json`);
      const fromCsv = join(dir, `rt-${tag}-3.json`);
      const j = await importHsds(join(exported, 'services.json'), fromJson);
      assert.equal(j.code, 0, j.out + j.err);
      const c = await importHsds(exported, fromCsv);
      assert.equal(c.code, 0, c.out + c.err);
      const a = subset(await readJson(first));
      const sorted = (s: ReturnType<typeof subset>) => ({
        organisations: [...s.organisations].sort((x, y) => x.id.localeCompare(y.id)),
        locations: [...s.locations].sort((x, y) => x.id.localeCompare(y.id)),
        services: [...s.services].sort((x, y) => x.id.localeCompare(y.id)),
      });
      assert.deepEqual(sorted(subset(await readJson(fromJson))), sorted(a));
      assert.deepEqual(sorted(subset(await readJson(fromCsv))), sorted(a));
    });
  }

  test('demo feed: export → import the tables into its source → same names, contacts, addresses, hours', async () => {
    const exported = join(dir, 'rt-demo');
    assert.equal((await exportHsds(DEMO_FEED, exported)).code, 0);
    const output = join(dir, 'rt-demo.json');
    const r = await importHsds(exported, output, { base: DEMO_SOURCE });
    assert.equal(r.code, 0, r.out + r.err);
    const back = await readJson(output);
    assert.equal(validateFeed({ ...back, generatedAt: '2026-12-01T09:00:00+01:00' }).ok, true);
    const demo = await readJson(DEMO_FEED);
    const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
    const services = byId(back.services);
    for (const s of demo.services) {
      const got = services.get(s.id);
      assert.ok(got, s.id);
      const { cost: _c, ...want } = serviceSubset(s);
      const { cost: _g, ...have } = serviceSubset(got);
      assert.deepEqual(have, want, s.id);
    }
    const locations = byId(back.locations);
    for (const l of demo.locations) assert.deepEqual(locSubset(locations.get(l.id)!), locSubset(l), l.id);
    const orgs = byId(back.organisations);
    for (const o of demo.organisations) {
      const { contact, ...rest } = orgSubset(o);
      const got = orgSubset(orgs.get(o.id)!);
      assert.deepEqual({ ...got, contact: { ...got.contact, note: undefined } }, { ...rest, contact: { ...contact, note: undefined } }, o.id);
    }
  });
});

describe('HSDS helpers', () => {
  test('UUIDv5 matches RFC 9562 test vector', () => {
    assert.equal(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'), '2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
  test('OSM weekly hours ↔ schedules; holidays reported', () => {
    const r = osmToSchedules('Mo-We 08:00-12:00,13:30-15:30; Th 08:00-12:00,13:30-17:30; Fr 08:00-12:00; PH off');
    assert.deepEqual(r.lost, ['PH off']);
    assert.deepEqual(r.schedules.map((s) => [s.byday, s.opens_at, s.closes_at]), [
      ['MO,TU,WE,TH,FR', '08:00:00', '12:00:00'], ['MO,TU,WE', '13:30:00', '15:30:00'], ['TH', '13:30:00', '17:30:00'],
    ]);
    assert.equal(schedulesToOsm(r.schedules).osm, 'Mo-We 08:00-12:00,13:30-15:30; Th 08:00-12:00,13:30-17:30; Fr 08:00-12:00');
  });
  test('help texts in German and English', () => {
    for (const help of [IMPORT_HSDS_HELP, EXPORT_HSDS_HELP]) {
      assert.match(help.de, /Exit-Code/);
      assert.match(help.en, /Exit code/);
    }
  });
});
