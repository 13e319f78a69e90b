/** Sheets of the template: the Kreis, the vocabularies, stewards, organisations, places and hours. */
import { c, KONTAKT, STAND, VALID_FROM, type ColumnSpec, type SheetSpec } from './spec-types.js';

/** ID, Name, Oberbegriff, Suchwörter: the vocabulary sheets (topics, audiences, service types, statuses). */
const termColumns = (id: string, name: string, parent: string, words: string, extra: Partial<ColumnSpec> = {}): ColumnSpec[] => [
  c('id', 'ID', id, 'Kurze Kennung: Buchstaben, Ziffern, - _ . :', 'Short id: letters, digits, - _ . :', { required: true }),
  c('label', 'Name', name, 'Bezeichnung, wie sie Bürgerinnen und Bürger sehen.', 'The name citizens see.', { required: true, aliases: ['Bezeichnung'], text: 'text', ...extra }),
  c('parent', parent, '', 'ID eines übergeordneten Eintrags desselben Blatts.', 'Id of a broader entry of the same sheet.', { aliases: ['Oberbegriff', 'Oberthema', 'Übergeordnet'] }),
  c('synonyms', 'Suchwörter', words, 'Wörter, die Menschen dafür benutzen (; getrennt).', 'Words people use for it (;-separated).', { text: 'words' }),
  c('icon', 'Symbol', '', 'Name eines Piktogramms des Kits (klein, mit -).', 'Name of a pictogram of the kit (lower case, with -).'),
];

