import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold, words, stem, splitCompound, analyseWord, indexTerms } from '../../src/core/search-normalize.js';
import { createSearch, type SearchOptions } from '../../src/core/search.js';
import { createIndex } from '../../src/core/feed-index.js';
import { validateFeed } from '../../src/core/validate.js';
import { FullTextIndex } from '../../src/core/search-text.js';
import { searchFeed } from '../fixtures/search-feed.js';
import { syntheticFeed } from '../bench/synthetic-feed.js';
import { evaluateSearch } from '../bench/search-quality.js';

const KUENZELSAU = '08126046';
const OEHRINGEN = '08126066';
const KRAUTHEIM = '08126045';
const TODAY = '2026-12-01';

function engine(lang?: string) {
  const result = validateFeed(searchFeed());
  assert.ok(result.ok, 'the fixture is a valid feed');
  return createSearch(createIndex(result.feed), lang ? { lang } : {});
}
const search = engine();
const ids = (query: string, options: SearchOptions = {}) => search.search(query, { today: TODAY, ...options }).map((h) => h.id);
const top = (query: string, n: number, options: SearchOptions = {}) => ids(query, options).slice(0, n);

// --- normalisation -------------------------------------------------------

test('umlauts, typed umlauts and ß fold to one spelling', () => {
  assert.equal(fold('Ausländeramt'), fold('Auslaenderamt'));
  assert.equal(fold('Auslanderamt'), fold('AUSLÄNDERAMT'));
  assert.equal(fold('Straße'), 'strasse');
  assert.equal(fold('Café'), 'cafe');
});

test('"ae/oe/ue" after a vowel or q is not an umlaut', () => {
  assert.equal(fold('Frauen'), 'frauen');
  assert.equal(fold('neue'), 'neue');
  assert.equal(fold('Quelle'), 'quelle');
});

test('punctuation splits words; single letters go, single digits stay', () => {
  assert.deepEqual(words('Kita-Platz (Öhringen)'), ['kita', 'platz', 'ohringen']);
  assert.deepEqual(words('Hartz 4, d.h. ALG II'), ['hartz', '4', 'alg', 'ii']);
});

test('plural and inflection endings meet in one stem', () => {
  for (const [a, b] of [['kurse', 'kurs'], ['behorden', 'behorde'], ['kindern', 'kinder'], ['buros', 'buro'], ['jobs', 'job'], ['kurses', 'kurs']]) {
    assert.equal(stem(a!), stem(b!), `${a} ~ ${b}`);
  }
  assert.equal(stem('kurs'), 'kurs', 'the s of Kurs is not a plural');
  assert.equal(stem('jobcentre'), stem('jobcenter'), 'British -tre');
  assert.equal(stem('amt'), 'amt', 'short words stay');
});

test('compounds split into the parts of the domain lexicon', () => {
  assert.deepEqual(splitCompound('deutschkurs'), ['deutsch', 'kurs']);
  assert.deepEqual(splitCompound('migrationsberatungsstelle'), ['migration', 'beratung', 'stelle']);
  assert.deepEqual(splitCompound('jobcenter'), ['job', 'center']);
  assert.deepEqual(splitCompound('schwimmkurs'), ['schwimm', 'kurs'], 'unknown modifier before a known head');
  assert.equal(splitCompound('insgesamt'), undefined);
  assert.equal(splitCompound('diskurs'), undefined, 'a 3-letter unknown remainder is no word');
  assert.equal(splitCompound('kurs'), undefined);
});

test('index terms are the stemmed whole word plus its stemmed parts; stop words have none', () => {
  assert.deepEqual(indexTerms('Integrationskurse'), ['integrationskurs', 'integration', 'kurs']);
  assert.deepEqual(analyseWord('kinderbetreuung').parts, ['kind', 'betreuung']);
  assert.deepEqual(indexTerms('für'), []);
});

// --- matching ------------------------------------------------------------

