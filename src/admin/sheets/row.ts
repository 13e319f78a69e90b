/** Reading one spreadsheet row: typed getters that report problems at the cell. */
import type { Problems, SheetPlace } from './problems.js';
import type { RawRow, RawSheet } from './read.js';
import { readHours } from './hours.js';
import { readBool, readDate, readList, ID_PATTERN, type GemeindeResolver } from './values.js';

export interface BuildContext {
  problems: Problems;
  resolver: GemeindeResolver;
  /** The Berlin date, for a programme's status when the sheet has none. */
  today: string;
  /** Aggregated notes, one warning per file, sheet, column and kind. */
  notes: Map<string, { place: SheetPlace; n: number; de: string; en: string; code: string }>;
  /** Stewards given as an e-mail address in a Pflege column: id → address. */
  stewardEmails: Map<string, string>;
}

export class RowReader {
  private readonly byKey = new Map<string, number>();
  /** Translation columns: key → [language, position]. */
  private readonly byLang = new Map<string, Array<[string, number]>>();

  constructor(readonly sheet: RawSheet, readonly raw: RawRow, readonly ctx: BuildContext) {
    sheet.columns.forEach((col, i) => {
      if (!col) return;
      if (col.lang) {
        const list = this.byLang.get(col.spec.key) ?? [];
        list.push([col.lang, i]);
        this.byLang.set(col.spec.key, list);
      } else if (!this.byKey.has(col.spec.key)) this.byKey.set(col.spec.key, i);
    });
  }

  get row(): number {
    return this.raw.row;
  }

  header(key: string): string {
    const i = this.byKey.get(key);
    return i === undefined ? (this.sheet.spec.columns.find((c) => c.key === key)?.header ?? key) : this.sheet.header[i]!;
  }