export const VOCAB_SHEETS: SheetSpec[] = [
  {
    key: 'kreis', name: 'Kreis', aliases: ['landkreis', 'herausgeber', 'publisher'], feed: '`publisher`, `regions`, `languages`, `validUntil`',
    de: 'Nur nötig ohne --base: eine Zeile mit dem Kreis, der den Feed herausgibt.',
    en: 'Only needed without --base: one row with the Kreis that publishes the feed.',
    columns: [
      c('ags', 'Kreis-AGS', '08126', '5-stelliger Kreisschlüssel.', '5-digit Kreis key.', { aliases: ['AGS', 'Kreisschlüssel'], required: true }),
      c('name', 'Kreis-Name', 'Hohenlohekreis', 'Name des Kreises (leer = aus dem amtlichen Verzeichnis).', 'Name of the Kreis (empty = from the official list).', { aliases: ['Kreis'] }),
      c('state', 'Bundesland', 'BW', 'Kürzel (BW, BY, …) oder Name; leer = aus dem Kreisschlüssel.', 'Code (BW, BY, …) or name; empty = from the Kreis key.'),
      c('publisher', 'Herausgeber', 'Landratsamt Hohenlohekreis', 'Wer den Feed veröffentlicht (leer = „Landratsamt <Kreis>“).', 'Who publishes the feed (empty = "Landratsamt <Kreis>").', { text: 'text' }),
      c('email', 'E-Mail', 'integration@landkreis.example', 'Kontakt-E-Mail des Herausgebers (Pflicht).', 'Contact e-mail of the publisher (required).', { required: true }),
      c('phone', 'Telefon', '+49 7940 18-0', 'Telefon des Herausgebers.', 'Phone of the publisher.'),
      c('website', 'Webseite', '', 'Webseite des Herausgebers.', 'Website of the publisher.'),
      c('licence', 'Lizenz', 'Datenlizenz Deutschland – Namensnennung 2.0', 'Lizenz der Daten (leer = dl-de/by-2-0).', 'Licence of the data (empty = dl-de/by-2-0).'),
      c('licenceUrl', 'Lizenz-URL', 'https://www.govdata.de/dl-de/by-2-0', 'Adresse des Lizenztexts.', 'Address of the licence text.'),
      c('languages', 'Sprachen', '', 'Weitere Sprachen des Feeds über die der Oberfläche hinaus (Kürzel, ; getrennt, z. B. fr; ti). Sprachen, für die es Spalten wie „Name-en“ gibt, werden ohnehin eingetragen.', 'More feed languages beyond the interface languages (tags, ;-separated, e.g. fr; ti). Languages with columns such as "Name-en" are added anyway.'),
      c('validUntil', 'Feed-gültig-bis', '', 'Bis wann der ganze Feed gilt (danach zeigt die Seite „veraltet“).', 'Until when the whole feed is valid (afterwards pages say "out of date").'),
      c('sample', 'Beispieldaten', '', 'ja = die Daten sind Beispiele (die Seite sagt es).', 'ja = the data are samples (the page says so).'),
      c('mapTiles', 'Karten-Kacheln', '', 'Adresse eines Kachel-Servers für die Karte, https://…/{z}/{x}/{y}.png (leer = Karte ohne Kacheln).', 'Tile server of the map, https://…/{z}/{x}/{y}.png (empty = map without tiles).'),
      c('mapAttribution', 'Karten-Namensnennung', '', 'Namensnennung des Kachel-Servers (Pflicht mit Karten-Kacheln).', 'Attribution of the tile server (required with Karten-Kacheln).'),
    ],
  },
  {
    key: 'ortsteile', name: 'Ortsteile', aliases: ['ortsteil', 'ortschaften', 'districts'], feed: '`regions.gemeinden[].ortsteile`',
    de: 'Ortsteile, auf die Orte (Spalte „Ortsteil“) verweisen und von denen Fahrzeiten berechnet werden.', en: 'Ortsteile that places (column "Ortsteil") refer to and travel times start from.',
    columns: [
      c('id', 'ID', 'kuenzelsau-gaisbach', 'Kennung, im ganzen Feed eindeutig.', 'Id, unique in the whole feed.', { required: true }),
      c('name', 'Name', 'Gaisbach', 'Name des Ortsteils.', 'Name of the Ortsteil.', { required: true }),
      c('gemeinde', 'Gemeinde', 'Künzelsau', 'Gemeinde des Ortsteils (Name oder AGS).', 'Gemeinde of the Ortsteil (name or AGS).', { required: true, aliases: ['AGS'] }),
      c('lat', 'Breite', '', 'Mittelpunkt: geografische Breite.', 'Centre: latitude.', { aliases: ['Breitengrad', 'lat'] }),
      c('lon', 'Länge', '', 'Mittelpunkt: geografische Länge.', 'Centre: longitude.', { aliases: ['Längengrad', 'lon', 'lng'] }),
    ],
  },
  {
    key: 'nachbarorte', name: 'Nachbarorte', aliases: ['nachbarort', 'nachbarn', 'neighbours', 'neighbors'], feed: '`regions.neighbours`',
    de: 'Städte außerhalb des Kreises, die Menschen tatsächlich nutzen (Ämter, Kurse dort). Danach können Orte dort liegen.', en: 'Towns outside the Kreis that people actually use. Places may then lie there.',
    columns: [
      c('id', 'ID', 'heilbronn', 'Kennung.', 'Id.', { required: true }),
      c('name', 'Name', 'Heilbronn', 'Name der Stadt.', 'Name of the town.', { required: true }),
      c('ags', 'AGS', '08121000', '8-stelliger Gemeindeschlüssel (ohne ihn nur ein Name, an dem keine Orte liegen können).', '8-digit municipality key (without it only a name, no places can lie there).', { aliases: ['Gemeindeschlüssel', 'Gemeinde'] }),
      c('lat', 'Breite', '', 'Mittelpunkt: geografische Breite (leer = aus dem amtlichen Verzeichnis).', 'Centre: latitude (empty = from the official list).', { aliases: ['Breitengrad', 'lat'] }),
      c('lon', 'Länge', '', 'Mittelpunkt: geografische Länge.', 'Centre: longitude.', { aliases: ['Längengrad', 'lon', 'lng'] }),
    ],
  },
  {
    key: 'themen', name: 'Themen', aliases: ['topics', 'thema'], feed: '`topics`',
    de: 'Die Themen (Wortliste), auf die Angebote, Zuständigkeiten und Wege verweisen. Mit --base kommen sie aus dem Feed.',
    en: 'The topic vocabulary services, responsibilities and steps refer to. With --base they come from the feed.',
    columns: termColumns('aufenthalt', 'Aufenthalt und Ausländerbehörde', 'Oberthema', 'Ausländeramt; Aufenthaltserlaubnis', { templateLangs: { en: 'Residence and immigration office' } }),
  },
  {
    key: 'zielgruppen', name: 'Zielgruppen', aliases: ['zielgruppe', 'audiences', 'audience'], feed: '`audiences`',
    de: 'Für wen Angebote besonders gedacht sind (Zielgruppen schließen nie aus). Ohne dieses Blatt lesen Bürgerinnen und Bürger die Kennungen.',
    en: 'Who offers are especially meant for (audiences never exclude). Without this sheet citizens read the ids.',
    columns: termColumns('gefluechtete', 'Geflüchtete', 'Oberbegriff', 'Flüchtlinge; Asylsuchende', { templateLangs: { en: 'Refugees', ar: 'اللاجئون' } }),
  },
  {
    key: 'leistungsarten', name: 'Leistungsarten', aliases: ['leistungsart', 'servicetypes', 'service-types', 'dienstarten'], feed: '`serviceTypes`',
    de: 'Arten von Stellen innerhalb eines Themas (z. B. Ausländerbehörde, Einbürgerung, Bürgerbüro), wenn dafür verschiedene Stellen zuständig sind.',
    en: 'Kinds of office within a topic (e.g. immigration office, naturalisation, citizens\' office) where different offices are responsible.',
    columns: termColumns('einbuergerung', 'Einbürgerung', 'Oberbegriff', 'Staatsangehörigkeit; Einbürgerungstest'),
  },
  {
    key: 'aufenthaltsstatus', name: 'Aufenthaltsstatus', aliases: ['status', 'statuses', 'aufenthaltstitel'], feed: '`statuses`',
    de: 'Aufenthaltsstatus, nach denen sich Zuständigkeiten unterscheiden (z. B. Asylbewerber → Sozialamt, anerkannt → Jobcenter).',
    en: 'Residence statuses by which responsibility differs (e.g. asylum seeker → Sozialamt, recognised → Jobcenter).',
    columns: termColumns('asylbewerber', 'Asylbewerberinnen und Asylbewerber', 'Oberbegriff', 'Asyl; Duldung'),
  },
  {
    key: 'alltagswoerter', name: 'Alltagswörter', aliases: ['alltagswort', 'suchwoerter', 'lexikon', 'lexicon', 'woerterbuch'], feed: '`lexicon`',
    de: 'Wörter, die Bürgerinnen und Bürger in die Suche tippen, und was sie im Feed bedeuten (für die Suche; zusätzlich zu den eingebauten Wörtern).',
    en: 'Words citizens type into the search, and what they mean in the feed (for the search, on top of the built-in words).',
    columns: [
      c('words', 'Alltagswörter', 'Busfahrkarte; Busticket', 'Was Menschen tippen (; getrennt).', 'What people type (;-separated).', { required: true, aliases: ['Alltagswort', 'Wörter', 'Wort', 'Suchwörter'] }),
      c('means', 'Bedeutet', 'ÖPNV; Rufbus', 'Wie der Feed es nennt (; getrennt).', 'What the feed calls it (;-separated).', { required: true, aliases: ['Amtswörter', 'Amtswort', 'Bedeutung', 'Meint'] }),
    ],
  },
  {
    key: 'pflege', name: 'Pflege', aliases: ['stewards', 'zustaendige-pflege', 'redaktion'], feed: '`stewards`',
    de: 'Wer Einträge pflegt (Funktion, nie eine Privatperson). Die Spalte „Pflege“ der anderen Blätter verweist hierauf.',
    en: 'Who keeps entries (a role, never a private person). The "Pflege" column of the other sheets refers to these.',
    columns: [
      c('id', 'ID', 'st-integration', 'Kennung.', 'Id.', { required: true }),
      c('role', 'Rolle', 'Integrationsbeauftragte Landratsamt', 'Funktion oder Stelle.', 'Role or office.', { required: true, aliases: ['Funktion'], text: 'text' }),
      c('email', 'E-Mail', 'integration@landkreis.example', 'Funktionspostfach für Hinweise auf veraltete Einträge.', 'Functional mailbox for reports of outdated entries.', { required: true }),
      c('phone', 'Telefon', '', 'Telefon.', 'Phone.'),
      c('organisation', 'Organisation', 'lra', 'ID aus „Organisationen“.', 'Id from "Organisationen".'),
    ],
  },
  {
    key: 'organisationen', name: 'Organisationen', aliases: ['organisation', 'organisations', 'organizations', 'traeger'], feed: '`organisations`',
    de: 'Ämter, Gemeinden, Träger, Vereine, Netzwerke, Initiativen.', en: 'Offices, municipalities, providers, associations, networks, initiatives.',
    columns: [
      c('id', 'ID', 'lra', 'Kennung, eindeutig.', 'Id, unique.', { required: true }),
      c('name', 'Name', 'Landratsamt Hohenlohekreis', 'Name.', 'Name.', { required: true, text: 'text' }),
      c('kind', 'Art', 'Behörde', 'Behörde, Kommune (auch Gemeinde, Stadt), Jobcenter, Wohlfahrtsverband, Bildungsträger, Verein, Sportverein, Netzwerk, Initiative, Unternehmen oder Sonstiges.',
        'authority (Behörde), municipality (Kommune, Gemeinde, Stadt), jobcenter, welfare (Wohlfahrtsverband), education (Bildungsträger), association (Verein), sports-club (Sportverein), network (Netzwerk), initiative, company (Unternehmen) or other (Sonstiges).'),
      c('description', 'Beschreibung', '', 'Kurze Beschreibung.', 'Short description.', { text: 'text' }),
      ...KONTAKT('+49 7940 18-0'),
      VALID_FROM,
      ...STAND,
    ],
  },
  {
    key: 'orte', name: 'Orte', aliases: ['ort', 'locations', 'standorte', 'adressen'], feed: '`locations`',
    de: 'Gebäude und Räume, in denen Angebote stattfinden.', en: 'Buildings and rooms where services are offered.',
    columns: [
      c('id', 'ID', 'ort-lra', 'Kennung, eindeutig.', 'Id, unique.', { required: true }),
      c('name', 'Name', 'Landratsamt Künzelsau', 'Name des Orts.', 'Name of the place.', { required: true, text: 'text' }),
      c('gemeinde', 'Gemeinde', 'Künzelsau', 'Gemeindename oder 8-stelliger AGS (leer = aus „Ort“).', 'Gemeinde name or 8-digit AGS (empty = from "Ort").', { aliases: ['AGS', 'Gemeindeschlüssel'] }),
      c('ortsteil', 'Ortsteil', '', 'ID eines Ortsteils aus dem Feed (nur mit --base).', 'Id of an Ortsteil of the feed (only with --base).'),
      c('street', 'Straße', 'Allee 17', 'Straße und Hausnummer.', 'Street and house number.', { aliases: ['Strasse', 'Adresse'] }),
      c('postcode', 'PLZ', '74653', 'Postleitzahl.', 'Postcode.', { aliases: ['Postleitzahl'] }),
      c('city', 'Ort', 'Künzelsau', 'Ort der Postanschrift.', 'Town of the postal address.', { aliases: ['Stadt'] }),
      c('extra', 'Zusatz', '2. OG, Zimmer 204', 'Gebäude, Stockwerk, Raum.', 'Building, floor, room.', { text: 'text' }),
      c('lat', 'Breite', '49.2806', 'Geografische Breite (z. B. 49.28).', 'Latitude (e.g. 49.28).', { aliases: ['Breitengrad', 'lat'] }),
      c('lon', 'Länge', '9.6868', 'Geografische Länge (z. B. 9.69).', 'Longitude (e.g. 9.69).', { aliases: ['Längengrad', 'lon', 'lng'] }),
      c('sensitive', 'Geschützt', 'nein', 'ja = Adresse, Position und Haltestelle werden nie gezeigt (Frauenhaus, Unterkunft); wegweiser compile entfernt sie aus dem Feed.', 'ja = address, position and stop are never shown (women\'s shelter, accommodation); wegweiser compile removes them from the feed.'),
      c('hours', 'Öffnungszeiten', 'Mo-Fr 08:00-12:00; Th 08:00-12:00,14:00-17:30', 'OSM-Format; „Mo-Fr 8-12 Uhr“ wird übersetzt.', 'OSM syntax; "Mo-Fr 8-12 Uhr" is converted.'),
      c('hoursNote', 'Zeiten-Hinweis', '', 'Hinweis neben den Zeiten.', 'Note next to the hours.', { text: 'text' }),
      c('appointmentOnly', 'Nur-mit-Termin', 'nein', 'ja = Besuch nur mit Termin.', 'ja = visits by appointment only.'),
      c('wheelchair', 'Rollstuhl', 'ja', 'Stufenlos erreichbar: ja, eingeschränkt, nein.', 'Step-free: ja, eingeschränkt (limited), nein.'),
      c('toilet', 'Behinderten-WC', 'ja', 'ja/nein.', 'Accessible toilet: ja/nein.'),
      c('hearingLoop', 'Hörschleife', '', 'ja/nein.', 'Hearing loop: ja/nein.'),
      c('parking', 'Behinderten-Parkplatz', '', 'ja/nein.', 'Accessible parking: ja/nein.'),
      c('accessibilityText', 'Barrierefreiheit', '', 'Barrierefreiheit in Worten.', 'Accessibility in words.', { text: 'text' }),
      c('transitStop', 'Haltestelle', 'Künzelsau Landratsamt', 'Nächste Haltestelle.', 'Nearest stop.'),
      ...KONTAKT(''),
      VALID_FROM,
      ...STAND,
    ],
  },
];

