/**
 * The finder path on a Kreis the kit was not tuned on (test/fixtures/vogelsberg):
 * one list for offices, courses, funding programmes and paths; responsibility
 * per kind of office; offices for other Gemeinden last, never dropped; filters
 * that only apply to offices say what they hide; the Kreis's own lexicon.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createIndex } from '../../src/core/feed-index.js';
import { createSearch } from '../../src/core/search.js';
import { entryId, finderAnswer, type FinderAsk } from '../../src/core/finder-answer.js';
import { responsibleFor, servesHome } from '../../src/core/responsibility.js';
import { stepContact } from '../../src/core/pathway.js';
import { vogelsbergFeed, VOGELSBERG_DAY } from '../fixtures/vogelsberg/feed.js';

const today = VOGELSBERG_DAY;
const index = createIndex(vogelsbergFeed());
const search = createSearch(index);
const LAUTERBACH = '06535011';
const ROMROD = '06535014';
const SCHOTTEN = '06535016';

const answer = (ask: FinderAsk) => finderAnswer(index, search, { today, ...ask });
const ids = (ask: FinderAsk) => answer(ask).entries.map(entryId);

test('one list: offices, courses, funding programmes and Wegweiser paths for one question', () => {
  const { entries } = answer({ q: 'Deutschkurs' });
  const kinds = new Set(entries.map((e) => e.kind));
  assert.ok(kinds.has('programme') && kinds.has('service'), [...kinds].join());
  assert.ok(ids({ q: 'Foerderung Verein' })[0] === 'foerderung-verein');
  assert.ok(ids({ q: 'Einbürgerung' }).includes('einbuergern'), 'the path is listed');
  // Ended courses disappear by themselves; a cancelled one stays, behind the ones that take place.
  const courses = ids({ q: 'Deutschkurs' });
  assert.ok(!courses.includes('ik-alt'));
  assert.ok(courses.indexOf('deutsch-a1-schlitz') > courses.indexOf('ik-lauterbach'));
});

test('responsibility per kind of office: each Gemeinde gets its own Ausländerbehörde first', () => {
  const romrod = answer({ q: 'Ausländerbehörde', home: ROMROD });
  assert.equal(entryId(romrod.entries[0]!), 'abh-alsfeld');
  assert.equal(romrod.askedType, 'auslaenderbehoerde');
  const first = romrod.entries[0]!;
  assert.ok(first.kind === 'service' && first.responsible?.match === 'recorded');
  // The other office is listed, after, and marked as serving other Gemeinden.
  const lauterbachOffice = romrod.entries.find((e) => entryId(e) === 'abh-lauterbach');
  assert.ok(lauterbachOffice?.kind === 'service' && lauterbachOffice.othersOnly);
  // A rule for one kind of office never makes an office of another kind "yours".
  assert.ok(romrod.entries.every((e) => e.kind !== 'service' || !e.responsible || e.service.types?.includes('auslaenderbehoerde')));
  assert.deepEqual(responsibleFor(index, { gemeinde: ROMROD, serviceType: 'einbuergerung', today }).map((o) => o.service.id), ['einbuergerung']);
});

test('the office that serves the Gemeinde comes first even when only another office’s text has the word', () => {
  const { entries } = answer({ q: 'Mietzuschuss', home: LAUTERBACH });
  assert.equal(entryId(entries[0]!), 'wohngeld-lauterbach');
  assert.ok(entries[0]!.kind === 'service' && entries[0]!.responsible?.match === 'area');
  const kreis = entries.find((e) => entryId(e) === 'wohngeld-kreis');
  assert.ok(kreis?.kind === 'service' && kreis.othersOnly, 'the Kreis office is listed, marked, not dropped');
  assert.equal(servesHome(index, index.services.get('wohngeld-kreis')!, LAUTERBACH, today), false);
  assert.equal(entryId(answer({ q: 'Mietzuschuss', home: SCHOTTEN }).entries[0]!), 'wohngeld-kreis');
});

test('browsing a topic with a Gemeinde: its own offices first, other Gemeinden’s last and marked, courses between', () => {
  const { entries } = answer({ topic: 'kita', home: SCHOTTEN });
  const order = entries.map(entryId);
  assert.equal(order[0], 'kita-schotten');
  const marked = entries.filter((e) => e.kind === 'service' && e.othersOnly).map(entryId);
  assert.deepEqual(marked.sort(), ['kita-alsfeld', 'kita-lauterbach']);
  assert.deepEqual(order.slice(-2).sort(), ['kita-alsfeld', 'kita-lauterbach']);
});

test('a filter that only applies to offices hides courses and paths, and says how many', () => {
  const all = answer({ q: 'Deutschkurs' });
  const walkIn = answer({ q: 'Deutschkurs', access: ['walk-in'] });
  assert.ok(walkIn.entries.every((e) => e.kind === 'service'));
  const hidden = walkIn.hidden.reduce((n, h) => n + h.count, 0);
  assert.equal(hidden, all.entries.filter((e) => e.kind !== 'service').length);
});

test('by kind and by cost category', () => {
  assert.deepEqual(answer({ only: 'funding' }).entries.map(entryId).sort(), ['foerderung-verein', 'wir-programm']);
  assert.deepEqual(answer({ costs: ['refundable'] }).entries.map(entryId).sort(), ['ik-lauterbach', 'sportverein-integration']);
  // "kostenlos" covers entries that only say free: true.
  assert.ok(answer({ costs: ['free', 'donation'] }).entries.map(entryId).includes('schuldnerberatung'));
});

test('the Kreis extends the lexicon in the feed', () => {
  assert.equal(ids({ q: 'Landesticket' })[0], 'mobilitaetszentrale');
  const without = vogelsbergFeed();
  delete without.lexicon;
  const plain = createIndex(without);
  assert.deepEqual(finderAnswer(plain, createSearch(plain), { q: 'Landesticket', today }).entries, []);
});

test('compounds typed apart or joined find the same entries; everyday words reach office words', () => {
  const joined = new Set(ids({ q: 'Sprachkurs' }).slice(0, 5));
  const apart = ids({ q: 'Sprach Kurs' }).slice(0, 5);
  assert.ok(apart.filter((id) => joined.has(id)).length >= 3, `${apart.join()} vs ${[...joined].join()}`);
  assert.ok(!apart.includes('sprachmittler'), 'the interpreter pool is not a language course');
  assert.equal(ids({ q: 'Busfahrkarte' })[0], 'mobilitaetszentrale');
  assert.ok(ids({ q: 'Kinder Garten' }).slice(0, 4).every((id) => id.startsWith('kita') || id === 'tagespflege'));
});

test('a Wegweiser step names the kind of office: the one responsible for the chosen Gemeinde', () => {
  const pathway = index.pathways.get('ankommen')!;
  const step = pathway.steps.find((s) => s.id === 'aufenthalt')!;
  assert.equal(stepContact(index, step, { gemeinde: ROMROD, today }).office?.service.id, 'abh-alsfeld');
  assert.equal(stepContact(index, step, { gemeinde: SCHOTTEN, today }).office?.service.id, 'abh-lauterbach');
  const register = pathway.steps.find((s) => s.id === 'anmelden')!;
  assert.equal(stepContact(index, register, { gemeinde: SCHOTTEN, today }).office?.service.id, 'bb-schotten');
});
