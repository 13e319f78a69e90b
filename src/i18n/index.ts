/**
 * UI strings per language. German ships in the main bundle; the other
 * languages are small chunks loaded when a page asks for them.
 */
import type { UiKey, UiStrings } from './de.js';
import { deBase } from './de-base.js';
import { LEICHTE_SPRACHE, primaryLanguage } from '../core/text.js';

export type { UiKey, UiStrings };

type Loader = () => Promise<{ strings: UiStrings }>;

/** Languages with a complete UI (BRIEF §6: ten languages plus Leichte Sprache). */
const LOADERS: Record<string, Loader> = {
  [LEICHTE_SPRACHE]: () => import('./de-x-ls.js'),
  en: () => import('./en.js'),
  ar: () => import('./ar.js'),
  fa: () => import('./fa.js'),
  uk: () => import('./uk.js'),
  ru: () => import('./ru.js'),
  tr: () => import('./tr.js'),
  ro: () => import('./ro.js'),
  bg: () => import('./bg.js'),
  pl: () => import('./pl.js'),
};

export { UI_LANGUAGES } from './languages.js';

/**
 * German, filled part by part: the base here, each element's strings when its
 * chunk loads (`addGerman`). Also the fallback for keys another language lacks.
 */
const german = { ...deBase } as Record<string, string> as UiStrings;

/** Adds an element's German strings (idempotent). */
export function addGerman(part: Partial<UiStrings>): void {
  Object.assign(german, part);
}

/** The German strings registered so far. */
export function germanStrings(): UiStrings {
  return german;
}

const loaded = new Map<string, UiStrings>([['de', german]]);
const pending = new Map<string, Promise<UiStrings>>();

/** The UI language used for a requested tag: exact, then primary subtag, then German. */
export function uiLanguage(lang: string): string {
  const lower = lang.toLowerCase();
  if (lower === LEICHTE_SPRACHE) return LEICHTE_SPRACHE;
  const primary = primaryLanguage(lower);
  return primary === 'de' || LOADERS[primary] ? primary : 'de';
}

/** Strings for `lang`, synchronously when already loaded (German always is). */
export function stringsIfLoaded(lang: string): UiStrings | undefined {
  return loaded.get(uiLanguage(lang));
}

export function loadStrings(lang: string): Promise<UiStrings> {
  const code = uiLanguage(lang);
  const ready = loaded.get(code);
  if (ready) return Promise.resolve(ready);
  let promise = pending.get(code);
  if (!promise) {
    promise = LOADERS[code]!()
      .then((module) => {
        // A partial translation still shows German for the missing keys.
        const strings = { ...german, ...module.strings };
        loaded.set(code, strings);
        return strings;
      })
      .catch(() => german);
    pending.set(code, promise);
  }
  return promise;
}

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(lang: string, n: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(lang);
    } catch {
      rules = new Intl.PluralRules('de');
    }
    pluralRules.set(lang, rules);
  }
  return rules.select(n);
}

const PLURAL = /\{(\w+), plural, ((?:(?:=\d+|zero|one|two|few|many|other) \{[^{}]*\}\s*)+)\}/g;
const PLURAL_CASE = /(=\d+|zero|one|two|few|many|other) \{([^{}]*)\}/g;

/**
 * Fills `{name}` placeholders and ICU-style plurals
 * (`{count, plural, one {# Angebot} other {# Angebote}}`, categories from
 * `Intl.PluralRules` of `lang`, `#` = the number). Values are inserted as text
 * by Lit, never as HTML.
 */
export function format(template: string, params: Record<string, string | number> = {}, lang = 'de'): string {
  const withPlurals = template.includes(', plural,')
    ? template.replace(PLURAL, (match, name: string, cases: string) => {
        const value = params[name];
        if (typeof value !== 'number') return match;
        const forms = new Map<string, string>();
        for (const [, category, text] of cases.matchAll(PLURAL_CASE)) forms.set(category!, text!);
        const chosen = forms.get(`=${value}`) ?? forms.get(pluralCategory(lang, value)) ?? forms.get('other') ?? '';
        return chosen.replace(/#/g, new Intl.NumberFormat(lang).format(value));
      })
    : template;
  return withPlurals.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
