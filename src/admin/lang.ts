/** Admin messages are German (the Kreis admin's language) or English. */
import type { LocalisedMessage } from '../core/errors.js';

export type Lang = 'de' | 'en';

export const say = (message: LocalisedMessage, lang: Lang): string => message[lang];

/** German groups thousands with a point, English with a comma. */
export const count = (n: number, lang: Lang): string => n.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB');
