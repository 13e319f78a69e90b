import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createIndex } from '../../src/core/feed-index.js';
import { responsibleFor } from '../../src/core/responsibility.js';
import { kreisFeed, KRAUTHEIM, KUENZELSAU, OEHRINGEN } from '../helpers/kreis-feed.js';

const index = createIndex(kreisFeed());
const today = '2026-12-01';

test('each Gemeinde gets its own Ausländerbehörde', () => {
  const kuen = responsibleFor(index, { gemeinde: KUENZELSAU, topic: 'aufenthalt', today });
  assert.equal(kuen[0]!.service.id, 'abh-lra');
  assert.equal(kuen[0]!.match, 'recorded');
  assert.equal(kuen[0]!.elsewhere, false);
  const oeh = responsibleFor(index, { gemeinde: OEHRINGEN, topic: 'aufenthalt', today });
  assert.deepEqual(oeh.map((o) => o.service.id), ['abh-oeh']);
});

test('says when the office is in another Gemeinde, and how far', () => {
  const [office] = responsibleFor(index, { gemeinde: KRAUTHEIM, topic: 'aufenthalt', today });
  assert.equal(office!.service.id, 'abh-lra');
  assert.equal(office!.elsewhere, true);
  assert.equal(office!.location!.gemeinde, KUENZELSAU);
  assert.ok(office!.distanceKm! > 10 && office!.distanceKm! < 15, String(office!.distanceKm));
});

test('the status decides between Sozialamt and Jobcenter, and the branch follows the Gemeinde', () => {
  const asyl = responsibleFor(index, { gemeinde: OEHRINGEN, topic: 'leistungen', status: 'asylbewerber', today });
  assert.equal(asyl[0]!.service.id, 'sozialamt');
  assert.equal(asyl[0]!.match, 'recorded');
  const recognised = responsibleFor(index, { gemeinde: OEHRINGEN, topic: 'leistungen', status: 'anerkannt', today });
  assert.equal(recognised[0]!.service.id, 'jobcenter');
  assert.equal(recognised[0]!.location!.id, 'jc-oeh');
  const recognisedKuen = responsibleFor(index, { gemeinde: KUENZELSAU, topic: 'leistungen', status: 'anerkannt', today });
  assert.equal(recognisedKuen[0]!.location!.id, 'jc-kuen');
});

test('without a status, every status-specific office is listed with the statuses it is for', () => {
  const all = responsibleFor(index, { gemeinde: OEHRINGEN, topic: 'leistungen', today });
  assert.deepEqual(all.map((o) => [o.service.id, o.match, o.statuses]).sort(), [
    ['jobcenter', 'other-status', ['anerkannt']],
    ['sozialamt', 'other-status', ['asylbewerber']],
  ]);
});

test('without a rule, a service whose own area names the Gemeinde is the responsible one', () => {
  const [own] = responsibleFor(index, { gemeinde: OEHRINGEN, topic: 'beratung', today });
  assert.equal(own!.match, 'area');
  assert.equal(own!.service.id, 'online-only');
});

test('when nothing is recorded, the nearest current office of the topic is offered', () => {
  const [nearest, ...rest] = responsibleFor(index, { gemeinde: KRAUTHEIM, topic: 'beratung', today });
  assert.equal(nearest!.match, 'nearest');
  assert.equal(nearest!.service.id, 'frauenberatung');
  const ids = [nearest!, ...rest].map((o) => o.service.id);
  assert.ok(!ids.includes('old-project'), 'expired services are never offered');
  const fromKuen = responsibleFor(index, { gemeinde: KUENZELSAU, topic: 'beratung', today });
  assert.ok(!fromKuen.some((o) => o.service.id === 'online-only'), 'a service limited to Öhringen is not offered in Künzelsau');
});

test('when no office of the topic serves the Gemeinde, the nearest is still offered, marked as outside its area', () => {
  const feed = kreisFeed();
  feed.services.find((s) => s.id === 'online-only')!.topics = ['kita'];
  feed.topics.push({ id: 'kita', label: 'Kita' });
  const [office] = responsibleFor(createIndex(feed), { gemeinde: KRAUTHEIM, topic: 'kita', today });
  assert.equal(office!.service.id, 'online-only');
  assert.equal(office!.outsideArea, true);
});

test('a sensitive place counts by its Gemeinde centre only', () => {
  const [first] = responsibleFor(index, { gemeinde: KUENZELSAU, topic: 'beratung', today });
  assert.equal(first!.service.id, 'frauenberatung');
  assert.ok(Math.abs(first!.distanceKm!) < 0.01, 'distance to the Gemeinde centre, not to the real address');
});

test('a rule for a broader topic answers a narrower question', () => {
  const feed = kreisFeed();
  feed.responsibilities!.push({ topic: 'sprache', gemeinden: '*', service: 'mbe-caritas' });
  const r = responsibleFor(createIndex(feed), { gemeinde: KRAUTHEIM, topic: 'integrationskurs', today });
  assert.equal(r[0]!.service.id, 'mbe-caritas');
  assert.equal(r[0]!.match, 'recorded');
});
