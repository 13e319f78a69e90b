/** German strings of the finder's cards and details for courses, funding programmes and paths: ship with those cards. */
export const deKindCards = {
  'result.kind.course': 'Kurs',
  'result.kind.group': 'Gruppe',
  'result.kind.project': 'Projekt',
  'result.kind.event': 'Veranstaltung',
  'result.kind.volunteering': 'Ehrenamt',
  'result.kind.funding': 'Förderprogramm',
  'result.kind.pathway': 'Wegweiser',
  'result.starts': 'beginnt am {date}',
  'result.next': 'nächstes Treffen am {date}',
  'result.deadline': 'Frist {date}',
  'result.regular': 'regelmäßig',
  'result.steps': '{count, plural, one {# Schritt} other {# Schritte}}',
  'detail.allProgrammes': 'Alle Kurse und Angebote im Kursverzeichnis',
  'detail.openWegweiser': 'Im Wegweiser der Seite öffnen',
  'result.hidden': '{count, plural, one {# weiterer Treffer (ein Kurs oder Wegweiser) wird} other {# weitere Treffer (Kurse oder Wegweiser) werden}} bei diesem Filter nicht gezeigt: er gilt nur für Ämter und Beratung.',
  'result.showHidden': 'Filter entfernen und alles zeigen',
} as const;
