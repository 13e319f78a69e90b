/**
 * Services every Gemeinde runs itself: the Bürgerbüro (registration) and the
 * Kita registration, plus the six Integrationsmanagement offices (per
 * Verband or town). Generated from one row per Gemeinde so that the
 * differences (hours, languages, online booking) stay visible.
 */
import type { Service } from '../../../src/core/schema/index.js';
import { gemeindeOrg } from './organisations.js';
import { rathaus } from './locations.js';
import { ags, G, GEMEINDEN } from './regions.js';
import { clean, hours, L, mailOrg, tel, webOrg } from './util.js';

const BIG = new Set(['kuenzelsau', 'oehringen']);

/** Staff languages at the Bürgerbüros (most small Rathäuser: German only). */
const BB_LANGUAGES: Record<string, string[]> = {
  kuenzelsau: ['de', 'en', 'ro'],
  oehringen: ['de', 'en', 'tr', 'ru'],
  bretzfeld: ['de', 'en'],
  pfedelbach: ['de', 'en'],
  neuenstein: ['de', 'en'],
  kupferzell: ['de', 'ru'],
};

const BB_DOCUMENTS = [
  L('Pass oder Personalausweis aller Personen, die einziehen', 'Passport or ID card of everyone moving in', 'جواز السفر أو بطاقة الهوية لكل شخص ينتقل إلى السكن', 'Паспорт або посвідчення особи кожного, хто заселяється'),
  L('Wohnungsgeberbestätigung (vom Vermieter ausgefüllt)', 'Landlord’s confirmation (Wohnungsgeberbestätigung), filled in by the landlord', 'تأكيد المؤجِّر (Wohnungsgeberbestätigung) يملؤه المؤجِّر', 'Підтвердження від орендодавця (Wohnungsgeberbestätigung), заповнене орендодавцем'),
  L('Ausländische Staatsangehörige: Aufenthaltsdokument', 'Non-German citizens: residence document', 'لغير الألمان: وثيقة الإقامة', 'Для іноземців: документ на перебування'),
  L('Familien: Heirats- und Geburtsurkunden mit Übersetzung, falls vorhanden', 'Families: marriage and birth certificates with translation, if available', 'للعائلات: عقد الزواج وشهادات الميلاد مع الترجمة إن وُجدت', 'Для сімей: свідоцтва про шлюб і народження з перекладом, якщо є'),
];

const bbReviewed: Record<string, string> = {
  kuenzelsau: '2026-09-22', oehringen: '2026-10-14', bretzfeld: '2026-06-08', pfedelbach: '2026-07-01', zweiflingen: '2026-02-26',
  neuenstein: '2026-05-18', waldenburg: '2026-04-13', kupferzell: '2026-08-19', ingelfingen: '2026-03-09', niedernhall: '2026-06-29',
  weissbach: '2026-01-12', forchtenberg: '2026-01-27', krautheim: '2026-07-20', doerzbach: '2026-05-04', mulfingen: '2026-08-31', schoental: '2026-02-02',
};

const buergerbueros: Service[] = GEMEINDEN.map((g) => {
  const big = BIG.has(g.slug);
  const label = big ? `Bürgerbüro ${g.name}` : `Einwohnermeldeamt ${g.name}`;
  return clean<Service>({
    id: `buergerbuero-${g.slug}`,
    organisation: gemeindeOrg(g.slug),
    name: big
      ? L(label, `Citizens’ office ${g.name} (registration)`, `مكتب خدمة المواطنين في ${g.name} (تسجيل السكن)`, `Бюро громадян ${g.name} (реєстрація)`)
      : L(label, `Registration office ${g.name}`, `مكتب تسجيل السكان في ${g.name}`, `Відділ реєстрації мешканців ${g.name}`),
    summary: L(
      'Wohnsitz anmelden, ummelden oder abmelden, Meldebescheinigung; Personalausweis und Reisepass für Deutsche.',
      'Register, change or cancel your address and get a registration certificate; ID cards and passports for German citizens.',
      'تسجيل السكن أو تغييره أو إلغاؤه، وشهادة التسجيل (Meldebescheinigung)؛ بطاقات الهوية وجوازات السفر للمواطنين الألمان.',
      'Реєстрація, зміна або скасування місця проживання, довідка про реєстрацію (Meldebescheinigung); посвідчення особи та паспорти для громадян Німеччини.',
    ),
    topics: ['meldewesen'],
    keywords: { de: ['Anmeldung', 'Ummeldung', 'Abmeldung', 'Meldebescheinigung', 'Personalausweis', 'Reisepass', 'Führungszeugnis', 'Einwohnermeldeamt', 'Bürgerbüro'] },
    languages: BB_LANGUAGES[g.slug] ?? ['de'],
    interpreter: big ? 'on-request' : 'no',
    cost: { free: false, text: 'An-, Um- und Abmeldung sind kostenlos; Ausweise, Pässe und Bescheinigungen kosten Gebühren.' },
    access: big ? ['walk-in', 'appointment', 'online'] : ['walk-in', 'appointment'],
    booking: big
      ? { url: webOrg(g.slug, 'termine/buergerbuero'), leadTime: 'Online-Termine meist innerhalb einer Woche; ohne Termin mit Wartezeit.' }
      : { phone: tel(g.areaCode, '110'), text: 'Termine außerhalb der Öffnungszeiten nach telefonischer Absprache.' },
    documents: BB_DOCUMENTS,
    contact: { phone: tel(g.areaCode, '110'), email: mailOrg('buergerbuero', g.slug) },
    at: [{ location: rathaus(g.slug) }],
    area: [g.ags],
    steward: g.slug === 'oehringen' ? 'st-oehringen' : 'st-gemeinden',
    reviewed: bbReviewed[g.slug],
  });
});

