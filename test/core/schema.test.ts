/**
 * One source of truth: the published JSON Schema is derived from the valibot
 * schema, and both accept and reject the same feeds.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import Ajv from 'ajv';
import { FeedSchema, type Feed } from '../../src/core/schema/index.js';
import { buildCompactModule, buildJsonSchema, COMPACT_PATH, SCHEMA_PATH } from '../tools/schema.js';
import { minimalFeed } from '../helpers/minimal-feed.js';
import { SchemaChecker } from '../../src/core/schema-check.js';
import { FEED_V1 } from '../../src/core/schema/feed-v1.compact.js';

const committed = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));

test('the committed JSON Schema is what the valibot schema produces (run `npm run schema` after changing it)', () => {
  assert.deepEqual(committed, buildJsonSchema());
});

const ajv = new Ajv({ allErrors: true, strict: false });
const validateJson = ajv.compile(committed);

/** Variants of a valid feed, each broken (or not) in one place. */
function variants(): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [['minimal feed', minimalFeed()]];
  const mutate = (name: string, change: (f: Feed & Record<string, any>) => void) => {
    const feed = structuredClone(minimalFeed()) as Feed & Record<string, any>;
    change(feed);
    out.push([name, feed]);
  };
  mutate('AGS with 7 digits', (f) => (f.regions.gemeinden[0]!.ags = '8126046'));
  mutate('text without German', (f) => ((f.services[0] as any).name = { en: 'Immigration office' }));
  mutate('text as plain string', (f) => (f.services[0]!.name = 'Ausländerbehörde'));
  mutate('empty text', (f) => (f.services[0]!.name = '   '));
  mutate('topics as string', (f) => ((f.services[0] as any).topics = 'aufenthalt'));
  mutate('no topics', (f) => (f.services[0]!.topics = []));
  mutate('unknown access mode', (f) => ((f.services[0] as any).access = ['drive-in']));
  mutate('missing required id', (f) => delete (f.services[0] as any).id);
  mutate('bad date', (f) => (f.services[0]!.reviewed = '01.10.2026'));
  mutate('bad datetime', (f) => (f.generatedAt = '2026-11-30 12:00'));
  mutate('latitude out of range', (f) => (f.locations[0]!.geo = [149.2, 9.6]));
  mutate('week with six days', (f) => ((f.locations[0]!.hours!.compiled as any).week = [[], [], [], [], [], []]));
  mutate('interval with flag 2', (f) => ((f.locations[0]!.hours!.compiled as any).week[0] = [[480, 720, 2]]));
  mutate('appointment interval', (f) => ((f.locations[0]!.hours!.compiled as any).week[0] = [[480, 720, 1]]));
  mutate('unknown Bundesland', (f) => ((f.publisher as any).state = 'XX'));
  mutate('responsibility for all Gemeinden', (f) => (f.responsibilities![0]!.gemeinden = '*'));
  mutate('responsibility gemeinden as string', (f) => ((f.responsibilities![0] as any).gemeinden = '08126046'));
  mutate('programme level B3', (f) => ((f.programmes![0] as any).levels = ['B3']));
  mutate('recurrence clock 24:00', (f) => (f.programmes![0]!.schedule!.recurrence!.to = '24:00'));
  mutate('unknown extra field (ignored)', (f) => ((f.services[0] as any).titel = 'x'));
  mutate('javascript: URL', (f) => (f.services[0]!.contact = { website: 'javascript:alert(1)' }));
  mutate('phone with letters', (f) => (f.services[0]!.contact = { phone: 'call me' }));
  mutate('language tag with spaces', (f) => (f.services[0]!.languages = ['de', 'en glish']));
  mutate('version as number', (f) => ((f as any).version = 1));
  mutate('funding without applicants', (f) => (f.programmes![0]!.funding = {} as any));
  mutate('pathway without steps', (f) => (f.pathways = [{ id: 'p', title: 'Weg', steps: [] }]));
  mutate('pathway with condition', (f) => (f.pathways = [{ id: 'p', title: 'Weg', steps: [{ id: 's', title: 'Schritt', when: { eu: ['yes'] } }] }]));
  mutate('travel cell with text', (f) => ((f as any).travel = { source: { name: 'x', attribution: 'x', validFrom: '2026-01-01', validUntil: '2026-12-31' }, days: {}, window: { from: '07:00', to: '09:00' }, origins: [], destinations: [], matrix: { schoolday: [[['45']]] } }));
  mutate('array instead of object', (f) => ((f as any).publisher = []));
  mutate('extra tuple item (ignored)', (f) => ((f.locations[0] as any).geo = [49.2, 9.6, 300]));
  mutate('__proto__ key in a record', (f) => ((f.locations[0]!.hours!.compiled as any).except = JSON.parse('{"__proto__": 5, "2026-12-24": []}')));
  mutate('bad key in a record', (f) => ((f.locations[0]!.hours!.compiled as any).except = { '24.12.2026': [] }));
  mutate('NaN-free number as string', (f) => ((f.programmes![0] as any).capacity = '12'));
  mutate('negative capacity', (f) => ((f.programmes![0] as any).capacity = -1));
  mutate('fractional capacity', (f) => ((f.programmes![0] as any).capacity = 2.5));
  mutate('null text', (f) => ((f.services[0] as any).summary = null));
  mutate('text map with a number', (f) => ((f.services[0] as any).name = { de: 'x', en: 5 }));
  mutate('literal star for gemeinden', (f) => ((f.responsibilities![0] as any).gemeinden = '**'));
  return out;
}

test('the compact table the browser checks with is generated from the current schema (run `npm run schema`)', () => {
  assert.equal(readFileSync(COMPACT_PATH, 'utf8'), buildCompactModule());
});

test('the browser check (compact table) and valibot agree, and point at the same places', () => {
  const checker = new SchemaChecker(FEED_V1);
  const pointer = (i: v.BaseIssue<unknown>) => '/' + (i.path ?? []).map((p) => p.key).join('/');
  for (const [name, feed] of variants()) {
    const copy = structuredClone(feed);
    const byValibot = v.safeParse(FeedSchema, copy);
    assert.equal(checker.valid(copy), byValibot.success, name);
    if (!byValibot.success) {
      const ours = checker.problems(copy, 50).issues.map((i) => i.pointer);
      assert.ok(ours.length > 0, name);
      // Our pointer is valibot's or lies inside it (we name the field inside a text map, for example).
      const theirs = byValibot.issues.map(pointer);
      assert.ok(ours.some((p) => theirs.some((t) => p === t || p.startsWith(t + '/') || t.startsWith(p + '/'))), `${name}: ${ours} vs ${theirs}`);
    }
  }
});

test('ajv (JSON Schema) and valibot agree on valid and broken feeds', () => {
  const cases = variants();
  let rejected = 0;
  for (const [name, feed] of cases) {
    // valibot deliberately skips `__proto__` keys (prototype-pollution guard); JSON Schema has no such rule.
    if (name.includes('__proto__')) continue;
    const byValibot = v.safeParse(FeedSchema, feed).success;
    const byAjv = validateJson(feed) as boolean;
    assert.equal(byAjv, byValibot, `${name}: valibot says ${byValibot}, ajv says ${byAjv}`);
    if (!byValibot) rejected++;
  }
  // The cases must actually exercise both outcomes.
  assert.ok(rejected >= 20, `only ${rejected} of ${cases.length} variants were rejected`);
  assert.ok(cases.length - rejected >= 5);
});
