/**
 * Zuständigkeit: which service (and which of its places) serves which
 * Gemeinden for a topic, and for which residence status where that differs.
 */
import type { Responsibility } from '../../../src/core/schema/index.js';
import { IM_SERVICES, KITA_SLUGS } from './services-gemeinden.js';
import { rathaus } from './locations.js';
import { ags, ALL, allExcept, MBE_CARITAS, MBE_DIAKONIE, NORD, SUED } from './regions.js';

const REVIEWED = '2026-10-01';

function rule(id: string, topic: string, gemeinden: string[] | '*', service: string, extra: Partial<Responsibility> = {}): Responsibility {
  return {
    id,
    topic,
    ...(extra.statuses ? { statuses: extra.statuses } : {}),
    gemeinden: gemeinden === '*' ? '*' : ags(...gemeinden),
    service,
    ...(extra.location ? { location: extra.location } : {}),
    ...(extra.note ? { note: extra.note } : {}),
    steward: extra.steward ?? 'st-integration',
    reviewed: extra.reviewed ?? REVIEWED,
  };
}

export const RESPONSIBILITIES: Responsibility[] = [
  // Aufenthalt: two Ausländerbehörden (Große Kreisstadt Öhringen has its own).
  rule('r-aufenthalt-lra', 'aufenthalt', allExcept('oehringen'), 'auslaenderbehoerde-lra', { steward: 'st-auslaenderamt' }),
  rule('r-aufenthalt-oehringen', 'aufenthalt', ['oehringen'], 'auslaenderbehoerde-oehringen', { steward: 'st-oehringen' }),
  rule('r-einbuergerung-lra', 'einbuergerung', allExcept('oehringen'), 'einbuergerung-lra', { steward: 'st-auslaenderamt' }),
  rule('r-einbuergerung-oehringen', 'einbuergerung', ['oehringen'], 'einbuergerung-oehringen', { steward: 'st-oehringen' }),

  // Leistungen: the status decides. AsylbLG → Sozialamt (counter by region), SGB II → Jobcenter (main office or branch).
  rule('r-leistungen-asylblg-nord', 'leistungen', NORD, 'sozialamt-asylblg', {
    statuses: ['asylbewerber', 'geduldet'], location: 'loc-lra-kuenzelsau', steward: 'st-sozialamt',
    note: 'Nach der Anerkennung ist das Jobcenter zuständig.',
  }),
  rule('r-leistungen-asylblg-sued', 'leistungen', SUED, 'sozialamt-asylblg', {
    statuses: ['asylbewerber', 'geduldet'], location: 'loc-lra-oehringen', steward: 'st-sozialamt',
    note: 'Nach der Anerkennung ist das Jobcenter zuständig.',
  }),
  rule('r-leistungen-sgb2-nord', 'leistungen', NORD, 'jobcenter-buergergeld', {
    statuses: ['schutzberechtigt', 'ukraine-24', 'eu-buerger'], location: 'loc-jobcenter-kuenzelsau', steward: 'st-jobcenter',
    note: 'Bei Geflüchteten aus der Ukraine kann die Zuständigkeit vom Einreisedatum abhängen – im Zweifel beim Sozialamt nachfragen.',
  }),
  rule('r-leistungen-sgb2-sued', 'leistungen', SUED, 'jobcenter-buergergeld', {
    statuses: ['schutzberechtigt', 'ukraine-24', 'eu-buerger'], location: 'loc-jobcenter-oehringen', steward: 'st-jobcenter',
    note: 'Bei Geflüchteten aus der Ukraine kann die Zuständigkeit vom Einreisedatum abhängen – im Zweifel beim Sozialamt nachfragen.',
  }),
  rule('r-wohngeld-lra', 'wohngeld', allExcept('oehringen'), 'wohngeld-lra', { steward: 'st-sozialamt' }),
  rule('r-wohngeld-oehringen', 'wohngeld', ['oehringen'], 'wohngeld-oehringen', { steward: 'st-oehringen' }),

  // Arbeit: Agentur für Arbeit by Geschäftsstelle; people with Bürgergeld are placed by the Jobcenter.
  rule('r-arbeit-aa-nord', 'arbeit', NORD, 'aa-arbeitsvermittlung', { location: 'loc-aa-kuenzelsau', steward: 'st-jobcenter' }),
  rule('r-arbeit-aa-sued', 'arbeit', SUED, 'aa-arbeitsvermittlung', { location: 'loc-aa-oehringen', steward: 'st-jobcenter' }),
  rule('r-arbeit-jc-nord', 'arbeit', NORD, 'jobcenter-arbeit', { statuses: ['schutzberechtigt', 'ukraine-24'], location: 'loc-jobcenter-kuenzelsau', steward: 'st-jobcenter' }),
  rule('r-arbeit-jc-sued', 'arbeit', SUED, 'jobcenter-arbeit', { statuses: ['schutzberechtigt', 'ukraine-24'], location: 'loc-jobcenter-oehringen', steward: 'st-jobcenter' }),

  // Beratung: MBE by provider (Verband groups), JMD by region.
  rule('r-beratung-caritas', 'beratung', MBE_CARITAS, 'mbe-caritas', { steward: 'st-beratung' }),
  rule('r-beratung-diakonie', 'beratung', MBE_DIAKONIE, 'mbe-diakonie', { steward: 'st-beratung' }),
  rule('r-jmd-kuenzelsau', 'jmd', NORD, 'jmd-kuenzelsau', { steward: 'st-beratung' }),
  rule('r-jmd-oehringen', 'jmd', SUED, 'jmd-oehringen', { steward: 'st-beratung' }),

  // Integrationsmanagement: one office per Verband (or town).
  ...IM_SERVICES.map((im) => ({
    id: `r-${im.id}`,
    topic: 'integrationsmanagement',
    gemeinden: im.gemeinden,
    service: im.id,
    steward: 'st-integration',
    reviewed: REVIEWED,
  } satisfies Responsibility)),

  // Sprache: course advice at the nearer VHS house.
  rule('r-sprache-vhs-nord', 'sprache', NORD, 'vhs-kursberatung', { location: 'loc-vhs-kuenzelsau', steward: 'st-sprache' }),
  rule('r-sprache-vhs-sued', 'sprache', SUED, 'vhs-kursberatung', { location: 'loc-vhs-oehringen', steward: 'st-sprache' }),

  // Meldewesen: every Gemeinde is its own registration office.
  ...ALL.map((slug) => rule(`r-meldewesen-${slug}`, 'meldewesen', [slug], `buergerbuero-${slug}`, { location: rathaus(slug), steward: slug === 'oehringen' ? 'st-oehringen' : 'st-gemeinden' })),

  // Kita: every Gemeinde except Zweiflingen (deliberate coverage gap).
  ...KITA_SLUGS.map((slug) => rule(`r-kita-${slug}`, 'kita', [slug], `kita-${slug}`, { steward: slug === 'oehringen' ? 'st-oehringen' : 'st-gemeinden' })),

  // Kreis-wide.
  rule('r-schule', 'schule', '*', 'schulamt-vkl'),
  rule('r-gesundheit', 'gesundheit', '*', 'gesundheitsamt-impfen'),
  rule('r-anerkennung', 'anerkennung', '*', 'iq-anerkennungsberatung'),
  rule('r-schutz', 'schutz', '*', 'fachberatung-gewalt'),
  rule('r-ehrenamt', 'ehrenamt', '*', 'ehrenamtskoordination', { steward: 'st-ehrenamt' }),
  rule('r-mobilitaet', 'mobilitaet', '*', 'fuehrerscheinstelle'),
  rule('r-foerderung', 'foerderung', '*', 'integrationsbeauftragte'),

  // Recht: Beratungshilfe at the Amtsgericht of the district.
  rule('r-recht-ag-kuenzelsau', 'recht', NORD, 'beratungshilfe-kuenzelsau'),
  rule('r-recht-ag-oehringen', 'recht', SUED, 'beratungshilfe-oehringen'),
  rule('r-recht-asyl', 'recht', '*', 'asylverfahrensberatung', { statuses: ['asylbewerber', 'geduldet'], steward: 'st-beratung' }),
];
