/** "Arabisch (ar)", "Leichte Sprache" for the preview's language switch. */
import type { WsLang } from './text.js';

export function languageName(code: string, ui: WsLang): string {
  if (code === 'de-x-ls') return ui === 'de' ? 'Leichte Sprache (de-x-ls)' : 'Easy-to-read German (de-x-ls)';
  try {
    const name = new Intl.DisplayNames([ui], { type: 'language' }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}
