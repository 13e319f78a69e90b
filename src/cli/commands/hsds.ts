/**
 * `wegweiser import hsds <dir|json> -o <source.json> --base <source.json>`
 * and `wegweiser export hsds <feed> -o <dir>`: Open Referral HSDS 3.0 in and
 * out, JSON and the tabular data package. What one side cannot say is listed
 * in a loss report (field path and count), never dropped silently.
 * Exit codes: 0 written, 1 invalid input or resulting feed (nothing written),
 * 2 usage, read or write error.
 */
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Feed } from '../../core/schema/index.js';
import { validateFeed } from '../../core/validate.js';
import type { FeedIssue } from '../../core/errors.js';
import { writeFileAtomic } from '../atomic-write.js';
import { loadGemeinden } from '../gemeinden-file.js';
import { count, type Lang } from '../../admin/lang.js';
import { feedToHsds } from '../../admin/hsds/export-map.js';
import { jsonToBundle, mapBundle, mergeIntoBase } from '../../admin/hsds/import-feed.js';
import { LossReport } from '../../admin/hsds/loss.js';
import { COLUMNS, dataPackage, tablesToBundle, toCsv } from '../../admin/hsds/tabular.js';
import { readTabularDir } from '../hsds-files.js';
import type { HsdsBundle } from '../../admin/hsds/import-map.js';

type Print = (text: string) => void;

export interface ImportHsdsOptions { input: string; output: string; base?: string; json: boolean; lang: Lang; out: Print; err: Print }
export interface ExportHsdsOptions { feed: string; outputDir: string; lang: Lang; json: boolean; out: Print; err: Print }

export const IMPORT_HSDS_HELP = {
  de: `wegweiser import hsds <ordner|datei.json> -o <quelle.json> --base <quelle.json> [--json] [--lang de|en]

Übernimmt Daten im Format Open Referral HSDS 3.0 in einen Quell-Feed: eine
JSON-Datei (service_full, organization_full, eine Liste oder eine Seite der
HSDS-API) oder einen Ordner mit CSV-Tabellen und datapackage.json.

  organization → organisations     service → services (Name, Beschreibung,
  E-Mail, Website, Sprachen, Kosten, Zeiten, Dokumente, Alter)
  location → locations (Adresse, Position, Barrierefreiheit, Verkehrsanbindung)
  schedules → Öffnungszeiten im OSM-Format (Wochentage mit Uhrzeiten)
  Taxonomie-Begriffe → topics, wenn Kennung oder Bezeichnung passt; sonst
  das Thema „hsds-unsortiert“ zum Nachsortieren.

HSDS kennt weder Kreisschlüssel (AGS) noch Bundesland oder Datenlizenz:
--base gibt den Quell-Feed an, der publisher, regions und topics liefert;
gleiche Kennungen werden ersetzt. Texte werden als Deutsch übernommen.
Was nicht passt, steht im Verlustbericht (Feldpfad und Anzahl).

  -o, --output <datei>  Ziel (Quell-Feed, JSON); wird atomar ersetzt
  --base <datei>        Quell-Feed mit publisher, regions, topics (nötig)
  --json                Bericht als JSON

Exit-Code: 0 geschrieben, 1 ungültige Eingabe oder ungültiger Feed (nichts
geschrieben), 2 Aufruf-, Lese- oder Schreibfehler.`,
  en: `wegweiser import hsds <folder|file.json> -o <source.json> --base <source.json> [--json] [--lang de|en]

Imports Open Referral HSDS 3.0 data into a source feed: a JSON file
(service_full, organization_full, a list or a page of the HSDS API) or a
folder of CSV tables with datapackage.json.

  organization → organisations     service → services (name, description,
  e-mail, website, languages, cost, hours, documents, ages)
  location → locations (address, position, accessibility, transport)
  schedules → opening hours in OSM syntax (weekdays with times)
  taxonomy terms → topics where id or label match; otherwise the topic
  "hsds-unsortiert" to be sorted by hand.

HSDS has no Kreis key (AGS), Bundesland or data licence: --base names the
source feed that provides publisher, regions and topics; entries with the
same id are replaced. Texts are taken as German. What does not fit is listed
in the loss report (field path and count).

  -o, --output <file>   target (source feed, JSON); replaced atomically
  --base <file>         source feed with publisher, regions, topics (required)
  --json                report as JSON

Exit code: 0 written, 1 invalid input or invalid resulting feed (nothing
written), 2 usage, read or write error.`,
};

