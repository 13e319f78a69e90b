/** Types and shared column groups of the spreadsheet template (see spec.ts). */

export type SheetKey =
  | 'kreis' | 'gemeinden' | 'verbaende' | 'ortsteile' | 'nachbarorte' | 'themen' | 'zielgruppen' | 'leistungsarten' | 'aufenthaltsstatus' | 'alltagswoerter' | 'pflege'
  | 'organisationen' | 'orte' | 'angebote' | 'zeiten' | 'aussensprechstunden' | 'programme' | 'zustaendigkeiten' | 'wege' | 'fragen';

/**
 * How a column's text may be given in other languages (`<Spalte>-<Sprache>`,
 * e.g. `Name-en`, `Beschreibung-ar`, `Name-de-x-ls`):
 * - `text`: one text → the feed's per-language text map (German required);
 * - `list`: a `;` list of texts; the n-th item of each language belongs together;
 * - `words`: search words per language (no German needed).
 */
export type Translatable = 'text' | 'list' | 'words';

export interface ColumnSpec {
  key: string;
  header: string;
  /** Other spellings accepted in the header row. */
  aliases?: string[];
  example: string;
  /** What goes in, for docs/template/README.md (German and English). */
  de: string;
  en: string;
  required?: boolean;
  /** Citizen-facing text: per-language columns are allowed. */
  text?: Translatable;
  /** Language columns the template shows as an example of the pattern: tag → example value. */
  templateLangs?: Record<string, string>;
}

export interface SheetSpec {
  key: SheetKey;
  name: string;
  aliases: string[];
  de: string;
  en: string;
  /** Feed field(s) the sheet fills, for the README. */
  feed: string;
  columns: ColumnSpec[];
}

export const c = (key: string, header: string, example: string, de: string, en: string, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({ key, header, example, de, en, ...extra });

export const STAND = [
  c('reviewed', 'Stand', '2026-10-01', 'Tag der letzten Prüfung (JJJJ-MM-TT oder TT.MM.JJJJ).', 'Day of the last review (YYYY-MM-DD or DD.MM.YYYY).'),
  c('validUntil', 'Gültig-bis', '', 'Letzter Tag, an dem der Eintrag gezeigt wird (leer = unbefristet).', 'Last day the entry is shown (empty = no end).'),
  c('steward', 'Pflege', 'st-integration', 'Wer den Eintrag pflegt: ID aus dem Blatt „Pflege“ oder eine Funktions-E-Mail-Adresse.', 'Who keeps the entry: an id from sheet "Pflege" or a functional e-mail address.'),
];
export const VALID_FROM = c('validFrom', 'Gültig-ab', '', 'Erster Tag, an dem der Eintrag gezeigt wird.', 'First day the entry is shown.');

export const KONTAKT = (example: string) => [
  c('phone', 'Telefon', example, 'Telefonnummer, am besten +49 …', 'Phone number, preferably +49 …'),
  c('email', 'E-Mail', '', 'E-Mail-Adresse (Funktionspostfach).', 'E-mail address (functional mailbox).'),
  c('website', 'Webseite', '', 'Adresse mit https://', 'Address with https://'),
  c('fax', 'Fax', '', 'Faxnummer.', 'Fax number.'),
  c('contactNote', 'Kontakt-Hinweis', '', 'Hinweis zur Erreichbarkeit, z. B. „Telefon Mo–Do 9–12 Uhr“.', 'Note on how to reach them, e.g. "phone Mon–Thu 9–12".', { text: 'text' }),
];

/** Eligibility in words plus hints that never exclude (Angebote and Programme). */
export const VORAUSSETZUNGEN = [
  c('eligibilityText', 'Voraussetzungen', '', 'Wer es nutzen kann, in Worten.', 'Who can use it, in words.', { text: 'text' }),
  c('minAge', 'Mindestalter', '', 'Alter in Jahren (Hinweis, schließt niemanden aus).', 'Age in years (a hint, excludes nobody).'),
  c('maxAge', 'Höchstalter', '', 'Alter in Jahren (Hinweis).', 'Age in years (a hint).'),
  c('womenOnly', 'Nur-für-Frauen', '', 'ja = nur für Frauen.', 'ja = for women only.'),
  c('eligibilityStatuses', 'Voraussetzung-Status', '', 'IDs aus „Aufenthaltsstatus“ (; getrennt), für die es gedacht ist.', 'Ids from "Aufenthaltsstatus" (;-separated) it is meant for.'),
];

/** Kostenart + the old Kostenlos column + Kosten in words (Angebote and Programme). */
export const KOSTEN = (free: string, category: string, text: string) => [
  c('costCategory', 'Kostenart', category, 'kostenlos, Kostenbeitrag, gebührenpflichtig, erstattungsfähig oder Spende.', 'free (kostenlos), contribution (Kostenbeitrag), fee (gebührenpflichtig), refundable (erstattungsfähig) or donation (Spende).'),
  c('free', 'Kostenlos', free, 'ja/nein (ältere Spalte; besser „Kostenart“).', 'ja/nein (older column; better "Kostenart").'),
  c('costText', 'Kosten-Text', text, 'Kosten in Worten.', 'Cost in words.', { aliases: ['Kosten'], text: 'text' }),
];
