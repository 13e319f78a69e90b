/** The template as an Excel workbook (write-excel-file, a dev dependency: the CLI ships the generated file). */
import writeXlsxFile from 'write-excel-file/node';
import { SHEETS, type SheetSpec } from '../../src/admin/sheets/spec.js';
import { templateRows } from '../../src/admin/sheets/template-files.js';

/** Rows of text cells; the first row bold and frozen. */
export async function workbook(sheets: Array<{ name: string; rows: string[][] }>): Promise<Buffer> {
  return writeXlsxFile(sheets.map(({ name, rows }) => ({
    sheet: name,
    data: rows.map((row, i) => row.map((value) => ({ value, type: String, ...(i === 0 ? { fontWeight: 'bold' as const } : {}) }))),
    columns: (rows[0] ?? []).map((h) => ({ width: Math.max(12, Math.min(40, h.length + 4)) })),
    stickyRowsCount: 1,
  }))).toBuffer();
}

export function templateXlsx(sheets: SheetSpec[] = SHEETS): Promise<Buffer> {
  return workbook(sheets.map((s) => ({ name: s.name, rows: templateRows(s) })));
}
