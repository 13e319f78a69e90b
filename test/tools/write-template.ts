/**
 * Writes docs/template (the downloadable template of `wegweiser import
 * sheets`) from src/admin/sheets/spec.ts: one CSV per sheet, README.md and
 * wegweiser-vorlage.xlsx. Run with `npx tsx test/tools/write-template.ts`
 * after changing the spec; a test checks the files are up to date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHEETS } from '../../src/admin/sheets/spec.js';
import { CSV_DIR, csvName, templateCsv, templateReadme, XLSX_NAME } from '../../src/admin/sheets/template-files.js';
import { templateXlsx } from './template-xlsx.js';

const DIR = 'docs/template';
mkdirSync(join(DIR, CSV_DIR), { recursive: true });
for (const sheet of SHEETS) writeFileSync(join(DIR, csvName(sheet)), templateCsv(sheet));
writeFileSync(join(DIR, 'README.md'), templateReadme());
writeFileSync(join(DIR, XLSX_NAME), await templateXlsx());
console.log(`wrote ${DIR}: ${SHEETS.length} CSV files, README.md, ${XLSX_NAME}`);
