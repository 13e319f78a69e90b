/**
 * Gives the demo feed its travel block: a synthetic rural timetable on the
 * real Gemeinde centres of the Hohenlohekreis (Künzelsau and Öhringen as
 * hubs, Heilbronn and Schwäbisch Hall beyond the border), computed by
 * `wegweiser travel` like a real GTFS feed. The demo says the timetable is
 * made up (`--synthetic`).
 *
 *   npx tsx test/tools/demo-feed/travel.ts      (part of `npm run demo:feed`)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feed } from '../../../src/core/schema/index.js';
import { writeSyntheticNetwork } from '../synthetic-network.js';
import { travelCommand } from '../../../src/cli/commands/travel.js';

const FEED = 'demo/feed.json';
const HUBS = new Set(['08126046', '08126066', '08121000', '08127076']);

const feed = JSON.parse(readFileSync(FEED, 'utf8')) as Feed;
const towns = [
  ...feed.regions.gemeinden.filter((g) => g.centroid).map((g) => ({ id: g.ags, name: g.name ?? g.ags, lat: g.centroid![0], lon: g.centroid![1], hub: HUBS.has(g.ags) })),
  // Ortsteile get their own stops and feeder buses, as villages do.
  ...feed.regions.gemeinden.flatMap((g) => (g.ortsteile ?? []).filter((o) => o.centroid).map((o) => ({ id: `${g.ags}-${o.id}`, name: o.name, lat: o.centroid![0], lon: o.centroid![1], hub: false }))),
  ...(feed.regions.neighbours ?? []).filter((n) => n.centroid && n.ags && HUBS.has(n.ags)).map((n) => ({ id: n.ags!, name: n.name, lat: n.centroid![0], lon: n.centroid![1], hub: true })),
];
const dir = mkdtempSync(join(tmpdir(), 'wegweiser-demo-gtfs-'));
try {
  const network = writeSyntheticNetwork(dir, {
    towns,
    scale: 1,
    startDate: '2026-11-01',
    endDate: '2027-12-31',
    schoolHolidays: feed.holidays?.school.map((h) => ({ from: h.from, to: h.to })) ?? [],
    seed: 8126,
  });
  console.log(`synthetic network: ${network.stops} stops, ${network.trips} trips, ${network.connectionsPerSchoolDay} connections on a school day`);
  const code = await travelCommand({
    gtfs: dir,
    feed: FEED,
    output: FEED,
    days: {},
    window: { from: '07:00', to: '10:00' },
    returnFrom: '11:00',
    bufferKm: 15,
    name: 'Beispiel-Fahrplan Hohenlohekreis (synthetisch)',
    attribution: 'Erfundener Beispiel-Fahrplan auf den echten Gemeindemittelpunkten – keine echten Abfahrtszeiten',
    synthetic: true,
    force: false,
    now: new Date('2026-12-01T09:00:00+01:00'),
    lang: 'de',
    json: false,
    progress: false,
    out: (text) => console.log(text),
    err: (text) => console.error(text),
  });
  process.exitCode = code;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
