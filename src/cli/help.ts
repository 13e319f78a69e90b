/** Help texts of the `wegweiser` CLI, in German and English. */
import type { Lang } from '../admin/lang.js';
import { COMPILE_SAFETY_HELP } from './commands/compile.js';
import { adminHelp } from './admin-commands.js';

const MAIN = {
  de: `wegweiser – Werkzeuge für den Feed eines Landkreises (wegweiser-kit)

Aufruf:
  wegweiser validate <datei|URL> [Optionen]     Feed prüfen, jedes Problem mit Fundstelle erklären
  wegweiser compile <quelle> -o <feed.json>     Veröffentlichbaren Feed erzeugen
  wegweiser travel <gtfs> --feed <feed.json> -o <ausgabe.json>
                                                Fahrzeiten mit Bus und Bahn aus GTFS berechnen
  wegweiser template [ordner]                   Tabellen-Vorlage (Excel und CSV) anlegen
  wegweiser import sheets <xlsx|csv-ordner> … -o <quelle.json>
                                                Feed aus Tabellen der Gemeinden bauen
  wegweiser import hsds <ordner|json> -o <quelle.json> --base <quelle.json>
                                                Daten im Format HSDS 3.0 übernehmen
  wegweiser import integreat <ordner|json …> -o <quelle.json>   (oder --url <server> --region <name>)
                                                Inhalte einer Integreat-Region übernehmen
  wegweiser export hsds <feed.json> -o <ordner> Als HSDS 3.0 (JSON und Tabellen) ausgeben
  wegweiser export jsonld <feed.json> -o <ziel> schema.org-Daten für Suchmaschinen
  wegweiser report <feed.json> [--html datei]   Bericht: Aktualität, Abdeckung, Sprachen, Überschneidungen

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
  wegweiser travel <gtfs> --feed <feed.json> -o <output.json>
                                               Compute bus and train travel times from GTFS
  wegweiser template [folder]                  Write the spreadsheet template (Excel and CSV)
  wegweiser import sheets <xlsx|csv-folder> … -o <source.json>
                                               Build the feed from the Gemeinden's spreadsheets
  wegweiser import hsds <folder|json> -o <source.json> --base <source.json>
                                               Take over data in HSDS 3.0 format
  wegweiser import integreat <folder|json …> -o <source.json>   (or --url <server> --region <name>)
                                               Take over an Integreat region's content
  wegweiser export hsds <feed.json> -o <folder> Write HSDS 3.0 (JSON and tables)
  wegweiser export jsonld <feed.json> -o <target>  schema.org data for search engines
  wegweiser report <feed.json> [--html file]   Report: freshness, coverage, languages, overlaps

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
  --from JJJJ-MM-TT     Erster Tag der übersetzten Zeiten (Standard: --today)
  --today JJJJ-MM-TT    Stichtag für „veraltet“, „abgelaufen“ und Programm-Status (Standard: heute)
  --now <Zeitpunkt>     Zeitpunkt für generatedAt, z. B. 2026-12-01T08:00:00+01:00
                        (gleiche Quelle + gleiches --now = byte-gleiche Ausgabe)
  --pretty              Eingerückt statt kompakt schreiben
${COMPILE_SAFETY_HELP.de}
  --max-size <MB>       Größere Quellen gar nicht erst lesen (Standard: 100)
  --json                Ergebnis als JSON
  --lang de|en          Sprache der Ausgabe

Ein ganzes Land: wegweiser compile <land.source.json | kreis.source.json …> --shards <ordner>
  --shards <ordner>     Je Kreis ein Feed (Dateiname mit Prüfsumme) plus index.json, mit .br und .gz;
                        ein Kreis mit Fehlern behält seinen bisherigen Stand, die anderen werden erneuert
  --near-km <km>        Angebote eines Nachbarkreises bis zu dieser Entfernung vom Gemeindezentrum
                        kommen als Randauszug dazu (Standard: 10, 0 = keine)

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
  --from YYYY-MM-DD     First day of compiled hours (default: --today)
  --today YYYY-MM-DD    Day to judge "stale", "expired" and programme status against (default: today)
  --now <time>          Time for generatedAt, e.g. 2026-12-01T08:00:00+01:00
                        (same source + same --now = byte-identical output)
  --pretty              Indent instead of compact output
${COMPILE_SAFETY_HELP.en}
  --max-size <MB>       Do not even read bigger sources (default: 100)
  --json                Result as JSON
  --lang de|en          Output language

A whole Land: wegweiser compile <land.source.json | kreis.source.json …> --shards <folder>
  --shards <folder>     One feed per Kreis (content-hashed name) plus index.json, with .br and .gz;
                        a Kreis with errors keeps its previous version, the others are updated
  --near-km <km>        A neighbouring Kreis's offers up to this distance from a Gemeinde's centre
                        come along as a border extract (default: 10, 0 = none)

Window: until the feed's validUntil, else 13 months, at most 18 months.
Exit codes: 0 = written, 1 = errors in the feed (nothing written), 2 = usage, read or write error.`,
};

