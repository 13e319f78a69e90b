/**
 * The text files of the template (one CSV per sheet and the README), made
 * from the description in spec.ts. The .xlsx is generated from the same rows
 * by test/tools/write-template.ts and shipped in docs/template.
 */
import { SHEETS, type SheetSpec } from './spec.js';

export const XLSX_NAME = 'wegweiser-vorlage.xlsx';

/** The header row and the example row of a sheet. */
export function templateRows(sheet: SheetSpec): [string[], string[]] {
  return [sheet.columns.map((c) => c.header), sheet.columns.map((c) => c.example)];
}

const quote = (cell: string) => (/[;"\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** CSV as German Excel writes and reads it: `;`, CRLF, UTF-8 with BOM (so umlauts open right). */
export function templateCsv(sheet: SheetSpec): string {
  return `\uFEFF${templateRows(sheet).map((row) => row.map(quote).join(';')).join('\r\n')}\r\n`;
}

/** CSV files go into a folder of their own, so `import sheets <ordner>` never reads the workbook and the CSVs twice. */
export const CSV_DIR = 'csv';

export function csvName(sheet: SheetSpec): string {
  return `${CSV_DIR}/${sheet.name}.csv`;
}

export function templateReadme(): string {
  const out: string[] = [
    '# Vorlage für `wegweiser import sheets`',
    '',
    'Diese Vorlage gibt es als Excel-Mappe (`wegweiser-vorlage.xlsx`, ein Blatt je Art von Eintrag) und als CSV-Dateien im Ordner `csv/` (eine je Blatt, `;`-getrennt, UTF-8). '
      + 'Jedes Blatt hat eine Kopfzeile (Zeile 1) und eine Beispielzeile – ersetzen Sie diese durch Ihre Einträge.',
    '',
    '```sh',
    'wegweiser template meine-vorlage/                              # Vorlage anlegen',
    'wegweiser import sheets meine-vorlage/wegweiser-vorlage.xlsx -o quelle.json   # oder: meine-vorlage/csv/',
    'wegweiser import sheets kreis.xlsx gemeinde-a/ gemeinde-b.xlsx --base quelle.json -o quelle.json',
    'wegweiser compile quelle.json -o feed.json',
    '```',
    '',
    '## Regeln',
    '',
    '- **Eine Zeile je Eintrag.** Leere Zeilen und genaue Doppel werden (mit Warnung) übersprungen.',
    '- **Listen** mit `;` trennen (`Deutsch; Englisch`), bei Kennungen geht auch `,`.',
    '- **Ja/Nein**: `ja` oder `nein`; `x`, `1`, `0`, `yes`, `no` werden mit Warnung verstanden. Leer = keine Angabe.',
    '- **Datum**: `31.12.2026` oder `2026-12-31`.',
    '- **Kennungen (ID)**: Buchstaben, Ziffern und `- _ . :`; Leerzeichen und Umlaute werden mit Warnung ersetzt. Über sie verweisen Blätter aufeinander (Angebote → Organisationen, Orte).',
    '- **Gemeinde**: amtlicher Name (`Künzelsau`) oder 8-stelliger Gemeindeschlüssel (`08126046`). Namen werden im amtlichen Verzeichnis nachgeschlagen, nur innerhalb des Kreises; passt ein Name auf mehrere Gemeinden, ist der Schlüssel nötig.',
    '- **Öffnungszeiten** im OSM-Format: `Mo-Fr 08:00-12:00; Th 14:00-17:30; PH off`. Übliche Schreibweisen wie `Mo-Fr 8-12 Uhr`, `Mo.-Fr. 8:00-12:00`, `Di + Do 14-17 Uhr`, `täglich 9-18 Uhr` werden übersetzt (mit Warnung, die die OSM-Form nennt). Nicht Lesbares bleibt als Text stehen (kein „jetzt geöffnet“).',
    '- **Pflege**: in jeder Zeile, wer den Eintrag pflegt – eine ID aus dem Blatt „Pflege“ oder ein Funktionspostfach (E-Mail), nie eine Privatperson.',
    '- **Mehrere Dateien** (z. B. eine je Gemeinde) werden zusammengeführt. Gleiche ID in zwei Dateien: die später genannte gilt, mit Warnung. Die Ausgabe zählt, was aus welcher Datei kam.',
    '- **Ohne `--base`** braucht es das Blatt **Kreis** (eine Zeile). Mit `--base quelle.json` kommen Herausgeber, Gemeinden, Themen und Zielgruppen aus dem bestehenden Feed; Einträge mit gleicher ID werden ersetzt, neue angehängt.',
    '- **Themen/Zielgruppen** ohne Liste (kein `--base`, kein Blatt „Themen“): die verwendeten Kennungen werden übernommen (Warnung).',
    '- CSV-Dateien heißen wie das Blatt (`Angebote.csv`), gern mit Vorsatz (`kupferzell-angebote.csv`). Trennzeichen `;`, `,` oder Tab werden erkannt; Nicht-UTF-8 (Windows-1252) wird mit Warnung gelesen.',
    '',
    'Fehler nennen Datei, Blatt, Zeile (wie in Excel, Kopfzeile = 1) und Spalte und sagen, was zu ändern ist. Bei Fehlern wird nichts geschrieben.',
    '',
    '## Blätter und Spalten',
    '',
  ];
  for (const sheet of SHEETS) {
    out.push(`### ${sheet.name}`, '', sheet.de, '', '| Spalte | Inhalt | Beispiel |', '|---|---|---|');
    for (const col of sheet.columns) {
      const aliases = col.aliases?.length ? ` (auch: ${col.aliases.join(', ')})` : '';
      out.push(`| ${col.header}${col.required ? ' **(Pflicht)**' : ''} | ${col.de}${aliases} | ${col.example ? `\`${col.example}\`` : ''} |`);
    }
    out.push('');
  }
  out.push(
    '## Zuordnung zum Feed',
    '',
    'Organisationen → `organisations`, Orte → `locations`, Angebote → `services` (Orte → `at`, Zuständig-für-Gemeinden → `area`), '
      + 'Zeiten → `services[].at[].hours` (mit Angebot-ID) bzw. `locations[].hours` (ohne), Programme → `programmes`, '
      + 'Zuständigkeiten → `responsibilities`, Wege → `pathways` (Zeilen mit gleicher Weg-ID werden zu Schritten), '
      + 'Themen → `topics`, Pflege → `stewards`, Kreis → `publisher` und `regions` (alle Gemeinden des Kreises aus dem amtlichen Verzeichnis). '
      + 'Ist der Status eines Programms leer, folgt er aus Beginn und Ende (geplant, läuft, beendet).',
    '',
  );
  return out.join('\n');
}
