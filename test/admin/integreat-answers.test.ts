/** Saved Integreat API v3 answers: recognised by shape, region and language found, translations joined; wrong files get a sentence. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { classifyAnswer, joinTranslations, type Answer } from '../../src/admin/integreat/answers.js';

const DIR = '../shared/data/integreat';
const answers = (): Answer[] => readdirSync(DIR).filter((n) => n.endsWith('.json')).map((name) => {
  const c = classifyAnswer(name, JSON.parse(readFileSync(`${DIR}/${name}`, 'utf8')));
  assert.ok(c.ok, `${name}: ${c.ok ? '' : c.message.en}`);
  return c.answer;
});

test('every sample file is recognised: endpoint, region, language', () => {
  const seen = Object.fromEntries(answers().map((a) => [a.name, `${a.endpoint} ${a.region ?? '-'} ${a.lang ?? '-'}`]));
  assert.equal(seen['augsburg_de_locations.json'], 'locations augsburg de');
  assert.equal(seen['augsburg_ar_locations.json'], 'locations augsburg ar');
  assert.equal(seen['augsburg_de_events_combine_recurring.json'], 'events augsburg de');
  assert.equal(seen['augsburg_ar_pages.json'], 'pages augsburg ar');
  assert.equal(seen['augsburg_languages.json'], 'languages augsburg -');
  assert.equal(seen['augsburg_de_location_categories.json'], 'location-categories augsburg de');
  assert.equal(seen['augsburg-offers.json'], 'offers augsburg -');
  assert.equal(seen['regions.json'], 'regions - -');
  assert.equal(seen['nurnberg_de_locations.json'], 'locations nurnberg de');
});

test('a place in German, English and Arabic is one entry; an untranslated language (fa, id null) is left out', () => {
  const all = answers().filter((a) => a.region === 'augsburg');
  const { entries, orphans } = joinTranslations(all, 'locations');
  assert.equal(entries.length, 1);
  assert.deepEqual([...entries[0]!.texts.keys()].sort(), ['ar', 'de', 'en']);
  assert.equal(entries[0]!.texts.get('ar')!.title, 'موقع الاختبار');
  assert.deepEqual(orphans.map((o) => o.lang), []);
});

test('not an answer: an error object, another API’s list, a list of strings', () => {
  const notFound = classifyAnswer('x.json', { detail: 'Not found.' });
  assert.ok(!notFound.ok && /keine Antwort der Integreat-API v3 \(Not found\.\)/.test(notFound.message.de));
  const other = classifyAnswer('v2.json', [{ id: 1, title: 'Ort', lat: 1, lng: 2 }]);
  assert.ok(!other.ok && /andere API-Version/.test(other.message.de));
  assert.ok(!classifyAnswer('s.json', ['a', 'b']).ok);
});
