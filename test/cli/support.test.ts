/** The CLI's building blocks: official Gemeinde list, unknown fields, atomic writes, the compile window. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, stat, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { displayName } from '../../src/admin/gemeinden.js';
import { loadGemeinden } from '../../src/cli/gemeinden-file.js';
import { suggestField, unknownFields } from '../../src/admin/unknown-fields.js';
import { writeFileAtomic } from '../../src/cli/atomic-write.js';
import { compileWindow } from '../../src/admin/feed-hours.js';
import { berlinDateTime } from '../../src/cli/commands/compile.js';
import { minimalFeed } from '../helpers/minimal-feed.js';

let dir: string;
before(async () => { dir = await mkdtemp(join(tmpdir(), 'wegweiser-support-')); });
after(async () => { await rm(dir, { recursive: true, force: true }); });

test('the official list: every German Gemeinde, display names without ", Stadt"', () => {
  const list = loadGemeinden();
  assert.equal(list.size, 11_004);
  const kuenzelsau = list.get('08126046')!;
  assert.deepEqual([kuenzelsau.name, kuenzelsau.officialName, kuenzelsau.kreisName, kuenzelsau.land], ['Künzelsau', 'Künzelsau, Stadt', 'Hohenlohekreis', 'Baden-Württemberg']);
  assert.deepEqual(kuenzelsau.centroid, [49.277894, 9.687069]);
  assert.equal(list.get('01001000')!.name, 'Flensburg');
  assert.equal(list.inKreis('08126').length, 16);
  assert.equal(list.get('08126999'), undefined);
  assert.equal(displayName('Halle (Saale), Stadt'), 'Halle (Saale)');
  assert.equal(displayName('Weiden i.d.OPf.'), 'Weiden i.d.OPf.');
});

test('unknown fields: one warning per misspelling and place, with a suggestion', () => {
  const feed: any = minimalFeed();
  feed.services[0].titel = 'x';
  feed.services.push({ ...feed.services[0], id: 'b' });
  feed.locations[0].address.strasse = 'Allee 17';
  feed.locations[0].Geo = [49, 9];
  feed.programmes[0].valid_until = '2027-01-01';
  feed.extra = true;
  const issues = unknownFields(feed);
  const byPointer = new Map(issues.map((i) => [i.pointer, i.message.de]));
  assert.match(byPointer.get('/services/0/titel')!, /\(2-mal, z\. B\. hier\).*Meinten Sie „name“/);
  assert.match(byPointer.get('/locations/0/address/strasse')!, /Meinten Sie „street“/);
  assert.match(byPointer.get('/locations/0/Geo')!, /Meinten Sie „geo“/);
  assert.match(byPointer.get('/programmes/0/valid_until')!, /Meinten Sie „validUntil“/);
  assert.ok(byPointer.has('/extra'));
  // Texts are open per language; compiled hours have records keyed by date: no false alarms.
  assert.equal([...byPointer.keys()].filter((p) => p.includes('/name/') || p.includes('/except/')).length, 0);
  assert.equal(suggestField('oeffnungszeiten', ['hours', 'name']), 'hours');
  assert.equal(suggestField('zzz', ['hours', 'name']), undefined);
});

test('atomic write: replaces whole, keeps permissions, leaves nothing behind on failure', async () => {
  const target = join(dir, 'feed.json');
  await writeFile(target, 'old');
  await chmod(target, 0o640);
  await writeFileAtomic(target, 'new content');
  assert.equal(await readFile(target, 'utf8'), 'new content');
  assert.equal((await stat(target)).mode & 0o777, 0o640);
  await assert.rejects(writeFileAtomic(target, 'bad content', { check: () => { throw new Error('not a valid feed'); } }), /not a valid feed/);
  assert.equal(await readFile(target, 'utf8'), 'new content');
  await assert.rejects(writeFileAtomic(join(dir, 'missing', 'feed.json'), 'x'));
  assert.deepEqual((await readdir(dir)).sort(), ['feed.json']);
});

test('compile window: until validUntil, else 13 months, never more than 18', () => {
  assert.deepEqual(compileWindow({ validUntil: '2027-06-30' }, '2026-12-01'), { from: '2026-12-01', to: '2027-06-30' });
  assert.deepEqual(compileWindow({}, '2026-12-01'), { from: '2026-12-01', to: '2028-01-01' });
  assert.deepEqual(compileWindow({ validUntil: '2030-01-01' }, '2026-12-01'), { from: '2026-12-01', to: '2028-06-01' });
  assert.deepEqual(compileWindow({ validUntil: '2026-01-01' }, '2026-12-01'), { from: '2026-12-01', to: '2028-01-01' });
});

test('generatedAt is Berlin wall-clock time with its offset (winter and summer)', () => {
  assert.equal(berlinDateTime(new Date('2026-12-01T08:00:00Z')), '2026-12-01T09:00:00+01:00');
  assert.equal(berlinDateTime(new Date('2027-07-01T22:30:05Z')), '2027-07-02T00:30:05+02:00');
});
