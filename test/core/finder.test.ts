/** The finder's answer without a UI: order, "zuständig für Sie", places, and alternatives for empty results. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createIndex } from '../../src/core/feed-index.js';
import { finderResults, spokenLanguages } from '../../src/core/finder.js';
import { finderAlternatives } from '../../src/core/finder-alternatives.js';
import { kreisFeed, KRAUTHEIM, KUENZELSAU, OEHRINGEN } from '../helpers/kreis-feed.js';

const index = createIndex(kreisFeed());
const TODAY = '2026-12-01';
const ids = (results: { service: { id: string } }[]) => results.map((r) => r.service.id);

test('the office responsible for the person’s Gemeinde comes first and is marked, with its place', () => {
  const oehringen = finderResults(index, { topic: 'aufenthalt', home: OEHRINGEN, today: TODAY });
  assert.equal(oehringen[0]!.service.id, 'abh-oeh');
  assert.equal(oehringen[0]!.responsible?.match, 'recorded');
  assert.equal(oehringen[0]!.responsible?.elsewhere, false);
  assert.equal(oehringen[1]!.responsible, undefined, 'the other Ausländerbehörde is listed but not marked');

  const krautheim = finderResults(index, { topic: 'aufenthalt', home: KRAUTHEIM, today: TODAY });
  assert.equal(krautheim[0]!.service.id, 'abh-lra');
  assert.equal(krautheim[0]!.responsible?.elsewhere, true, 'the office sits in Künzelsau, not in Krautheim');
});

test('a status picks the responsible office and the place that serves the Gemeinde', () => {
  const results = finderResults(index, { topic: 'leistungen', home: OEHRINGEN, status: 'anerkannt', today: TODAY });
  assert.equal(results[0]!.service.id, 'jobcenter');
  assert.equal(results[0]!.location?.id, 'jc-oeh');
  const asylum = finderResults(index, { topic: 'leistungen', home: OEHRINGEN, status: 'asylbewerber', today: TODAY });
  assert.equal(asylum[0]!.service.id, 'sozialamt');
});

test('without a search, offers in the person’s Gemeinde come first, then by distance; expired ones never', () => {
  const results = finderResults(index, { topic: 'beratung', home: OEHRINGEN, today: TODAY });
  // The online offer serves Öhringen only: it is "yours"; then offers with a place, nearest first.
  assert.deepEqual(ids(results), ['online-only', 'mbe-caritas', 'frauenberatung']);
  assert.equal(results[0]!.responsible?.match, 'area');
  assert.ok(!ids(results).includes('old-project'));
  // From Künzelsau the Öhringen-only offer is still listed, last and marked, never silently dropped.
  const kuen = finderResults(index, { topic: 'beratung', home: KUENZELSAU, today: TODAY });
  assert.equal(kuen.at(-1)!.service.id, 'online-only');
  assert.equal(kuen.at(-1)!.othersOnly, true);
  assert.ok(kuen.slice(0, -1).every((r) => !r.othersOnly));
});

test('search hits decide the order, the responsible office joins them, and offices for other Gemeinden come last', () => {
  const results = finderResults(index, {
    home: KUENZELSAU, askedTopic: 'aufenthalt', today: TODAY,
    hits: [{ id: 'abh-oeh', score: 5 }, { id: 'mbe-caritas', score: 2 }],
  });
  // The Öhringen office serves Öhringen's area only: a visitor from Künzelsau sees it after the rest, marked.
  assert.deepEqual(ids(results), ['abh-lra', 'mbe-caritas', 'abh-oeh']);
  assert.equal(results[2]!.othersOnly, true);
});

test('filters narrow by facts; the place filter keeps offers with a place in that Gemeinde', () => {
  assert.deepEqual(ids(finderResults(index, { free: true, childcare: true, today: TODAY })), ['mbe-caritas']);
  assert.deepEqual(ids(finderResults(index, { place: OEHRINGEN, topic: 'aufenthalt', today: TODAY })), ['abh-oeh']);
  assert.deepEqual(ids(finderResults(index, { language: 'uk-UA', today: TODAY })), ['abh-oeh']);
  assert.deepEqual(ids(finderResults(index, { barrierFree: true, topic: 'aufenthalt', today: TODAY })), ['abh-lra']);
});

test('an empty answer names the filters to drop (with counts) and the nearest offers of the same topic', () => {
  const query = { topic: 'beratung', childcare: true, access: ['phone' as const], home: KUENZELSAU, today: TODAY };
  assert.equal(finderResults(index, query).length, 0);
  const { relax, nearby } = finderAlternatives(index, query);
  assert.deepEqual(relax, [{ filter: 'access', count: 1 }, { filter: 'childcare', count: 1 }]);
  // Nearest first, whatever the other wishes: Künzelsau's own offer, then Öhringen's.
  assert.deepEqual(ids(nearby), ['frauenberatung', 'mbe-caritas', 'online-only']);
  assert.ok(nearby[1]!.distanceKm! > 5);
});

test('languages spoken anywhere, for the filter', () => {
  assert.deepEqual(spokenLanguages(index), ['ar', 'de', 'en', 'fa', 'uk']);
});
