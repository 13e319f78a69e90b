/**
 * Places. The Landratsamt address (Allee 17, Künzelsau) is real. The Rathaus
 * streets of Künzelsau (Stuttgarter Straße) and Öhringen (Marktplatz) exist;
 * their house numbers are not verified. All other streets are plausible
 * generic names with fictional house numbers, and positions are approximate
 * (near the town centre, or the Gemeinde centroid for the smaller Rathäuser).
 * Sensitive places carry no address and no position.
 */
import type { Location } from '../../../src/core/schema/index.js';
import { G, GEMEINDEN, HEILBRONN } from './regions.js';
import { clean, hours, tel } from './util.js';

export const rathaus = (slug: string) => `loc-rathaus-${slug}`;

interface RathausRow {
  street: string;
  geo?: [number, number];
  osm: string;
  note?: string;
  wheelchair: 'yes' | 'limited' | 'no';
  access?: string;
  stop: string;
  reviewed: string;
}

/** Rathaus (Bürgerbüro) hours: every Gemeinde has a long afternoon, mostly Thursday. */
const RATHAUS: Record<string, RathausRow> = {
  kuenzelsau: { street: 'Stuttgarter Straße 7', geo: [49.2818, 9.6897], osm: 'Mo-We,Fr 08:00-12:00; Th 08:00-12:00,14:00-18:00; PH off', wheelchair: 'yes', stop: 'Künzelsau Busbahnhof', reviewed: '2026-09-22' },
  oehringen: { street: 'Marktplatz 15', geo: [49.2007, 9.5033], osm: 'Mo,Tu 08:00-12:30,14:00-16:00; We,Fr 08:00-12:30; Th 08:00-12:30,14:00-18:30; Sa[1] 09:00-12:00; PH off', note: 'Am ersten Samstag im Monat ist das Bürgerbüro vormittags geöffnet.', wheelchair: 'yes', stop: 'Öhringen Marktplatz', reviewed: '2026-10-14' },
  bretzfeld: { street: 'Rathausstraße 1', osm: 'Mo-We,Fr 08:00-12:00; Th 08:00-12:00,14:00-18:00; PH off', wheelchair: 'yes', stop: 'Bretzfeld Rathaus', reviewed: '2026-06-08' },
  pfedelbach: { street: 'Hauptstraße 1', osm: 'Mo,We,Fr 08:00-12:00; Tu 08:00-12:00,14:00-16:00; Th 08:00-12:00,14:00-18:00; PH off', wheelchair: 'yes', stop: 'Pfedelbach Rathaus', reviewed: '2026-07-01' },
  zweiflingen: { street: 'Hauptstraße 1', osm: 'Mo,Tu,Fr 08:00-12:00; Th 08:00-12:00,16:00-18:30; PH off', note: 'Mittwochs geschlossen.', wheelchair: 'limited', access: 'Zwei Stufen am Haupteingang; Klingel für Rollstuhlnutzende am Seiteneingang.', stop: 'Zweiflingen Ortsmitte', reviewed: '2026-02-26' },
  neuenstein: { street: 'Marktplatz 1', osm: 'Mo-We,Fr 08:00-12:00; Th 08:00-12:00,14:00-18:00; PH off', wheelchair: 'yes', stop: 'Neuenstein Rathaus', reviewed: '2026-05-18' },
  waldenburg: { street: 'Hauptstraße 1', osm: 'Mo-We,Fr 08:30-12:00; Th 08:30-12:00,15:00-18:00; PH off', wheelchair: 'limited', access: 'Altstadt auf dem Bergsporn: steile Zufahrt, Eingang über den Hof stufenlos.', stop: 'Waldenburg Rathaus', reviewed: '2026-04-13' },
  kupferzell: { street: 'Marktplatz 1', osm: 'Mo,We,Fr 08:00-12:00; Tu 08:00-12:00,14:00-16:00; Th 08:00-12:00,14:00-18:30; PH off', wheelchair: 'yes', stop: 'Kupferzell Rathaus', reviewed: '2026-08-19' },
  ingelfingen: { street: 'Rathausstraße 1', osm: 'Mo-We,Fr 08:00-12:00; Th 08:00-12:00,14:00-18:00; PH off', wheelchair: 'limited', access: 'Historisches Gebäude; Aufzug nur bis zum 1. Obergeschoss.', stop: 'Ingelfingen Rathaus', reviewed: '2026-03-09' },
  niedernhall: { street: 'Hauptstraße 1', osm: 'Mo-We,Fr 08:00-12:00; Th 08:00-12:00,15:00-18:00; PH off', wheelchair: 'yes', stop: 'Niedernhall Rathaus', reviewed: '2026-06-29' },
  // Deliberately stale (reviewed more than 12 months before generatedAt).
  weissbach: { street: 'Kirchstraße 1', osm: 'Mo,We,Fr 08:30-11:30; Th 16:00-19:00; PH off', wheelchair: 'no', access: 'Bürgerservice im 1. Obergeschoss ohne Aufzug; Termine im Erdgeschoss nach Absprache.', stop: 'Weißbach Ortsmitte', reviewed: '2024-11-15' },
  forchtenberg: { street: 'Hauptstraße 1', osm: 'Mo 08:00-12:00,14:00-16:00; Tu,We,Fr 08:00-12:00; Th 08:00-12:00,14:00-18:00; PH off', wheelchair: 'limited', access: 'Rampe am Nebeneingang, Tür nicht automatisch.', stop: 'Forchtenberg Rathaus', reviewed: '2026-01-27' },
  krautheim: { street: 'Rathausplatz 1', osm: 'Mo-We,Fr 08:00-12:00; Th 08:00-12:00,14:00-18:00; Dec 24 off; Dec 31 off; PH off', note: 'An Heiligabend und Silvester geschlossen.', wheelchair: 'yes', stop: 'Krautheim Rathaus', reviewed: '2026-07-20' },
  doerzbach: { street: 'Hauptstraße 1', osm: 'Mo,Tu,Th,Fr 08:00-12:00; We 08:00-12:00,14:00-18:00; PH off', note: 'Langer Tag ist hier der Mittwoch.', wheelchair: 'yes', stop: 'Dörzbach Rathaus', reviewed: '2026-05-04' },
  mulfingen: { street: 'Kirchweg 1', osm: 'Mo-We,Fr 08:00-12:00; Th 08:00-12:00,14:00-18:00; PH off', wheelchair: 'yes', stop: 'Mulfingen Rathaus', reviewed: '2026-08-31' },
  schoental: { street: 'Klosterhof 1', osm: 'Mo,We-Fr 08:00-12:00; Tu 08:00-12:00,14:00-18:00; PH off', note: 'Langer Tag ist hier der Dienstag.', wheelchair: 'limited', access: 'Denkmalgeschütztes Gebäude; stufenloser Zugang über den Innenhof, kein Aufzug.', stop: 'Schöntal Kloster', reviewed: '2026-02-02' },
};

