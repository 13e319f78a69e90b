/**
 * UI strings, German: the reference every other language is checked against
 * (a test fails when a language lacks a key). `{name}` marks a placeholder.
 */
export const de = {
  'kit.name': 'Wegweiser',
  'status.loading': 'Angebote werden geladen …',
  'status.retry': 'Erneut versuchen',
  'status.sample': 'Beispieldaten – Kontaktdaten sind erfunden.',
  'status.stale': 'Keine Verbindung zum Server. Angezeigt wird der Stand vom {date}.',
  'status.outdated': 'Diese Angaben sind seit {date} nicht mehr aktuell.',
  'error.title': 'Die Angebote können gerade nicht angezeigt werden.',
  'error.network': 'Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es später noch einmal.',
  'error.http': 'Der Server hat mit einem Fehler geantwortet ({status}).',
  'error.too-large': 'Die Datei mit den Angeboten ist zu groß.',
  'error.not-json': 'Die Datei mit den Angeboten ist beschädigt.',
  'error.invalid': 'Die Datei mit den Angeboten enthält Fehler.',
  'error.version': 'Die Datei mit den Angeboten hat ein neueres Format. Die Seite muss aktualisiert werden.',
  'error.aborted': 'Das Laden wurde abgebrochen.',
  'error.no-feed': 'Es ist keine Datenquelle eingestellt (Attribut „feed“ oder „data-feed“ am Skript).',
  'error.contact': 'Bei Fragen: {contact}',
  'text.fallback': 'nur auf Deutsch verfügbar',
  'text.fallbackLs': 'nicht in Leichter Sprache verfügbar',
} as const;

export type UiKey = keyof typeof de;
export type UiStrings = Record<UiKey, string>;
