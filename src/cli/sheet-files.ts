/**
 * The files behind the paths given to `wegweiser import sheets`: an .xlsx
 * workbook, a CSV file, or a folder of them. A folder's CSV files are one
 * input (one sender); each workbook is its own.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from './read-input.js';
import { isSheetTable, isWorkbook, readSheetFile, type InputUnit, type ReadOptions, type RawSheet, type SheetFile } from '../admin/sheets/read.js';
import type { Problems } from '../admin/sheets/problems.js';

async function fileAt(path: string): Promise<SheetFile> {
  try {
    return { name: path, bytes: await readFile(path) };
  } catch (error) {
    throw new InputError({ de: `„${path}“ kann nicht gelesen werden: ${(error as Error).message}`, en: `"${path}" cannot be read: ${(error as Error).message}` });
  }
}

export async function readInputs(paths: string[], problems: Problems, options: ReadOptions = {}): Promise<InputUnit[]> {
  const units: InputUnit[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) {
      throw new InputError({ de: `„${path}“ gibt es nicht. Stimmt der Pfad?`, en: `"${path}" does not exist. Is the path right?` });
    }
    if (!info.isDirectory()) {
      units.push({ name: path, sheets: await readSheetFile(await fileAt(path), problems, options) });
      continue;
    }
    const names = (await readdir(path)).filter((n) => !n.startsWith('.') && !n.startsWith('~$')).sort((a, b) => a.localeCompare(b, 'en'));
    const csv = names.filter(isSheetTable);
    const xlsx = names.filter(isWorkbook);
    if (!csv.length && !xlsx.length) {
      throw new InputError({
        de: `Im Ordner „${path}“ liegen keine .csv- oder .xlsx-Dateien. Erwartet: Angebote.csv, Orte.csv … (Vorlage: wegweiser template).`,
        en: `The folder "${path}" holds no .csv or .xlsx files. Expected: Angebote.csv, Orte.csv … (template: wegweiser template).`,
      });
    }
    if (csv.length) {
      const sheets: RawSheet[] = [];
      for (const name of csv) sheets.push(...await readSheetFile(await fileAt(join(path, name)), problems, options));
      units.push({ name: path, sheets });
    }
    for (const name of xlsx) units.push({ name: join(path, name), sheets: await readSheetFile(await fileAt(join(path, name)), problems, options) });
  }
  return units;
}
