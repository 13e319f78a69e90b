/** Help texts of the `wegweiser` CLI, in German and English. */
import type { Lang } from './lang.js';

const MAIN = {
  de: `wegweiser – Werkzeuge für den Feed eines Landkreises (wegweiser-kit)

Aufruf:
  wegweiser validate <datei|URL> [Optionen]     Feed prüfen, jedes Problem mit Fundstelle erklären
  wegweiser compile <quelle> -o <feed.json>     Veröffentlichbaren Feed erzeugen

Allgemeine Optionen:
  --lang de|en     Sprache der Ausgabe (Standard: Deutsch; LANG=en… schaltet auf Englisch)
  --json           Ergebnis als JSON für Programme
  -h, --help       Hilfe, auch je Befehl: wegweiser validate --help
  -V, --version    Version

Rückgabewerte: 0 = in Ordnung, 1 = der Feed hat Fehler, 2 = Aufruf- oder Lesefehler.
Mehr: docs/cli.md`,
  en: `wegweiser – tools for a Landkreis feed (wegweiser-kit)

Usage:
  wegweiser validate <file|URL> [options]      Check a feed; explain every problem and where it is
  wegweiser compile <source> -o <feed.json>    Build the feed to publish

Common options:
  --lang de|en     Output language (default German; LANG=en… switches to English)
  --json           Result as JSON for programs
  -h, --help       Help, also per command: wegweiser validate --help
  -V, --version    Version

Exit codes: 0 = fine, 1 = the feed has errors, 2 = usage or read error.
More: docs/cli.md`,
};

const VALIDATE = {
  de: `wegweiser validate <datei|URL> [Optionen]

Prüft einen Feed (Datei oder http(s)-Adresse): Format, doppelte Kennungen, Verweise
ins Leere, geschützte Adressen, veraltete und abgelaufene Einträge, Öffnungszeiten,
Gemeindeschlüssel (gegen das amtliche Verzeichnis), unbekannte Felder, HTML in Texten.
Jedes Problem steht in einer Zeile: <datei>: <JSON-Pointer> (Zeile n)  <was zu tun ist>.

Optionen:
  --strict           Auch Warnungen führen zu Rückgabewert 1
  --today JJJJ-MM-TT Stichtag für „veraltet“ und „abgelaufen“ (Standard: heute)
  --all              Alle Probleme zeigen (sonst die ersten 200 und eine Zusammenfassung)
  --max-size <MB>    Größere Dateien gar nicht erst lesen (Standard: 100)
  --json             Ergebnis als JSON
  --lang de|en       Sprache der Ausgabe

Rückgabewerte: 0 = keine Fehler (Warnungen möglich), 1 = Fehler gefunden, 2 = Aufruf- oder Lesefehler.`,
  en: `wegweiser validate <file|URL> [options]

Checks a feed (file or http(s) address): format, duplicate ids, references that lead
nowhere, protected addresses, stale and expired entries, opening hours, municipality
keys (against the official list), unknown fields, HTML in texts.
One problem per line: <file>: <JSON Pointer> (line n)  <what to do>.

Options:
  --strict           Warnings also give exit code 1
  --today YYYY-MM-DD Day to judge "stale" and "expired" against (default: today)
  --all              Show every problem (otherwise the first 200 and a summary)
  --max-size <MB>    Do not even read bigger files (default: 100)
  --json             Result as JSON
  --lang de|en       Output language

Exit codes: 0 = no errors (warnings possible), 1 = errors found, 2 = usage or read error.`,
};

const COMPILE = {
  de: `wegweiser compile <quelle> -o <feed.json> [Optionen]

Erzeugt aus dem bearbeiteten Feed den veröffentlichten: Öffnungszeiten (OSM-Format)
werden für die Anzeige übersetzt, Feiertage und Schulferien des Bundeslands eingetragen,
Namen und Mittelpunkte der Gemeinden aus dem amtlichen Verzeichnis ergänzt, Adressen
geschützter Orte entfernt. Hat das Ergebnis Fehler, wird nichts geschrieben und die
bisherige Ausgabedatei bleibt unverändert. Geschrieben wird atomar (nie halb).

Optionen:
  -o, --output <datei>  Ausgabedatei (Pflicht)
  --from JJJJ-MM-TT     Erster Tag der übersetzten Zeiten (Standard: heute)
  --now <Zeitpunkt>     Zeitpunkt für generatedAt, z. B. 2026-12-01T08:00:00+01:00
                        (gleiche Quelle + gleiches --now = byte-gleiche Ausgabe)
  --pretty              Eingerückt statt kompakt schreiben
  --max-size <MB>       Größere Quellen gar nicht erst lesen (Standard: 100)
  --json                Ergebnis als JSON
  --lang de|en          Sprache der Ausgabe

Zeitraum: bis validUntil des Feeds, sonst 13 Monate, höchstens 18 Monate.
Rückgabewerte: 0 = geschrieben, 1 = Fehler im Feed (nichts geschrieben), 2 = Aufruf-, Lese- oder Schreibfehler.`,
  en: `wegweiser compile <source> -o <feed.json> [options]

Builds the published feed from the authored one: opening hours (OSM syntax) are compiled
for display, public and school holidays of the Bundesland filled in, Gemeinde names and
centres taken from the official list, addresses of protected places removed. If the
result has errors, nothing is written and the previous output stays unchanged. Writes
are atomic (never half a file).

Options:
  -o, --output <file>   Output file (required)
  --from YYYY-MM-DD     First day of compiled hours (default: today)
  --now <time>          Time for generatedAt, e.g. 2026-12-01T08:00:00+01:00
                        (same source + same --now = byte-identical output)
  --pretty              Indent instead of compact output
  --max-size <MB>       Do not even read bigger sources (default: 100)
  --json                Result as JSON
  --lang de|en          Output language

Window: until the feed's validUntil, else 13 months, at most 18 months.
Exit codes: 0 = written, 1 = errors in the feed (nothing written), 2 = usage, read or write error.`,
};

export function helpText(command: string | undefined, lang: Lang): string {
  if (command === 'validate') return VALIDATE[lang];
  if (command === 'compile') return COMPILE[lang];
  return MAIN[lang];
}
