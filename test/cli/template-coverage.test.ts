/**
 * "The template carries every field of the feed": every field of the feed
 * format (walked from the valibot schema) is filled by `import sheets` from
 * the Vulkaneifel spreadsheets — except what other commands compute.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FeedSchema } from '../../src/core/schema/index.js';
import { importSheetsCommand } from '../../src/cli/commands/import-sheets.js';
import { compileCommand } from '../../src/cli/commands/compile.js';

interface Node { type: string; entries?: Record<string, Node>; rest?: Node; item?: Node; items?: Node[]; options?: unknown[]; wrapped?: Node; value?: Node }
const unwrap = (n: Node): Node => (n.wrapped ? unwrap(n.wrapped) : n);
const isNode = (n: unknown): n is Node => typeof n === 'object' && n !== null && typeof (n as Node).type === 'string';

/** Fields made by other commands: compiled hours and holidays (compile), travel times (travel), the JSON Schema link. */
const COMPUTED = [/^\$schema$/, /^holidays(\.|$)/, /^travel(\.|$)/, /\.compiled(\.|$)/];

/** Every field path of the format: `services[].cost.category`. Text maps end at the field. */
function schemaPaths(node: Node, path: string, out: Set<string>, depth = 0): void {
  const n = unwrap(node);
  if (depth > 12) return;
  if (n.entries) {
    for (const [key, child] of Object.entries(n.entries)) {
      const p = path ? `${path}.${key}` : key;
      out.add(p);
      schemaPaths(child, p, out, depth + 1);
    }
  } else if (n.item) schemaPaths(n.item, `${path}[]`, out, depth + 1);
  else if (n.type === 'union' || n.type === 'variant') {
    const options = (n.options ?? []).filter(isNode);
    // A Text (string or per-language map) or a "*"-or-list: the field itself is what counts.
    if (options.some((o) => unwrap(o).type === 'string' || unwrap(o).type === 'literal')) return;
    for (const o of options) schemaPaths(o, path, out, depth + 1);
  }
}

/** The same paths as the data has them. */
function dataPaths(node: Node, data: unknown, path: string, out: Set<string>): void {
  const n = unwrap(node);
  if (n.entries && typeof data === 'object' && data !== null && !Array.isArray(data)) {
    for (const [key, child] of Object.entries(n.entries)) {
      if ((data as Record<string, unknown>)[key] === undefined) continue;
      const p = path ? `${path}.${key}` : key;
      out.add(p);
      dataPaths(child, (data as Record<string, unknown>)[key], p, out);
    }
  } else if (n.item && Array.isArray(data)) for (const d of data) dataPaths(n.item, d, `${path}[]`, out);
  else if (n.type === 'union' || n.type === 'variant') {
    const options = (n.options ?? []).filter(isNode);
    if (options.some((o) => unwrap(o).type === 'string' || unwrap(o).type === 'literal')) return;
    for (const o of options) dataPaths(o, data, path, out);
  }
}

test('import sheets fills every field of the feed format from the Vulkaneifel spreadsheets (the Kreis and the Verbandsgemeinde Kelberg), and compile keeps them', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ww-coverage-'));
  const source = join(dir, 'quelle.json');
  const feedFile = join(dir, 'feed.json');
  let text = '';
  const io = { lang: 'de' as const, json: true, out: (t: string) => { text += t; }, err: (t: string) => { text += t; } };
  const now = new Date('2026-12-01T09:00:00+01:00');
  assert.equal(await importSheetsCommand({ ...io, inputs: ['test/fixtures/sheets/vulkaneifel', 'test/fixtures/sheets/vulkaneifel-kelberg'], output: source, today: '2026-12-01', now }), 0, text);
  assert.equal(await compileCommand({ ...io, source, output: feedFile, now, today: '2026-12-01', pretty: false, maxBytes: 100 * 1048576, color: false, limit: 200 }), 0, text);
  const all = new Set<string>();
  schemaPaths(FeedSchema as unknown as Node, '', all);
  for (const file of [source, feedFile]) {
    const filled = new Set<string>();
    dataPaths(FeedSchema as unknown as Node, JSON.parse(readFileSync(file, 'utf8')), '', filled);
    const missing = [...all].filter((p) => !filled.has(p) && !COMPUTED.some((re) => re.test(p)));
    assert.deepEqual(missing, [], `${file}: fields no sheet filled: ${missing.join(', ')}`);
  }
  // A few of them, as the Verbandsgemeinde wrote them.
  const feed = JSON.parse(readFileSync(feedFile, 'utf8')) as Record<string, any>;
  const bb = feed.services.find((s: { id: string }) => s.id === 'bb-kelberg');
  assert.deepEqual(bb.booking, { text: 'Online oder am Telefon', url: 'https://termine.vg-kelberg.example', phone: '+49 2692 872-10', email: 'termine@vg-kelberg.example', leadTime: 'Termine meist in derselben Woche' });
  assert.deepEqual(bb.eligibility, { text: 'Wohnsitz in der Verbandsgemeinde Kelberg', minAge: 16, maxAge: 99, womenOnly: false, statuses: ['anerkannt', 'geduldet'] });
  assert.deepEqual(bb.types, ['buergerbuero', 'meldeamt']);
  assert.deepEqual(bb.outreach[0].hours.note, 'nicht in den Ferien');
  assert.equal(bb.outreach[0].hours.appointmentOnly, true);
  const foerder = feed.programmes.find((p: { id: string }) => p.id === 'foerder-kelberg');
  assert.deepEqual(foerder.funding, { applicants: 'Vereine und Initiativen in der Verbandsgemeinde', amount: 'bis 2.000 € je Projekt', maxAmountEur: 2000, coFundingPercent: 10, deadline: '2027-03-31', url: 'https://www.vg-kelberg.example/foerderung/richtlinie' });
  assert.deepEqual(foerder.schedule.sessions[0], { start: '2027-02-15T18:00:00+01:00', end: '2027-02-15T19:30:00+01:00', location: 'ort-vg-kelberg', note: 'Infoabend' });
  const treff = feed.programmes.find((p: { id: string }) => p.id === 'treff-kelberg');
  assert.deepEqual(treff.schedule.recurrence, { days: ['we'], from: '15:00', to: '17:00', weeksOfMonth: [1, 3], schoolHolidays: 'paused' });
  assert.deepEqual(feed.map, { tiles: { url: 'https://tiles.vulkaneifel.example/{z}/{x}/{y}.png', attribution: '© OpenStreetMap-Mitwirkende', maxZoom: 18 }, center: [50.2, 6.8], zoom: 10 });
  assert.equal(feed.publisher.website, 'https://www.vulkaneifel.example');
  const gemeinde = (ags: string) => feed.regions.gemeinden.find((g: { ags: string }) => g.ags === ags);
  assert.deepEqual([gemeinde('07233501').centre, gemeinde('07233501').verband], ['mittel', 'vg-daun']);
  assert.deepEqual([gemeinde('07233029').name, gemeinde('07233029').centre], ['Hillesheim (Eifel)', 'unter']);
  assert.deepEqual(gemeinde('07233218').centroid, [50.2913, 6.9184]);
  assert.deepEqual(feed.regions.verbaende.map((v: { id: string; gemeinden: string[] }) => [v.id, v.gemeinden.length]), [['vg-daun', 6], ['vg-gerolstein', 3], ['vg-kelberg', 4]]);
  assert.deepEqual(feed.regions.kreis.centroid, [50.25, 6.85]);
});
