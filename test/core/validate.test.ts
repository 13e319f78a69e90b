import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateFeed, checkVersion, MAX_ISSUES } from '../../src/core/validate.js';
import { minimalFeed } from '../helpers/minimal-feed.js';

test('accepts a valid feed and returns it typed', () => {
  const r = validateFeed(minimalFeed());
  assert.equal(r.ok, true);
  if (r.ok) assert.equal(r.feed.services[0]!.id, 'abh-lra');
});

test('every problem has a JSON Pointer and a sentence in German and English', () => {
  const feed: any = minimalFeed();
  feed.regions.gemeinden[1].ags = '8126066';
  feed.services[0].name = { en: 'Immigration office' };
  delete feed.services[0].access;
  feed.locations[0].geo = [149.28, 9.69];
  const r = validateFeed(feed);
  assert.equal(r.ok, false);
  const byPointer = new Map(r.issues.map((i) => [i.pointer, i]));
  assert.match(byPointer.get('/regions/gemeinden/1/ags')!.message.de, /8 Ziffern.*Gefunden: "8126066"/);
  assert.match(byPointer.get('/services/0/name')!.message.de, /deutsche Text/);
  assert.equal(byPointer.get('/services/0/access')!.code, 'missing');
  assert.match(byPointer.get('/services/0/access')!.message.en, /required/);
  assert.match(byPointer.get('/locations/0/geo/0')!.message.de, /vertauscht/);
  for (const issue of r.issues) {
    assert.match(issue.pointer, /^(\/[^/]+)+$/);
    assert.ok(issue.message.de.length > 10 && issue.message.en.length > 10);
  }
});

test('JSON Pointers escape ~ and / in keys', () => {
  const feed: any = minimalFeed();
  feed.locations[0].hours.compiled.except = { 'a/b~c': [] };
  const r = validateFeed(feed);
  assert.equal(r.ok, false);
  assert.ok(r.issues.some((i) => i.pointer.startsWith('/locations/0/hours/compiled/except/a~1b~0c')), JSON.stringify(r.issues.map((i) => i.pointer)));
});

test('refuses unknown major versions with a clear message, accepts newer minors', () => {
  const future = validateFeed({ ...minimalFeed(), version: '2.0' });
  assert.equal(future.ok, false);
  assert.equal(future.issues[0]!.code, 'version-unsupported');
  assert.match(future.issues[0]!.message.de, /Formatversion 2\.0.*nur Version 1\.x.*aktualisieren/);
  assert.equal(validateFeed({ ...minimalFeed(), version: '1.7' }).ok, true);
  assert.equal(checkVersion({}).ok, false);
  assert.equal(checkVersion('not a feed').ok, false);
  assert.equal(checkVersion([1, 2]).ok, false);
});

test('never throws on garbage, and caps the number of issues', () => {
  for (const junk of [null, 42, 'x', [], { version: '1.0' }, { version: '1.0', services: 'x' }]) {
    const r = validateFeed(junk);
    assert.equal(r.ok, false);
  }
  const feed: any = minimalFeed();
  feed.services = Array.from({ length: 1000 }, () => ({ id: 'bad id' }));
  const r = validateFeed(feed);
  assert.equal(r.ok, false);
  if (!r.ok) {
    assert.equal(r.issues.length, MAX_ISSUES);
    assert.ok(r.truncated > 0);
  }
});

test('HTML in texts is accepted as text (the components show it as text; the CLI warns)', () => {
  const feed: any = minimalFeed();
  feed.services[0].name = '<script>alert(1)</script>';
  assert.equal(validateFeed(feed).ok, true);
});
