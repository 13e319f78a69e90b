/**
 * A deterministic synthetic Land source for scale benchmarks: Baden-Württemberg
 * with its real 1,103 Gemeinden in 44 Kreise (Destatis list, shipped with the
 * CLI), offers spread by population (gemeinden_de.csv when it is there, else
 * evenly), plausible names, OSM opening hours that `compile` translates,
 * programmes and one responsibility per office type and Kreis. One source for
 * the whole Land, as `wegweiser compile … --shards` reads it.
 */
import { readFileSync, existsSync } from 'node:fs';
import type { GemeindeData } from '../../src/admin/gemeinden.js';
import { CARRIERS, COURSES, LEVELS, OFFICES, random, SUMMARY_OBJECTS, SUMMARY_VERBS, TOPICS } from './synthetic-feed.js';

const CSV = new URL('../../../shared/data/gemeinden/gemeinden_de.csv', import.meta.url);
const HOURS = ['Mo-Fr 08:00-12:00', 'Mo-Fr 08:00-12:00, Th 14:00-18:00', 'Mo,We,Fr 09:00-12:00', 'Tu,Th 14:00-17:00', 'Mo-Th 08:00-16:00; Fr 08:00-12:00', 'Mo-Fr 08:30-12:00; PH off', 'We 15:00-18:00', 'Mo-Fr 07:30-12:30; Tu 07:30-12:30, 13:30-18:00'];
const PLACES = ['Rathaus', 'Landratsamt', 'Bürgerhaus', 'Gemeindehaus', 'Familienzentrum', 'Schule', 'Beratungszentrum', 'Mehrgenerationenhaus'];

function populations(): Map<string, { people: number; plz: string }> {
  const out = new Map<string, { people: number; plz: string }>();
  if (!existsSync(CSV)) return out;
  for (const line of readFileSync(CSV, 'utf8').split('\n').slice(1)) {
    const ags = line.slice(0, 8);
    if (!ags.startsWith('08')) continue;
    const cells = line.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
    out.set(ags, { people: Number(cells[10]) || 1000, plz: /^\d{5}$/.test(cells[6] ?? '') ? cells[6]! : '70000' });
  }
  return out;
}

export interface SyntheticLand {
  source: Record<string, unknown>;
  services: number;
  programmes: number;
  locations: number;
  organisations: number;
  kreise: number;
  gemeinden: Array<{ ags: string; name: string; centroid: [number, number] }>;
}

