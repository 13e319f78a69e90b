import type { UiStrings } from './de.js';

/** Leichte Sprache: short sentences, common words, one statement per sentence. */
export const strings: UiStrings = {
  'kit.name': 'Weg-Weiser',
  'status.loading': 'Die Angebote werden geladen. Bitte warten.',
  'status.retry': 'Noch einmal versuchen',
  'status.sample': 'Das sind Beispiel-Daten. Die Telefon-Nummern sind nicht echt.',
  'status.stale': 'Es gibt gerade keine Verbindung. Sie sehen die Angaben vom {date}.',
  'status.outdated': 'Diese Angaben sind alt. Sie gelten nur bis {date}.',
  'error.title': 'Die Angebote können gerade nicht angezeigt werden.',
  'error.network': 'Es gibt gerade keine Verbindung zum Internet. Bitte versuchen Sie es später noch einmal.',
  'error.http': 'Es gibt einen Fehler beim Server. Der Fehler heißt: {status}.',
  'error.too-large': 'Die Datei ist zu groß.',
  'error.not-json': 'Die Datei ist kaputt.',
  'error.invalid': 'In der Datei sind Fehler.',
  'error.version': 'Die Datei ist zu neu. Die Internet-Seite muss erneuert werden.',
  'error.aborted': 'Das Laden wurde gestoppt.',
  'error.no-feed': 'Es fehlt die Angabe, woher die Daten kommen.',
  'error.contact': 'Sie haben Fragen? Dann melden Sie sich hier: {contact}',
  'text.fallback': 'nur auf Deutsch',
  'text.fallbackLs': 'nicht in Leichter Sprache',
};
