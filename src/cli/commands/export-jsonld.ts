/**
 * `wegweiser export jsonld <feed> -o <file.json|folder>`: schema.org JSON-LD
 * (GovernmentService / Service with offices, addresses and opening hours)
 * of every current service, for static pages and search engines. One file
 * with an `@graph`, or a folder with one `<service-id>.jsonld` per service
 * to paste into the page of that service. Every file is written atomically.
 */
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { validateFeed } from '../../core/validate.js';
import { createIndex } from '../../core/feed-index.js';
import { berlinDate } from '../../core/dates.js';
import { feedJsonLd, jsonLdGraph } from '../../core/jsonld.js';
import { addPositions, DEFAULT_CLI_MAX_MB } from '../../admin/inspect.js';
import { loadJson } from '../read-input.js';
import { InputError } from '../read-input.js';
import { writeFileAtomic } from '../atomic-write.js';
import { formatProblems, jsonReport, summaryLine, type Problem } from '../../admin/problem-list.js';
import { count, type Lang } from '../../admin/lang.js';

export interface ExportJsonLdOptions {
  feed: string;
  /** A `.json`/`.jsonld` file (one document with `@graph`), or a folder (one file per service). */
  output: string;
  lang: Lang;
  json: boolean;
  /** Language of the exported texts (default `de`; German where a translation is missing). */
  textLang?: string;
  /** Page of the services: `https://…/angebote/{id}` per service, or one page for all (`#<id>` is added). */
  url?: string;
  /** Day that decides which entries are current; default today in Berlin. */
  today?: string;
  maxBytes?: number;
  out: (text: string) => void;
  err: (text: string) => void;
}

export const EXPORT_JSONLD_HELP = {
  de: `wegweiser export jsonld <feed.json|URL> -o <datei.json|ordner> [Optionen]

Schreibt die aktuellen Angebote des Feeds als schema.org-JSON-LD, damit Suchmaschinen
sie lesen können: GovernmentService (bei Behörden, sonst Service) mit Anbieter,
Gemeinden, Sprachen, Themen, Kosten, Telefon, Web, Orten mit Adresse, Position und
Öffnungszeiten (OpeningHoursSpecification). Geschützte Orte ohne Adresse und Position.
Endet -o auf .json oder .jsonld, entsteht eine Datei mit allen Angeboten („@graph“);
sonst ein Ordner mit <angebots-id>.jsonld je Angebot – zum Einfügen in die Seite als
<script type="application/ld+json">…</script>. Geschrieben wird atomar.

Optionen:
  -o, --output <datei|ordner>  Ziel (Pflicht)
  --url <adresse>       Seite der Angebote, z. B. https://kreis.example/angebote/{id}
  --text-lang <sprache> Sprache der Texte (Standard: de; fehlt eine Übersetzung: Deutsch)
  --today JJJJ-MM-TT    Stichtag für „aktuell“ (Standard: heute)
  --json                Ergebnis als JSON
  --lang de|en          Sprache der Ausgabe

Rückgabewerte: 0 = geschrieben, 1 = der Feed ist ungültig, 2 = Aufruf-, Lese- oder Schreibfehler.`,
  en: `wegweiser export jsonld <feed.json|URL> -o <file.json|folder> [options]

Writes the feed's current services as schema.org JSON-LD so search engines can read
them: GovernmentService (for authorities, else Service) with provider, Gemeinden,
languages, topics, cost, phone, web, places with address, position and opening hours
(OpeningHoursSpecification). Protected places without address and position.
If -o ends in .json or .jsonld, one file with all services ("@graph") is written;
otherwise a folder with <service-id>.jsonld per service, to paste into that page as
<script type="application/ld+json">…</script>. Writes are atomic.

Options:
  -o, --output <file|folder>   Target (required)
  --url <address>       Page of the services, e.g. https://kreis.example/offers/{id}
  --text-lang <lang>    Language of the texts (default: de; German where a translation is missing)
  --today YYYY-MM-DD    Day that decides what is current (default: today)
  --json                Result as JSON
  --lang de|en          Output language

Exit codes: 0 = written, 1 = the feed is invalid, 2 = usage, read or write error.`,
};

