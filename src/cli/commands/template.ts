/**
 * `wegweiser template [ordner]`: writes the spreadsheet template of
 * `wegweiser import sheets` – one CSV per sheet, the Excel workbook and a
 * README – into a folder (default wegweiser-vorlage/). Existing files are
 * only replaced with --force.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../atomic-write.js';
import type { Lang } from '../../admin/lang.js';
import { SHEETS } from '../../admin/sheets/spec.js';
import { CSV_DIR, csvName, templateCsv, templateReadme, XLSX_NAME } from '../../admin/sheets/template-files.js';

export interface TemplateOptions {
  dir: string;
  force: boolean;
  lang: Lang;
  out: (text: string) => void;
  err: (text: string) => void;
}

/** docs/template of the package: beside src/ when run from the source, beside dist/ when installed. */
export function shippedTemplateDir(from: string = fileURLToPath(import.meta.url)): string | undefined {
  let dir = dirname(from);
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'docs', 'template');
    if (existsSync(join(candidate, XLSX_NAME))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

export async function templateCommand(options: TemplateOptions): Promise<number> {
  const de = options.lang === 'de';
  const files = new Map<string, string | Uint8Array>();
  for (const sheet of SHEETS) files.set(csvName(sheet), templateCsv(sheet));
  files.set('README.md', templateReadme());
  const shipped = shippedTemplateDir();
  if (shipped) files.set(XLSX_NAME, await readFile(join(shipped, XLSX_NAME)));
  else {
    options.err(de ? `Die Excel-Vorlage (${XLSX_NAME}) fehlt in dieser Installation; geschrieben werden nur die CSV-Dateien.`
      : `The Excel template (${XLSX_NAME}) is missing from this installation; only the CSV files are written.`);
  }
  const info = await stat(options.dir).catch(() => undefined);
  if (info && !info.isDirectory()) {
    options.err(de ? `„${options.dir}“ ist eine Datei, kein Ordner.` : `"${options.dir}" is a file, not a folder.`);
    return 2;
  }
  const existing = [...files.keys()].filter((name) => existsSync(join(options.dir, name)));
  if (existing.length && !options.force) {
    options.err(de ? `In ${options.dir} gibt es schon ${existing.join(', ')}. Nichts geschrieben; mit --force werden die Dateien ersetzt.`
      : `${options.dir} already holds ${existing.join(', ')}. Nothing written; --force replaces them.`);
    return 1;
  }
  try {
    await mkdir(join(options.dir, CSV_DIR), { recursive: true });
    for (const [name, content] of files) await writeFileAtomic(join(options.dir, name), content);
  } catch (error) {
    options.err(de ? `Die Vorlage konnte nicht geschrieben werden: ${(error as Error).message}` : `The template could not be written: ${(error as Error).message}`);
    return 2;
  }
  options.out(de
    ? `Vorlage nach ${options.dir} geschrieben: ${XLSX_NAME}${shipped ? '' : ' (fehlt)'}, ${SHEETS.length} CSV-Dateien in ${CSV_DIR}/, README.md.\nWeiter: Tabellen ausfüllen, dann  wegweiser import sheets ${join(options.dir, XLSX_NAME)} -o quelle.json`
    : `Template written to ${options.dir}: ${XLSX_NAME}${shipped ? '' : ' (missing)'}, ${SHEETS.length} CSV files in ${CSV_DIR}/, README.md.\nNext: fill in the sheets, then  wegweiser import sheets ${join(options.dir, XLSX_NAME)} -o source.json`);
  return 0;
}

export const TEMPLATE_HELP = {
  de: `wegweiser template [ordner] [Optionen]

Schreibt die Vorlage für „wegweiser import sheets“ in einen Ordner (Standard:
wegweiser-vorlage/): die Excel-Mappe ${XLSX_NAME} mit einem Blatt je Art von Eintrag,
dieselben Blätter als CSV-Dateien im Unterordner csv/ (;-getrennt, UTF-8) und eine README mit allen Spalten.
Jedes Blatt hat deutsche Spaltenköpfe und eine Beispielzeile. Vorhandene Dateien
werden nicht überschrieben.

Optionen:
  --force          Vorhandene Dateien ersetzen
  --lang de|en     Sprache der Ausgabe

Rückgabewerte: 0 = geschrieben, 1 = Dateien gibt es schon (nichts geschrieben), 2 = Schreibfehler.`,
  en: `wegweiser template [folder] [options]

Writes the template for "wegweiser import sheets" into a folder (default:
wegweiser-vorlage/): the Excel workbook ${XLSX_NAME} with one sheet per kind of entry,
the same sheets as CSV files in the subfolder csv/ (;-separated, UTF-8) and a README listing every column.
Each sheet has German column headers and one example row. Existing files are not
overwritten.

Options:
  --force          Replace existing files
  --lang de|en     Output language

Exit codes: 0 = written, 1 = files already exist (nothing written), 2 = write error.`,
};
