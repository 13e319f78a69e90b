/**
 * Sentences for feed problems, in German (the Kreis admin's language) and
 * English. Keys are the stable codes used as messages in the schema.
 */
import type { LocalisedMessage } from './errors.js';

type Sentence = (found: string) => LocalisedMessage;

const m = (de: string, en: string): Sentence => (found) => ({
  de: found ? `${de} Gefunden: ${found}.` : de,
  en: found ? `${en} Found: ${found}.` : en,
});

export const SCHEMA_MESSAGES: Record<string, Sentence> = {
  missing: () => ({ de: 'Dieses Pflichtfeld fehlt.', en: 'This required field is missing.' }),
  string: m('Hier wird ein Text erwartet.', 'A text (string) is expected here.'),
  empty: m('Der Text darf nicht leer sein.', 'The text must not be empty.'),
  text: m(
    'Hier wird ein Text erwartet: entweder ein deutscher Text oder ein Objekt mit Sprachen, in dem Deutsch ("de") vorhanden ist.',
    'A text is expected: either a German string or an object of languages that includes German ("de").',
  ),
  'text-de': () => ({
    de: 'Der deutsche Text ("de") fehlt. Deutsch ist Pflicht, weil die Anzeige darauf zurückfällt.',
    en: 'The German text ("de") is missing. German is required because the display falls back to it.',
  }),
  lang: m('Das ist kein gültiges Sprachkürzel (BCP 47), z. B. "de", "en", "ar", "uk" oder "de-x-ls" für Leichte Sprache.', 'Not a valid BCP 47 language tag such as "de", "en", "ar", "uk" or "de-x-ls" (Leichte Sprache).'),
  ags8: m('Der Gemeindeschlüssel (AGS) muss genau 8 Ziffern haben, z. B. "08126046" für Künzelsau (führende Null nicht vergessen).', 'The municipality key (AGS) must have exactly 8 digits, e.g. "08126046" for Künzelsau (keep the leading zero).'),
  ags5: m('Der Kreisschlüssel muss genau 5 Ziffern haben, z. B. "08126" für den Hohenlohekreis.', 'The Kreis key must have exactly 5 digits, e.g. "08126" for the Hohenlohekreis.'),
  id: m('Eine Kennung darf nur Buchstaben, Ziffern und _ . : - enthalten (keine Leerzeichen, höchstens 128 Zeichen).', 'An id may contain only letters, digits and _ . : - (no spaces, at most 128 characters).'),
  date: m('Hier wird ein Datum im Format JJJJ-MM-TT erwartet, z. B. 2026-12-01.', 'A date YYYY-MM-DD is expected, e.g. 2026-12-01.'),
  datetime: m('Hier wird Datum und Uhrzeit mit Zeitzone erwartet, z. B. 2026-12-01T08:00:00+01:00.', 'A date-time with offset is expected, e.g. 2026-12-01T08:00:00+01:00.'),
  clock: m('Hier wird eine Uhrzeit HH:MM erwartet, z. B. 08:30.', 'A time HH:MM is expected, e.g. 08:30.'),
  url: m('Hier wird eine vollständige Internetadresse erwartet, die mit https:// beginnt.', 'A full web address starting with https:// is expected.'),
  tileurl: m('Die Kachel-Adresse muss mit https:// beginnen und {z}/{x}/{y} enthalten.', 'The tile URL must start with https:// and contain {z}/{x}/{y}.'),
  email: m('Das ist keine gültige E-Mail-Adresse.', 'Not a valid e-mail address.'),
  phone: m('Das ist keine gültige Telefonnummer (nur Ziffern, Leerzeichen, + ( ) / . -).', 'Not a valid phone number (digits, spaces and + ( ) / . - only).'),
  postcode: m('Die Postleitzahl muss 5 Ziffern haben.', 'The postcode must have 5 digits.'),
  latlon: m('Eine Position ist eine Liste [Breite, Länge], z. B. [49.2779, 9.6871].', 'A position is a list [latitude, longitude], e.g. [49.2779, 9.6871].'),
  lat: m('Die geografische Breite muss zwischen -90 und 90 liegen. Sind Breite und Länge vertauscht?', 'Latitude must be between -90 and 90. Are latitude and longitude swapped?'),
  lon: m('Die geografische Länge muss zwischen -180 und 180 liegen.', 'Longitude must be between -180 and 180.'),
  object: m('Hier wird ein Objekt { … } erwartet.', 'An object { … } is expected here.'),
  array: m('Hier wird eine Liste [ … ] erwartet.', 'A list [ … ] is expected here.'),
  boolean: m('Hier wird true oder false erwartet.', 'true or false is expected here.'),
  number: m('Hier wird eine Zahl erwartet.', 'A number is expected here.'),
  integer: m('Hier wird eine ganze Zahl erwartet.', 'A whole number is expected here.'),
  minutes: m('Minuten seit Mitternacht müssen zwischen 0 und 2880 liegen.', 'Minutes after midnight must be between 0 and 2880.'),
  interval: m('Ein Zeitraum ist [Beginn, Ende] in Minuten, optional mit 1 für "nach Vereinbarung".', 'An interval is [start, end] in minutes, optionally with 1 for "by appointment".'),
  week: m('Die Woche braucht genau 7 Tage (Montag bis Sonntag).', 'The week needs exactly 7 days (Monday to Sunday).'),
  window: m('Der Zeitraum ist [erstes Datum, letztes Datum].', 'The window is [first date, last date].'),
  wheelchair: m('Erlaubt sind "yes", "limited" oder "no".', 'Allowed: "yes", "limited" or "no".'),
  access: m('Zugangswege sind "walk-in", "appointment", "online", "phone", "outreach" oder "home-visit"; mindestens einer.', 'Access modes are "walk-in", "appointment", "online", "phone", "outreach" or "home-visit"; at least one.'),
  orgkind: m('Arten von Organisationen sind "authority", "municipality", "jobcenter", "welfare", "education", "association", "sports-club", "network", "initiative", "company" oder "other".', 'Organisation kinds are "authority", "municipality", "jobcenter", "welfare", "education", "association", "sports-club", "network", "initiative", "company" or "other".'),
  costcategory: m('Kostenarten sind "free", "contribution", "fee", "refundable" oder "donation".', 'Cost categories are "free", "contribution", "fee", "refundable" or "donation".'),
  words: m('Mindestens ein Wort ist nötig.', 'At least one word is needed.'),
  age: m('Ein Alter muss zwischen 0 und 130 liegen.', 'An age must be between 0 and 130.'),
  interpreter: m('Erlaubt sind "yes", "on-request" oder "no".', 'Allowed: "yes", "on-request" or "no".'),
  topics: m('Jedes Angebot braucht mindestens ein Thema.', 'Every service needs at least one topic.'),
  gemeinden: m('Hier wird "*" (alle Gemeinden) oder eine Liste von Gemeindeschlüsseln erwartet.', 'Expected "*" (all Gemeinden) or a list of municipality keys.'),
  kind: m('Unbekannte Art von Programm.', 'Unknown kind of programme.'),
  level: m('Sprachniveaus sind "alpha", "A1", "A2", "B1", "B2", "C1" oder "C2".', 'Levels are "alpha", "A1", "A2", "B1", "B2", "C1" or "C2".'),
  weekday: m('Wochentage sind "mo", "tu", "we", "th", "fr", "sa", "su".', 'Weekdays are "mo", "tu", "we", "th", "fr", "sa", "su".'),
  days: m('Mindestens ein Wochentag ist nötig.', 'At least one weekday is needed.'),
  holidays: m('Erlaubt sind "runs" oder "paused".', 'Allowed: "runs" or "paused".'),
  status: m('Der Stand muss "planned", "registration-open", "full", "active", "cancelled" oder "ended" sein.', 'Status must be "planned", "registration-open", "full", "active", "cancelled" or "ended".'),
  funder: m('Die Ebene des Geldgebers ist "eu", "bund", "land", "kreis", "kommune", "foundation" oder "other".', 'Funder level is "eu", "bund", "land", "kreis", "kommune", "foundation" or "other".'),
  percent: m('Ein Anteil in Prozent liegt zwischen 0 und 100.', 'A percentage lies between 0 and 100.'),
  options: m('Eine Frage braucht mindestens zwei Antworten; eine Bedingung mindestens eine.', 'A question needs at least two options; a condition at least one.'),
  steps: m('Ein Weg braucht mindestens einen Schritt.', 'A pathway needs at least one step.'),
  daytype: m('Tagesarten sind "schoolday", "holiday", "saturday", "sunday".', 'Day types are "schoolday", "holiday", "saturday", "sunday".'),
  travelcell: m('Ein Reisezeit-Eintrag ist null oder eine Liste von Minuten.', 'A travel-time cell is null or a list of minutes.'),
  version: m('Die Formatversion hat die Form "1.0".', 'The format version looks like "1.0".'),
  state: m('Das Bundesland wird mit seinem Kürzel angegeben: BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SN, ST, SH oder TH.', 'The Bundesland is given by its code: BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SN, ST, SH or TH.'),
  dir: m('Die Schreibrichtung ist "ltr" oder "rtl".', 'Direction is "ltr" or "rtl".'),
  languages: m('Mindestens eine Sprache (Deutsch) muss angegeben sein.', 'At least one language (German) must be listed.'),
  centre: m('Zentralität ist "ober", "mittel", "unter" oder "klein".', 'Centre level is "ober", "mittel", "unter" or "klein".'),
  icon: m('Ein Piktogramm-Name besteht aus Kleinbuchstaben, Ziffern und Bindestrichen.', 'A pictogram name consists of lowercase letters, digits and hyphens.'),
  weekofmonth: m('Wochen im Monat sind 1 bis 5 oder -1 (die letzte).', 'Weeks of the month are 1 to 5 or -1 (the last).'),
  interval_order: m('Das Ende muss nach dem Beginn liegen.', 'The end must come after the start.'),
};

export function schemaMessage(code: string, found: string): LocalisedMessage {
  const sentence = SCHEMA_MESSAGES[code];
  if (sentence) return sentence(found);
  return { de: `Ungültiger Wert (${code}).${found ? ` Gefunden: ${found}.` : ''}`, en: `Invalid value (${code}).${found ? ` Found: ${found}.` : ''}` };
}
