import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, checkFeed, closestMatch, hoursEntries } from '../../src/core/check.js';
import type { FeedIssue } from '../../src/core/errors.js';
import { minimalFeed } from '../helpers/minimal-feed.js';

const TODAY = '2026-12-01';

/** A minimal feed with every entry reviewed and stewarded, so tests see only what they provoke. */
function cleanFeed(): any {
  const feed: any = minimalFeed();
  const st = { steward: 'lra', reviewed: '2026-10-01' };
  for (const list of [feed.organisations, feed.locations, feed.services, feed.responsibilities, feed.programmes]) for (const e of list) Object.assign(e, st);
  feed.holidays = { public: [], school: [] };
  return feed;
}

const codes = (issues: FeedIssue[]) => issues.map((i) => `${i.severity} ${i.code} ${i.pointer}`);
const find = (issues: FeedIssue[], code: string, pointer?: string) => issues.find((i) => i.code === code && (pointer === undefined || i.pointer === pointer));

test('a clean feed has no issues', () => {
  assert.deepEqual(codes(checkFeed(cleanFeed(), { today: TODAY })), []);
});

test('every issue has a pointer, a code and sentences in German and English', () => {
  const feed = cleanFeed();
  feed.services.push({ ...feed.services[0] });
  feed.services[0].organisation = 'nope';
  feed.locations[0].sensitive = true;
  for (const issue of checkFeed(feed, { today: TODAY })) {
    assert.match(issue.pointer, /^(\/[^/]+)*$/);
    assert.match(issue.code, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.ok(issue.message.de.length > 20 && issue.message.en.length > 20, JSON.stringify(issue));
  }
});

test('duplicate ids are errors at the second entry, naming the first', () => {
  const feed = cleanFeed();
  feed.services.push({ ...feed.services[0] });
  feed.topics.push({ id: 'sprache', label: 'Sprache 2' });
  const issues = checkFeed(feed, { today: TODAY });
  const dup = find(issues, 'duplicate-id', '/services/1/id');
  assert.equal(dup?.severity, 'error');
  assert.match(dup!.message.de, /„abh-lra“.*zuerst bei \/services\/0/);
  assert.ok(find(issues, 'duplicate-id', '/topics/2/id'));
});

test('dangling references are errors with a did-you-mean', () => {
  const feed = cleanFeed();
  feed.services[0].topics = ['aufenthal'];
  feed.services[0].at = [{ location: 'lra-kuen' }, { location: 'nirgends' }];
  feed.responsibilities[0].service = 'abh';
  feed.programmes[0].provider = 'kreis';
  feed.topics.push({ id: 'kurs', label: 'Kurs', parent: 'sprach' });
  const issues = checkFeed(feed, { today: TODAY });
  assert.match(find(issues, 'dangling-ref', '/services/0/topics/0')!.message.de, /Meinten Sie „aufenthalt“/);
  assert.ok(find(issues, 'dangling-ref', '/services/0/at/1/location'));
  assert.ok(find(issues, 'dangling-ref', '/responsibilities/0/service'));
  assert.ok(find(issues, 'dangling-ref', '/programmes/0/provider'));
  assert.ok(find(issues, 'dangling-ref', '/topics/2/parent'));
  assert.ok(issues.filter((i) => i.code === 'dangling-ref').every((i) => i.severity === 'error'));
});

test('AGS references must name a Gemeinde of the feed; neighbours count', () => {
  const feed = cleanFeed();
  feed.regions.neighbours = [{ id: 'hn', name: 'Heilbronn', ags: '08121000' }];
  feed.services[0].area = ['08126046', '08121000', '08126047'];
  feed.locations[0].gemeinde = '08126099';
  const issues = checkFeed(feed, { today: TODAY });
  assert.deepEqual(issues.filter((i) => i.code === 'unknown-gemeinde').map((i) => i.pointer), ['/locations/0/gemeinde', '/services/0/area/2']);
});

test('an Ortsteil must belong to the location\'s Gemeinde', () => {
  const feed = cleanFeed();
  feed.regions.gemeinden[1].ortsteile = [{ id: 'cappel', name: 'Cappel' }];
  feed.locations[0].ortsteil = 'cappel';
  assert.ok(find(checkFeed(feed, { today: TODAY }), 'ortsteil-gemeinde', '/locations/0/ortsteil'));
});

test('a protected place with an address or position: a warning (never shown; compile removes it)', () => {
  const feed = cleanFeed();
  feed.locations[0].sensitive = true;
  const issues = checkFeed(feed, { today: TODAY });
  assert.equal(find(issues, 'sensitive-address', '/locations/0/address')?.severity, 'warning');
  assert.equal(find(issues, 'sensitive-address', '/locations/0/geo')?.severity, 'warning');
  delete feed.locations[0].address;
  delete feed.locations[0].geo;
  assert.equal(find(checkFeed(feed, { today: TODAY }), 'sensitive-address'), undefined);
});

test('stale, missing review, expired, not yet valid', () => {
  const feed = cleanFeed();
  feed.services[0].reviewed = '2025-11-30';
  feed.locations[0].reviewed = '2025-12-01'; // exactly 12 months: not yet stale
  delete feed.organisations[0].reviewed;
  feed.programmes[0].validUntil = '2026-11-30';
  feed.responsibilities[0].validFrom = '2027-01-01';
  feed.validUntil = '2026-11-01';
  const issues = checkFeed(feed, { today: TODAY });
  assert.match(find(issues, 'stale', '/services/0/reviewed')!.message.de, /30\.11\.2025.*12 Monaten/);
  assert.equal(find(issues, 'stale', '/locations/0/reviewed'), undefined);
  assert.ok(find(issues, 'not-reviewed', '/organisations/0'));
  assert.ok(find(issues, 'expired', '/programmes/0/validUntil'));
  assert.ok(find(issues, 'not-yet-valid', '/responsibilities/0/validFrom'));
  assert.ok(find(issues, 'feed-expired', '/validUntil'));
  assert.ok(issues.every((i) => i.severity === 'warning'));
});

test('services: languages, a way in, a phone number', () => {
  const feed = cleanFeed();
  delete feed.services[0].languages;
  feed.services.push({ id: 'x', organisation: 'lra', name: 'Nirgends', topics: ['sprache'], access: ['walk-in'], languages: ['de'], steward: 'lra', reviewed: '2026-10-01' });
  feed.services.push({ id: 'tel', organisation: 'lra', name: 'Hotline', topics: ['sprache'], access: ['phone'], languages: ['de'], steward: 'lra', reviewed: '2026-10-01' });
  const issues = checkFeed(feed, { today: TODAY });
  assert.ok(find(issues, 'no-languages', '/services/0'));
  assert.ok(find(issues, 'no-place', '/services/1'));
  assert.ok(find(issues, 'no-phone', '/services/2/access'));
  feed.organisations[0].contact = { phone: '+49 7940 18-0' };
  assert.equal(find(checkFeed(feed, { today: TODAY }), 'no-phone'), undefined);
});

test('hours: a source feed gets one warning, an ended window one each', () => {
  const feed = cleanFeed();
  delete feed.locations[0].hours.compiled;
  feed.services[0].at[0].hours = { osm: 'Tu 09:00-12:00' };
  assert.equal(hoursEntries(feed).length, 2);
  let issues = checkFeed(feed, { today: TODAY });
  assert.equal(issues.filter((i) => i.code === 'hours-not-compiled').length, 1);
  const published = cleanFeed();
  published.locations[0].hours.compiled.window = ['2025-01-01', '2026-11-30'];
  issues = checkFeed(published, { today: TODAY });
  assert.ok(find(issues, 'hours-window-ended', '/locations/0/hours'));
});

test('HTML and script in texts are warnings (shown as text, never run)', () => {
  const feed = cleanFeed();
  feed.services[0].summary = { de: 'Hallo <script>alert(1)</script>' };
  feed.services[0].description = 'Bitte <b>Termin</b> vereinbaren';
  feed.programmes[0].title = 'Kurs &nbsp; neu';
  feed.locations[0].name = 'Rathaus <img src=x onerror=alert(1)>';
  const issues = checkFeed(feed, { today: TODAY });
  assert.equal(find(issues, 'html-script', '/services/0/summary/de')?.severity, 'warning');
  assert.ok(find(issues, 'html-in-text', '/services/0/description'));
  assert.ok(find(issues, 'html-in-text', '/programmes/0/title'));
  assert.ok(find(issues, 'html-script', '/locations/0/name'));
  feed.services[0].summary = { de: 'Kinder < 6 Jahre & Eltern' };
  assert.equal(find(checkFeed(feed, { today: TODAY }), 'html-script', '/services/0/summary/de'), undefined);
});

test('texts in languages the feed does not list: one warning per language', () => {
  const feed = cleanFeed();
  feed.services[0].name.fr = 'Service des étrangers';
  feed.topics[0].label.fr = 'Séjour';
  feed.topics[0].synonyms.tr = ['Yabancılar dairesi'];
  const issues = checkFeed(feed, { today: TODAY }).filter((i) => i.code === 'text-language-unlisted');
  assert.deepEqual(issues.map((i) => i.pointer), ['/topics/0/label/fr', '/topics/0/synonyms/tr']);
  assert.match(issues[0]!.message.de, /„fr“ \(2 Texte/);
});

test('programmes still active after their end', () => {
  const feed = cleanFeed();
  feed.programmes[0].schedule = { start: '2026-01-01', end: '2026-06-30' };
  assert.ok(find(checkFeed(feed, { today: TODAY }), 'programme-ended', '/programmes/0/status'));
  feed.programmes[0].schedule = { sessions: [{ start: '2026-05-01T10:00:00+02:00' }] };
  assert.ok(find(checkFeed(feed, { today: TODAY }), 'programme-ended'));
  feed.programmes[0].schedule = { sessions: [{ start: '2027-05-01T10:00:00+02:00' }] };
  assert.equal(find(checkFeed(feed, { today: TODAY }), 'programme-ended'), undefined);
});

function pathwayFeed(steps: any[]): any {
  const feed = cleanFeed();
  feed.pathways = [{
    id: 'neu', title: 'Neu hier',
    questions: [{ id: 'eu', text: 'EU?', options: [{ id: 'ja', label: 'Ja' }, { id: 'nein', label: 'Nein' }] }],
    steps,
  }];
  return feed;
}

test('pathways: a loop for some answers is an error that names the answers', () => {
  const issues = checkFeed(pathwayFeed([
    { id: 'a', title: 'A', topic: 'aufenthalt' },
    { id: 'b', title: 'B', next: [{ when: { eu: ['nein'] }, step: 'a' }] },
    { id: 'c', title: 'C' },
  ]), { today: TODAY });
  const loop = find(issues, 'pathway-loop', '/pathways/0/steps/1/next/0/step');
  assert.equal(loop?.severity, 'error');
  assert.match(loop!.message.de, /a → b → a/);
});

test('pathways: a backward jump that the answers never allow is not a loop', () => {
  // With eu = ja, a jumps past b; b jumps back only for eu = ja: no answer both reaches b and takes the jump.
  const issues = checkFeed(pathwayFeed([
    { id: 'a', title: 'A', next: [{ when: { eu: ['ja'] }, step: 'c' }] },
    { id: 'b', title: 'B', when: { eu: ['nein'] }, next: [{ when: { eu: ['ja'] }, step: 'a' }] },
    { id: 'c', title: 'C' },
  ]), { today: TODAY });
  assert.equal(find(issues, 'pathway-loop'), undefined, JSON.stringify(codes(issues)));
});

test('pathways: unreachable steps, unknown questions and options, dangling jumps', () => {
  const issues = checkFeed(pathwayFeed([
    { id: 'a', title: 'A', next: [{ step: 'c' }] },
    { id: 'b', title: 'B', when: { eux: ['ja'] } },
    { id: 'c', title: 'C', when: { eu: ['vielleicht'] }, next: [{ step: 'ende' }] },
  ]), { today: TODAY });
  assert.ok(find(issues, 'step-unreachable', '/pathways/0/steps/1'));
  assert.match(find(issues, 'condition-unknown-question', '/pathways/0/steps/1/when/eux')!.message.de, /Meinten Sie „eu“/);
  assert.ok(find(issues, 'condition-unknown-option', '/pathways/0/steps/2/when/eu/0'));
  assert.equal(find(issues, 'dangling-ref', '/pathways/0/steps/2/next/0/step')?.severity, 'error');
});

test('pathways: a step topic no service offers is a warning', () => {
  const feed = pathwayFeed([{ id: 'a', title: 'A', topic: 'sprache' }, { id: 'b', title: 'B', topic: 'aufenthalt' }]);
  const issues = checkFeed(feed, { today: TODAY });
  assert.ok(find(issues, 'step-topic-no-service', '/pathways/0/steps/0/topic'));
  assert.equal(find(issues, 'step-topic-no-service', '/pathways/0/steps/1/topic'), undefined);
});

test('feed level: Bundesland must match the Kreis key', () => {
  const feed = cleanFeed();
  feed.publisher.state = 'BY';
  assert.equal(find(checkFeed(feed, { today: TODAY }), 'state-mismatch')?.severity, 'error');
});

test('never throws on a feed that failed the schema', () => {
  for (const broken of [{}, { services: 'x' }, { services: [null, 1, 'x'], locations: [{ hours: 5 }], pathways: [{ steps: [{ next: 'x' }] }] }, { regions: { gemeinden: [{ ortsteile: [null] }] } }]) {
    assert.doesNotThrow(() => checkFeed(broken as any, { today: TODAY }));
  }
});

test('helpers: months clamp to the month end; close matches only', () => {
  assert.equal(addMonths('2026-01-31', 1), '2026-02-28');
  assert.equal(addMonths('2026-12-01', -12), '2025-12-01');
  assert.equal(addMonths('2026-12-01', 13), '2028-01-01');
  assert.equal(closestMatch('aufenthal', ['aufenthalt', 'sprache']), 'aufenthalt');
  assert.equal(closestMatch('xyz', ['aufenthalt', 'sprache']), undefined);
});

test('a place without Gemeinde is an error unless it is protected', () => {
  const feed = minimalFeed();
  delete (feed.locations[0] as { gemeinde?: string }).gemeinde;
  assert.ok(checkFeed(feed, { today: '2026-12-01' }).some((i) => i.code === 'location-without-gemeinde' && i.severity === 'error'));
  feed.locations[0] = { id: 'frauenhaus', name: 'Frauenhaus', sensitive: true };
  feed.services[0]!.at = [{ location: 'frauenhaus' }];
  assert.ok(!checkFeed(feed, { today: '2026-12-01' }).some((i) => i.code === 'location-without-gemeinde'));
});
