/**
 * The spreadsheet template of `wegweiser import sheets`: one sheet (or CSV
 * file) per kind of entry, German column headers, one row per item, lists
 * separated by `;`. The template files in docs/template are generated from
 * this description (test/tools/write-template.ts), and the importer maps
 * headers with it, so the two cannot drift apart.
 */

export type SheetKey =
  | 'kreis' | 'themen' | 'pflege' | 'organisationen' | 'orte' | 'angebote' | 'zeiten'
  | 'programme' | 'zustaendigkeiten' | 'wege';

export interface ColumnSpec {
  key: string;
  header: string;
  /** Other spellings accepted in the header row. */
  aliases?: string[];
  example: string;
  /** What goes in, for docs/template/README.md. */
  de: string;
  required?: boolean;
}

export interface SheetSpec {
  key: SheetKey;
  name: string;
  aliases: string[];
  de: string;
  en: string;
  columns: ColumnSpec[];
}

const c = (key: string, header: string, example: string, de: string, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({ key, header, example, de, ...extra });

const STAND = [
  c('reviewed', 'Stand', '2026-10-01', 'Tag der letzten Prüfung (JJJJ-MM-TT oder TT.MM.JJJJ).'),
  c('validUntil', 'Gültig-bis', '', 'Letzter Tag, an dem der Eintrag gezeigt wird (leer = unbefristet).'),
  c('steward', 'Pflege', 'st-integration', 'Wer den Eintrag pflegt: ID aus dem Blatt „Pflege“ oder eine Funktions-E-Mail-Adresse.'),
];
const KONTAKT = (example: string) => [
  c('phone', 'Telefon', example, 'Telefonnummer, am besten +49 …'),
  c('email', 'E-Mail', '', 'E-Mail-Adresse (Funktionspostfach).'),
  c('website', 'Webseite', '', 'Adresse mit https://'),
];

export const SHEETS: SheetSpec[] = [
  {
    key: 'kreis', name: 'Kreis', aliases: ['landkreis', 'herausgeber', 'publisher'],
    de: 'Nur nötig ohne --base: eine Zeile mit dem Kreis, der den Feed herausgibt.',
    en: 'Only needed without --base: one row with the Kreis that publishes the feed.',
    columns: [
      c('ags', 'Kreis-AGS', '08126', '5-stelliger Kreisschlüssel.', { aliases: ['AGS', 'Kreisschlüssel'], required: true }),
      c('name', 'Kreis-Name', 'Hohenlohekreis', 'Name des Kreises (leer = aus dem amtlichen Verzeichnis).', { aliases: ['Kreis'] }),
      c('state', 'Bundesland', 'BW', 'Kürzel (BW, BY, …) oder Name; leer = aus dem Kreisschlüssel.'),
      c('publisher', 'Herausgeber', 'Landratsamt Hohenlohekreis', 'Wer den Feed veröffentlicht (leer = „Landratsamt <Kreis>“).'),
      c('email', 'E-Mail', 'integration@landkreis.example', 'Kontakt-E-Mail des Herausgebers (Pflicht).', { required: true }),
      c('phone', 'Telefon', '+49 7940 18-0', 'Telefon des Herausgebers.'),
      c('website', 'Webseite', '', 'Webseite des Herausgebers.'),
      c('licence', 'Lizenz', 'Datenlizenz Deutschland – Namensnennung 2.0', 'Lizenz der Daten (leer = dl-de/by-2-0).'),
      c('licenceUrl', 'Lizenz-URL', 'https://www.govdata.de/dl-de/by-2-0', 'Adresse des Lizenztexts.'),
    ],
  },
  {
    key: 'themen', name: 'Themen', aliases: ['topics', 'thema'],
    de: 'Die Themen (Wortliste), auf die Angebote, Zuständigkeiten und Wege verweisen. Mit --base kommen sie aus dem Feed.',
    en: 'The topic vocabulary services, responsibilities and steps refer to. With --base they come from the feed.',
    columns: [
      c('id', 'ID', 'aufenthalt', 'Kurze Kennung: Buchstaben, Ziffern, - _ . :', { required: true }),
      c('label', 'Name', 'Aufenthalt und Ausländerbehörde', 'Bezeichnung, wie sie Bürgerinnen und Bürger sehen.', { required: true, aliases: ['Bezeichnung'] }),
      c('parent', 'Oberthema', '', 'ID eines übergeordneten Themas.'),
      c('synonyms', 'Suchwörter', 'Ausländeramt; Aufenthaltserlaubnis', 'Wörter, die Menschen dafür benutzen (; getrennt).'),
    ],
  },
  {
    key: 'pflege', name: 'Pflege', aliases: ['stewards', 'zustaendige-pflege', 'redaktion'],
    de: 'Wer Einträge pflegt (Funktion, nie eine Privatperson). Die Spalte „Pflege“ der anderen Blätter verweist hierauf.',
    en: 'Who keeps entries (a role, never a private person). The "Pflege" column of the other sheets refers to these.',
    columns: [
      c('id', 'ID', 'st-integration', 'Kennung.', { required: true }),
      c('role', 'Rolle', 'Integrationsbeauftragte Landratsamt', 'Funktion oder Stelle.', { required: true, aliases: ['Funktion'] }),
      c('email', 'E-Mail', 'integration@landkreis.example', 'Funktionspostfach für Hinweise auf veraltete Einträge.', { required: true }),
      c('phone', 'Telefon', '', 'Telefon.'),
      c('organisation', 'Organisation', 'lra', 'ID aus „Organisationen“.'),
    ],
  },
  {
    key: 'organisationen', name: 'Organisationen', aliases: ['organisation', 'organisations', 'organizations', 'traeger'],
    de: 'Ämter, Träger, Vereine, Initiativen.', en: 'Offices, providers, associations, initiatives.',
    columns: [
      c('id', 'ID', 'lra', 'Kennung, eindeutig.', { required: true }),
      c('name', 'Name', 'Landratsamt Hohenlohekreis', 'Name.', { required: true }),
      c('kind', 'Art', 'Behörde', 'Behörde, Wohlfahrtsverband, Bildungsträger, Verein, Initiative, Unternehmen oder Sonstiges.'),
      c('description', 'Beschreibung', '', 'Kurze Beschreibung.'),
      ...KONTAKT('+49 7940 18-0'),
      ...STAND,
    ],
  },
  {
    key: 'orte', name: 'Orte', aliases: ['ort', 'locations', 'standorte', 'adressen'],
    de: 'Gebäude und Räume, in denen Angebote stattfinden.', en: 'Buildings and rooms where services are offered.',
    columns: [
      c('id', 'ID', 'ort-lra', 'Kennung, eindeutig.', { required: true }),
      c('name', 'Name', 'Landratsamt Künzelsau', 'Name des Orts.', { required: true }),
      c('gemeinde', 'Gemeinde', 'Künzelsau', 'Gemeindename oder 8-stelliger AGS (leer = aus „Ort“).', { aliases: ['AGS', 'Gemeindeschlüssel'] }),
      c('street', 'Straße', 'Allee 17', 'Straße und Hausnummer.', { aliases: ['Strasse', 'Adresse'] }),
      c('postcode', 'PLZ', '74653', 'Postleitzahl.', { aliases: ['Postleitzahl'] }),
      c('city', 'Ort', 'Künzelsau', 'Ort der Postanschrift.', { aliases: ['Stadt'] }),
      c('extra', 'Zusatz', '2. OG, Zimmer 204', 'Gebäude, Stockwerk, Raum.'),
      c('lat', 'Breite', '49.2806', 'Geografische Breite (z. B. 49.28).', { aliases: ['Breitengrad', 'lat'] }),
      c('lon', 'Länge', '9.6868', 'Geografische Länge (z. B. 9.69).', { aliases: ['Längengrad', 'lon', 'lng'] }),
      c('sensitive', 'Geschützt', 'nein', 'ja = Adresse wird nie gezeigt (Frauenhaus, Unterkunft).'),
      c('hours', 'Öffnungszeiten', 'Mo-Fr 08:00-12:00; Th 08:00-12:00,14:00-17:30', 'OSM-Format; „Mo-Fr 8-12 Uhr“ wird übersetzt.'),
      c('hoursNote', 'Zeiten-Hinweis', '', 'Hinweis neben den Zeiten.'),
      c('appointmentOnly', 'Nur-mit-Termin', 'nein', 'ja = Besuch nur mit Termin.'),
      c('wheelchair', 'Rollstuhl', 'ja', 'Stufenlos erreichbar: ja, eingeschränkt, nein.'),
      c('toilet', 'Behinderten-WC', 'ja', 'ja/nein.'),
      c('transitStop', 'Haltestelle', 'Künzelsau Landratsamt', 'Nächste Haltestelle.'),
      ...KONTAKT(''),
      ...STAND,
    ],
  },
  {
    key: 'angebote', name: 'Angebote', aliases: ['angebot', 'services', 'dienste', 'leistungen', 'beratung'],
    de: 'Beratungen, Ämter, Dienste – eine Zeile je Angebot.', en: 'Counselling, offices, services – one row each.',
    columns: [
      c('id', 'ID', 'abh-lra', 'Kennung, eindeutig.', { required: true }),
      c('organisation', 'Organisation', 'lra', 'ID aus „Organisationen“.', { required: true, aliases: ['Träger'] }),
      c('name', 'Name', 'Ausländerbehörde', 'Name des Angebots.', { required: true }),
      c('summary', 'Kurzbeschreibung', 'Aufenthaltstitel, Verlängerungen, Arbeitserlaubnis.', 'Ein Satz für Ergebnislisten.'),
      c('description', 'Beschreibung', '', 'Längerer Text.'),
      c('topics', 'Themen', 'aufenthalt', 'Themen-IDs (; getrennt), das erste ist das Hauptthema.', { required: true }),
      c('audiences', 'Zielgruppen', '', 'Zielgruppen-IDs (; getrennt).'),
      c('keywords', 'Suchwörter', 'Ausländeramt; Visum', 'Zusätzliche Suchwörter (; getrennt).'),
      c('languages', 'Sprachen', 'Deutsch; Englisch', 'Gesprochene Sprachen: Namen oder Kürzel (de; en; ar).'),
      c('interpreter', 'Dolmetscher', 'auf Anfrage', 'ja, auf Anfrage, nein.'),
      c('free', 'Kostenlos', 'nein', 'ja/nein.', { aliases: ['Kosten'] }),
      c('costText', 'Kosten-Text', 'Gebühren nach Aufenthaltsverordnung', 'Kosten in Worten.'),
      c('childcare', 'Kinderbetreuung', 'nein', 'ja/nein.'),
      c('access', 'Zugang', 'Termin; offene Sprechstunde', 'offene Sprechstunde, Termin, online, Telefon, Außensprechstunde, Hausbesuch (; getrennt).', { required: true }),
      c('bookingUrl', 'Terminbuchung-URL', 'https://termine.example/abh', 'Online-Terminbuchung.'),
      c('bookingText', 'Termin-Hinweis', '', 'z. B. „Termine meist innerhalb von 2 Wochen“.'),
      c('documents', 'Unterlagen', 'Reisepass; Aufenthaltstitel', 'Was mitzubringen ist (; getrennt).'),
      ...KONTAKT('+49 7940 18-1234'),
      c('locations', 'Orte', 'ort-lra', 'Orts-IDs aus „Orte“ (; getrennt); leer = nur Telefon/online.'),
      c('area', 'Zuständig-für-Gemeinden', '', 'Gemeinden (Namen oder AGS, ; getrennt); leer = ganzer Kreis.'),
      c('validFrom', 'Gültig-ab', '', 'Erster Tag, an dem das Angebot gezeigt wird.'),
      ...STAND,
    ],
  },
  {
    key: 'zeiten', name: 'Zeiten', aliases: ['oeffnungszeiten', 'sprechzeiten', 'hours'],
    de: 'Eigene Zeiten eines Angebots an einem Ort (Sprechzeiten), oder Öffnungszeiten eines Orts.', en: 'Hours of a service at a place, or of a place.',
    columns: [
      c('service', 'Angebot-ID', 'abh-lra', 'ID aus „Angebote“ (leer = Zeiten des Orts).', { aliases: ['Angebot'] }),
      c('location', 'Ort-ID', 'ort-lra', 'ID aus „Orte“.', { required: true, aliases: ['Ort'] }),
      c('hours', 'Öffnungszeiten', 'Tu,Th 08:30-12:00', 'OSM-Format; „Mo-Fr 8-12 Uhr“ wird übersetzt.', { required: true, aliases: ['Zeiten', 'Sprechzeiten'] }),
      c('note', 'Hinweis', '', 'Hinweis neben den Zeiten.'),
      c('appointmentOnly', 'Nur-mit-Termin', '', 'ja = Zeiten zum Anrufen/Buchen, Besuch nur mit Termin.'),
    ],
  },
  {
    key: 'programme', name: 'Programme', aliases: ['kurse', 'programmes', 'programs', 'projekte', 'veranstaltungen'],
    de: 'Kurse, Gruppen, Projekte, Veranstaltungen, Förderprogramme.', en: 'Courses, groups, projects, events, funding programmes.',
    columns: [
      c('id', 'ID', 'ik-vhs-2701', 'Kennung, eindeutig.', { required: true }),
      c('kind', 'Art', 'Integrationskurs', 'Integrationskurs, Alphakurs, Berufssprachkurs, Frauenkurs, Sprachcafé, Sprachkurs, Projekt, Gruppe, Veranstaltung, Ehrenamt, Gesprächsgruppe, Förderprogramm.', { required: true }),
      c('title', 'Titel', 'Integrationskurs am Vormittag', 'Titel.', { required: true, aliases: ['Name'] }),
      c('summary', 'Kurzbeschreibung', '', 'Ein Satz.'),
      c('provider', 'Träger', 'lra', 'ID aus „Organisationen“.', { required: true, aliases: ['Organisation'] }),
      c('location', 'Ort', 'ort-lra', 'ID aus „Orte“.', { aliases: ['Ort-ID'] }),
      c('gemeinde', 'Gemeinde', '', 'Gemeinde (Name/AGS), wenn es keinen Ort gibt.'),
      c('online', 'Online', 'nein', 'ja/nein.'),
      c('topics', 'Themen', '', 'Themen-IDs (; getrennt).'),
      c('audiences', 'Zielgruppen', '', 'Zielgruppen-IDs.'),
      c('levels', 'Niveau', 'A1; A2; B1', 'Alpha, A1 … C2 (; getrennt).'),
      c('start', 'Beginn', '2027-01-11', 'Erster Tag.'),
      c('end', 'Ende', '2027-08-06', 'Letzter Tag.'),
      c('days', 'Wochentage', 'Mo-Fr', 'z. B. „Mo-Fr“ oder „Di; Do“.'),
      c('from', 'Von', '08:30', 'Uhrzeit Beginn.'),
      c('to', 'Bis', '12:45', 'Uhrzeit Ende.'),
      c('scheduleText', 'Zeiten-Text', '', 'Zeitplan in Worten.'),
      c('registration', 'Anmeldung-nötig', 'ja', 'ja/nein.'),
      c('deadline', 'Anmeldeschluss', '', 'Datum.'),
      c('registrationUrl', 'Anmeldung-URL', '', 'Adresse der Anmeldung.'),
      c('capacity', 'Plätze', '20', 'Zahl der Plätze.'),
      c('freePlaces', 'Freie-Plätze', '', 'Noch frei.'),
      c('free', 'Kostenlos', 'ja', 'ja/nein.'),
      c('costText', 'Kosten-Text', '', 'Kosten in Worten.'),
      c('childcare', 'Kinderbetreuung', 'nein', 'ja/nein.'),
      c('status', 'Status', 'geplant', 'geplant, läuft, beendet (leer = aus Beginn/Ende).'),
      ...KONTAKT(''),
      ...STAND,
    ],
  },
  {
    key: 'zustaendigkeiten', name: 'Zuständigkeiten', aliases: ['zustaendigkeit', 'responsibilities'],
    de: 'Welches Angebot für welche Gemeinden zuständig ist (je Thema).', en: 'Which service is responsible for which Gemeinden, per topic.',
    columns: [
      c('id', 'ID', 'z-aufenthalt', 'Kennung (optional).'),
      c('topic', 'Thema', 'aufenthalt', 'Themen-ID.', { required: true }),
      c('gemeinden', 'Gemeinden', 'alle', '„alle“ oder Gemeinden (Namen oder AGS, ; getrennt).', { required: true }),
      c('service', 'Angebot', 'abh-lra', 'ID aus „Angebote“.', { required: true, aliases: ['Angebot-ID'] }),
      c('location', 'Ort', '', 'Orts-ID (z. B. Außenstelle).', { aliases: ['Ort-ID'] }),
      c('note', 'Hinweis', '', 'Hinweis.'),
      ...STAND,
    ],
  },
  {
    key: 'wege', name: 'Wege', aliases: ['weg', 'pathways', 'schritte', 'wegweiser'],
    de: 'Lebenslagen als Schritte: eine Zeile je Schritt, Zeilen desselben Wegs untereinander.', en: 'Life situations as steps: one row per step, rows of a pathway one below the other.',
    columns: [
      c('pathway', 'Weg-ID', 'ankommen', 'Kennung des Wegs.', { required: true }),
      c('pathwayTitle', 'Weg-Titel', 'Neu im Landkreis', 'Titel des Wegs (in der ersten Zeile des Wegs).'),
      c('id', 'Schritt-ID', 'aufenthalt-klaeren', 'Kennung des Schritts.', { required: true }),
      c('title', 'Titel', 'Aufenthalt klären', 'Titel des Schritts.', { required: true }),
      c('body', 'Text', 'Vereinbaren Sie einen Termin bei der Ausländerbehörde.', 'Was zu tun ist.'),
      c('deadline', 'Frist', 'vor Ablauf des Visums', 'Frist in Worten.'),
      c('documents', 'Unterlagen', 'Reisepass; Visum', 'Was mitzubringen ist (; getrennt).'),
      c('topic', 'Thema', 'aufenthalt', 'Themen-ID: die zuständige Stelle der gewählten Gemeinde wird gezeigt.'),
      c('service', 'Angebot', '', 'Feste Angebots-ID statt Thema.'),
      c('reviewed', 'Stand', '2026-10-01', 'Tag der letzten Prüfung des Wegs (erste Zeile des Wegs).'),
      c('steward', 'Pflege', 'st-integration', 'Wer den Weg pflegt (erste Zeile des Wegs).'),
    ],
  },
];

/** Lower case, umlauts spelled out, only letters and digits: "Gültig-bis " → "gueltigbis". */
export function fold(text: string): string {
  return text.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z0-9]/g, '');
}

/** The sheet a sheet or CSV file name stands for: "Angebote", "angebote.csv", "kupferzell-angebote". */
export function sheetFor(name: string): SheetSpec | undefined {
  const base = name.replace(/\.(csv|tsv|txt)$/i, '');
  const whole = fold(base);
  const names = (s: SheetSpec) => [s.name, ...s.aliases].map(fold);
  const exact = SHEETS.find((s) => names(s).includes(whole));
  if (exact) return exact;
  const last = fold(base.split(/[-_ .]/).pop() ?? '');
  return SHEETS.find((s) => names(s).includes(last));
}

export function columnFor(sheet: SheetSpec, header: string): ColumnSpec | undefined {
  const f = fold(header);
  return sheet.columns.find((col) => fold(col.header) === f) ?? sheet.columns.find((col) => (col.aliases ?? []).some((a) => fold(a) === f));
}
