/**
 * Imported first by the CLI entry: dates and the opening-hours library work
 * in Berlin time whatever the machine's zone is. ES modules run their
 * imports in order, so this runs before any module that touches dates.
 */
process.env.TZ = 'Europe/Berlin';
export {};
