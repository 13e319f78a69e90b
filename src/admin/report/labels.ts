/** Words the text and HTML report share, in German and English. */
import type { Lang } from '../lang.js';
import type { EntryKind, ReviewBucket } from './freshness.js';
import type { OfficeState } from './coverage.js';

export const ENTRY_KIND: Record<EntryKind, { de: string; en: string }> = {
  organisation: { de: 'Organisation', en: 'Organisation' },
  location: { de: 'Ort', en: 'Location' },
  service: { de: 'Angebot', en: 'Service' },
  responsibility: { de: 'Zuständigkeit', en: 'Responsibility' },
  programme: { de: 'Programm', en: 'Programme' },
  pathway: { de: 'Wegweiser', en: 'Pathway' },
};

export const BUCKET: Record<ReviewBucket, { de: string; en: string }> = {
  quarter: { de: 'in diesem Quartal geprüft', en: 'reviewed this quarter' },
  older: { de: 'früher geprüft', en: 'reviewed earlier' },
  stale: { de: 'vor mehr als 12 Monaten', en: 'more than 12 months ago' },
  never: { de: 'nie geprüft', en: 'never reviewed' },
};

export const BUCKET_SHORT: Record<ReviewBucket, { de: string; en: string }> = {
  quarter: { de: 'dieses Quartal', en: 'this quarter' },
  older: { de: 'älter', en: 'older' },
  stale: { de: '> 12 Monate', en: '> 12 months' },
  never: { de: 'nie', en: 'never' },
};

export const OFFICE: Record<OfficeState, { de: string; en: string }> = {
  recorded: { de: 'erfasst', en: 'recorded' },
  'status-only': { de: 'nur für bestimmte Aufenthaltsstatus', en: 'only for certain residence statuses' },
  none: { de: 'keine zuständige Stelle erfasst', en: 'no responsible office recorded' },
  'not-tracked': { de: 'Zuständigkeit wird für dieses Thema nicht erfasst', en: 'responsibility not recorded for this topic' },
};

export const PROGRAMME_KIND: Record<string, { de: string; en: string }> = {
  'integration-course': { de: 'Integrationskurs', en: 'Integration course' },
  'alpha-course': { de: 'Alphabetisierungskurs', en: 'Literacy course' },
  'job-language-course': { de: 'Berufssprachkurs', en: 'Job-related language course' },
  'women-course': { de: 'Frauenkurs', en: 'Women\'s course' },
  'language-cafe': { de: 'Sprachcafé', en: 'Language café' },
  'language-course': { de: 'Deutschkurs', en: 'German course' },
  project: { de: 'Projekt', en: 'Project' },
  group: { de: 'Gruppe', en: 'Group' },
  event: { de: 'Veranstaltung', en: 'Event' },
  volunteering: { de: 'Ehrenamt', en: 'Volunteering' },
  'counselling-group': { de: 'Beratungsgruppe', en: 'Counselling group' },
  funding: { de: 'Förderprogramm', en: 'Funding programme' },
};

const LANGUAGE_NAMES: Record<string, { de: string; en: string }> = {
  de: { de: 'Deutsch', en: 'German' },
  en: { de: 'Englisch', en: 'English' },
  ar: { de: 'Arabisch', en: 'Arabic' },
  fa: { de: 'Persisch', en: 'Persian' },
  uk: { de: 'Ukrainisch', en: 'Ukrainian' },
  ru: { de: 'Russisch', en: 'Russian' },
  tr: { de: 'Türkisch', en: 'Turkish' },
  ro: { de: 'Rumänisch', en: 'Romanian' },
  bg: { de: 'Bulgarisch', en: 'Bulgarian' },
  pl: { de: 'Polnisch', en: 'Polish' },
  'de-x-ls': { de: 'Leichte Sprache', en: 'Easy German' },
};

/** "ar (Arabisch)"; other tags as Intl knows them, else the tag alone. */
export function languageName(tag: string, lang: Lang): string {
  const known = LANGUAGE_NAMES[tag]?.[lang];
  if (known) return known;
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(tag);
    return name && name.toLowerCase() !== tag ? name : tag;
  } catch {
    return tag;
  }
}

export const kindName = (kind: string, lang: Lang): string => PROGRAMME_KIND[kind]?.[lang] ?? kind;

/** `2026-03-31` → `31.03.2026` in German; ISO in English. */
export const day = (iso: string, lang: Lang): string => (lang === 'de' ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : iso);

/** German writes a space before the percent sign. */
export const pct = (n: number, lang: Lang): string => (lang === 'de' ? `${n} %` : `${n}%`);

export const km = (n: number, lang: Lang): string => `${n.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 })} km`;

/** Items shown per list in the terminal before "… and n more". */
export const TEXT_LIST_LIMIT = 12;
/** Items shown per list in the HTML file. */
export const HTML_LIST_LIMIT = 300;