const rathausLocations: Location[] = GEMEINDEN.map((g) => {
  const r = RATHAUS[g.slug]!;
  return clean({
    id: rathaus(g.slug),
    name: g.slug === 'kuenzelsau' || g.slug === 'oehringen' ? `Rathaus ${g.name} – Bürgerbüro` : `Rathaus ${g.name}`,
    gemeinde: g.ags,
    address: { street: r.street, postcode: g.plz, city: g.name },
    geo: r.geo ?? [g.lat, g.lon],
    hours: hours(r.osm, r.note ? { note: r.note } : {}),
    accessibility: clean({ wheelchair: r.wheelchair, text: r.access, toilet: r.wheelchair === 'yes' ? true : undefined }),
    contact: { phone: tel(g.areaCode, '110') },
    transitStop: r.stop,
    steward: g.slug === 'oehringen' ? 'st-oehringen' : 'st-gemeinden',
    reviewed: r.reviewed,
  });
});

function place(id: string, name: Location['name'], slug: string, street: string | null, geo: [number, number] | null, extra: Partial<Location> = {}): Location {
  const g = G[slug]!;
  return clean({
    id,
    name,
    gemeinde: g.ags,
    address: street ? { street, postcode: g.plz, city: g.name } : undefined,
    geo: geo ?? undefined,
    ...extra,
  });
}

