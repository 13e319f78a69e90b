/**
 * The admin module words its messages for the command line ("run with
 * --allow-unknown"). In the Werkstatt the same rule is a checkbox, and there
 * is no --base: these few sentences are said the Werkstatt's way.
 */
import type { LocalisedMessage } from '../core/errors.js';

const WHOLE: Record<string, LocalisedMessage> = {
  'kreis-missing': {
    de: 'Es fehlt das Blatt „Kreis“ (Kreis-AGS, Kreis-Name, Bundesland, E-Mail, Lizenz): Es sagt, wer den Feed herausgibt. Ziehen Sie die Datei des Kreises mit hinein (die Vorlage hat dieses Blatt); die Dateien der Gemeinden allein reichen nicht.',
    en: 'The sheet "Kreis" is missing (Kreis-AGS, Kreis-Name, Bundesland, E-Mail, Lizenz): it says who publishes the feed. Drop the Kreis\'s file as well (the template has this sheet); the Gemeinden\'s files alone are not enough.',
  },
};

const PHRASES: Array<[RegExp, string]> = [
  [/ \(oder rufen Sie mit --allow-unknown auf, um sie zu ignorieren\)/g, ' (oder kreuzen Sie „Unbekannte Spalten nur melden“ an, um sie zu ignorieren)'],
  [/ \(or run with --allow-unknown to ignore it\)/g, ' (or tick "Only report unknown columns" to ignore it)'],
  [/ \(--allow-unknown\)/g, ' („Unbekannte Spalten nur melden“)'],
  [/ oder nutzen Sie --base\./g, '.'],
  [/ or use --base\./g, '.'],
];

export function werkstattWords(code: string, message: LocalisedMessage): LocalisedMessage {
  const whole = WHOLE[code];
  if (whole) return whole;
  const say = (text: string) => PHRASES.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), text);
  return { de: say(message.de), en: say(message.en) };
}

/** What to do with a file that is no spreadsheet but often dropped by mistake (a feed, a ZIP of the template). */
export function wrongKindOfFile(name: string): LocalisedMessage | undefined {
  if (/\.json$/i.test(name)) {
    return {
      de: `„${name}“ ist eine JSON-Datei, keine Tabelle. Ist es der veröffentlichte Feed? Den wählen Sie im Reiter „Vergleich“ aus; hier gehören die Tabellen (.xlsx oder CSV) hin.`,
      en: `"${name}" is a JSON file, not a spreadsheet. Is it the published feed? Choose it in the "Compare" tab; the spreadsheets (.xlsx or CSV) go here.`,
    };
  }
  if (/\.zip$/i.test(name)) {
    return {
      de: `„${name}“ ist ein ZIP-Archiv. Entpacken Sie es (rechte Maustaste → „Alle extrahieren“) und ziehen Sie die Tabellen oder den Ordner hierher.`,
      en: `"${name}" is a ZIP archive. Extract it and drop the spreadsheets or the folder here.`,
    };
  }
  return undefined;
}