/** File name of a service's JSON-LD: its id, with `:` (not allowed on Windows) encoded. */
export const jsonLdFileName = (id: string): string => `${encodeURIComponent(id)}.jsonld`;

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isDirectory(), () => false);
}

export async function exportJsonLdCommand(options: ExportJsonLdOptions): Promise<number> {
  const { lang } = options;
  let loaded: Awaited<ReturnType<typeof loadJson>>;
  try {
    loaded = await loadJson(options.feed, options.maxBytes ?? DEFAULT_CLI_MAX_MB * 1048576);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    options.err(error.sentence[lang]);
    return 2;
  }
  const name = loaded.input.name;
  const problems: Problem[] = [...loaded.problems];
  const result = loaded.ok ? validateFeed(loaded.json) : undefined;
  if (!result?.ok) {
    problems.push(...(result?.issues ?? []));
    addPositions(loaded.input.text, problems);
    const notListed = result && !result.ok ? result.truncated : 0;
    if (options.json) options.out(jsonReport(name, problems, {}, notListed));
    else {
      const text = formatProblems(name, problems, { lang, color: false, limit: 200, notListed });
      if (text) options.out(text);
      options.out(summaryLine(name, problems, lang, notListed));
      options.out(lang === 'de' ? 'Der Feed ist ungültig; nichts exportiert. Prüfen Sie ihn mit „wegweiser validate“.' : 'The feed is invalid; nothing exported. Check it with "wegweiser validate".');
    }
    return 1;
  }

  const index = createIndex(result.feed);
  const textLang = options.textLang ?? 'de';
  const today = options.today ?? berlinDate();
  const template = options.url;
  const urlOf = template ? (id: string) => (template.includes('{id}') ? template.replaceAll('{id}', encodeURIComponent(id)) : template) : undefined;
  const nodes = feedJsonLd(index, { lang: textLang, today, ...(urlOf ? { url: (s) => urlOf(s.id) } : {}) });
  const single = /\.(json|jsonld)$/i.test(options.output) && !(await isDirectory(options.output));
  const files: string[] = [];
  try {
    if (single) {
      await writeFileAtomic(options.output, `${JSON.stringify(jsonLdGraph(nodes), null, 2)}\n`, { check: (b) => void JSON.parse(b.toString('utf8')) });
      files.push(options.output);
    } else {
      await mkdir(options.output, { recursive: true });
      // Each node carries its own @context: a complete document for one page.
      for (const node of nodes) {
        const path = join(options.output, jsonLdFileName(String(node.identifier)));
        await writeFileAtomic(path, `${JSON.stringify(node, null, 2)}\n`);
        files.push(path);
      }
    }
  } catch (error) {
    options.err(lang === 'de'
      ? `${options.output} konnte nicht geschrieben werden (${String((error as Error).message)}). Bereits vorhandene Dateien bleiben unverändert.`
      : `${options.output} could not be written (${String((error as Error).message)}). Existing files are unchanged.`);
    return 2;
  }
  const skipped = index.services.size - nodes.length;
  if (options.json) {
    options.out(JSON.stringify({ feed: name, output: options.output, services: nodes.length, notCurrent: skipped, files }, null, 2));
  } else {
    const where = single ? options.output : `${options.output} (${count(files.length, lang)} ${lang === 'de' ? 'Dateien' : 'files'})`;
    options.out(lang === 'de'
      ? `${count(nodes.length, lang)} Angebote als JSON-LD geschrieben: ${where}.${skipped ? ` ${count(skipped, lang)} nicht (mehr) aktuelle ausgelassen.` : ''}`
      : `Wrote ${count(nodes.length, lang)} services as JSON-LD: ${where}.${skipped ? ` Left out ${count(skipped, lang)} not (or no longer) current.` : ''}`);
  }
  return 0;
}
