/**
 * The spreadsheet template of `wegweiser import sheets`: one sheet (or CSV
 * file) per kind of entry, German column headers, one row per item, lists
 * separated by `;`, citizen-facing texts in other languages as
 * `<Spalte>-<Sprache>` columns (`Name-en`, `Beschreibung-ar`,
 * `Name-de-x-ls`). The template files in docs/template are generated from
 * this description (test/tools/write-template.ts), and the importer maps
 * headers with it, so the two cannot drift apart.
 */
import { closestMatch } from '../../core/check-base.js';
import { OFFER_SHEETS } from './spec-offers.js';
import type { ColumnSpec, SheetSpec } from './spec-types.js';
import { HOURS_SHEET, OUTREACH_SHEET, VOCAB_SHEETS } from './spec-vocab.js';

export type { ColumnSpec, SheetKey, SheetSpec, Translatable } from './spec-types.js';

const [kreis, ...vocab] = VOCAB_SHEETS;
const [angebote, ...offers] = OFFER_SHEETS;
/** In the order of the template (and of the workbook's sheets). */
export const SHEETS: SheetSpec[] = [kreis!, ...vocab, angebote!, HOURS_SHEET, OUTREACH_SHEET, ...offers];

const SPELLED = [/ä/g, 'ae', /ö/g, 'oe', /ü/g, 'ue', /ß/g, 'ss', /æ/g, 'ae', /œ/g, 'oe', /ø/g, 'o', /ł/g, 'l', /đ/g, 'd'] as const;

/**
 * Lower case, umlauts spelled out, other accents dropped, only letters and
 * digits: "Gültig-bis " → "gueltigbis", "Sprachcafé" → "sprachcafe".
 */
export function fold(text: string): string {
  let t = text.normalize('NFC').toLowerCase();
  for (let i = 0; i < SPELLED.length; i += 2) t = t.replace(SPELLED[i] as RegExp, SPELLED[i + 1] as string);
  return t.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]/g, '');
}

/**
 * The key two spellings are compared by: like `fold`, and "ae", "oe", "ue"
 * read as "a", "o", "u", so "Behörde", "Behoerde" and "Behorde" are one word.
 */
export function matchKey(text: string): string {
  return fold(text).replace(/([aou])e/g, '$1');
}

/** The sheet a sheet or CSV file name stands for: "Angebote", "angebote.csv", "kupferzell-angebote". */
export function sheetFor(name: string): SheetSpec | undefined {
  const base = name.replace(/\.(csv|tsv|txt)$/i, '');
  const whole = matchKey(base);
  const names = (s: SheetSpec) => [s.name, ...s.aliases].map(matchKey);
  const exact = SHEETS.find((s) => names(s).includes(whole));
  if (exact) return exact;
  const last = matchKey(base.split(/[-_ .]/).pop() ?? '');
  return SHEETS.find((s) => names(s).includes(last));
}

export function columnFor(sheet: SheetSpec, header: string): ColumnSpec | undefined {
  const f = matchKey(header);
  return sheet.columns.find((col) => matchKey(col.header) === f) ?? sheet.columns.find((col) => (col.aliases ?? []).some((a) => matchKey(a) === f));
}

/** A language tag as the feed writes it: `en`, `de-x-ls`, `pt-br`. */
const LANG_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/;

/**
 * A per-language column: `Name-en`, `Name_en`, `Name (en)`, `Beschreibung-de-x-ls`
 * → the translatable column and the tag (lower case). Undefined when the
 * header is not of that form.
 */
export function languageColumnFor(sheet: SheetSpec, header: string): { column: ColumnSpec; lang: string } | undefined {
  const text = header.trim().replace(/\s*[([]\s*([^)\]]+?)\s*[)\]]$/, '-$1');
  for (let i = 1; i < text.length; i++) {
    if (!/[-_ ]/.test(text[i]!)) continue;
    const lang = text.slice(i + 1).trim().toLowerCase().replace(/_/g, '-');
    if (!LANG_TAG.test(lang)) continue;
    const column = columnFor(sheet, text.slice(0, i));
    if (column?.text) return { column, lang };
  }
  return undefined;
}

/** "Meinten Sie …?": the known header (or alias) closest to an unknown one. */
export function closestColumn(sheet: SheetSpec, header: string): string | undefined {
  const byKey = new Map<string, string>();
  for (const col of sheet.columns) {
    byKey.set(matchKey(col.header), col.header);
    for (const a of col.aliases ?? []) if (!byKey.has(matchKey(a))) byKey.set(matchKey(a), col.header);
  }
  const key = matchKey(header);
  const hit = closestMatch(key, byKey.keys());
  if (hit) return byKey.get(hit);
  // "Kurzbeschr." or "Beschreibung lang": a known header that starts or contains it.
  const part = [...byKey.keys()].find((k) => key.length >= 4 && (k.startsWith(key) || key.startsWith(k)));
  return part ? byKey.get(part) : undefined;
}
