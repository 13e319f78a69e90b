import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { diffFeeds, dropProblem, dropsBeyond, formatDiff, hasChanges, diffJson } from '../../src/admin/feed-diff.js';

const services = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ id: `s${from + i}`, name: `Angebot ${from + i}` }));

describe('feed diff', () => {
  test('added, removed and changed per collection; responsibilities without id are named by content', () => {
    const before = {
      organisations: [{ id: 'lra', name: 'LRA' }],
      services: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }, { id: 'c', name: 'C' }],
      responsibilities: [{ topic: 'aufenthalt', gemeinden: '*', service: 'a' }],
    };
    const after = {
      organisations: [{ id: 'lra', name: 'LRA' }],
      services: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B neu' }, { id: 'd', name: 'D' }],
      responsibilities: [{ topic: 'aufenthalt', gemeinden: ['08126046'], service: 'a' }],
      pathways: [{ id: 'neu' }],
    };
    const diff = diffFeeds(before, after);
    assert.deepEqual(diff.collections.services, { before: 3, after: 3, added: ['d'], removed: ['c'], changed: ['b'] });
    assert.deepEqual(diff.collections.organisations, { before: 1, after: 1, added: [], removed: [], changed: [] });
    assert.deepEqual(diff.collections.responsibilities.added, ['aufenthalt→a [08126046]']);
    assert.deepEqual(diff.collections.responsibilities.removed, ['aufenthalt→a [*]']);
    assert.deepEqual(diff.collections.pathways.added, ['neu']);
    assert.equal(diff.before, 5);
    assert.equal(diff.after, 6);
    assert.equal(hasChanges(diff), true);
    assert.equal(hasChanges(diffFeeds(after, after)), false);
    assert.deepEqual(Object.keys(diffJson(diff)), ['before', 'after', 'collections']);
  });

  test('no previous feed: everything is added; duplicate ids are kept apart', () => {
    const diff = diffFeeds(undefined, { services: [{ id: 'x' }, { id: 'x', name: 'again' }] });
    assert.deepEqual(diff.collections.services.added, ['x', 'x (2)']);
    assert.equal(diff.before, 0);
    assert.deepEqual(dropsBeyond(diff), []);
  });

  test('drops beyond the threshold: total, and collections of 10 or more only', () => {
    const half = diffFeeds({ services: services(20) }, { services: services(10) });
    assert.deepEqual(dropsBeyond(half).map((d) => [d.scope, d.before, d.after, d.ratio]), [['total', 20, 10, 0.5], ['services', 20, 10, 0.5]]);
    assert.deepEqual(dropsBeyond(half, 0.5), [], 'exactly at the threshold is allowed');
    assert.deepEqual(dropsBeyond(diffFeeds({ services: services(20) }, { services: services(15) })), []);
    // A small collection losing most of its entries is fine while the total holds.
    const small = diffFeeds({ services: services(30), pathways: [{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }] }, { services: services(30), pathways: [] });
    assert.deepEqual(dropsBeyond(small), []);
    // A big collection shrinking is refused even when another grows.
    const shifted = diffFeeds({ services: services(20), locations: services(5) }, { services: services(5), locations: services(30) });
    assert.deepEqual(dropsBeyond(shifted).map((d) => d.scope), ['services']);
  });

  test('the refusal names counts and --force; the diff reads in both languages', () => {
    const diff = diffFeeds({ services: services(20) }, { services: [...services(9), { id: 's9', name: 'anders' }, ...services(2, 100)] });
    const problem = dropProblem(dropsBeyond(diff), 'feed.json', 0.3);
    assert.equal(problem.severity, 'error');
    assert.match(problem.message.de, /Angebote 20 → 12 \(−40 %\).*höchstens 30 % weniger.*--force/);
    assert.match(problem.message.en, /services 20 → 12 \(−40%\).*--dry-run.*--force/);
    assert.equal(dropProblem(dropsBeyond(diff), 'feed.json', 0.3, true).severity, 'warning');
    const de = formatDiff(diff, 'de', 5);
    assert.match(de, /^Angebote: 20 → 12$/m);
    assert.match(de, /^ {2}\+ neu \(2\): s100, s101$/m);
    assert.match(de, /^ {2}- entfernt \(10\): s10, s11, s12, s13, s14 … und 5 weitere$/m);
    assert.match(de, /^ {2}~ geändert \(1\): s9$/m);
    assert.match(formatDiff(diff, 'en'), /^ {2}- removed \(10\): s10, .*s19$/m);
    assert.equal(formatDiff(diffFeeds({}, {}), 'en'), 'No entries added, removed or changed.');
  });
});