export const EXPORT_HSDS_HELP = {
  de: `wegweiser export hsds <feed.json> -o <ordner> [--json] [--lang de|en]

Schreibt den Feed als Open Referral HSDS 3.0 in den Ordner:
  services.json       Liste von service_full (mit organization,
                      service_at_locations, locations, phones, schedules)
  <tabelle>.csv       organizations, services, locations, service_at_location,
                      phones, schedules, addresses, accessibility, languages,
                      cost_options, required_documents, taxonomies,
                      taxonomy_terms, attributes, organization_identifiers
  datapackage.json    Tabular Data Package mit allen Tabellen

HSDS hält eine Sprache: exportiert wird Deutsch; Texte in anderen Sprachen,
Wege (pathways), Zuständigkeiten, Reisezeiten und Programme (Kurse,
Termine) sind nicht darstellbar und stehen mit Anzahl im Verlustbericht.
Kennungen sind stabile UUIDv5 aus den Feed-Kennungen; gleiche Eingabe ergibt
gleiche Dateien. Jede Datei wird atomar ersetzt.

Exit-Code: 0 geschrieben, 1 ungültiger Feed, 2 Aufruf-, Lese- oder Schreibfehler.`,
  en: `wegweiser export hsds <feed.json> -o <folder> [--json] [--lang de|en]

Writes the feed as Open Referral HSDS 3.0 into the folder:
  services.json       list of service_full (with organization,
                      service_at_locations, locations, phones, schedules)
  <table>.csv         organizations, services, locations, service_at_location,
                      phones, schedules, addresses, accessibility, languages,
                      cost_options, required_documents, taxonomies,
                      taxonomy_terms, attributes, organization_identifiers
  datapackage.json    tabular data package listing every table

HSDS holds one language: German is exported; texts in other languages,
pathways, responsibilities, travel data and programmes (courses, events) are
not representable and are listed with counts in the loss report. Ids are
stable UUIDv5 from the feed ids; the same input gives the same files. Each
file is replaced atomically.

Exit code: 0 written, 1 invalid feed, 2 usage, read or write error.`,
};

const t = (lang: Lang, de: string, en: string): string => (lang === 'de' ? de : en);

function issueLines(file: string, issues: FeedIssue[], lang: Lang, limit = 20): string {
  const lines = issues.slice(0, limit).map((i) => `${file}${i.pointer ? `#${i.pointer}` : ''}: ${i.message[lang]}`);
  if (issues.length > limit) lines.push(t(lang, `… und ${issues.length - limit} weitere`, `… and ${issues.length - limit} more`));
  return lines.join('\n');
}

type Read = { ok: true; json: unknown } | { ok: false; code: 1 | 2; message: string };

async function readJson(file: string, lang: Lang): Promise<Read> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, code: 2, message: t(lang, `${file}: kann nicht gelesen werden (${(error as Error).message}).`, `${file}: cannot be read (${(error as Error).message}).`) };
  }
  try {
    return { ok: true, json: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    return { ok: false, code: 1, message: t(lang, `${file}: kein gültiges JSON (${(error as Error).message}).`, `${file}: not valid JSON (${(error as Error).message}).`) };
  }
}

/** A source feed may leave out generatedAt (compile fills it in): validate as if it were there. */
function validateSource(json: unknown): ReturnType<typeof validateFeed> {
  if (typeof json === 'object' && json !== null && !Array.isArray(json) && !('generatedAt' in json)) {
    return validateFeed({ ...json, generatedAt: '2000-01-01T00:00:00+01:00' });
  }
  return validateFeed(json);
}