test('umlaut-free spellings find the same entries', () => {
  const expected = ids('Ausländerbehörde');
  assert.deepEqual(expected.slice(0, 2).sort(), ['abh-kuen', 'abh-oehr']);
  assert.deepEqual(ids('Auslaenderbehoerde'), expected);
  assert.deepEqual(ids('Auslanderbehorde'), expected);
});

test('"Deutschkurs" finds language and integration courses, not the swimming course', () => {
  const hits = ids('Deutschkurs');
  for (const id of ['sprachkurs-kraut', 'ik-kuen', 'ik-oehr']) assert.ok(hits.includes(id), id);
  assert.ok(!hits.includes('schwimmen'));
});

test('a compound typed apart finds the compound', () => {
  assert.ok(top('Deutsch Kurs', 3).includes('sprachkurs-kraut'));
  assert.ok(ids('Kita Platz').includes('kita-vermittlung'));
  assert.ok(ids('Kitaplatz').includes('kita-vermittlung'), 'and the other way round (Kita-Platz)');
});

test('a compound part on its own finds the compounds', () => {
  const hits = ids('Kurs');
  for (const id of ['ik-kuen', 'sprachkurs-kraut', 'schwimmen']) assert.ok(hits.includes(id), id);
});

test('citizen words reach office words through the built-in thesaurus', () => {
  assert.equal(top('Ausländeramt', 1)[0], 'abh-kuen');
  assert.deepEqual(top('Arbeitsamt', 3).sort(), ['aa-kuen', 'jc-kuen', 'jc-oehr']);
  assert.deepEqual(top('Hartz IV', 2).sort(), ['jc-kuen', 'jc-oehr']);
});

test('English queries work through English texts and thesaurus entries', () => {
  assert.deepEqual(top('immigration office', 2).sort(), ['abh-kuen', 'abh-oehr']);
  assert.deepEqual(top('job center', 2).sort(), ['jc-kuen', 'jc-oehr']);
  assert.equal(top('german course', 1)[0], 'sprachkurs-kraut');
});

test("the feed's own topic synonyms and keywords are searched", () => {
  assert.deepEqual(ids('Kindergarten'), ['kita-vermittlung'], 'topic synonym');
  assert.equal(top('Aufenthaltserlaubnis', 1)[0], 'abh-kuen', 'service keyword');
});

test('the last word is a prefix while typing, from three letters on', () => {
  assert.ok(ids('Deut').includes('ik-kuen'));
  assert.deepEqual(ids('Kit'), ['kita-vermittlung']);
  assert.ok(ids('Ausl').includes('abh-kuen'));
  assert.deepEqual(ids('Ki'), [], 'two letters are only a whole word');
  assert.deepEqual(ids('Kit '), [], 'a trailing space ends the word');
});

test('typos are tolerated in longer words only, and only when the word is unknown', () => {
  assert.ok(ids('Integrazionskurs').includes('ik-kuen'));
  assert.deepEqual(top('Jobcentr', 2).sort(), ['jc-kuen', 'jc-oehr']);
  assert.ok(ids('Auslenderbehörde').includes('abh-kuen'));
  assert.deepEqual(ids('Kurz'), [], 'four letters: no typo tolerance');
  assert.deepEqual(ids('Rente'), ['drv'], 'a known word is taken as typed');
});

// --- ranking and precision -------------------------------------------------

test('names rank above descriptions, and a catch-all entry does not appear for every query', () => {
  for (const query of ['Jobcenter', 'Ausländerbehörde', 'Kita', 'Deutschkurs', 'Visum', 'Anmeldung']) {
    assert.ok(!ids(query).includes('catch-all'), `${query}: ${ids(query).join(' ')}`);
  }
  assert.deepEqual(ids('Arzt'), ['catch-all'], 'a description still counts when nothing else matches');
});

