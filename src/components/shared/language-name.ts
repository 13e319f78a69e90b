/** Language names in the visitor's language, through Intl.DisplayNames (cached per language). */
import type { Ui } from './ui.js';

let languageNames: { lang: string; names: Intl.DisplayNames | undefined } | undefined;

/** "Arabisch" for `ar` in the user's language (the code itself where Intl cannot name it). */
export function languageName(ui: Ui, code: string): string {
  if (languageNames?.lang !== ui.intlLang) {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([ui.intlLang], { type: 'language' });
    } catch {
      names = undefined;
    }
    languageNames = { lang: ui.intlLang, names };
  }
  try {
    return languageNames.names?.of(code) ?? code;
  } catch {
    return code;
  }
}