export const LOCATIONS: Location[] = [
  place('loc-lra-kuenzelsau', { de: 'Landratsamt Hohenlohekreis', en: 'District office (Landratsamt) Hohenlohekreis', ar: 'مكتب المقاطعة (Landratsamt) Hohenlohekreis', uk: 'Районне управління (Landratsamt) Hohenlohekreis' }, 'kuenzelsau', 'Allee 17', [49.2806, 9.6868], {
    hours: hours('Mo-We 08:00-12:00,13:30-15:30; Th 08:00-12:00,13:30-17:30; Fr 08:00-12:00; PH off', { note: 'Einzelne Ämter haben eigene Sprechzeiten.' }),
    accessibility: { wheelchair: 'yes', toilet: true, hearingLoop: true, parking: true, text: 'Aufzug in alle Stockwerke; Infotheke im Erdgeschoss.' },
    contact: { phone: tel('7940', '000') },
    transitStop: 'Künzelsau Landratsamt',
    steward: 'st-integration',
    reviewed: '2026-10-01',
  }),
  place('loc-lra-oehringen', { de: 'Landratsamt Hohenlohekreis – Außenstelle Öhringen', en: 'District office – Öhringen branch', ar: 'مكتب المقاطعة – فرع Öhringen', uk: 'Районне управління – філія в Öhringen' }, 'oehringen', 'Bahnhofstraße 20', [49.1986, 9.4996], {
    hours: hours('Mo-We,Fr 08:00-12:00; Th 08:00-12:00,13:30-17:30; PH off'),
    accessibility: { wheelchair: 'yes', toilet: true, parking: true },
    contact: { phone: tel('7941', '000') },
    transitStop: 'Öhringen Bahnhof',
    steward: 'st-integration',
    reviewed: '2026-10-01',
  }),
  ...rathausLocations,
  place('loc-jobcenter-kuenzelsau', 'Jobcenter Hohenlohekreis – Hauptstelle Künzelsau', 'kuenzelsau', 'Schulstraße 10', [49.2796, 9.6921], {
    hours: hours('Mo-We,Fr 08:00-12:00; Th 08:00-12:00,14:00-17:00; PH off'),
    accessibility: { wheelchair: 'yes', toilet: true },
    transitStop: 'Künzelsau Busbahnhof',
    steward: 'st-jobcenter',
    reviewed: '2026-10-20',
  }),
  place('loc-jobcenter-oehringen', 'Jobcenter Hohenlohekreis – Geschäftsstelle Öhringen', 'oehringen', 'Poststraße 8', [49.1994, 9.5046], {
    hours: hours('Mo,We,Fr 08:00-12:00; Tu 08:00-12:00,14:00-16:00; Th 08:00-12:00,14:00-17:00; PH off'),
    accessibility: { wheelchair: 'yes', toilet: true },
    transitStop: 'Öhringen Bahnhof',
    steward: 'st-jobcenter',
    reviewed: '2026-10-20',
  }),
  place('loc-aa-kuenzelsau', 'Agentur für Arbeit – Geschäftsstelle Künzelsau', 'kuenzelsau', 'Schulstraße 10', [49.2797, 9.6923], {
    hours: hours('Mo-We,Fr 08:00-12:30; Th 08:00-12:30,14:00-18:00; PH off', { note: 'Donnerstagnachmittag nur mit Termin.' }),
    accessibility: { wheelchair: 'yes', toilet: true },
    transitStop: 'Künzelsau Busbahnhof',
    steward: 'st-jobcenter',
    reviewed: '2026-08-11',
  }),
  place('loc-aa-oehringen', 'Agentur für Arbeit – Geschäftsstelle Öhringen', 'oehringen', 'Poststraße 8', [49.1995, 9.5048], {
    hours: hours('Mo-We,Fr 08:00-12:30; Th 08:00-12:30,14:00-18:00; PH off', { note: 'Donnerstagnachmittag nur mit Termin.' }),
    accessibility: { wheelchair: 'yes', toilet: true },
    transitStop: 'Öhringen Bahnhof',
    steward: 'st-jobcenter',
    reviewed: '2026-08-11',
  }),
  place('loc-caritas-kuenzelsau', 'Caritas-Beratungsstelle Künzelsau', 'kuenzelsau', 'Kirchplatz 3', [49.2824, 9.6882], {
    hours: hours('Mo-Th 09:00-12:00,13:30-16:00; Fr 09:00-12:00; PH off'),
    accessibility: { wheelchair: 'limited', text: 'Kleiner Aufzug (Rollator ja, großer Elektrorollstuhl nein).' },
    transitStop: 'Künzelsau Busbahnhof',
    steward: 'st-beratung',
    reviewed: '2026-09-02',
  }),
  place('loc-diakonie-oehringen', 'Diakonie-Beratungszentrum Öhringen', 'oehringen', 'Schulgasse 3', [49.2012, 9.5021], {
    hours: hours('Mo-Th 08:30-12:00,13:30-16:30; Fr 08:30-12:00; PH off'),
    accessibility: { wheelchair: 'yes', toilet: true },
    transitStop: 'Öhringen Marktplatz',
    steward: 'st-beratung',
    reviewed: '2026-09-02',
  }),
  place('loc-ib-oehringen', 'IB Bildungszentrum Öhringen', 'oehringen', 'Industriestraße 7', [49.1968, 9.4905], {
    hours: hours('Mo-Th 08:00-16:00; Fr 08:00-13:00; PH off'),
    accessibility: { wheelchair: 'yes', toilet: true, parking: true, text: 'Kinderbetreuungsräume im Erdgeschoss.' },
    transitStop: 'Öhringen Industriestraße',
    steward: 'st-beratung',
    reviewed: '2026-07-14',
  }),
  place('loc-ej-kuenzelsau', 'Haus der Jugend Künzelsau (Jugendmigrationsdienst)', 'kuenzelsau', 'Gartenstraße 4', [49.2833, 9.6861], {
    hours: hours('Mo,Tu,Th 09:00-12:00,13:00-17:00; We 13:00-18:00; Fr 09:00-12:00; PH off'),
    accessibility: { wheelchair: 'limited', text: 'Beratungsräume im Erdgeschoss, Treff im Untergeschoss nur über Treppe.' },
    transitStop: 'Künzelsau Busbahnhof',
    steward: 'st-beratung',
    reviewed: '2026-07-14',
  }),
  place('loc-vhs-kuenzelsau', 'VHS Hohenlohe – Haus der Bildung Künzelsau', 'kuenzelsau', 'Lindenstraße 12', [49.2809, 9.6935], {
    hours: hours('Mo-Th 09:00-12:00,14:00-16:30; Fr 09:00-12:00; SH Mo-Fr 09:00-12:00; PH off', { note: 'In den Schulferien nur vormittags.' }),
    accessibility: { wheelchair: 'yes', toilet: true, hearingLoop: true },
    transitStop: 'Künzelsau Busbahnhof',
    steward: 'st-sprache',
    reviewed: '2026-10-05',
  }),
  place('loc-vhs-oehringen', 'VHS Hohenlohe – Bildungshaus Öhringen', 'oehringen', 'Schulstraße 4', [49.2019, 9.5058], {
    hours: hours('Mo-Th 09:00-12:00,14:00-16:30; Fr 09:00-12:00; SH Mo-Fr 09:00-12:00; PH off', { note: 'In den Schulferien nur vormittags.' }),
    accessibility: { wheelchair: 'yes', toilet: true },
    transitStop: 'Öhringen Bahnhof',
    steward: 'st-sprache',
    reviewed: '2026-10-05',
  }),
  place('loc-bildungswerk-gaisbach', 'Bildungswerk Kochertal – Schulungszentrum Gaisbach', 'kuenzelsau', 'Industriestraße 21', [49.2713, 9.7104], {
    ortsteil: 'kuenzelsau-gaisbach',
    hours: hours('Mo-Th 08:00-17:00; Fr 08:00-13:00; PH off'),
    accessibility: { wheelchair: 'yes', toilet: true, parking: true },
    transitStop: 'Gaisbach Gewerbegebiet',
    steward: 'st-sprache',
    reviewed: '2026-06-30',
  }),
  place('loc-frauenhaus', { de: 'Frauen- und Kinderschutzhaus Hohenlohe', en: 'Women’s and children’s shelter Hohenlohe', ar: 'بيت حماية النساء والأطفال Hohenlohe', uk: 'Притулок для жінок і дітей Hohenlohe' }, 'kuenzelsau', null, null, {
    sensitive: true,
    gemeinde: undefined, // a shelter's town stays unnamed as well
    hours: hours('24/7 open "rund um die Uhr erreichbar"', { note: 'Die Adresse wird aus Schutzgründen nicht veröffentlicht. Bitte zuerst anrufen.' }),
    contact: { phone: tel('7941', '810') },
    steward: 'st-integration',
    reviewed: '2026-09-28',
  }),
  place('loc-gu-kuenzelsau', 'Gemeinschaftsunterkunft Künzelsau', 'kuenzelsau', null, null, {
    sensitive: true,
    steward: 'st-sozialamt',
    reviewed: '2026-08-24',
  }),
  place('loc-gu-oehringen', 'Gemeinschaftsunterkunft Öhringen', 'oehringen', null, null, {
    sensitive: true,
    steward: 'st-sozialamt',
    reviewed: '2026-08-24',
  }),
  place('loc-fachberatung-gewalt', 'Fachberatungsstelle gegen häusliche Gewalt', 'oehringen', 'Marktstraße 8', [49.2003, 9.5012], {
    hours: hours('Mo,Tu,Th 09:00-12:00,14:00-16:00; We,Fr 09:00-12:00; PH off'),
    accessibility: { wheelchair: 'yes' },
    transitStop: 'Öhringen Marktplatz',
    steward: 'st-integration',
    reviewed: '2026-09-28',
  }),
  place('loc-schulamt', 'Staatliches Schulamt Künzelsau', 'kuenzelsau', 'Amtsgasse 2', [49.2815, 9.6874], {
    hours: hours('Mo-Th 08:00-12:00,13:30-15:30; Fr 08:00-12:00; PH off'),
    accessibility: { wheelchair: 'yes' },
    transitStop: 'Künzelsau Busbahnhof',
    steward: 'st-integration',
    reviewed: '2026-09-09',
  }),
  place('loc-ag-kuenzelsau', 'Amtsgericht Künzelsau – Rechtsantragstelle', 'kuenzelsau', 'Gerichtsstraße 1', [49.2829, 9.6903], {
    hours: hours('Mo-Fr 08:30-11:30; PH off'),
    accessibility: { wheelchair: 'limited', text: 'Eingangskontrolle; Rampe am Seiteneingang, bitte klingeln.' },
    transitStop: 'Künzelsau Busbahnhof',
    steward: 'st-integration',
    reviewed: '2026-01-19',
  }),
  place('loc-ag-oehringen', 'Amtsgericht Öhringen – Rechtsantragstelle', 'oehringen', 'Gerichtsstraße 1', [49.2021, 9.5007], {
    hours: hours('Mo-Fr 08:30-11:30; PH off'),
    accessibility: { wheelchair: 'yes' },
    transitStop: 'Öhringen Marktplatz',
    steward: 'st-integration',
    reviewed: '2026-01-19',
  }),
  {
    id: 'loc-psz-heilbronn',
    name: 'Psychosoziales Zentrum für Geflüchtete – Heilbronn',
    gemeinde: HEILBRONN,
    address: { street: 'Wilhelmstraße 10', postcode: '74072', city: 'Heilbronn' },
    geo: [49.1398, 9.2175],
    hours: hours('Mo-Th 09:00-16:00; Fr 09:00-12:00 "nur nach Terminvereinbarung"; PH off', { appointmentOnly: true }),
    accessibility: { wheelchair: 'yes' },
    transitStop: 'Heilbronn Hauptbahnhof',
    steward: 'st-beratung',
    reviewed: '2026-02-09',
  },
  {
    id: 'loc-iq-heilbronn',
    name: 'IQ Anerkennungsberatung – Beratungsstelle Heilbronn',
    gemeinde: HEILBRONN,
    address: { street: 'Kaiserstraße 20', postcode: '74072', city: 'Heilbronn' },
    geo: [49.1420, 9.2195],
    hours: hours('Mo-Th 09:00-16:00 "nur nach Terminvereinbarung"; PH off', { appointmentOnly: true }),
    accessibility: { wheelchair: 'yes' },
    transitStop: 'Heilbronn Rathaus',
    steward: 'st-integration',
    reviewed: '2026-05-20',
  },
  {
    id: 'loc-ihk-heilbronn',
    name: 'IHK Heilbronn-Franken',
    gemeinde: HEILBRONN,
    address: { street: 'Kammerweg 5', postcode: '74076', city: 'Heilbronn' },
    geo: [49.1445, 9.2262],
    hours: hours('Mo-Th 08:00-16:30; Fr 08:00-14:00; PH off'),
    accessibility: { wheelchair: 'yes', parking: true },
    transitStop: 'Heilbronn Harmonie',
    steward: 'st-integration',
    reviewed: '2026-04-22',
  },
  {
    id: 'loc-hwk-heilbronn',
    name: 'Handwerkskammer Heilbronn-Franken',
    gemeinde: HEILBRONN,
    address: { street: 'Handwerkerweg 3', postcode: '74072', city: 'Heilbronn' },
    geo: [49.1452, 9.2154],
    hours: hours('Mo-Th 08:00-16:00; Fr 08:00-12:00; PH off'),
    accessibility: { wheelchair: 'yes' },
    transitStop: 'Heilbronn Harmonie',
    steward: 'st-integration',
    reviewed: '2026-04-22',
  },
  {
    id: 'loc-welcome-heilbronn',
    name: 'Welcome Center Heilbronn-Franken',
    gemeinde: HEILBRONN,
    address: { street: 'Kaiserstraße 20', postcode: '74072', city: 'Heilbronn', extra: '3. Obergeschoss' },
    geo: [49.1421, 9.2197],
    hours: hours('Mo-Th 09:00-12:00,13:00-16:00; Fr 09:00-12:00; PH off'),
    accessibility: { wheelchair: 'yes' },
    transitStop: 'Heilbronn Rathaus',
    steward: 'st-integration',
    reviewed: '2026-06-01',
  },
  place('loc-treff-cappel', 'Stadtteiltreff Cappel', 'oehringen', 'Kirchgasse 2', [49.2043, 9.5262], {
    ortsteil: 'oehringen-cappel',
    hours: hours('Mo-Fr 14:00-18:00; SH off', { note: 'In den Schulferien geschlossen.' }),
    accessibility: { wheelchair: 'yes', toilet: true },
    transitStop: 'Öhringen-Cappel Bahnhof',
    steward: 'st-oehringen',
    reviewed: '2026-06-15',
  }),
  place('loc-gemeindezentrum-gaisbach', 'Gemeindezentrum Gaisbach', 'kuenzelsau', 'Kirchweg 6', [49.2702, 9.7075], {
    ortsteil: 'kuenzelsau-gaisbach',
    accessibility: { wheelchair: 'yes', toilet: true },
    transitStop: 'Gaisbach Ortsmitte',
    steward: 'st-gemeinden',
    reviewed: '2026-04-07',
  }),
  place('loc-buecherei-kuenzelsau', 'Stadtbücherei Künzelsau', 'kuenzelsau', 'Marktgasse 4', [49.2821, 9.6893], {
    hours: hours('Tu,Th 10:00-12:00,14:00-18:00; We,Fr 14:00-18:00; Sa 10:00-13:00; PH off'),
    accessibility: { wheelchair: 'yes', toilet: true },
    transitStop: 'Künzelsau Busbahnhof',
    steward: 'st-gemeinden',
    reviewed: '2026-09-22',
  }),
  place('loc-familienzentrum-oehringen', 'Familienzentrum Öhringen', 'oehringen', 'Lindenweg 9', [49.2031, 9.4987], {
    hours: hours('Mo,We,Fr 09:00-12:00; Tu,Th 09:00-12:00,14:00-17:00; PH off'),
    accessibility: { wheelchair: 'yes', toilet: true, text: 'Wickelraum und Spielecke.' },
    transitStop: 'Öhringen Bahnhof',
    steward: 'st-oehringen',
    reviewed: '2026-06-15',
  }),
  place('loc-gemeindehaus-krautheim', 'Evangelisches Gemeindehaus Krautheim', 'krautheim', 'Kirchgasse 1', [49.3858, 9.6338], {
    accessibility: { wheelchair: 'limited', text: 'Drei Stufen, mobile Rampe auf Nachfrage.' },
    transitStop: 'Krautheim Rathaus',
    steward: 'st-ehrenamt',
    reviewed: '2025-01-20',
  }),
  place('loc-buergerhaus-bretzfeld', 'Bürgerhaus Bretzfeld', 'bretzfeld', 'Schulstraße 5', [49.1785, 9.4398], {
    accessibility: { wheelchair: 'yes', toilet: true },
    transitStop: 'Bretzfeld Bahnhof',
    steward: 'st-gemeinden',
    reviewed: '2026-03-30',
  }),
  place('loc-halle-eschental', 'Mehrzweckhalle Eschental', 'kupferzell', 'Hallenweg 1', [49.2458, 9.6641], {
    ortsteil: 'kupferzell-eschental',
    accessibility: { wheelchair: 'yes', toilet: true, parking: true },
    transitStop: 'Eschental Ortsmitte',
    steward: 'st-gemeinden',
    reviewed: '2026-08-19',
  }),
  place('loc-sporthalle-kupferzell', 'Sporthalle Kupferzell', 'kupferzell', 'Sportplatzweg 2', [49.2291, 9.6871], {
    accessibility: { wheelchair: 'yes', toilet: true, parking: true },
    transitStop: 'Kupferzell Schulzentrum',
    steward: 'st-ehrenamt',
    reviewed: '2026-02-17',
  }),
  place('loc-jugendhaus-oehringen', 'Jugendhaus Öhringen', 'oehringen', 'Austraße 12', [49.1979, 9.5061], {
    hours: hours('Tu-Th 14:00-20:00; Fr 14:00-22:00; PH off'),
    accessibility: { wheelchair: 'yes', toilet: true },
    transitStop: 'Öhringen Bahnhof',
    steward: 'st-beratung',
    reviewed: '2026-07-14',
  }),
  place('loc-buergerhaus-sindringen', 'Bürgerhaus Sindringen', 'forchtenberg', 'Kocherstraße 3', [49.2832, 9.5186], {
    ortsteil: 'forchtenberg-sindringen',
    accessibility: { wheelchair: 'yes' },
    transitStop: 'Sindringen Ortsmitte',
    steward: 'st-gemeinden',
    reviewed: '2026-01-27',
  }),
  place('loc-schulzentrum-krautheim', 'Schulzentrum Krautheim', 'krautheim', 'Schulweg 2', [49.3826, 9.6391], {
    accessibility: { wheelchair: 'yes', toilet: true },
    transitStop: 'Krautheim Schulzentrum',
    steward: 'st-beratung',
    reviewed: '2026-07-14',
  }),
];
