/** The terminal's settings: the language of messages and whether to use colour. */
import type { Lang } from '../admin/lang.js';

/** The CLI speaks German (the Kreis admin's language) unless asked: `--lang en` wins; else the locale variables (LC_ALL, LC_MESSAGES, LANG) when they start with "en"; else German. */
export function detectLang(option: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (option) return option.toLowerCase().startsWith('en') ? 'en' : 'de';
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('en') ? 'en' : 'de';
}

/** NO_COLOR (https://no-color.org) and pipes get plain text. */
export function useColor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}
