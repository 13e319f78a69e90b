/** The Werkstatt's words: German first, English on request. */
import { format } from '../i18n/index.js';
import { werkstattDe, type WerkstattKey } from '../i18n/werkstatt-de.js';
import { werkstattEn } from '../i18n/werkstatt-en.js';

export type WsLang = 'de' | 'en';
export type Translate = (key: WerkstattKey, params?: Record<string, string | number>) => string;

export function translator(lang: WsLang): Translate {
  const strings = lang === 'en' ? werkstattEn : werkstattDe;
  return (key, params) => format(strings[key], params, lang);
}

/** 1,2 MB / 830 kB, in the page's language. */
export function sizeText(bytes: number, lang: WsLang): string {
  const n = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  return bytes >= 1_000_000 ? `${n.format(bytes / 1_000_000)} MB` : `${n.format(Math.max(1, Math.round(bytes / 1000)))} kB`;
}