/**
 * Kita registration. Zweiflingen is left out on purpose: the coverage report
 * should find one Gemeinde without a `kita` responsibility.
 */
const KITA: Record<string, { portal?: boolean; osm?: string; note?: string; reviewed: string }> = {
  kuenzelsau: { portal: true, osm: 'Mo-We,Fr 08:30-12:00; Th 08:30-12:00,14:00-17:00; PH off', note: 'Fachbereich Bildung und Betreuung, 1. OG', reviewed: '2026-09-22' },
  oehringen: { portal: true, osm: 'Mo-We,Fr 08:30-12:00; Th 08:30-12:00,14:00-17:00; PH off', note: 'Zentrale Kita-Platzvergabe, Zimmer im 2. OG', reviewed: '2026-10-14' },
  bretzfeld: { portal: true, reviewed: '2026-06-08' },
  pfedelbach: { portal: true, reviewed: '2026-07-01' },
  neuenstein: { reviewed: '2026-05-18' },
  waldenburg: { reviewed: '2026-04-13' },
  kupferzell: { reviewed: '2026-08-19' },
  ingelfingen: { reviewed: '2026-03-09' },
  niedernhall: { reviewed: '2026-06-29' },
  weissbach: { osm: 'Th 16:00-19:00; PH off', note: 'Sprechzeit der Kindergartenverwaltung nur donnerstags.', reviewed: '2026-01-12' },
  forchtenberg: { reviewed: '2026-01-27' },
  krautheim: { reviewed: '2026-07-20' },
  doerzbach: { reviewed: '2026-05-04' },
  // Deliberately stale.
  mulfingen: { reviewed: '2025-05-06' },
  schoental: { reviewed: '2026-02-02' },
};

const kitas: Service[] = Object.entries(KITA).map(([slug, k]) => {
  const g = G[slug]!;
  return clean<Service>({
    id: `kita-${slug}`,
    organisation: gemeindeOrg(slug),
    name: `Kita-Anmeldung ${g.name}`,
    summary: 'Beratung zu freien Plätzen in Kindergärten, Krippen und in der Kindertagespflege; Anmeldung für einen Betreuungsplatz.',
    topics: ['kita', 'familie'],
    audiences: ['familien'],
    keywords: { de: ['Kindergarten', 'Krippe', 'Kita-Platz', 'Tagesmutter', 'Betreuungsplatz', 'Kindergartenanmeldung'] },
    eligibility: { text: `Für Kinder mit Wohnsitz in ${g.name}. Rechtsanspruch auf einen Platz ab dem ersten Geburtstag bis zum Schuleintritt.` },
    languages: slug === 'oehringen' ? ['de', 'en', 'tr'] : ['de'],
    interpreter: BIG.has(slug) ? 'on-request' : 'no',
    cost: { free: true, text: 'Die Beratung ist kostenlos. Die Kita-Beiträge hängen von Einkommen und Kinderzahl ab; wer Bürgergeld, Asylbewerberleistungen, Wohngeld oder Kinderzuschlag bekommt, zahlt keinen Beitrag (Antrag beim Jugendamt).' },
    access: k.portal ? ['online', 'appointment', 'phone'] : ['walk-in', 'phone'],
    booking: k.portal
      ? { url: webOrg(slug, 'kita-portal'), text: 'Vormerkung online über das Kita-Portal; Plätze für September werden ab Februar vergeben.', leadTime: 'Mindestens sechs Monate vor dem gewünschten Beginn anmelden.' }
      : { phone: tel(g.areaCode, '130'), leadTime: 'Möglichst sechs Monate vor dem gewünschten Beginn anmelden.' },
    documents: ['Geburtsurkunde des Kindes', 'Nachweis über den Masernschutz (Impfpass oder ärztliche Bescheinigung)', 'Meldebescheinigung'],
    contact: { phone: tel(g.areaCode, '130'), email: mailOrg('kita', slug) },
    at: [clean({ location: rathaus(slug), hours: k.osm ? hours(k.osm) : undefined, note: k.note })],
    area: [g.ags],
    steward: slug === 'oehringen' ? 'st-oehringen' : 'st-gemeinden',
    reviewed: k.reviewed,
  });
});

