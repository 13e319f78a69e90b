/**
 * A deterministic synthetic Kreis feed of any size (1,000 … 50,000 services)
 * for scale benchmarks: plausible German office and offer names, topics with
 * synonyms, Gemeinden with Ortsteile, locations with hours, programmes and
 * responsibilities. Valid against feed format v1.
 */
import type { Feed, Location, Organisation, Programme, Responsibility, Service, Term } from '../../src/core/schema/index.js';

/** mulberry32: small, fast, deterministic. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const TOPICS: Array<[id: string, de: string, en: string, synonyms: string[]]> = [
  ['aufenthalt', 'Aufenthalt und Visum', 'Residence and visa', ['Ausländeramt', 'Aufenthaltstitel']],
  ['einbuergerung', 'Einbürgerung', 'Naturalisation', ['Staatsangehörigkeit']],
  ['arbeit', 'Arbeit und Beruf', 'Work and career', ['Job', 'Arbeitsamt']],
  ['anerkennung', 'Anerkennung von Abschlüssen', 'Recognition of qualifications', ['Zeugnis']],
  ['sprache', 'Deutsch lernen', 'Learning German', ['Deutschkurs', 'Sprachkurs']],
  ['melden', 'Anmelden und Ummelden', 'Registering your address', ['Einwohnermeldeamt']],
  ['kita', 'Kita und Kinderbetreuung', 'Childcare', ['Kindergarten', 'Krippe']],
  ['schule', 'Schule', 'School', ['Einschulung']],
  ['gesundheit', 'Gesundheit', 'Health', ['Arzt', 'Krankenkasse']],
  ['wohnen', 'Wohnen', 'Housing', ['Wohnung', 'Miete']],
  ['geld', 'Geld und Leistungen', 'Money and benefits', ['Bürgergeld', 'Sozialhilfe']],
  ['beratung', 'Beratung', 'Counselling', ['Hilfe']],
  ['familie', 'Familie', 'Family', ['Eltern', 'Kindergeld']],
  ['jugend', 'Jugend', 'Youth', ['Jugendliche']],
  ['frauen', 'Frauen', 'Women', ['Frauenberatung']],
  ['ehrenamt', 'Ehrenamt', 'Volunteering', ['Freiwillige']],
  ['freizeit', 'Freizeit und Sport', 'Leisure and sports', ['Verein']],
  ['mobilitaet', 'Bus und Mobilität', 'Transport', ['Führerschein', 'Ticket']],
  ['recht', 'Recht und Schutz', 'Legal help and protection', ['Anwalt', 'Gewalt']],
  ['senioren', 'Senioren und Pflege', 'Elderly and care', ['Pflege']],
];

export const OFFICES: Array<[name: string, en: string | undefined, topic: string]> = [
  ['Ausländerbehörde', 'Immigration office', 'aufenthalt'],
  ['Einbürgerungsstelle', 'Naturalisation office', 'einbuergerung'],
  ['Jobcenter', 'Job centre', 'arbeit'],
  ['Agentur für Arbeit', 'Employment agency', 'arbeit'],
  ['Anerkennungsberatung', 'Recognition counselling', 'anerkennung'],
  ['Bürgerbüro', 'Citizens office', 'melden'],
  ['Standesamt', 'Registry office', 'familie'],
  ['Migrationsberatung für Erwachsene', 'Migration counselling for adults', 'beratung'],
  ['Jugendmigrationsdienst', 'Youth migration service', 'jugend'],
  ['Integrationsmanagement', 'Integration management', 'beratung'],
  ['Schuldnerberatung', 'Debt counselling', 'geld'],
  ['Suchtberatung', 'Addiction counselling', 'gesundheit'],
  ['Schwangerschaftsberatung', 'Pregnancy counselling', 'frauen'],
  ['Frauenberatungsstelle', 'Women\'s counselling centre', 'frauen'],
  ['Familienzentrum', 'Family centre', 'familie'],
  ['Kita', undefined, 'kita'],
  ['Kindertagespflege', 'Childminding', 'kita'],
  ['Schulsozialarbeit', 'School social work', 'schule'],
  ['Hausaufgabenhilfe', 'Homework help', 'schule'],
  ['Tafel', 'Food bank', 'geld'],
  ['Kleiderkammer', 'Clothing store', 'geld'],
  ['Wohnungslosenhilfe', 'Help for the homeless', 'wohnen'],
  ['Mieterberatung', 'Tenant counselling', 'wohnen'],
  ['Gesundheitsamt', 'Health office', 'gesundheit'],
  ['Pflegestützpunkt', 'Care advice centre', 'senioren'],
  ['Seniorentreff', 'Senior meeting point', 'senioren'],
  ['Jugendhaus', 'Youth centre', 'jugend'],
  ['Sportverein', 'Sports club', 'freizeit'],
  ['Ehrenamtsbörse', 'Volunteer exchange', 'ehrenamt'],
  ['Fahrradwerkstatt', 'Bike workshop', 'mobilitaet'],
  ['Rechtsberatung', 'Legal advice', 'recht'],
  ['Opferberatung', 'Victim support', 'recht'],
];

const QUALIFIERS = ['', '', '', 'Außenstelle', 'Sprechstunde', 'Beratungsstelle', 'Treffpunkt', 'Projekt', 'Netzwerk'];
const KITA_NAMES = ['Sonnenschein', 'Regenbogen', 'Pusteblume', 'Kunterbunt', 'Löwenzahn', 'Arche Noah', 'Sterntaler', 'Wirbelwind'];
export const CARRIERS = ['Landratsamt', 'Caritas', 'Diakonie', 'AWO', 'DRK', 'Stadt', 'Gemeinde', 'Kreisjugendring', 'Verein', 'Evangelische Kirchengemeinde', 'Katholische Kirchengemeinde', 'Freundeskreis Asyl'];
export const SUMMARY_VERBS = ['Beratung und Hilfe bei', 'Unterstützung bei', 'Informationen zu', 'Begleitung bei', 'Anträge und Fragen zu'];
export const SUMMARY_OBJECTS = ['Anträgen', 'Behördengängen', 'Formularen', 'der Wohnungssuche', 'der Arbeitssuche', 'Kinderbetreuung', 'Sprachkursen', 'Leistungen', 'Ausbildung und Studium', 'Gesundheitsfragen'];
const DESCRIPTIONS = [
  'Termine nach Vereinbarung, auch telefonisch.',
  'Bitte bringen Sie Ihren Ausweis und alle Unterlagen mit.',
  'Die Beratung ist kostenlos und vertraulich.',
  'Wir sprechen mehrere Sprachen; ein Dolmetscher kann organisiert werden.',
  'Das Angebot richtet sich an alle Menschen im Landkreis.',
  'In den Schulferien gelten geänderte Zeiten.',
  'Barrierefreier Zugang über den Hintereingang.',
];
const NAME_PREFIX = ['', '', '', 'Ober', 'Unter', 'Neu', 'Alt', 'Groß', 'Klein', 'Hohen'];
const NAME_STEM = ['Wald', 'Kirch', 'Linden', 'Eich', 'Buch', 'Sonnen', 'Rot', 'Weiß', 'Stein', 'Mühl', 'Birken', 'Hasel', 'Roß', 'Brett', 'Schön', 'Kupfer'];
const NAME_SUFFIX = ['bach', 'feld', 'heim', 'hausen', 'ingen', 'stadt', 'dorf', 'berg', 'au', 'tal', 'hofen', 'weiler'];
export const LEVELS = ['alpha', 'A1', 'A2', 'B1', 'B2'] as const;
export const COURSES: Array<[Programme['kind'], string]> = [
  ['integration-course', 'Integrationskurs'], ['alpha-course', 'Alphabetisierungskurs'], ['job-language-course', 'Berufssprachkurs'],
  ['women-course', 'Frauenkurs mit Kinderbetreuung'], ['language-cafe', 'Sprachcafé'], ['language-course', 'Deutschkurs am Abend'],
  ['group', 'Elterntreff'], ['event', 'Infoabend'], ['volunteering', 'Lesepaten gesucht'], ['project', 'Patenprojekt'],
];

const WEEK: NonNullable<Location['hours']>['compiled'] = {
  week: [[[480, 720]], [[480, 720], [840, 960]], [[480, 720]], [[480, 720], [840, 1080]], [[480, 720]], [], []],
  window: ['2026-01-01', '2026-12-31'],
};

/** `programmeCount` defaults to a tenth of the services. */
export function syntheticFeed(services: number, seed = 1, programmeCount = Math.round(services / 10)): Feed {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const gemeindeCount = Math.max(16, Math.min(400, Math.round(services / 60)));
  const gemeinden: Feed['regions']['gemeinden'] = [];
  const usedNames = new Set<string>();
  for (let i = 0; gemeinden.length < gemeindeCount; i++) {
    let name = pick(NAME_PREFIX) + pick(NAME_STEM).toLowerCase() + pick(NAME_SUFFIX);
    name = name.charAt(0).toUpperCase() + name.slice(1);
    if (usedNames.has(name)) name = `${name} ${i}`;
    usedNames.add(name);
    const ortsteile = Array.from({ length: Math.floor(rnd() * 4) }, (_, j) => ({ id: `ot${j}`, name: `${pick(NAME_STEM)}${pick(NAME_SUFFIX)}` }));
    gemeinden.push({
      ags: `08126${String(gemeinden.length + 1).padStart(3, '0')}`,
      name,
      centroid: [49.1 + rnd() * 0.4, 9.4 + rnd() * 0.5],
      ...(ortsteile.length ? { ortsteile } : {}),
    });
  }
  const topics: Term[] = TOPICS.map(([id, de, en, synonyms]) => ({ id, label: { de, en }, synonyms: { de: synonyms } }));
  const organisations: Organisation[] = [];
  const locations: Location[] = [];
  const orgCount = Math.max(20, Math.round(services / 8));
  for (let i = 0; i < orgCount; i++) {
    const g = pick(gemeinden);
    organisations.push({ id: `org${i}`, name: `${pick(CARRIERS)} ${g.name}`, kind: pick(['authority', 'welfare', 'association', 'initiative'] as const) });
  }
  const locationCount = Math.max(30, Math.round(services / 4));
  for (let i = 0; i < locationCount; i++) {
    const g = gemeinden[i % gemeinden.length]!;
    locations.push({
      id: `loc${i}`,
      name: `${pick(['Rathaus', 'Landratsamt', 'Bürgerhaus', 'Gemeindehaus', 'Familienzentrum', 'Schule', 'Beratungszentrum'])} ${g.name}`,
      gemeinde: g.ags,
      address: { street: `${pick(['Haupt', 'Schul', 'Bahnhof', 'Kirch', 'Linden'])}straße ${1 + Math.floor(rnd() * 80)}`, postcode: `74${String(600 + (i % 300)).padStart(3, '0')}`, city: g.name! },
      geo: [g.centroid![0] + (rnd() - 0.5) * 0.01, g.centroid![1] + (rnd() - 0.5) * 0.01],
      hours: { osm: 'Mo-Fr 08:00-12:00; Tu 14:00-16:00; Th 14:00-18:00; PH off', compiled: WEEK },
      accessibility: { wheelchair: pick(['yes', 'limited', 'no'] as const) },
    });
  }
  const serviceList: Service[] = [];
  for (let i = 0; i < services; i++) {
    const [office, en, topic] = pick(OFFICES);
    const location = locations[Math.floor(rnd() * locations.length)]!;
    const place = gemeinden.find((g) => g.ags === location.gemeinde)!.name!;
    const qualifier = pick(QUALIFIERS);
    const base = office === 'Kita' ? `Kita ${pick(KITA_NAMES)}` : office;
    const deName = [base, qualifier, place].filter(Boolean).join(' ');
    const secondTopic = rnd() < 0.4 ? pick(TOPICS)[0] : undefined;
    serviceList.push({
      id: `s${i}`,
      organisation: organisations[Math.floor(rnd() * organisations.length)]!.id,
      name: en && rnd() < 0.5 ? { de: deName, en: `${en} ${place}` } : deName,
      summary: `${pick(SUMMARY_VERBS)} ${pick(SUMMARY_OBJECTS)} und ${pick(SUMMARY_OBJECTS)}.`,
      ...(rnd() < 0.6 ? { description: `${pick(DESCRIPTIONS)} ${pick(DESCRIPTIONS)}` } : {}),
      topics: secondTopic && secondTopic !== topic ? [topic, secondTopic] : [topic],
      ...(rnd() < 0.3 ? { keywords: { de: [pick(TOPICS)[3][0]!] } } : {}),
      languages: rnd() < 0.5 ? ['de', 'en'] : ['de', pick(['ar', 'uk', 'tr', 'ru', 'fa'])],
      access: rnd() < 0.5 ? ['walk-in', 'appointment'] : ['appointment'],
      at: [{ location: location.id }],
      ...(rnd() < 0.2 ? { area: [location.gemeinde!] } : {}),
      cost: { free: rnd() < 0.8 },
      reviewed: '2026-06-01',
    });
  }
  const programmes: Programme[] = [];
  for (let i = 0; i < programmeCount; i++) {
    const [kind, title] = pick(COURSES);
    const location = pick(locations);
    programmes.push({
      id: `p${i}`,
      kind,
      title: `${title} ${gemeinden.find((g) => g.ags === location.gemeinde)!.name}`,
      provider: pick(organisations).id,
      location: location.id,
      topics: [kind === 'group' || kind === 'event' ? 'familie' : 'sprache'],
      ...(kind.endsWith('course') ? { levels: [pick(LEVELS)] } : {}),
      schedule: { start: '2026-09-01', recurrence: { days: ['mo', 'we'], from: '08:30', to: '12:00' } },
      status: 'active',
    });
  }
  const responsibilities: Responsibility[] = [];
  for (const [office, , topic] of OFFICES.slice(0, 3)) {
    const service = serviceList.find((s) => (typeof s.name === 'string' ? s.name : s.name.de).startsWith(office));
    if (service) responsibilities.push({ topic, gemeinden: '*', service: service.id });
  }
  return {
    version: '1.0',
    publisher: {
      name: 'Landratsamt Synthetikkreis',
      ags: '08126',
      state: 'BW',
      contact: { email: 'integration@example.org' },
      licence: { name: 'Datenlizenz Deutschland – Namensnennung 2.0' },
    },
    generatedAt: '2026-01-01T00:00:00+01:00',
    sample: true,
    languages: [{ code: 'de', dir: 'ltr' }, { code: 'en', dir: 'ltr' }],
    regions: { kreis: { ags: '08126', name: 'Synthetikkreis' }, gemeinden },
    topics,
    organisations,
    locations,
    services: serviceList,
    responsibilities,
    programmes,
  };
}
