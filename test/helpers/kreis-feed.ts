/**
 * A small Kreis for query tests: two Ausländerbehörden (Landratsamt for all
 * but Öhringen, the town for itself), benefits by status (Sozialamt for
 * asylum seekers, Jobcenter for recognised refugees), a counselling service
 * with no recorded responsibility, and programmes of several kinds.
 */
import type { Feed, Location, Service } from '../../src/core/schema/index.js';
import { minimalFeed } from './minimal-feed.js';

export const KUENZELSAU = '08126046';
export const OEHRINGEN = '08126066';
export const KRAUTHEIM = '08126045';

const weekdays = (from: number, to: number) => [[[from, to]], [[from, to]], [[from, to]], [[from, to]], [[from, to]], [], []] as any;

export function kreisFeed(): Feed {
  const base = minimalFeed();
  const location = (id: string, gemeinde: string, geo: [number, number], extra: Partial<Location> = {}): Location => ({
    id,
    name: id,
    gemeinde,
    geo,
    hours: { osm: 'Mo-Fr 08:00-12:00', compiled: { week: weekdays(480, 720), window: ['2026-11-01', '2027-12-31'] } },
    ...extra,
  });
  const service = (id: string, topics: string[], at: string[], extra: Partial<Service> = {}): Service => ({
    id,
    organisation: 'lra',
    name: id,
    topics,
    access: ['walk-in'],
    languages: ['de'],
    at: at.map((location) => ({ location })),
    ...extra,
  });
  return {
    ...base,
    regions: {
      kreis: { ags: '08126', name: 'Hohenlohekreis' },
      gemeinden: [
        { ags: KUENZELSAU, name: 'Künzelsau', centroid: [49.277894, 9.687069] },
        { ags: OEHRINGEN, name: 'Öhringen', centroid: [49.200104, 9.501119] },
        { ags: KRAUTHEIM, name: 'Krautheim', centroid: [49.384904, 9.634435] },
      ],
    },
    topics: [
      { id: 'aufenthalt', label: 'Aufenthalt' },
      { id: 'leistungen', label: 'Geld zum Leben' },
      { id: 'beratung', label: 'Beratung' },
      { id: 'sprache', label: 'Sprache' },
      { id: 'integrationskurs', label: 'Integrationskurs', parent: 'sprache' },
    ],
    statuses: [
      { id: 'asylbewerber', label: 'Asylsuchende' },
      { id: 'anerkannt', label: 'Anerkannt' },
    ],
    audiences: [{ id: 'frauen', label: 'Frauen' }],
    locations: [
      location('lra-kuen', KUENZELSAU, [49.2806, 9.6903], { accessibility: { wheelchair: 'yes' } }),
      location('rathaus-oeh', OEHRINGEN, [49.2009, 9.5039]),
      location('jc-kuen', KUENZELSAU, [49.279, 9.69]),
      location('jc-oeh', OEHRINGEN, [49.199, 9.5]),
      location('caritas-oeh', OEHRINGEN, [49.2, 9.502], { hours: { osm: 'Tu 14:00-17:00', compiled: { week: [[], [[840, 1020]], [], [], [], [], []], window: ['2026-11-01', '2027-12-31'] } } }),
      location('frauenhaus', KUENZELSAU, [49.28, 9.7], { sensitive: true }),
    ],
    services: [
      service('abh-lra', ['aufenthalt'], ['lra-kuen'], { languages: ['de', 'en'], access: ['appointment'] }),
      service('abh-oeh', ['aufenthalt'], ['rathaus-oeh'], { languages: ['de', 'uk'] }),
      service('sozialamt', ['leistungen'], ['lra-kuen']),
      service('jobcenter', ['leistungen'], ['jc-kuen', 'jc-oeh'], { cost: { free: true } }),
      service('mbe-caritas', ['beratung'], ['caritas-oeh'], { languages: ['de', 'ar', 'fa'], audiences: ['frauen'], childcare: true, cost: { free: true } }),
      service('frauenberatung', ['beratung'], ['frauenhaus'], { audiences: ['frauen'], access: ['phone'] }),
      service('old-project', ['beratung'], ['lra-kuen'], { validUntil: '2026-06-30' }),
      service('online-only', ['beratung'], [], { access: ['online'], area: [OEHRINGEN] }),
    ],
    responsibilities: [
      { topic: 'aufenthalt', gemeinden: [KUENZELSAU, KRAUTHEIM], service: 'abh-lra' },
      { topic: 'aufenthalt', gemeinden: [OEHRINGEN], service: 'abh-oeh' },
      { topic: 'leistungen', statuses: ['asylbewerber'], gemeinden: '*', service: 'sozialamt' },
      { topic: 'leistungen', statuses: ['anerkannt'], gemeinden: [KUENZELSAU, KRAUTHEIM], service: 'jobcenter', location: 'jc-kuen' },
      { topic: 'leistungen', statuses: ['anerkannt'], gemeinden: [OEHRINGEN], service: 'jobcenter', location: 'jc-oeh' },
    ],
    programmes: [
      {
        id: 'ik-oeh', kind: 'integration-course', title: 'Integrationskurs mit Kinderbetreuung', provider: 'lra', location: 'rathaus-oeh',
        topics: ['integrationskurs'], levels: ['A1', 'A2', 'B1'], instructionLanguages: ['de'], childcare: true,
        schedule: { start: '2027-03-01', end: '2027-10-29', recurrence: { days: ['mo', 'tu', 'we', 'th', 'fr'], from: '08:30', to: '12:45' } },
        registration: { required: true, deadline: '2027-02-15' }, freePlaces: 3, status: 'planned',
      },
      {
        id: 'cafe-kuen', kind: 'language-cafe', title: 'Sprachcafé', provider: 'lra', location: 'lra-kuen', topics: ['sprache'],
        schedule: { recurrence: { days: ['th'], from: '15:00', to: '17:00' } }, cost: { free: true }, status: 'active',
      },
      {
        id: 'abend-b2', kind: 'job-language-course', title: 'Berufssprachkurs B2 (abends)', provider: 'lra', gemeinde: KUENZELSAU,
        levels: ['B2'], schedule: { start: '2026-09-01', end: '2027-06-30', recurrence: { days: ['tu', 'th'], from: '18:00', to: '21:00' } },
        registration: { required: true }, waitingList: true, freePlaces: 0, status: 'active',
      },
      {
        id: 'fest', kind: 'event', title: 'Fest der Kulturen', provider: 'lra', gemeinde: OEHRINGEN,
        schedule: { sessions: [{ start: '2027-06-12T14:00:00+02:00', end: '2027-06-12T20:00:00+02:00' }] }, status: 'planned',
      },
      { id: 'ended', kind: 'project', title: 'Altes Projekt', provider: 'lra', status: 'ended' },
      {
        id: 'fonds', kind: 'funding', title: 'Ehrenamtsfonds', provider: 'lra', status: 'active',
        funding: { applicants: 'Vereine', deadline: '2027-03-31' }, funder: { name: 'Landkreis', level: 'kreis' },
      },
    ],
  };
}