const IM_SUMMARY = L(
  'Persönliche Begleitung für Geflüchtete nach dem Auszug aus der Gemeinschaftsunterkunft: Integrationsplan, Anträge, Wohnung, Schule, Arbeit und Kontakte vor Ort.',
  'Personal support for refugees after they move out of shared accommodation: integration plan, applications, housing, school, work and local contacts.',
  'مرافقة شخصية للاجئين بعد خروجهم من السكن الجماعي: خطة الاندماج، الطلبات، السكن، المدرسة، العمل والتواصل مع الجهات المحلية.',
  'Особистий супровід для біженців після переїзду зі спільного житла: план інтеграції, заяви, житло, школа, робота та місцеві контакти.',
);

interface ImRow {
  id: string;
  org: string;
  where: string;
  /** Gemeinden served. */
  slugs: string[];
  base: string;
  osm: string;
  outreach: { slug: string; location?: string; osm: string; note: string }[];
  languages: string[];
  phone: string;
}

const IM: ImRow[] = [
  {
    id: 'im-kuenzelsau', org: gemeindeOrg('kuenzelsau'), where: 'Künzelsau und Ingelfingen', slugs: ['kuenzelsau', 'ingelfingen'], base: rathaus('kuenzelsau'),
    osm: 'Mo,Tu 08:30-12:00; Th 08:30-12:00,14:00-17:00; PH off',
    outreach: [{ slug: 'ingelfingen', osm: 'We 09:00-11:00; PH off', note: 'Jeden Mittwochvormittag im Rathaus Ingelfingen.' }],
    languages: ['de', 'en', 'ar'], phone: tel('7940', '140'),
  },
  {
    id: 'im-oehringen', org: gemeindeOrg('oehringen'), where: 'Öhringen, Pfedelbach und Zweiflingen', slugs: ['oehringen', 'pfedelbach', 'zweiflingen'], base: rathaus('oehringen'),
    osm: 'Mo-We 08:30-12:00; Th 08:30-12:00,14:00-17:30; PH off',
    outreach: [
      { slug: 'pfedelbach', osm: 'Tu 09:00-12:00; PH off', note: 'Jeden Dienstagvormittag im Rathaus Pfedelbach.' },
      { slug: 'zweiflingen', osm: 'Th[2] 14:00-16:00; PH off', note: 'Jeden 2. Donnerstag im Monat im Rathaus Zweiflingen.' },
    ],
    languages: ['de', 'en', 'ar', 'tr'], phone: tel('7941', '140'),
  },
  {
    id: 'im-bretzfeld', org: gemeindeOrg('bretzfeld'), where: 'Bretzfeld', slugs: ['bretzfeld'], base: rathaus('bretzfeld'),
    osm: 'Mo,We 08:30-12:00; Th 14:00-18:00; PH off', outreach: [], languages: ['de', 'en'], phone: tel('7946', '140'),
  },
  {
    id: 'im-hohenloher-ebene', org: 'lra-hok', where: 'Kupferzell, Neuenstein und Waldenburg', slugs: ['kupferzell', 'neuenstein', 'waldenburg'], base: rathaus('neuenstein'),
    osm: 'Mo,Tu,Th 08:30-12:00; PH off',
    outreach: [
      { slug: 'kupferzell', osm: 'We 09:00-12:00; PH off', note: 'Jeden Mittwochvormittag im Rathaus Kupferzell.' },
      { slug: 'waldenburg', osm: 'Fr 09:00-11:00; PH off', note: 'Freitags im Rathaus Waldenburg.' },
    ],
    languages: ['de', 'en', 'ar', 'fa'], phone: tel('7942', '140'),
  },
  {
    id: 'im-jagsttal', org: 'lra-hok', where: 'Krautheim, Dörzbach, Mulfingen und Schöntal', slugs: ['krautheim', 'doerzbach', 'mulfingen', 'schoental'], base: rathaus('krautheim'),
    osm: 'Mo,Th 08:30-12:00; Tu 13:30-16:00; PH off',
    outreach: [
      { slug: 'doerzbach', osm: 'We 09:00-11:00; PH off', note: 'Mittwochs im Rathaus Dörzbach.' },
      { slug: 'mulfingen', osm: 'Fr 09:00-11:00; PH off', note: 'Freitags im Rathaus Mulfingen.' },
      { slug: 'schoental', osm: 'week 01-53/2 Tu 09:00-12:00; PH off', note: 'Alle zwei Wochen dienstags (ungerade Kalenderwochen) im Rathaus Schöntal.' },
    ],
    languages: ['de', 'en', 'ar'], phone: tel('6294', '140'),
  },
  {
    id: 'im-kochertal', org: 'lra-hok', where: 'Forchtenberg, Niedernhall und Weißbach', slugs: ['forchtenberg', 'niedernhall', 'weissbach'], base: rathaus('niedernhall'),
    osm: 'Mo,We 08:30-12:00; Th 14:00-17:00; PH off',
    outreach: [
      { slug: 'forchtenberg', osm: 'Tu 09:00-12:00; PH off', note: 'Dienstags im Rathaus Forchtenberg.' },
      { slug: 'forchtenberg', location: 'loc-buergerhaus-sindringen', osm: 'Tu[4] 14:00-16:00; PH off', note: 'Jeden 4. Dienstag im Monat im Bürgerhaus Sindringen.' },
      { slug: 'weissbach', osm: 'Th[1] 09:00-11:00; PH off', note: 'Jeden 1. Donnerstag im Monat im Rathaus Weißbach.' },
    ],
    languages: ['de', 'en', 'ru', 'uk'], phone: tel('7940', '145'),
  },
];

