/**
 * The text files of the template (one CSV per sheet and the README), made
 * from the description in spec.ts. The .xlsx is generated from the same rows
 * by test/tools/write-template.ts and shipped in docs/template.
 */
import type { SheetSpec } from './spec.js';

export const XLSX_NAME = 'wegweiser-vorlage.xlsx';

/** The header row and the example row of a sheet; example translation columns (`Name-en`) follow their German column. */
export function templateRows(sheet: SheetSpec): [string[], string[]] {
  const header: string[] = [];
  const example: string[] = [];
  for (const col of sheet.columns) {
    header.push(col.header);
    example.push(col.example);
    for (const [lang, text] of Object.entries(col.templateLangs ?? {})) {
      header.push(`${col.header}-${lang}`);
      example.push(text);
    }
  }
  return [header, example];
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

export { templateReadme } from './template-readme.js';