const TRAVEL = {
  de: `wegweiser travel <gtfs.zip|ordner> --feed <feed.json> -o <ausgabe.json> [Optionen]

Berechnet aus einem GTFS-Fahrplan (regional, oder der bundesweite DELFI-Fahrplan) die
Fahrzeiten mit Bus und Bahn von jeder Gemeinde und jedem Ortsteil zu jedem Ort des Feeds:
übliche Dauer, Spannweite, Fahrten im Zeitfenster, Umstiege, erste Ankunft, letzte
Rückfahrt – je Tagesart (Schultag, Ferientag, Samstag, Sonntag). Der Fahrplan wird
gestreamt (auch 2,6 GB stop_times.txt). Gibt einen Qualitätsbericht aus und
veröffentlicht nicht, wenn gegenüber dem letzten Lauf mehr als die Hälfte der Fahrten,
Verbindungen oder erreichbaren Ziele fehlt (außer mit --force). Gleiche Eingabe =
byte-gleiche Ausgabe. Der --feed sollte mit „wegweiser compile“ erzeugt sein (Ferien).

Optionen:
  -f, --feed <datei>         Der veröffentlichte Feed (Pflicht)
  -o, --output <datei>       Ausgabedatei: der Feed mit Fahrzeiten (Pflicht)
  --window HH:MM-HH:MM       Abfahrtsfenster am Startort (Standard: 07:00-10:00)
  --arrive-by HH:MM          Nur Fahrten, die bis dahin ankommen
  --return-from HH:MM        Rückfahrt frühestens ab (Standard: Beginn des Fensters)
  --schoolday JJJJ-MM-TT     Datum für „Schultag“ (Standard: nächster Schul-Dienstag)
  --holiday JJJJ-MM-TT       Datum für „Ferientag“ (Standard: nächster Ferien-Dienstag)
  --saturday / --sunday JJJJ-MM-TT   Daten für Samstag und Sonntag
  --stops <präfixe>          Nur Haltestellen mit diesen ID-Präfixen, z. B. de:08126,de:08127
  --bbox minLat,minLon,maxLat,maxLon   Nur Haltestellen in diesem Rechteck
  --buffer-km <km>           Standard-Rechteck: Kreis plus so viel Rand (Standard: 10)
  --min-transfer <s>         Umsteigezeit an einer Haltestelle in Sekunden (Standard: 120)
  --walk-radius <m>          Fußweg zur Haltestelle bis so viele Meter Luftlinie (Standard: 1200)
  --name, --attribution      Name und Quellenangabe des Fahrplans (Lizenzpflicht!)
  --licence-name, --licence-url   Lizenz des Fahrplans
  --synthetic                Erfundener Beispiel-Fahrplan (die Anzeige sagt es)
  --force                    Auch bei großem Einbruch veröffentlichen
  --json                     Bericht als JSON
  --lang de|en               Sprache der Ausgabe

Rückgabewerte: 0 = geschrieben, 1 = nicht veröffentlicht (Einbruch, ungültiger Feed), 2 = Aufruf- oder Lesefehler.`,
  en: `wegweiser travel <gtfs.zip|folder> --feed <feed.json> -o <output.json> [options]

Computes bus and train travel times from a GTFS timetable (regional, or the national
DELFI feed) from every Gemeinde and Ortsteil to every place of the feed: typical duration,
spread, departures in the window, transfers, first arrival, last return – per day type
(school day, school holiday, Saturday, Sunday). The timetable is streamed (even a 2.6 GB
stop_times.txt). Prints a data-quality report and does not publish when more than half
of the trips, connections or reachable destinations are missing compared with the last
run (unless --force). Same input = byte-identical output. The --feed should come from
"wegweiser compile" (holidays).

Options:
  -f, --feed <file>          The published feed (required)
  -o, --output <file>        Output file: the feed with travel times (required)
  --window HH:MM-HH:MM       Departure window at the origin (default: 07:00-10:00)
  --arrive-by HH:MM          Only journeys arriving by then
  --return-from HH:MM        Earliest way back (default: start of the window)
  --schoolday YYYY-MM-DD     Date for "school day" (default: next school-day Tuesday)
  --holiday YYYY-MM-DD       Date for "holiday" (default: next school-holiday Tuesday)
  --saturday / --sunday YYYY-MM-DD   Dates for Saturday and Sunday
  --stops <prefixes>         Only stops with these id prefixes, e.g. de:08126,de:08127
  --bbox minLat,minLon,maxLat,maxLon   Only stops inside this box
  --buffer-km <km>           Default box: the Kreis plus this margin (default: 10)
  --min-transfer <s>         Time to change vehicles at one stop, seconds (default: 120)
  --walk-radius <m>          Walk to stops up to this many metres beeline (default: 1200)
  --name, --attribution      Name and attribution of the timetable (licence duty!)
  --licence-name, --licence-url   Licence of the timetable
  --synthetic                Made-up example timetable (the UI says so)
  --force                    Publish even after a big drop
  --json                     Report as JSON
  --lang de|en               Output language

Exit codes: 0 = written, 1 = not published (drop, invalid feed), 2 = usage or read error.`,
};

export function helpText(command: string | undefined, lang: Lang): string {
  if (command === 'validate') return VALIDATE[lang];
  if (command === 'compile') return COMPILE[lang];
  if (command === 'travel') return TRAVEL[lang];
  const admin = command ? adminHelp(command, lang) : undefined;
  if (admin) return admin;
  return MAIN[lang];
}