const integrationsmanagement: Service[] = IM.map((r) => clean<Service>({
  id: r.id,
  organisation: r.org,
  name: L(`Integrationsmanagement ${r.where}`, `Integration management ${r.where.replace(' und ', ' and ')}`, `إدارة الاندماج – ${r.where.replaceAll(', ', '، ').replace(' und ', ' و ')}`, `Інтеграційний менеджмент – ${r.where.replace(' und ', ' і ')}`),
  summary: IM_SUMMARY,
  topics: ['integrationsmanagement', 'beratung'],
  audiences: ['gefluechtete'],
  keywords: { de: ['Integrationsmanager', 'Integrationsmanagerin', 'Sozialarbeit', 'Flüchtlingssozialarbeit', 'Integrationsplan', 'Anschlussunterbringung'] },
  eligibility: { text: 'Geflüchtete, die nach der vorläufigen Unterbringung in der Gemeinde wohnen (Anschlussunterbringung), auch Familien aus der Ukraine.' },
  languages: r.languages,
  interpreter: 'on-request',
  cost: { free: true },
  access: r.outreach.length ? ['walk-in', 'appointment', 'phone', 'outreach'] : ['walk-in', 'appointment', 'phone'],
  booking: { phone: r.phone, text: 'Außerhalb der Sprechzeiten nach Vereinbarung, auch Hausbesuche.' },
  contact: { phone: r.phone, email: mailOrg('integration', r.org === 'lra-hok' ? 'lra-hohenlohe' : r.org.replace('gemeinde-', '')) },
  at: [{ location: r.base, hours: hours(r.osm, { note: 'Offene Sprechzeit; sonst nach Vereinbarung.' }) }],
  outreach: r.outreach.length
    ? r.outreach.map((o) => ({ gemeinde: ags(o.slug)[0]!, location: o.location ?? rathaus(o.slug), hours: hours(o.osm), note: o.note }))
    : undefined,
  area: ags(...r.slugs),
  steward: r.org === 'gemeinde-oehringen' ? 'st-oehringen' : 'st-integration',
  reviewed: '2026-09-30',
  // Funded through the state programme for Integrationsmanagement; the current funding period ends here.
  validUntil: '2027-12-31',
}));

export const IM_SERVICES = IM.map((r) => ({ id: r.id, gemeinden: ags(...r.slugs) }));
export const KITA_SLUGS = Object.keys(KITA);

export const GEMEINDE_SERVICES: Service[] = [...buergerbueros, ...kitas, ...integrationsmanagement];