export async function importHsdsCommand(options: ImportHsdsOptions): Promise<number> {
  const { lang } = options;
  if (!options.base) {
    options.err(t(lang,
      'import hsds braucht --base <quelle.json>: HSDS enthält weder Kreisschlüssel (AGS) noch Bundesland noch Datenlizenz, ohne die kein gültiger Feed entsteht. Geben Sie den Quell-Feed an, der publisher, regions und topics liefert.',
      'import hsds needs --base <source.json>: HSDS carries no Kreis key (AGS), Bundesland or data licence, without which no valid feed can be made. Name the source feed that provides publisher, regions and topics.'));
    return 2;
  }
  const baseRead = await readJson(options.base, lang);
  if (!baseRead.ok) { options.err(baseRead.message); return baseRead.code; }
  const baseCheck = validateSource(baseRead.json);
  if (!baseCheck.ok) {
    options.err(t(lang, `${options.base}: der Basis-Feed ist ungültig:`, `${options.base}: the base feed is invalid:`));
    options.err(issueLines(options.base, baseCheck.issues, lang));
    return 1;
  }
  const base = baseRead.json as Feed;

  const loss = new LossReport();
  const warnings: string[] = [];
  let bundle: HsdsBundle;
  try {
    const info = await stat(options.input);
    if (info.isDirectory()) {
      const read = await readTabularDir(options.input);
      warnings.push(...read.warnings);
      bundle = tablesToBundle(read.tables, loss);
    } else {
      const read = await readJson(options.input, lang);
      if (!read.ok) { options.err(read.message); return read.code; }
      bundle = jsonToBundle(read.json, loss);
    }
  } catch (error) {
    options.err(t(lang, `${options.input}: kann nicht gelesen werden (${(error as Error).message}).`, `${options.input}: cannot be read (${(error as Error).message}).`));
    return 2;
  }
  if (!bundle.services.length && !bundle.organizations.length && !bundle.locations.length) {
    options.err(t(lang, `${options.input}: keine HSDS-Angebote, -Träger oder -Orte gefunden (erwartet: service, organization, location oder CSV-Tabellen).`,
      `${options.input}: no HSDS services, organizations or locations found (expected service, organization, location records or CSV tables).`));
    return 1;
  }

  const gemeinden = loadGemeinden();
  const ctx = {
    topics: base.topics,
    gemeinden: base.regions.gemeinden.map((g) => ({ ags: g.ags, name: g.name ?? gemeinden.get(g.ags)?.name })),
  };
  const imported = mapBundle(bundle, ctx, loss);
  const { feed, replaced } = mergeIntoBase(base, imported);
  const result = validateSource(feed);
  if (!result.ok) {
    options.err(t(lang, `Aus ${options.input} entsteht kein gültiger Feed; nichts geschrieben:`, `${options.input} does not give a valid feed; nothing written:`));
    options.err(issueLines(options.output, result.issues, lang));
    return 1;
  }
  try {
    await writeFileAtomic(options.output, `${JSON.stringify(feed, null, 2)}\n`, { check: (written) => { JSON.parse(written.toString('utf8')); } });
  } catch (error) {
    options.err(t(lang, `${options.output} konnte nicht geschrieben werden (${(error as Error).message}).`, `${options.output} could not be written (${(error as Error).message}).`));
    return 2;
  }
  const stats = {
    input: options.input, output: options.output, base: options.base,
    organisations: imported.organisations.length, locations: imported.locations.length, services: imported.services.length,
    replaced, unsortedServices: imported.unsorted,
  };
  if (options.json) {
    options.out(JSON.stringify({ ok: true, ...stats, warnings, lost: loss.list() }, null, 2));
    return 0;
  }
  for (const w of warnings) options.err(t(lang, `Warnung: ${w}`, `Warning: ${w}`));
  options.out(t(lang,
    `${options.output} geschrieben: ${count(stats.organisations, lang)} Träger, ${count(stats.locations, lang)} Orte, ${count(stats.services, lang)} Angebote aus ${options.input}${replaced ? ` (${count(replaced, lang)} Einträge der Basis ersetzt)` : ''}. Texte wurden als Deutsch übernommen.`,
    `Wrote ${options.output}: ${count(stats.organisations, lang)} organisations, ${count(stats.locations, lang)} locations, ${count(stats.services, lang)} services from ${options.input}${replaced ? ` (${count(replaced, lang)} base entries replaced)` : ''}. Texts were taken as German.`));
  if (imported.unsorted) {
    options.out(t(lang, `${count(imported.unsorted, lang)} Angebote ohne passendes Thema stehen unter „hsds-unsortiert“ – bitte zuordnen.`,
      `${count(imported.unsorted, lang)} services without a matching topic are under "hsds-unsortiert" – please assign topics.`));
  }
  options.out(loss.format(lang, t(lang, 'Nicht übernommen (Feldpfad, Anzahl)', 'Not imported (field path, count)')));
  return 0;
}

export async function exportHsdsCommand(options: ExportHsdsOptions): Promise<number> {
  const { lang } = options;
  const read = await readJson(options.feed, lang);
  if (!read.ok) { options.err(read.message); return read.code; }
  const checked = validateSource(read.json);
  if (!checked.ok) {
    options.err(t(lang, `${options.feed}: der Feed ist ungültig; nichts geschrieben:`, `${options.feed}: the feed is invalid; nothing written:`));
    options.err(issueLines(options.feed, checked.issues, lang));
    return 1;
  }
  const loss = new LossReport();
  const hsds = feedToHsds(read.json as Feed, loss);
  const files: Array<[string, string, number]> = [['services.json', `${JSON.stringify(hsds.services, null, 2)}\n`, hsds.services.length]];
  const tables = Object.keys(COLUMNS);
  for (const table of tables) files.push([`${table}.csv`, toCsv(table, hsds.tables[table] ?? []), hsds.tables[table]?.length ?? 0]);
  files.push(['datapackage.json', dataPackage(tables), tables.length]);
  try {
    await mkdir(options.outputDir, { recursive: true });
    for (const [name, text] of files) await writeFileAtomic(join(options.outputDir, name), text);
  } catch (error) {
    options.err(t(lang, `${options.outputDir}: konnte nicht geschrieben werden (${(error as Error).message}).`, `${options.outputDir}: could not be written (${(error as Error).message}).`));
    return 2;
  }
  if (options.json) {
    options.out(JSON.stringify({ ok: true, feed: options.feed, outputDir: options.outputDir, files: Object.fromEntries(files.map(([n, , rows]) => [n, rows])), lost: loss.list() }, null, 2));
    return 0;
  }
  options.out(t(lang,
    `HSDS 3.0 nach ${options.outputDir} geschrieben: services.json (${count(hsds.services.length, lang)} Angebote), ${tables.length} CSV-Tabellen und datapackage.json. Exportiert wurde der deutsche Text.`,
    `Wrote HSDS 3.0 to ${options.outputDir}: services.json (${count(hsds.services.length, lang)} services), ${tables.length} CSV tables and datapackage.json. German text was exported.`));
  options.out(loss.format(lang, t(lang, 'In HSDS nicht darstellbar (Feldpfad, Anzahl)', 'Not representable in HSDS (field path, count)')));
  return 0;
}
