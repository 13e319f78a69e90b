/** The CLI speaks German (the Kreis admin's language) unless asked for English. */
import type { LocalisedMessage } from '../core/errors.js';

export type Lang = 'de' | 'en';

/** `--lang en` wins; else the locale variables (LC_ALL, LC_MESSAGES, LANG) when they start with "en"; else German. */
export function detectLang(option: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (option) return option.toLowerCase().startsWith('en') ? 'en' : 'de';
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('en') ? 'en' : 'de';
}

export const say = (message: LocalisedMessage, lang: Lang): string => message[lang];

/** German groups thousands with a point, English with a comma. */
export const count = (n: number, lang: Lang): string => n.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB');
