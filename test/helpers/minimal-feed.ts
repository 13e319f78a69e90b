/** A small valid feed for tests: two Gemeinden, one office with hours, one programme. */
import type { Feed } from '../../src/core/schema/index.js';

export function minimalFeed(overrides: Partial<Feed> = {}): Feed {
  return {
    version: '1.0',
    publisher: {
      name: 'Landratsamt Testkreis',
      ags: '08126',
      state: 'BW',
      contact: { email: 'integration@example.org' },
      licence: { name: 'Datenlizenz Deutschland – Namensnennung 2.0', url: 'https://www.govdata.de/dl-de/by-2-0' },
    },
    generatedAt: '2026-11-30T12:00:00+01:00',
    validUntil: '2027-12-31',
    sample: true,
    languages: [
      { code: 'de', dir: 'ltr' },
      { code: 'en', dir: 'ltr' },
      { code: 'ar', dir: 'rtl' },
    ],
    stewards: [{ id: 'lra', role: 'Integrationsbeauftragte', email: 'integration@example.org' }],
    regions: {
      kreis: { ags: '08126', name: 'Hohenlohekreis' },
      gemeinden: [
        { ags: '08126046', name: 'Künzelsau', centroid: [49.277894, 9.687069] },
        { ags: '08126066', name: 'Öhringen', centroid: [49.200104, 9.501119] },
      ],
    },
    topics: [
      { id: 'aufenthalt', label: { de: 'Aufenthalt', en: 'Residence' }, synonyms: { de: ['Ausländeramt'] } },
      { id: 'sprache', label: { de: 'Sprache lernen', en: 'Learning German' } },
    ],
    organisations: [{ id: 'lra', name: 'Landratsamt Hohenlohekreis' }],
    locations: [
      {
        id: 'lra-kuen',
        name: 'Landratsamt Künzelsau',
        gemeinde: '08126046',
        address: { street: 'Allee 17', postcode: '74653', city: 'Künzelsau' },
        geo: [49.2806, 9.6903],
        hours: {
          osm: 'Mo-Fr 08:00-12:00, Th 14:00-17:30; PH off',
          compiled: {
            week: [[[480, 720]], [[480, 720]], [[480, 720]], [[480, 720], [840, 1050]], [[480, 720]], [], []],
            except: { '2026-12-25': [], '2026-12-24': [] },
            window: ['2026-11-30', '2027-12-31'],
          },
        },
        accessibility: { wheelchair: 'yes' },
      },
    ],
    services: [
      {
        id: 'abh-lra',
        organisation: 'lra',
        name: { de: 'Ausländerbehörde', en: 'Immigration office', ar: 'دائرة الأجانب' },
        summary: { de: 'Aufenthaltstitel, Visum, Verlängerung' },
        topics: ['aufenthalt'],
        languages: ['de', 'en'],
        access: ['appointment'],
        at: [{ location: 'lra-kuen' }],
        steward: 'lra',
        reviewed: '2026-10-01',
      },
    ],
    responsibilities: [{ topic: 'aufenthalt', gemeinden: '*', service: 'abh-lra' }],
    programmes: [
      {
        id: 'sprachcafe',
        kind: 'language-cafe',
        title: 'Sprachcafé Künzelsau',
        provider: 'lra',
        location: 'lra-kuen',
        schedule: { recurrence: { days: ['th'], from: '15:00', to: '17:00' } },
        cost: { free: true },
        status: 'active',
      },
    ],
    ...overrides,
  };
}
