/**
 * Every UI language has every string, with the same placeholders and plural
 * forms its language needs, and formats without leftover syntax.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { de } from '../../src/i18n/de.js';
import { format, UI_LANGUAGES } from '../../src/i18n/index.js';

const PLURAL = /\{(\w+), plural, ((?:(?:=\d+|zero|one|two|few|many|other) \{[^{}]*\}\s*)+)\}/g;
const CASE = /(=\d+|zero|one|two|few|many|other) \{([^{}]*)\}/g;
/** Plural categories Intl.PluralRules uses for counts in these languages. */
const NEEDED: Record<string, string[]> = {
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
  ru: ['one', 'few', 'many', 'other'],
  uk: ['one', 'few', 'many', 'other'],
  pl: ['one', 'few', 'many', 'other'],
  ro: ['one', 'few', 'other'],
};
const placeholders = (s: string) => new Set([...s.replace(PLURAL, (_m, n: string) => `{${n}}`).matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
const PARAMS = { amount: 'A', percent: 20, days: 'DY', nth: 'NT', n: 2, first: 'FI', minutes: 45, low: 40, high: 55, from: '07:00', to: '10:00', departure: '08:12', arrival: '08:57', source: 'S', by: '09:00', total: 9, query: 'Q', gemeinde: 'G', time: '08:30', day: 'D', name: 'N', id: 'I', url: 'U', email: 'E', phone: 'P', km: 5, host: 'H', place: 'PL', filter: 'F', contact: 'C', date: 'DT', status: 500, done: 2, step: 'ST' };

test('German plurals and placeholders format as expected', () => {
  assert.equal(format(de['results.count'], { count: 1 }, 'de'), '1 Angebot');
  assert.equal(format(de['results.count'], { count: 1234 }, 'de'), '1.234 Angebote');
  assert.equal(format(de['results.countFor'], { count: 3, query: 'Kita' }, 'de'), '3 Angebote für „Kita“');
});

for (const lang of UI_LANGUAGES.filter((l) => l !== 'de')) {
  test(`${lang}: complete, same placeholders, the plural forms the language needs`, async () => {
    const { strings } = (await import(`../../src/i18n/${lang}.js`)) as { strings: Record<string, string> };
    assert.deepEqual(Object.keys(strings).sort(), Object.keys(de).sort(), 'keys differ from de.ts (missing or extra)');
    const intl = lang === 'de-x-ls' ? 'de' : lang;
    for (const [key, german] of Object.entries(de) as Array<[string, string]>) {
      const translated = strings[key]!;
      assert.ok(translated.trim(), `${key} is empty`);
      assert.deepEqual(placeholders(translated), placeholders(german), `${key}: placeholders differ`);
      const blocks = [...translated.matchAll(PLURAL)];
      assert.equal(blocks.length, [...german.matchAll(PLURAL)].length, `${key}: plural blocks differ`);
      for (const block of blocks) {
        const cases = [...block[2]!.matchAll(CASE)].map((c) => c[1]);
        for (const needed of NEEDED[lang] ?? ['one', 'other']) assert.ok(cases.includes(needed), `${key}: no "${needed}" case`);
      }
      for (const count of [0, 1, 2, 3, 5, 11, 21, 100]) {
        const out = format(translated, { ...PARAMS, count }, intl);
        assert.doesNotMatch(out, /[{}]/, `${key} leaves syntax behind for ${count}: ${out}`);
      }
    }
  });
}
