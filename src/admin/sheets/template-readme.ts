/** docs/template/README.md: every sheet and column of the template, German and English, made from spec.ts. */
import { SHEETS } from './spec.js';
import { templateRows } from './template-files.js';

const TRANSLATABLE = { text: 'Text', list: 'Liste', words: 'Wörter' } as const;

const RULES_DE = [
  '- **Eine Zeile je Eintrag.** Leere Zeilen und genaue Doppel werden (mit Warnung) übersprungen.',
  '- **Listen** mit `;` trennen (`Deutsch; Englisch`), bei Kennungen geht auch `,`.',
  '- **Ja/Nein**: `ja` oder `nein`; `x`, `1`, `0`, `yes`, `no` werden mit Warnung verstanden. Leer = keine Angabe.',
  '- **Datum**: `31.12.2026` oder `2026-12-31`.',
  '- **Werte aus einer Liste** (Art, Status, Kostenart, Zugang …) werden unabhängig von Groß- und Kleinschreibung und Akzenten erkannt: `Sprachcafé` = `Sprachcafe` = `sprachcafe`, `Behörde` = `Behoerde` = `Behorde`.',
  '- **Kennungen (ID)**: Buchstaben, Ziffern und `- _ . :`; Leerzeichen und Umlaute werden mit Warnung ersetzt. Über sie verweisen Blätter aufeinander (Angebote → Organisationen, Orte).',
  '- **Gemeinde**: amtlicher Name (`Künzelsau`) oder 8-stelliger Gemeindeschlüssel (`08126046`). Namen werden im amtlichen Verzeichnis nachgeschlagen, nur innerhalb des Kreises; passt ein Name auf mehrere Gemeinden, ist der Schlüssel nötig.',
  '- **Öffnungszeiten** im OSM-Format: `Mo-Fr 08:00-12:00; Th 14:00-17:30; PH off`. Übliche Schreibweisen wie `Mo-Fr 8-12 Uhr`, `Mo.-Fr. 8:00-12:00`, `Di + Do 14-17 Uhr`, `täglich 9-18 Uhr` werden übersetzt (mit Warnung, die die OSM-Form nennt). Nicht Lesbares bleibt als Text stehen (kein „jetzt geöffnet“). Fallen wie `Mo-Fr 08:00-12:00; Th 14:00-17:30` (das `;` ersetzt den ganzen Donnerstag: vormittags geschlossen) meldet schon der Import, an der Zelle und mit der richtigen Form (`Mo-Fr 08:00-12:00, Th 14:00-17:30`).',
  '- **Andere Sprachen**: Jede Textspalte (in den Tabellen unten mit *Text*, *Liste* oder *Wörter* markiert) gibt es auch je Sprache: Spaltenname, Bindestrich, Sprachkürzel – `Name-en`, `Beschreibung-ar`, `Kurzbeschreibung-uk`, `Titel-fa`, `Name-de-x-ls` (Leichte Sprache). Möglich sind die Sprachen der Oberfläche (de, en, ar, fa, uk, ru, tr, ro, bg, pl, de-x-ls), die des Feeds (mit `--base`) und die im Blatt „Kreis“ unter „Sprachen“ genannten. Die deutsche Spalte bleibt, wo sie Pflicht ist, Pflicht; eine Übersetzung ohne deutschen Text ist ein Fehler. Bei *Listen* gehört der n-te Eintrag jeder Sprache zum n-ten deutschen. Jede verwendete Sprache wird unter `languages` eingetragen.',
  '- **Unbekannte Spalten** sind ein Fehler (ihr Inhalt käme nicht in den Feed), mit dem ähnlichsten bekannten Namen („Meinten Sie „Kurzbeschreibung“?“). Mit `--allow-unknown` werden sie nur gemeldet und ignoriert.',
  '- **Pflege**: in jeder Zeile, wer den Eintrag pflegt – eine ID aus dem Blatt „Pflege“ oder ein Funktionspostfach (E-Mail), nie eine Privatperson.',
  '- **Mehrere Dateien** (z. B. eine je Gemeinde) werden zusammengeführt. Gleiche ID in zwei Dateien: die später genannte gilt, mit Warnung. Die Ausgabe zählt, was aus welcher Datei kam.',
  '- **Ohne `--base`** braucht es das Blatt **Kreis** (eine Zeile). Mit `--base quelle.json` kommen Herausgeber, Gemeinden, Themen und Zielgruppen aus dem bestehenden Feed; Einträge mit gleicher ID werden ersetzt, neue angehängt.',
  '- **Themen/Zielgruppen/Leistungsarten** ohne Liste (kein `--base`, kein Blatt): die verwendeten Kennungen werden übernommen (Warnung) – Bürgerinnen und Bürger lesen dann die Kennung; besser das Blatt ausfüllen.',
  '- **Geschützte Orte** (Frauenhaus, Unterkunft: `Geschützt` = ja): Adresse, Position und Haltestelle werden nie gezeigt. Stehen sie trotzdem in der Tabelle, warnen `import`, `validate` und `report` gleich, und `compile` entfernt sie aus dem veröffentlichten Feed.',
  '- **Stichtag**: Programm-Status (leer = aus Beginn/Ende), „veraltet“ (Stand älter als 12 Monate) und „abgelaufen“ (Gültig-bis vorbei) richten sich nach heute oder `--today JJJJ-MM-TT` – in `import`, `validate`, `compile` und `report` nach derselben Regel.',
  '- CSV-Dateien heißen wie das Blatt (`Angebote.csv`), gern mit Vorsatz (`kupferzell-angebote.csv`). Trennzeichen `;`, `,` oder Tab werden erkannt; Nicht-UTF-8 (Windows-1252) wird mit Warnung gelesen.',
];

