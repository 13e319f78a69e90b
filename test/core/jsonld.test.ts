import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createIndex } from '../../src/core/feed-index.js';
import { feedJsonLd, jsonLdGraph, jsonLdScriptText, openingHoursSpecification, serviceJsonLd } from '../../src/core/jsonld.js';
import type { Feed, Service } from '../../src/core/schema/index.js';
import { minimalFeed } from '../helpers/minimal-feed.js';

type Node = Record<string, any>;

function feed(): Feed {
  const f = minimalFeed();
  f.organisations[0]!.kind = 'authority';
  f.organisations.push({ id: 'verein', name: 'Freundeskreis Asyl', kind: 'association', contact: { website: 'https://verein.example' } });
  f.locations.push({ id: 'haus', name: 'Frauenhaus', gemeinde: '08126066', sensitive: true, address: { street: 'Geheim 1', postcode: '74613', city: 'Öhringen' }, geo: [49.2, 9.5] });
  f.locations[0]!.hours!.compiled!.week[5] = [[600, 720, 1]];
  f.services.push({
    id: 'beratung',
    organisation: 'verein',
    name: { de: 'Frauenberatung', en: 'Counselling for women' },
    summary: 'Vertraulich',
    topics: ['aufenthalt', 'sprache'],
    languages: ['de', 'ar'],
    cost: { free: true, text: 'kostenlos' },
    access: ['phone'],
    contact: { phone: '+49 7941 123' },
    at: [{ location: 'haus' }],
    area: ['08126066'],
  } as Service, {
    id: 'alt',
    organisation: 'verein',
    name: 'Abgelaufen',
    topics: ['sprache'],
    access: ['walk-in'],
    validUntil: '2020-01-01',
  } as Service);
  return f;
}

describe('schema.org JSON-LD', () => {
  test('a service of an authority is a GovernmentService at a GovernmentOffice with its hours', () => {
    const index = createIndex(feed());
    const ld = serviceJsonLd(index, index.services.get('abh-lra')!, { lang: 'en', url: 'https://kreis.example/finder?x=1#top' }) as Node;
    assert.equal(ld['@context'], 'https://schema.org');
    assert.equal(ld['@type'], 'GovernmentService');
    assert.equal(ld['@id'], 'https://kreis.example/finder?x=1#abh-lra');
    assert.equal(ld.name, 'Immigration office');
    assert.equal(ld.description, 'Aufenthaltstitel, Visum, Verlängerung');
    assert.deepEqual(ld.provider, { '@type': 'GovernmentOrganization', name: 'Landratsamt Hohenlohekreis' });
    assert.deepEqual(ld.areaServed, { '@type': 'AdministrativeArea', name: 'Hohenlohekreis', identifier: '08126' });
    assert.equal(ld.serviceType, 'Residence');
    const channel = ld.availableChannel as Node;
    assert.equal(channel['@type'], 'ServiceChannel');
    assert.deepEqual(channel.availableLanguage, ['de', 'en']);
    const place = channel.serviceLocation as Node;
    assert.equal(place['@type'], 'GovernmentOffice');
    assert.deepEqual(place.address, { '@type': 'PostalAddress', streetAddress: 'Allee 17', postalCode: '74653', addressLocality: 'Künzelsau', addressCountry: 'DE' });
    assert.deepEqual(place.geo, { '@type': 'GeoCoordinates', latitude: 49.2806, longitude: 9.6903 });
    // Mo–Fr 08–12 joined, Th afternoon separate; the Saturday appointment slot is left out.
    assert.deepEqual(place.openingHoursSpecification, [
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((d) => `https://schema.org/${d}`), opens: '08:00', closes: '12:00' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Thursday', opens: '14:00', closes: '17:30' },
    ]);
  });

  test('other providers give a Service; protected places have neither address nor position', () => {
    const index = createIndex(feed());
    const ld = serviceJsonLd(index, index.services.get('beratung')!) as Node;
    assert.equal(ld['@type'], 'Service');
    assert.equal(ld['@id'], undefined);
    assert.deepEqual(ld.provider, { '@type': 'Organization', name: 'Freundeskreis Asyl', url: 'https://verein.example' });
    assert.deepEqual(ld.areaServed, { '@type': 'AdministrativeArea', name: 'Öhringen', identifier: '08126066' });
    assert.deepEqual(ld.serviceType, ['Aufenthalt', 'Sprache lernen']);
    assert.equal(ld.isAccessibleForFree, true);
    assert.deepEqual(ld.offers, { '@type': 'Offer', price: 0, priceCurrency: 'EUR', description: 'kostenlos' });
    const channel = ld.availableChannel as Node;
    assert.deepEqual(channel.servicePhone, { '@type': 'ContactPoint', telephone: '+49 7941 123' });
    assert.deepEqual(channel.serviceLocation, { '@type': 'Place', name: 'Frauenhaus' });
    const json = JSON.stringify(ld);
    assert.doesNotMatch(json, /Geheim|74613|49\.2\b/);
  });

  test('opening hours: past midnight, around the clock, appointment-only and variable weeks', () => {
    const week = (day: [number, number][]) => [day, [], [], [], [], [], []] as never;
    assert.deepEqual(openingHoursSpecification({ week: week([[1200, 1560]]), window: ['2026-01-01', '2026-12-31'] }),
      [{ '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Monday', opens: '20:00', closes: '02:00' }]);
    assert.equal(openingHoursSpecification({ week: week([[0, 1440]]), window: ['2026-01-01', '2026-12-31'] })[0]!.closes, '23:59');
    assert.deepEqual(openingHoursSpecification({ week: week([[480, 600]]), window: ['2026-01-01', '2026-12-31'], variable: true }), []);
    assert.deepEqual(openingHoursSpecification(undefined), []);
  });

  test('feedJsonLd lists only current services; the graph drops the per-node context', () => {
    const index = createIndex(feed());
    const all = feedJsonLd(index, { today: '2026-12-01', url: (s) => `https://kreis.example/angebote/${s.id}` }) as Node[];
    assert.deepEqual(all.map((n) => n.identifier), ['abh-lra', 'beratung']);
    assert.equal(all[1]!.url, 'https://kreis.example/angebote/beratung');
    const graph = jsonLdGraph(all) as Node;
    assert.equal(graph['@context'], 'https://schema.org');
    assert.equal(graph['@graph'].length, 2);
    assert.equal(graph['@graph'][0]['@context'], undefined);
  });

  test('script text cannot close the element, and parses back to the same value', () => {
    const value = { name: '</script><script>alert(1)</script> & <!-- \u2028\u2029' };
    const text = jsonLdScriptText(value);
    assert.doesNotMatch(text, /[<>&\u2028\u2029]/);
    assert.match(text, /\\u003c\/script\\u003e/);
    assert.deepEqual(JSON.parse(text), value);
  });
});
