/** The Integreat samples (Augsburg in German, English, Arabic; Nürnberg) → a source feed that validates, with what could not be carried listed. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { classifyAnswer, type Answer } from '../../src/admin/integreat/answers.js';
import { mapIntegreat } from '../../src/admin/integreat/map.js';
import { LossReport } from '../../src/admin/hsds/loss.js';
import { feedProblems } from '../../src/admin/inspect.js';
import { loadGemeinden } from '../../src/cli/gemeinden-file.js';

const DIR = '../shared/data/integreat';
const answers: Answer[] = readdirSync(DIR).filter((n) => n.endsWith('.json')).map((name) => {
  const c = classifyAnswer(name, JSON.parse(readFileSync(`${DIR}/${name}`, 'utf8')));
  if (!c.ok) throw new Error(c.message.en);
  return c.answer;
});
const gemeinden = loadGemeinden();
const TODAY = '2029-12-01';
const WINDOW = { from: '2029-12-01', to: '2031-05-31' };

function run(region: string, extra: { pagesAsPathways?: boolean } = {}) {
  const loss = new LossReport();
  const result = mapIntegreat({ answers, gemeinden, today: TODAY, window: WINDOW, region, loss, ...extra });
  assert.ok(result.ok, result.ok ? '' : result.message.en);
  return { ...result.mapped, loss };
}

test('Augsburg: the town as Kreis, its languages (Arabic and Farsi right to left), the place in three languages with its hours', () => {
  const { feed, loss } = run('augsburg');
  assert.deepEqual(feed.regions, { kreis: { ags: '09761', name: gemeinden.kreisName('09761') }, gemeinden: [{ ags: '09761000', name: 'Augsburg' }], neighbours: (feed.regions as { neighbours: unknown[] }).neighbours });
  assert.deepEqual((feed.regions as { neighbours: Array<{ name: string }> }).neighbours.map((n) => n.name).sort(), ['Kissing', 'Mering', 'Schmiechen', 'Steindorf']);
  assert.deepEqual((feed.languages as Array<{ code: string; dir: string }>).map((l) => `${l.code}:${l.dir}`), ['de:ltr', 'en:ltr', 'ar:rtl', 'fa:rtl']);
  const [location] = feed.locations as Array<Record<string, unknown>>;
  assert.deepEqual(location!.name, { de: 'Test-Ort', en: 'Test location', ar: 'موقع الاختبار' });
  assert.equal(location!.gemeinde, '09761000');
  assert.deepEqual(location!.address, { street: 'Wolfgangstraße 2', postcode: '86153', city: 'Augsburg' });
  assert.equal((location!.hours as { osm: string }).osm, 'Mo-Tu,Th 10:00-13:00,15:00-18:00; We,Sa-Su off; Fr 10:00-14:00');
  const [service] = feed.services as Array<Record<string, unknown>>;
  assert.deepEqual(service!.topics, ['ig-behorde-amt'.replace('behorde', 'behoerde')]);
  assert.equal((service!.summary as Record<string, string>).de, 'Beschreibung des Test-Ortes');
  assert.ok(loss.list().some((e) => e.path === 'offers'), 'the extras are in the loss report');
  assert.ok(loss.list().some((e) => e.path === 'pages' && e.count > 0), 'pages are counted without --pages-as-pathways');
});

test('Augsburg events: one programme per series, a rhythm every other week, in German and English', () => {
  const { feed } = run('augsburg');
  const programmes = feed.programmes as Array<Record<string, unknown>>;
  assert.equal(programmes.length, 1);
  assert.deepEqual(programmes[0]!.title, { de: 'Test-Veranstaltung', en: 'Test-Event' });
  assert.deepEqual((programmes[0]!.schedule as { recurrence: unknown }).recurrence, { days: ['tu', 'th'], from: '13:00', to: '15:00', everyWeeks: 2 });
  assert.equal(programmes[0]!.status, 'planned');
});

test('the mapped source passes the feed checks (no errors); pages become pathway drafts on request', () => {
  const { feed, warnings } = run('augsburg', { pagesAsPathways: true });
  const checked = feedProblems({ ...feed, generatedAt: '2029-12-01T09:00:00+01:00' }, TODAY, gemeinden);
  assert.deepEqual(checked.problems.filter((p) => p.severity === 'error').map((p) => `${p.pointer} ${p.code}`), []);
  const pathways = feed.pathways as Array<{ id: string; title: unknown; steps: Array<{ title: unknown; body?: unknown }> }>;
  const offices = pathways.find((p) => p.id === 'ig-entwurf-behoerden-und-beratung')!;
  // Sub-pages and their sub-pages, in order, as steps (the paths mix composed and decomposed umlauts).
  assert.deepEqual(offices.steps.map((s) => (typeof s.title === 'string' ? s.title : (s.title as { de: string }).de)), ['Behörden', 'Ausländerbehörde', 'Gesundheitsamt']);
  assert.doesNotMatch(JSON.stringify(offices.steps), /<\/?(p|li|a|ul)\b/, 'text without HTML');
  assert.ok(warnings.some((w) => /Wegweiser-Entwurf/.test(w.message.de)));
});

test('Nürnberg: its own alias "Nuernberg" is no neighbour; a pin 5,000 km from the town is dropped with a warning', () => {
  const { feed, warnings, loss } = run('nurnberg');
  assert.equal((feed.regions as { kreis: { ags: string } }).kreis.ags, '09564');
  assert.equal((feed.regions as { neighbours?: unknown }).neighbours, undefined);
  const [location] = feed.locations as Array<Record<string, unknown>>;
  assert.equal(location!.gemeinde, '09564000');
  assert.equal(location!.geo, undefined);
  assert.ok(warnings.some((w) => /km von Nürnberg entfernt/.test(w.message.de)));
  assert.ok(loss.list().some((e) => e.path === 'locations.location.coordinates'));
  assert.ok(!loss.list().some((e) => e.path === 'region.aliases'));
});

test('a place that fits no Gemeinde: in a town app it is taken to be in the town, in a Landkreis app it is left out; both say so', () => {
  const place = { id: 7, url: 'x', path: '/nurnberg/de/locations/irgendwo/', title: 'Irgendwo', excerpt: '', content: '', available_languages: {}, category: null,
    opening_hours: null, temporarily_closed: false, location: { id: 8, address: 'Weg 1', town: 'Nirgendwo', postcode: '99999', latitude: null, longitude: null } };
  const extra: Answer = { name: 'extra.json', endpoint: 'locations', region: 'nurnberg', lang: 'de', items: [place] };
  const town = mapIntegreat({ answers: [...answers, extra], gemeinden, today: TODAY, window: WINDOW, region: 'nurnberg', loss: new LossReport() });
  assert.ok(town.ok);
  assert.equal((town.mapped.feed.locations as Array<Record<string, unknown>>).find((l) => l.id === 'ig-irgendwo')!.gemeinde, '09564000');
  assert.ok(town.mapped.warnings.some((w) => /„Irgendwo“ liegt in keiner Gemeinde des Kreises \(Ort: Nirgendwo.*angenommen: Nürnberg/.test(w.message.de)));
  const loss = new LossReport();
  const landkreis = mapIntegreat({ answers: [...answers, extra], gemeinden, today: TODAY, window: WINDOW, region: 'nurnberg', kreis: '09572', loss });
  assert.ok(landkreis.ok);
  assert.equal((landkreis.mapped.feed.locations as Array<{ id: string }>).some((l) => l.id === 'ig-irgendwo'), false);
  assert.ok(landkreis.mapped.warnings.some((w) => /„Irgendwo“ .*nicht übernommen/.test(w.message.de)));
  assert.ok(loss.list().some((e) => e.path === 'locations (ohne Gemeinde)'));
});

test('several regions without --region, or none known: a sentence that says what to do', () => {
  const loss = new LossReport();
  const r = mapIntegreat({ answers, gemeinden, today: TODAY, window: WINDOW, loss });
  assert.ok(!r.ok && /--region/.test(r.message.de));
});