const RULES_EN = [
  '- One row per entry; lists separated by `;`; yes/no as `ja`/`nein`; dates as `31.12.2026` or `2026-12-31`.',
  '- Values from a list (kind, status, cost category, access …) match regardless of case and accents (`Sprachcafé` = `Sprachcafe`; `Behörde` = `Behoerde` = `Behorde`).',
  '- Texts in other languages: every text column (marked *Text*, *Liste* or *Wörter* below) also exists per language as `<column>-<tag>`: `Name-en`, `Beschreibung-ar`, `Name-de-x-ls` (easy-to-read German). Tags: the interface languages (de, en, ar, fa, uk, ru, tr, ro, bg, pl, de-x-ls), the base feed\'s, and those listed in sheet "Kreis", column "Sprachen". German stays required where it is; a translation without German is an error. In *lists*, the n-th item of each language belongs to the n-th German item.',
  '- An unknown column is an error naming the closest known one; `--allow-unknown` turns it into a warning.',
  '- Protected places: address, position and stop are never shown; `import`, `validate` and `report` warn alike, `compile` removes them.',
  '- `--today` sets the day programme status, "stale" and "expired" are judged against, with the same rule in every command.',
];

function table(lang: 'de' | 'en'): string[] {
  const out: string[] = [];
  for (const sheet of SHEETS) {
    const [headers] = templateRows(sheet);
    out.push(`### ${sheet.name}`, '', lang === 'de' ? sheet.de : sheet.en, '', `→ ${sheet.feed}`, '');
    out.push(lang === 'de' ? '| Spalte | Inhalt | Beispiel |' : '| Column | Content | Example |', '|---|---|---|');
    for (const col of sheet.columns) {
      const aliases = col.aliases?.length ? ` (${lang === 'de' ? 'auch' : 'also'}: ${col.aliases.join(', ')})` : '';
      const marks = [col.required ? (lang === 'de' ? '**(Pflicht)**' : '**(required)**') : '', col.text ? `*${TRANSLATABLE[col.text]}*` : ''].filter(Boolean).join(' ');
      out.push(`| ${col.header}${marks ? ` ${marks}` : ''} | ${lang === 'de' ? col.de : col.en}${aliases} | ${col.example ? `\`${col.example}\`` : ''} |`);
    }
    const examples = headers.filter((h) => !sheet.columns.some((c) => c.header === h));
    if (examples.length) out.push('', lang === 'de' ? `Die Vorlage zeigt als Beispiel für andere Sprachen: ${examples.map((h) => `\`${h}\``).join(', ')}.` : `The template shows as examples of other languages: ${examples.map((h) => `\`${h}\``).join(', ')}.`);
    out.push('');
  }
  return out;
}

export function templateReadme(): string {
  return [
    '# Vorlage für `wegweiser import sheets`',
    '',
    'Diese Vorlage gibt es als Excel-Mappe (`wegweiser-vorlage.xlsx`, ein Blatt je Art von Eintrag) und als CSV-Dateien im Ordner `csv/` (eine je Blatt, `;`-getrennt, UTF-8). '
      + 'Jedes Blatt hat eine Kopfzeile (Zeile 1) und eine Beispielzeile – ersetzen Sie diese durch Ihre Einträge. '
      + 'Für jedes Feld des Feeds gibt es eine Spalte – bis auf die am Ende unter „Zuordnung zum Feed“ genannten. Leere Zellen = keine Angabe. (English below.)',
    '',
    '```sh',
    'wegweiser template meine-vorlage/                              # Vorlage anlegen',
    'wegweiser import sheets meine-vorlage/wegweiser-vorlage.xlsx -o quelle.json   # oder: meine-vorlage/csv/',
    'wegweiser import sheets kreis.xlsx gemeinde-a/ gemeinde-b.xlsx --base quelle.json -o quelle.json',
    'wegweiser validate quelle.json                                 # die Quelle besteht validate (Hinweis: noch kompilieren)',
    'wegweiser compile quelle.json -o feed.json',
    '```',
    '',
    '## Regeln',
    '',
    ...RULES_DE,
    '',
    'Fehler nennen Datei, Blatt, Zeile (wie in Excel, Kopfzeile = 1) und Spalte und sagen, was zu ändern ist. Bei Fehlern wird nichts geschrieben. '
      + 'Die geschriebene Quelle trägt `generatedAt` (`--now`) und besteht `wegweiser validate`; `compile` macht daraus den veröffentlichten Feed.',
    '',
    '### Beispiel: eine Zeile in mehreren Sprachen',
    '',
    '```csv',
    'ID;Organisation;Name;Name-en;Name-ar;Beschreibung;Beschreibung-de-x-ls;Themen;Zugang',
    'mbe-daun;caritas;Migrationsberatung;Migration counselling;استشارة الهجرة;Beratung für Erwachsene ab 27 Jahren.;Hier bekommen Sie Hilfe. Die Hilfe kostet nichts.;beratung;Termin',
    '```',
    '',
    'Daraus wird im Feed `"name": {"de": "Migrationsberatung", "en": "Migration counselling", "ar": "استشارة الهجرة"}` und `"description": {"de": …, "de-x-ls": …}`; en, ar und de-x-ls kommen unter `languages`.',
    '',
    '## Blätter und Spalten',
    '',
    ...table('de'),
    '## Zuordnung zum Feed',
    '',
    'Kreis → `publisher`, `regions` (alle Gemeinden des Kreises aus dem amtlichen Verzeichnis), `languages`, `validUntil`, `sample`, `map`; '
      + 'Gemeinden → `regions.gemeinden[]` (Zentralort → `centre`, Anzeigename, Mittelpunkt), Gemeindeverbände → `regions.verbaende` (und `verband` der Gemeinden), Ortsteile → `regions.gemeinden[].ortsteile`, Nachbarorte → `regions.neighbours` (Orte dürfen dann dort liegen); '
      + 'Themen → `topics`, Zielgruppen → `audiences`, Leistungsarten → `serviceTypes`, Aufenthaltsstatus → `statuses`, Alltagswörter → `lexicon`, Pflege → `stewards`, '
      + 'Organisationen → `organisations`, Orte → `locations`, Angebote → `services` (Orte → `at`, Zuständig-für-Gemeinden → `area`, Leistungsart → `types`), '
      + 'Zeiten → `services[].at[].hours` (mit Angebot-ID) bzw. `locations[].hours` (ohne), Außensprechstunden → `services[].outreach`, Programme → `programmes`, '
      + 'Zuständigkeiten → `responsibilities` (Leistungsart → `serviceType`; ohne Thema gilt das erste Thema des Angebots), Wege → `pathways` (Zeilen mit gleicher Weg-ID werden zu Schritten; Leistungsart → `steps[].serviceType`, Links → `steps[].links`, Wenn → `steps[].when`, Weiter-wenn/Weiter-zu → `steps[].next`), Fragen → `pathways[].questions`. '
      + 'Ist der Status eines Programms leer, folgt er aus Beginn und Ende (geplant, läuft, beendet). Kostenart → `cost.category`; `cost.free` folgt ihr (kostenlos und Spende: ja, sonst nein). '
      + 'Texte mit Übersetzungen werden zu `{"de": …, "en": …}`. Zugang-hier und Ort-Hinweis in „Zeiten“ → `services[].at[].access` und `.note`. Nicht aus Tabellen, sondern aus anderen Befehlen kommen nur die Fahrzeiten (`travel`, von `wegweiser travel`) und was `wegweiser compile` ausrechnet (`compiled`, `holidays`, `generatedAt`).',
    '',
    '## English',
    '',
    'The template of `wegweiser import sheets`: one sheet (or CSV file) per kind of entry, German column headers, one example row. Every field of the feed has a column; only travel times (`wegweiser travel`) and what `wegweiser compile` computes (compiled hours, holidays) come from other commands.',
    '',
    ...RULES_EN,
    '',
    ...table('en'),
  ].join('\n');
}
