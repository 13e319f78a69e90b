/** The UI languages (BRIEF §6: ten languages plus Leichte Sprache), without their strings: for code that only needs the list (the CLI). */
export const UI_LANGUAGES = ['de', 'de-x-ls', 'en', 'ar', 'fa', 'uk', 'ru', 'tr', 'ro', 'bg', 'pl'] as const;