  place(key?: string): SheetPlace {
    return { file: this.sheet.file, sheet: this.sheet.sheet, row: this.raw.row, ...(key ? { column: this.header(key) } : {}) };
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  get(key: string): string {
    const i = this.byKey.get(key);
    return i === undefined ? '' : (this.raw.cells[i] ?? '');
  }

  error(key: string | undefined, code: string, de: string, en: string): void {
    this.ctx.problems.error(this.place(key), code, de, en);
  }

  warn(key: string | undefined, code: string, de: string, en: string): void {
    this.ctx.problems.warn(this.place(key), code, de, en);
  }

  /** Counted once per column: "12 cells wrote yes/no as x or 1". */
  note(key: string, code: string, de: string, en: string): void {
    const id = `${this.sheet.file}\u0000${this.sheet.sheet}\u0000${key}\u0000${code}`;
    const seen = this.ctx.notes.get(id);
    if (seen) seen.n++;
    else this.ctx.notes.set(id, { place: this.place(key), n: 1, de, en, code });
  }

  text(key: string): string | undefined {
    return this.get(key) || undefined;
  }

  /** The filled translation cells of a column: [language, text, header]. */
  translations(key: string): Array<[string, string, string]> {
    return (this.byLang.get(key) ?? []).map(([lang, i]): [string, string, string] => [lang, this.raw.cells[i] ?? '', this.sheet.header[i]!]).filter(([, text]) => text !== '');
  }

  /**
   * A citizen-facing text: the German column, plus `<Spalte>-<lang>` columns
   * → a plain string (German only) or the feed's per-language map. A
   * translation without German is an error at the translation's cell.
   */
  t(key: string): string | Record<string, string> | undefined {
    const de = this.get(key);
    const more = this.translations(key);
    if (!more.length) return de || undefined;
    if (!de) {
      this.noGerman(key, more[0]![2]);
      return undefined;
    }
    return Object.fromEntries([['de', de], ...more.map(([lang, text]) => [lang, text])]);
  }

  /** `t` for a required text: one error when German is missing (not two). */
  requiredText(key: string, what: { de: string; en: string }): string | Record<string, string> | undefined {
    if (!this.get(key) && this.translations(key).length) return this.t(key);
    const de = this.required(key, what);
    return de === undefined ? undefined : this.t(key);
  }

  /** A `;` list of texts; the n-th item of every language column belongs to the n-th German one. */
  textList(key: string): Array<string | Record<string, string>> {
    const de = readList(this.get(key));
    const more = this.translations(key).map(([lang, text, header]) => [lang, readList(text), header] as const);
    if (!more.length) return de;
    if (!de.length) {
      this.noGerman(key, more[0]![2]);
      return [];
    }
    for (const [, items, header] of more) {
      if (items.length !== de.length) {
        this.ctx.problems.error({ ...this.place(), column: header }, 'text-list-length',
          `„${header}“ hat ${items.length} Einträge, „${this.header(key)}“ (Deutsch) aber ${de.length}. Jeder Eintrag braucht seine Übersetzung an derselben Stelle der Liste (; getrennt).`,
          `"${header}" has ${items.length} items but "${this.header(key)}" (German) has ${de.length}. Each item needs its translation at the same place in the list (;-separated).`);
      }
    }
    return de.map((text, n) => {
      const map: Record<string, string> = { de: text };
      for (const [lang, items] of more) if (items[n]) map[lang] = items[n]!;
      return Object.keys(map).length > 1 ? map : text;
    });
  }

  /** Search words per language (`Suchwörter`, `Suchwörter-en`); no German needed. */
  words(key: string): Record<string, string[]> | undefined {
    const out: Record<string, string[]> = {};
    const de = readList(this.get(key));
    if (de.length) out.de = de;
    for (const [lang, text] of this.translations(key)) out[lang] = readList(text);
    return Object.keys(out).length ? out : undefined;
  }

  private noGerman(key: string, header: string): void {
    this.ctx.problems.error({ ...this.place(), column: header }, 'text-no-german',
      `In „${header}“ steht eine Übersetzung, aber „${this.header(key)}“ (Deutsch) ist leer. Deutsch ist Pflicht – ohne deutschen Text wird der Eintrag nicht angezeigt. Tragen Sie ihn in „${this.header(key)}“ ein.`,
      `"${header}" holds a translation but "${this.header(key)}" (German) is empty. German is required; without it the entry is not shown. Fill in "${this.header(key)}".`);
  }

  required(key: string, what: { de: string; en: string }): string | undefined {
    const value = this.get(key);
    if (!value) {
      this.error(key, 'cell-required', `${what.de} fehlt. Tragen Sie in der Spalte „${this.header(key)}“ einen Wert ein oder löschen Sie die Zeile.`,
        `${what.en} is missing. Fill in column "${this.header(key)}" or delete the row.`);
    }
    return value || undefined;
  }

  bool(key: string): boolean | undefined {
    const text = this.get(key);
    const b = readBool(text);
    if (b === 'invalid') {
      this.error(key, 'cell-bool', `„${text}“ ist kein Ja/Nein-Wert. Schreiben Sie „ja“ oder „nein“ (leer = keine Angabe).`, `"${text}" is not a yes/no value. Write "ja" or "nein" (empty = not stated).`);
      return undefined;
    }
    if (b && !b.exact) {
      this.note(key, 'cell-bool-form', `Ja/Nein-Werte wie „${text}“ wurden als ${b.value ? 'ja' : 'nein'} gelesen; schreiben Sie besser „ja“ oder „nein“.`,
        `Yes/no values like "${text}" were read as ${b.value ? 'yes' : 'no'}; better write "ja" or "nein".`);
    }
    return b?.value;
  }

  date(key: string): string | undefined {
    const text = this.get(key);
    if (!text) return undefined;
    const date = readDate(text);
    if (!date) {
      this.error(key, 'cell-date', `„${text}“ ist kein gültiges Datum. Schreiben Sie es als TT.MM.JJJJ oder JJJJ-MM-TT, z. B. 31.12.2026.`, `"${text}" is not a valid date. Write it as DD.MM.YYYY or YYYY-MM-DD, e.g. 2026-12-31.`);
    }
    return date;
  }

  /** An id; spaces and umlauts are fixed with a warning, anything else is an error. */
  id(key: string, required = true): string | undefined {
    const text = this.get(key);
    if (!text) {
      if (required) this.required(key, { de: 'Die ID', en: 'The ID' });
      return undefined;
    }
    return this.fixId(key, text);
  }

  ids(key: string): string[] {
    return readList(this.get(key), true).map((t) => this.fixId(key, t)).filter((t): t is string => t !== undefined);
  }

  private fixId(key: string, text: string): string | undefined {
    if (ID_PATTERN.test(text)) return text;
    const fixed = text.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/Ä/g, 'Ae').replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue').replace(/ß/g, 'ss').replace(/\s+/g, '-');
    if (ID_PATTERN.test(fixed)) {
      this.note(key, 'id-fixed', `Kennungen dürfen keine Leerzeichen oder Umlaute enthalten: „${text}“ wurde zu „${fixed}“. Ändern Sie sie in der Tabelle genauso, auch dort, wo auf sie verwiesen wird.`,
        `Ids may not contain spaces or umlauts: "${text}" became "${fixed}". Change them in the sheet the same way, also where they are referred to.`);
      return fixed;
    }
    this.error(key, 'cell-id', `„${text}“ ist keine gültige Kennung: erlaubt sind Buchstaben, Ziffern und - _ . : (höchstens 128 Zeichen, vorne Buchstabe oder Ziffer).`,
      `"${text}" is not a valid id: letters, digits and - _ . : are allowed (at most 128 characters, starting with a letter or digit).`);
    return undefined;
  }

