import type { UiStrings } from './de.js';

export const strings: UiStrings = {
  'kit.name': 'Guide',
  'status.loading': 'Loading services …',
  'status.retry': 'Try again',
  'status.sample': 'Sample data – contact details are made up.',
  'status.stale': 'No connection to the server. Showing the information as of {date}.',
  'status.outdated': 'This information has been out of date since {date}.',
  'error.title': 'The services cannot be shown right now.',
  'error.network': 'The server cannot be reached. Please check your internet connection and try again later.',
  'error.http': 'The server answered with an error ({status}).',
  'error.too-large': 'The file with the services is too large.',
  'error.not-json': 'The file with the services is damaged.',
  'error.invalid': 'The file with the services contains errors.',
  'error.version': 'The file with the services uses a newer format. The page needs an update.',
  'error.aborted': 'Loading was cancelled.',
  'error.no-feed': 'No data source is set (attribute "feed" or "data-feed" on the script).',
  'error.contact': 'Questions: {contact}',
  'text.fallback': 'only available in German',
  'text.fallbackLs': 'not available in easy-to-read German',
};