test('several words must all match; when none has all, any word counts', () => {
  assert.deepEqual(ids('Integrationskurs Kinderbetreuung'), ['ik-oehr']);
  assert.deepEqual(top('Integrationskurs Zauberei', 2).sort(), ['ik-kuen', 'ik-oehr']);
});

test('stop words and words of intent are not required', () => {
  assert.deepEqual(ids('Kinderbetreuung für'), ids('Kinderbetreuung'));
  assert.deepEqual(ids('Bürgergeld beantragen'), ids('Bürgergeld'));
});

test('scores are relevance-ordered and the limit is kept', () => {
  const hits = search.search('Kurs', { today: TODAY, limit: 2 });
  assert.equal(hits.length, 2);
  assert.ok(hits[0]!.score >= hits[1]!.score);
  assert.ok(hits[0]!.terms.includes('kurs'));
});

// --- places ----------------------------------------------------------------

test('a Gemeinde named in the query is recognised, not searched as a word', () => {
  assert.deepEqual(search.interpret('Deutschkurs Öhringen'), { words: ['deutschkurs'], gemeinde: OEHRINGEN });
  assert.deepEqual(search.interpret('Jobcenter Kunzelsau'), { words: ['jobcent'], gemeinde: KUENZELSAU });
  assert.equal(search.interpret('Ausländerbehörde Nagelsberg').gemeinde, KUENZELSAU, 'an Ortsteil names its Gemeinde');
  assert.deepEqual(search.interpret('Kita'), { words: ['kita'] });
});

test('entries in the named Gemeinde come first', () => {
  assert.deepEqual(top('Deutschkurs Öhringen', 1), ['ik-oehr']);
  assert.equal(top('Jobcenter Künzelsau', 1)[0], 'jc-kuen');
  assert.equal(top('Jobcenter Öhringen', 1)[0], 'jc-oehr');
});

test('the office responsible for the named Gemeinde wins, and offices that do not serve it go', () => {
  assert.equal(top('Ausländerbehörde Krautheim', 1)[0], 'abh-kuen', 'Künzelsau serves Krautheim');
  assert.deepEqual(ids('Bürgerbüro Krautheim'), ['bb-kraut'], "Öhringen's Bürgerbüro serves only Öhringen");
  assert.deepEqual(ids('Wohngeld Öhringen'), ['wohngeld-oehr'], 'a branch office in Öhringen that does not serve Öhringen');
  assert.equal(ids('Wohngeld', { gemeinde: OEHRINGEN })[0], 'wohngeld-oehr');
});

test("the page's Gemeinde boosts without filtering", () => {
  assert.equal(top('Ausländerbehörde', 1, { gemeinde: OEHRINGEN })[0], 'abh-oehr');
  assert.equal(top('Ausländerbehörde', 1, { gemeinde: KUENZELSAU })[0], 'abh-kuen');
  assert.equal(ids('Bürgerbüro', { gemeinde: KRAUTHEIM })[0], 'bb-kraut');
  assert.ok(ids('Bürgerbüro', { gemeinde: KRAUTHEIM }).includes('bb-oehr'), 'still listed, lower');
});

test('a query that is only a place name searches the entries there', () => {
  const hits = ids('Öhringen');
  assert.ok(hits.includes('bb-oehr'));
  assert.ok(!hits.includes('bb-kraut'));
});

// --- kinds, validity, suggestions ------------------------------------------

test('topics and places are returned when asked for', () => {
  assert.deepEqual(ids('Aufenthalt', { kinds: ['topic'] }), ['aufenthalt']);
  assert.deepEqual(ids('Krautheim', { kinds: ['place'] }), [KRAUTHEIM]);
  assert.ok(ids('Aufenthalt').every((id) => id.startsWith('abh')), 'default: services and programmes');
});

