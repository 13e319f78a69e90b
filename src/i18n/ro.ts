import type { UiStrings } from './de.js';

export const strings: UiStrings = {
  'kit.name': 'Ghid',
  'status.loading': 'Se încarcă serviciile …',
  'status.retry': 'Încercați din nou',
  'status.sample': 'Date de exemplu – datele de contact sunt inventate.',
  'status.stale': 'Nu există conexiune la server. Se afișează informațiile din {date}.',
  'status.outdated': 'Aceste informații nu mai sunt actuale din {date}.',
  'error.title': 'Serviciile nu pot fi afișate momentan.',
  'error.network': 'Serverul nu poate fi accesat. Verificați conexiunea la internet și încercați din nou mai târziu.',
  'error.http': 'Serverul a răspuns cu o eroare ({status}).',
  'error.too-large': 'Fișierul cu servicii este prea mare.',
  'error.not-json': 'Fișierul cu servicii este deteriorat.',
  'error.invalid': 'Fișierul cu servicii conține erori.',
  'error.version': 'Fișierul cu servicii are un format mai nou. Pagina trebuie actualizată.',
  'error.aborted': 'Încărcarea a fost anulată.',
  'error.no-feed': 'Nu este setată nicio sursă de date (atributul „feed” sau „data-feed” al scriptului).',
  'error.contact': 'Pentru întrebări: {contact}',
  'text.fallback': 'disponibil doar în germană',
  'text.fallbackLs': 'nu este disponibil în germană simplă',
};