/** `entries` services + programmes (about 9 % programmes) across the Land `08`. */
export function syntheticLand(entries = 100_000, seed = 7): SyntheticLand {
  const data = JSON.parse(readFileSync(new URL('../../src/cli/data/gemeinden.json', import.meta.url), 'utf8')) as GemeindeData;
  const people = populations();
  const gemeinden = data.gemeinden
    .filter(([ags, , lat, lon]) => ags.startsWith('08') && lat !== null && lon !== null)
    .map(([ags, name, lat, lon]) => ({ ags, name: name.replace(/, .*$/, ''), centroid: [lat!, lon!] as [number, number] }));
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  // Offers follow the population, damped (small Gemeinden still have a Rathaus and a club).
  const weights = gemeinden.map((g) => Math.pow(people.get(g.ags)?.people ?? 5000, 0.75));
  const total = weights.reduce((a, b) => a + b, 0);
  const serviceCount = Math.round(entries * 0.91);
  const programmeCount = entries - serviceCount;
  const organisations: Array<Record<string, unknown>> = [];
  const locations: Array<Record<string, unknown>> = [];
  const services: Array<Record<string, unknown>> = [];
  const programmes: Array<Record<string, unknown>> = [];
  const responsibilities: Array<Record<string, unknown>> = [];
  const kreisOrgs = new Map<string, string[]>();
  const firstOffice = new Map<string, string>();
  let s = 0;
  let p = 0;
  gemeinden.forEach((g, gi) => {
    const kreis = g.ags.slice(0, 5);
    const share = weights[gi]! / total;
    const nServices = Math.max(1, Math.round(serviceCount * share));
    const nProgrammes = Math.round(programmeCount * share);
    const nLocations = Math.max(1, Math.round(nServices / 4));
    const orgs = kreisOrgs.get(kreis) ?? [];
    kreisOrgs.set(kreis, orgs);
    for (let i = 0; i < Math.max(1, Math.round(nServices / 8)); i++) {
      const id = `o${organisations.length}`;
      organisations.push({ id, name: `${pick(CARRIERS)} ${g.name}`, kind: pick(['authority', 'welfare', 'association', 'initiative']) });
      orgs.push(id);
    }
    const plz = people.get(g.ags)?.plz ?? '70000';
    const here: string[] = [];
    for (let i = 0; i < nLocations; i++) {
      const id = `l${locations.length}`;
      here.push(id);
      locations.push({
        id, name: `${pick(PLACES)} ${g.name}`, gemeinde: g.ags,
        address: { street: `${pick(['Haupt', 'Schul', 'Bahnhof', 'Kirch', 'Linden'])}straße ${1 + Math.floor(rnd() * 80)}`, postcode: plz, city: g.name },
        geo: [Number((g.centroid[0] + (rnd() - 0.5) * 0.02).toFixed(5)), Number((g.centroid[1] + (rnd() - 0.5) * 0.03).toFixed(5))],
        hours: { osm: pick(HOURS) },
        accessibility: { wheelchair: pick(['yes', 'limited', 'no']) },
      });
    }
    for (let i = 0; i < nServices; i++) {
      const [office, en, topic] = pick(OFFICES);
      const id = `s${s++}`;
      const name = `${office} ${g.name}${rnd() < 0.2 ? ` ${pick(['Außenstelle', 'Sprechstunde', 'Treffpunkt', 'Projekt'])}` : ''}`;
      const second = rnd() < 0.4 ? pick(TOPICS)[0] : undefined;
      services.push({
        id, organisation: pick(orgs),
        name: en && rnd() < 0.5 ? { de: name, en: `${en} ${g.name}` } : name,
        summary: `${pick(SUMMARY_VERBS)} ${pick(SUMMARY_OBJECTS)} und ${pick(SUMMARY_OBJECTS)}.`,
        topics: second && second !== topic ? [topic, second] : [topic],
        languages: rnd() < 0.5 ? ['de', 'en'] : ['de', pick(['ar', 'uk', 'tr', 'ru', 'fa'])],
        access: rnd() < 0.5 ? ['walk-in', 'appointment'] : ['appointment'],
        at: [{ location: pick(here) }],
        cost: { free: rnd() < 0.8 },
        steward: 'netz', reviewed: '2026-10-01',
      });
      for (const [type, t] of [['Ausländerbehörde', 'aufenthalt'], ['Jobcenter', 'arbeit'], ['Bürgerbüro', 'melden']] as const) {
        if (office === type && !firstOffice.has(`${kreis}:${t}`)) firstOffice.set(`${kreis}:${t}`, id);
      }
    }
    for (let i = 0; i < nProgrammes; i++) {
      const [kind, title] = pick(COURSES);
      programmes.push({
        id: `p${p++}`, kind, title: `${title} ${g.name}`, provider: pick(orgs), location: pick(here),
        topics: [kind === 'group' || kind === 'event' ? 'familie' : 'sprache'],
        ...(kind.endsWith('course') ? { levels: [pick(LEVELS)] } : {}),
        schedule: { start: '2026-09-01', recurrence: { days: ['mo', 'we'], from: '08:30', to: '12:00' } },
        status: 'active',
      });
    }
  });
  for (const [key, service] of [...firstOffice].sort()) responsibilities.push({ topic: key.slice(6), gemeinden: '*', service });
  const source = {
    version: '1.0',
    publisher: {
      name: 'Integrationsnetzwerk Baden-Württemberg (synthetische Daten)', ags: '08111', state: 'BW',
      contact: { email: 'land@example.org' }, licence: { name: 'Datenlizenz Deutschland – Namensnennung 2.0' },
    },
    validUntil: '2027-06-30',
    sample: true,
    languages: [{ code: 'de', dir: 'ltr' }, { code: 'en', dir: 'ltr' }],
    stewards: [{ id: 'netz', role: 'Koordination', email: 'land@example.org' }],
    topics: TOPICS.map(([id, de, en, synonyms]) => ({ id, label: { de, en }, synonyms: { de: synonyms } })),
    organisations, locations, services, programmes, responsibilities,
  };
  return {
    source, services: services.length, programmes: programmes.length, locations: locations.length, organisations: organisations.length,
    kreise: new Set(gemeinden.map((g) => g.ags.slice(0, 5))).size, gemeinden,
  };
}