export const OUTREACH_SHEET: SheetSpec = {
  key: 'aussensprechstunden', name: 'Außensprechstunden', aliases: ['aussensprechstunde', 'sprechtage', 'outreach'], feed: '`services[].outreach`',
  de: 'Regelmäßige Sprechstunden eines Angebots in anderen Gemeinden (eine Zeile je Gemeinde und Zeit).', en: 'Regular consultation days of a service in other Gemeinden (one row per Gemeinde and time).',
  columns: [
    c('service', 'Angebot-ID', 'abh-lra', 'ID aus „Angebote“.', 'Id from "Angebote".', { required: true, aliases: ['Angebot'] }),
    c('gemeinde', 'Gemeinde', 'Krautheim', 'Gemeinde der Sprechstunde (Name oder AGS).', 'Gemeinde of the consultation (name or AGS).', { required: true, aliases: ['AGS'] }),
    c('location', 'Ort-ID', '', 'ID aus „Orte“, wenn bekannt.', 'Id from "Orte", if known.', { aliases: ['Ort'] }),
    c('hours', 'Öffnungszeiten', 'We[1] 09:00-12:00', 'OSM-Format, z. B. „We[1] 09:00-12:00“ (erster Mittwoch im Monat).', 'OSM syntax, e.g. "We[1] 09:00-12:00" (first Wednesday of the month).', { required: true, aliases: ['Zeiten', 'Sprechzeiten'] }),
    c('note', 'Hinweis', '', 'Hinweis, z. B. „im Rathaus, 1. OG“.', 'Note, e.g. "in the town hall, 1st floor".', { text: 'text' }),
  ],
};

