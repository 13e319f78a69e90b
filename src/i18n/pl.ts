import type { UiStrings } from './de.js';

export const strings: UiStrings = {
  'kit.name': 'Przewodnik',
  'status.loading': 'Ładowanie usług …',
  'status.retry': 'Spróbuj ponownie',
  'status.sample': 'Dane przykładowe – dane kontaktowe są zmyślone.',
  'status.stale': 'Brak połączenia z serwerem. Wyświetlane są informacje z dnia {date}.',
  'status.outdated': 'Te informacje są nieaktualne od {date}.',
  'error.title': 'Nie można teraz wyświetlić usług.',
  'error.network': 'Serwer jest niedostępny. Sprawdź połączenie z internetem i spróbuj ponownie później.',
  'error.http': 'Serwer odpowiedział błędem ({status}).',
  'error.too-large': 'Plik z usługami jest za duży.',
  'error.not-json': 'Plik z usługami jest uszkodzony.',
  'error.invalid': 'Plik z usługami zawiera błędy.',
  'error.version': 'Plik z usługami ma nowszy format. Strona wymaga aktualizacji.',
  'error.aborted': 'Ładowanie zostało przerwane.',
  'error.no-feed': 'Nie ustawiono źródła danych (atrybut „feed” lub „data-feed” skryptu).',
  'error.contact': 'W razie pytań: {contact}',
  'text.fallback': 'dostępne tylko po niemiecku',
  'text.fallbackLs': 'niedostępne w prostym języku niemieckim',
};