  /** One Gemeinde (name or AGS) → AGS, with "did you mean" on failure. */
  gemeinde(key: string, text = this.get(key)): string | undefined {
    if (!text) return undefined;
    const match = this.ctx.resolver.resolve(text);
    if (match.ok) {
      if (match.byName) this.note(key, 'gemeinde-name', `Gemeindenamen wie „${text}“ wurden über das amtliche Verzeichnis in Gemeindeschlüssel übersetzt (${text} → ${match.ags}).`, `Gemeinde names like "${text}" were looked up in the official list (${text} → ${match.ags}).`);
      return match.ags;
    }
    const list = match.candidates.map((g) => `${g.officialName} (${g.ags})`).join(', ');
    if (match.reason === 'ambiguous') {
      this.error(key, 'gemeinde-ambiguous', `„${text}“ passt auf mehrere Gemeinden: ${list}. Tragen Sie den 8-stelligen Gemeindeschlüssel ein.`, `"${text}" matches several Gemeinden: ${list}. Enter the 8-digit key.`);
    } else if (match.reason === 'outside') {
      this.error(key, 'gemeinde-outside', `${text} (${list}) liegt nicht in diesem Kreis. Stimmt der Schlüssel? Liegt der Ort in einer Nachbarstadt, tragen Sie sie im Blatt „Nachbarorte“ ein.`, `${text} (${list}) is not in this Kreis. Is the key right? If the place is in a neighbouring town, add it in sheet "Nachbarorte".`);
    } else {
      this.error(key, 'gemeinde-unknown', `Die Gemeinde „${text}“ steht nicht im amtlichen Verzeichnis${list ? ` (ähnlich: ${list})` : ''}. Schreiben Sie den amtlichen Namen oder den 8-stelligen Gemeindeschlüssel.`,
        `Gemeinde "${text}" is not in the official list${list ? ` (similar: ${list})` : ''}. Write the official name or the 8-digit key.`);
    }
    return undefined;
  }

  /** OSM opening hours; German forms are converted with a warning naming the OSM form. */
  hours(key: string): string | undefined {
    const text = this.get(key);
    if (!text) return undefined;
    const reading = readHours(text);
    if (reading.kind === 'converted') {
      this.warn(key, 'hours-converted', `„${text}“ ist nicht im OSM-Format; übernommen als „${reading.osm}“. Bitte prüfen und so in die Tabelle schreiben.`,
        `"${text}" is not in OSM syntax; used as "${reading.osm}". Please check and write it like that in the sheet.`);
    } else if (reading.kind === 'unreadable') {
      this.warn(key, 'hours-unreadable', `„${text}“ lässt sich nicht als Öffnungszeiten lesen und wird nur als Text gezeigt (kein „jetzt geöffnet“). Schreiben Sie es im OSM-Format, z. B. „Mo-Fr 08:00-12:00; Th 14:00-17:00“.`,
        `"${text}" cannot be read as opening hours and is shown as text only (no "open now"). Write it in OSM syntax, e.g. "Mo-Fr 08:00-12:00; Th 14:00-17:00".`);
    }
    return reading.osm;
  }
}

export function flushNotes(ctx: BuildContext): void {
  for (const note of ctx.notes.values()) {
    const more = note.n > 1 ? { de: ` (${note.n}-mal, zuerst hier)`, en: ` (${note.n} times, first here)` } : { de: '', en: '' };
    ctx.problems.warn(note.place, note.code, note.de + more.de, note.en + more.en);
  }
  ctx.notes.clear();
}

/** Drops undefined fields and empty objects/arrays, so the entry only says what the sheet said. */
export function compact<T extends Record<string, unknown>>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined || v === '') continue;
    if (Array.isArray(v) && v.length === 0) continue;
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      const inner = compact(v as Record<string, unknown>);
      if (Object.keys(inner).length === 0) continue;
      out[k] = inner;
    } else out[k] = v;
  }
  return out as T;
}