test('expired services and ended programmes disappear unless asked for', () => {
  assert.deepEqual(ids('Willkommenspunkt'), []);
  assert.deepEqual(ids('Willkommenspunkt', { today: '2024-06-01' }), ['willkommenspunkt']);
  assert.ok(!ids('Integrationskurs').includes('ik-alt'));
  assert.ok(ids('Integrationskurs', { includeExpired: true }).includes('ik-alt'));
});

test('suggestions complete names, topics and places with labels in the chosen language', () => {
  const de = search.suggest('Ausl');
  assert.ok(de.some((s) => s.kind === 'service' && s.id === 'abh-kuen' && s.label === 'Ausländerbehörde'));
  const en = engine('en').suggest('Ausl');
  assert.ok(en.some((s) => s.id === 'abh-kuen' && s.label === 'Immigration office'));
  assert.ok(search.suggest('Öhr').some((s) => s.kind === 'place' && s.id === OEHRINGEN && s.label === 'Öhringen'));
  assert.ok(search.suggest('Aufent').some((s) => s.kind === 'topic' && s.id === 'aufenthalt'));
  assert.ok(search.suggest('Ausl', { limit: 1 }).length === 1);
});

test('empty and punctuation-only queries find nothing', () => {
  assert.deepEqual(ids(''), []);
  assert.deepEqual(ids('  –  '), []);
  assert.deepEqual(search.suggest(''), []);
});

// --- internals and tooling ---------------------------------------------------

test('the text index scores whole words with BM25 and needs every word of an alternative', () => {
  const index = new FullTextIndex([1, 0.3], (raw) => stem(fold(raw)));
  index.add(1, [['Beratung zu Visum und Aufenthalt'], []]);
  index.add(2, [['Beratung für Familien'], ['Auch zu Visum', 'Also for visa']]);
  index.add(3, [['Kinderbetreuung'], []]);
  const scores = new Map<number, number>();
  index.search([[{ term: 'visum', weight: 1 }, { term: 'beratung', weight: 1 }]], (key, score) => scores.set(key, (scores.get(key) ?? 0) + score));
  assert.deepEqual([...scores.keys()].sort(), [1, 2]);
  assert.ok(scores.get(1)! > scores.get(2)!, 'a summary weighs more than a description');
});

test('results do not depend on what was searched before', () => {
  const fresh = () => engine().search('Ausländerbehörde', { today: TODAY }).map((h) => h.id);
  const used = engine();
  for (const typed of ['Ausl', 'Ausländerbehörde Öhr', 'Ausländerbehörde Öhringen']) used.search(typed, { today: TODAY, gemeinde: KRAUTHEIM });
  used.suggest('Ausländerbehörde');
  assert.deepEqual(used.search('Ausländerbehörde', { today: TODAY }).map((h) => h.id), fresh());
});

test('the synthetic benchmark feed is valid and deterministic', () => {
  const a = syntheticFeed(300, 7);
  assert.ok(validateFeed(JSON.parse(JSON.stringify(a))).ok);
  assert.equal(a.services.length, 300);
  assert.equal(JSON.stringify(syntheticFeed(300, 7)), JSON.stringify(a));
  assert.notEqual(JSON.stringify(syntheticFeed(300, 8)), JSON.stringify(a));
});

test('the quality bench counts recall, noise and empty results', () => {
  const result = validateFeed(searchFeed());
  assert.ok(result.ok);
  const quality = evaluateSearch(result.feed, {
    today: TODAY,
    queries: [
      { query: 'Ausländeramt', must: ['abh-kuen', 'abh-oehr'], mustNot: ['bb-oehr'] },
      { query: 'Kurs', must: [['ik-kuen', 'ik-oehr']], mustNot: ['schwimmen'] },
      { query: 'Zauberei', must: ['drv'] },
    ],
  });
  assert.equal(quality.queries, 3);
  assert.equal(quality.noisy, 1, 'the swimming course is in the top 5 for "Kurs"');
  assert.equal(quality.zeroResults, 1);
  assert.equal(quality.recallAt5, 2 / 3);
});