export const HOURS_SHEET: SheetSpec = {
  key: 'zeiten', name: 'Zeiten', aliases: ['oeffnungszeiten', 'sprechzeiten', 'hours'], feed: '`services[].at[].hours`, `locations[].hours`',
  de: 'Eigene Zeiten eines Angebots an einem Ort (Sprechzeiten), oder Öffnungszeiten eines Orts.', en: 'Hours of a service at a place, or of a place.',
  columns: [
    c('service', 'Angebot-ID', 'abh-lra', 'ID aus „Angebote“ (leer = Zeiten des Orts).', 'Id from "Angebote" (empty = the place\'s hours).', { aliases: ['Angebot'] }),
    c('location', 'Ort-ID', 'ort-lra', 'ID aus „Orte“.', 'Id from "Orte".', { required: true, aliases: ['Ort'] }),
    c('hours', 'Öffnungszeiten', 'Tu,Th 08:30-12:00', 'OSM-Format; „Mo-Fr 8-12 Uhr“ wird übersetzt.', 'OSM syntax; "Mo-Fr 8-12 Uhr" is converted.', { required: true, aliases: ['Zeiten', 'Sprechzeiten'] }),
    c('note', 'Hinweis', '', 'Hinweis neben den Zeiten.', 'Note next to the hours.', { text: 'text' }),
    c('appointmentOnly', 'Nur-mit-Termin', '', 'ja = Zeiten zum Anrufen/Buchen, Besuch nur mit Termin.', 'ja = hours to call/book; visits by appointment only.'),
  ],
};
