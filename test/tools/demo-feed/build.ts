/**
 * Builds the authored demo feed for the Hohenlohekreis:
 *
 *   npx tsx test/tools/demo-feed/build.ts        → demo/feed.source.json
 *   npx tsx test/tools/demo-feed/check.ts        → schema + reference checks
 *
 * Deterministic: same tables, same bytes. Sample data only — every contact
 * detail is fictional and nothing here is an official statement.
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feed } from '../../../src/core/schema/index.js';
import { LOCATIONS } from './locations.js';
import { ORGANISATIONS } from './organisations.js';
import { PATHWAYS } from './pathways.js';
import { PROGRAMMES } from './programmes.js';
import { buildRegions } from './regions.js';
import { RESPONSIBILITIES } from './responsibilities.js';
import { ALL_SERVICES } from './services.js';
import { mailLra, tel, webLra } from './util.js';
import { AUDIENCES, LANGUAGES, STATUSES, STEWARDS, TOPICS } from './vocab.js';

export const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../demo/feed.source.json');

export function buildFeed(): Feed {
  return {
    version: '1.0',
    publisher: {
      name: { de: 'Landratsamt Hohenlohekreis', en: 'Hohenlohekreis district office', ar: 'مكتب مقاطعة Hohenlohekreis', uk: 'Районне управління Hohenlohekreis' },
      ags: '08126',
      state: 'BW',
      contact: {
        phone: tel('7940', '101'),
        email: mailLra('wegweiser'),
        website: webLra('wegweiser'),
        note: 'Beispieldaten für die Demo von wegweiser-kit: Adressen, Zeiten und Kontaktdaten sind erfunden und keine amtlichen Angaben.',
      },
      licence: { name: 'Datenlizenz Deutschland – Namensnennung 2.0', url: 'https://www.govdata.de/dl-de/by-2-0' },
      website: webLra(''),
    },
    generatedAt: '2026-11-30T12:00:00+01:00',
    validUntil: '2027-12-31',
    sample: true,
    languages: LANGUAGES,
    stewards: STEWARDS,
    regions: buildRegions(),
    topics: TOPICS,
    audiences: AUDIENCES,
    statuses: STATUSES,
    organisations: ORGANISATIONS,
    locations: LOCATIONS,
    services: ALL_SERVICES,
    responsibilities: RESPONSIBILITIES,
    programmes: PROGRAMMES,
    pathways: PATHWAYS,
  };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const feed = buildFeed();
  writeFileSync(OUT, JSON.stringify(feed, null, 2) + '\n');
  console.log(`wrote ${OUT}: ${feed.services.length} services, ${feed.locations.length} locations, ${feed.programmes?.length ?? 0} programmes, ${feed.pathways?.length ?? 0} pathways`);
}
