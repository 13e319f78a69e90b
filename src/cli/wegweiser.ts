/**
 * `wegweiser`: the CLI for Kreis admins. Parses arguments, picks the
 * language, runs a command and turns the outcome into the exit codes of
 * the public contract: 0 = ok, 1 = the input is invalid, 2 = usage or I/O.
 */
// First: sets TZ=Europe/Berlin before anything date-related is loaded.
import './berlin-time.js';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { readFileSync } from 'node:fs';
import type { Lang } from '../admin/lang.js';
import { detectLang, useColor } from './terminal.js';
import { helpText } from './help.js';
import { InputError } from './read-input.js';
import { validateCommand } from './commands/validate.js';
import { compileCommand, sameFile } from './commands/compile.js';
import { compileShardsCommand } from './commands/compile-shards.js';
import { travelCommand } from './commands/travel.js';
import { GtfsError } from './travel/gtfs/read.js';
import { DEFAULT_ENGINE_PARAMS } from './travel/engine/matrix.js';
import { ADMIN_COMMANDS, AdminUsageError, runAdmin } from './admin-commands.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const COMMANDS = ['validate', 'compile', 'travel'] as const;
type Command = (typeof COMMANDS)[number];

const COMMON = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
  'max-size': { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

const OPTIONS = {
  validate: { ...COMMON, strict: { type: 'boolean' }, today: { type: 'string' }, all: { type: 'boolean' } },
  compile: {
    ...COMMON, output: { type: 'string', short: 'o' }, from: { type: 'string' }, today: { type: 'string' }, now: { type: 'string' }, pretty: { type: 'boolean' },
    force: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, 'drop-threshold': { type: 'string' },
    shards: { type: 'string' }, 'near-km': { type: 'string' },
  },
  travel: {
    ...COMMON,
    feed: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    schoolday: { type: 'string' },
    holiday: { type: 'string' },
    saturday: { type: 'string' },
    sunday: { type: 'string' },
    window: { type: 'string' },
    'arrive-by': { type: 'string' },
    'return-from': { type: 'string' },
    stops: { type: 'string' },
    bbox: { type: 'string' },
    'buffer-km': { type: 'string' },
    'min-transfer': { type: 'string' },
    'walk-radius': { type: 'string' },
    name: { type: 'string' },
    attribution: { type: 'string' },
    'licence-name': { type: 'string' },
    'licence-url': { type: 'string' },
    synthetic: { type: 'boolean' },
    force: { type: 'boolean' },
    now: { type: 'string' },
  },
} as const satisfies Record<Command, ParseArgsConfig['options']>;

/** A mistake in how the CLI was called: exit 2 with a hint. */
class UsageError extends Error {
  constructor(readonly de: string, readonly en: string) {
    super(en);
  }
}

const out = (text: string) => process.stdout.write(`${text}\n`);
const err = (text: string) => process.stderr.write(`${text}\n`);

/** `--lang` is needed before the arguments are parsed (to word parse errors). */
function langFromArgv(argv: string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return undefined;
  return argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
}

function version(): string {
  try {
    // src/cli/ and dist/cli/ both sit two levels below package.json.
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function isRealDate(value: string): boolean {
  return DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

function dateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isRealDate(value)) throw new UsageError(`--${name} braucht ein Datum JJJJ-MM-TT, z. B. 2026-12-01 (nicht „${value}“).`, `--${name} needs a date YYYY-MM-DD, e.g. 2026-12-01 (not "${value}").`);
  return value;
}

function maxBytes(value: string | undefined): number {
  if (value === undefined) return 100 * 1048576;
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) throw new UsageError(`--max-size braucht eine Zahl in MB, z. B. 200 (nicht „${value}“).`, `--max-size needs a number of MB, e.g. 200 (not "${value}").`);
  return Math.round(mb * 1048576);
}

function parse(command: Command, args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS[command], allowPositionals: true, strict: true });
  } catch (error) {
    const option = /'(-[^']*)'/.exec(String((error as Error).message))?.[1] ?? '';
    const code = (error as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageError(`Die Option ${option} braucht einen Wert.`, `Option ${option} needs a value.`);
    }
    throw new UsageError(`Unbekannte Option ${option || String((error as Error).message)} für „wegweiser ${command}“.`, `Unknown option ${option || String((error as Error).message)} for "wegweiser ${command}".`);
  }
}

async function run(argv: string[], lang: Lang): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    out(helpText(first === 'help' ? rest.slice(0, rest[0] === 'import' || rest[0] === 'export' ? 2 : 1).join(' ') || undefined : undefined, lang));
    return first === undefined ? 2 : 0;
  }
  if (first === '--version' || first === '-V') {
    out(version());
    return 0;
  }
  if ((ADMIN_COMMANDS as readonly string[]).includes(first)) return runAdmin(first, rest, { lang, out, err });
  if (!(COMMANDS as readonly string[]).includes(first)) {
    const all = [...COMMANDS, ...ADMIN_COMMANDS].join(', ');
    throw new UsageError(`Unbekannter Befehl „${first}“. Befehle: ${all}. Hilfe: wegweiser --help`, `Unknown command "${first}". Commands: ${all}. Help: wegweiser --help`);
  }
  const command = first as Command;
  const { values, positionals } = parse(command, rest);
  if (values.help) {
    out(helpText(command, lang));
    return 0;
  }
  const common = { lang, json: values.json === true, maxBytes: maxBytes(values['max-size']), color: !values.json && useColor(process.stdout), out };
  // A whole Land: several sources (or one Land source) → one shard per Kreis plus an index (compile-shards.ts).
  if (command === 'compile' && typeof (values as { shards?: unknown }).shards === 'string') return runShards(positionals, values as unknown as ShardValues, common);
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length ? `Bitte genau eine Datei angeben (gefunden: ${positionals.join(' ')}).` : `Welche Datei? Aufruf: wegweiser ${command} <datei>${command === 'compile' ? ' -o <feed.json>' : ''}`,
      positionals.length ? `Please give exactly one file (found: ${positionals.join(' ')}).` : `Which file? Usage: wegweiser ${command} <file>${command === 'compile' ? ' -o <feed.json>' : ''}`,
    );
  }
  const source = positionals[0]!;
  if (command === 'validate') {
    const v = values as { strict?: boolean; today?: string; all?: boolean };
    const today = dateOption('today', v.today);
    return validateCommand({ ...common, source, strict: v.strict === true, ...(today ? { today } : {}), limit: v.all ? Number.POSITIVE_INFINITY : 200, hoursBudgetMs: 30_000 });
  }
  if (command === 'travel') return runTravel(source, values as TravelValues, common);
  const c = values as { output?: string; from?: string; today?: string; now?: string; pretty?: boolean; force?: boolean; 'dry-run'?: boolean; 'drop-threshold'?: string };
  const threshold = c['drop-threshold'] === undefined ? undefined : Number(c['drop-threshold']);
  if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) {
    throw new UsageError(`--drop-threshold braucht einen Anteil zwischen 0 und 1, z. B. 0.3 (nicht „${c['drop-threshold']}“).`, `--drop-threshold needs a share between 0 and 1, e.g. 0.3 (not "${c['drop-threshold']}").`);
  }
  if (!c.output) throw new UsageError('Wohin? Die Ausgabedatei fehlt: wegweiser compile <quelle> -o <feed.json>', 'Where to? The output file is missing: wegweiser compile <source> -o <feed.json>');
  if (sameFile(source, c.output)) throw new UsageError('Quelle und Ausgabe sind dieselbe Datei; die Quelle würde überschrieben. Wählen Sie eine andere Ausgabedatei.', 'Source and output are the same file; the source would be overwritten. Choose another output file.');
  const now = c.now === undefined ? new Date() : new Date(c.now);
  if (Number.isNaN(now.getTime())) throw new UsageError(`--now braucht einen Zeitpunkt wie 2026-12-01T08:00:00+01:00 (nicht „${c.now}“).`, `--now needs a time like 2026-12-01T08:00:00+01:00 (not "${c.now}").`);
  const from = dateOption('from', c.from);
  const today = dateOption('today', c.today);
  return compileCommand({
    ...common, source, output: c.output, now, ...(from ? { from } : {}), ...(today ? { today } : {}), pretty: c.pretty === true, limit: 200, err,
    force: c.force === true, dryRun: c['dry-run'] === true, ...(threshold !== undefined ? { dropThreshold: threshold } : {}),
  });
}

type ShardValues = { shards: string; 'near-km'?: string; output?: string; from?: string; today?: string; now?: string; pretty?: boolean; force?: boolean; 'dry-run'?: boolean; 'drop-threshold'?: string };

function runShards(sources: string[], c: ShardValues, common: { lang: Lang; json: boolean; maxBytes: number; color: boolean; out: (text: string) => void }): Promise<number> {
  if (!sources.length) throw new UsageError('Welche Quelle? Aufruf: wegweiser compile <land.source.json | kreis.source.json …> --shards <ordner>', 'Which source? Usage: wegweiser compile <land.source.json | kreis.source.json …> --shards <folder>');
  if (c.output) throw new UsageError('-o und --shards schließen sich aus: --shards schreibt einen Ordner mit index.json.', '-o and --shards exclude each other: --shards writes a folder with index.json.');
  const nearKm = c['near-km'] === undefined ? undefined : Number(c['near-km']);
  if (nearKm !== undefined && !(nearKm >= 0 && nearKm <= 50)) throw new UsageError(`--near-km braucht eine Zahl zwischen 0 und 50 (nicht „${c['near-km']}“).`, `--near-km needs a number from 0 to 50 (not "${c['near-km']}").`);
  const threshold = c['drop-threshold'] === undefined ? undefined : Number(c['drop-threshold']);
  if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) throw new UsageError(`--drop-threshold braucht einen Anteil zwischen 0 und 1, z. B. 0.3 (nicht „${c['drop-threshold']}“).`, `--drop-threshold needs a share between 0 and 1, e.g. 0.3 (not "${c['drop-threshold']}").`);
  const now = c.now === undefined ? new Date() : new Date(c.now);
  if (Number.isNaN(now.getTime())) throw new UsageError(`--now braucht einen Zeitpunkt wie 2026-12-01T08:00:00+01:00 (nicht „${c.now}“).`, `--now needs a time like 2026-12-01T08:00:00+01:00 (not "${c.now}").`);
  const from = dateOption('from', c.from);
  const today = dateOption('today', c.today);
  return compileShardsCommand({
    ...common, sources, dir: c.shards, now, ...(from ? { from } : {}), ...(today ? { today } : {}), pretty: c.pretty === true, limit: 200, err,
    force: c.force === true, dryRun: c['dry-run'] === true, ...(threshold !== undefined ? { dropThreshold: threshold } : {}), ...(nearKm !== undefined ? { nearKm } : {}),
  });
}

type TravelValues = Partial<Record<'feed' | 'output' | 'schoolday' | 'holiday' | 'saturday' | 'sunday' | 'window' | 'arrive-by' | 'return-from' | 'stops' | 'bbox' | 'buffer-km' | 'min-transfer' | 'walk-radius' | 'name' | 'attribution' | 'licence-name' | 'licence-url' | 'now', string>> & { synthetic?: boolean; force?: boolean };

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

function clockOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!CLOCK.test(value)) throw new UsageError(`--${name} braucht eine Uhrzeit HH:MM, z. B. 09:00 (nicht „${value}“).`, `--${name} needs a time HH:MM, e.g. 09:00 (not "${value}").`);
  return value;
}

function wholeOption(name: string, value: string | undefined, fallback: number, min: number, max: number, what: [de: string, en: string]): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`--${name} braucht ${what[0]} von ${min} bis ${max}, z. B. ${fallback} (nicht „${value}“).`, `--${name} needs ${what[1]} from ${min} to ${max}, e.g. ${fallback} (not "${value}").`);
  }
  return n;
}

async function runTravel(source: string, t: TravelValues, common: { lang: Lang; json: boolean; out: (text: string) => void }): Promise<number> {
  if (!t.feed) throw new UsageError('Welcher Feed? Aufruf: wegweiser travel <gtfs.zip|ordner> --feed <feed.json> -o <ausgabe.json>', 'Which feed? Usage: wegweiser travel <gtfs.zip|folder> --feed <feed.json> -o <output.json>');
  if (!t.output) throw new UsageError('Wohin? Die Ausgabedatei fehlt: -o <ausgabe.json>', 'Where to? The output file is missing: -o <output.json>');
  const [from, to] = (t.window ?? '07:00-10:00').split('-');
  if (!from || !to || !CLOCK.test(from) || !CLOCK.test(to) || from >= to) {
    throw new UsageError(`--window braucht ein Zeitfenster HH:MM-HH:MM, z. B. 07:00-10:00 (nicht „${t.window}“).`, `--window needs a time window HH:MM-HH:MM, e.g. 07:00-10:00 (not "${t.window}").`);
  }
  let bbox: [number, number, number, number] | undefined;
  if (t.bbox !== undefined) {
    const parts = t.bbox.split(',').map(Number);
    if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) throw new UsageError('--bbox braucht vier Zahlen: minLat,minLon,maxLat,maxLon', '--bbox needs four numbers: minLat,minLon,maxLat,maxLon');
    bbox = parts as [number, number, number, number];
  }
  const bufferKm = t['buffer-km'] === undefined ? 10 : Number(t['buffer-km']);
  if (!Number.isFinite(bufferKm) || bufferKm < 0) throw new UsageError('--buffer-km braucht eine Zahl (km).', '--buffer-km needs a number (km).');
  // Whole numbers in a sensible range: a typo like "12000" (m) or "2" (minutes meant) is caught here.
  const minTransfer = wholeOption('min-transfer', t['min-transfer'], DEFAULT_ENGINE_PARAMS.minTransferSeconds, 0, 1800, ['eine Umsteigezeit in Sekunden', 'a change time in seconds']);
  const walkRadius = wholeOption('walk-radius', t['walk-radius'], DEFAULT_ENGINE_PARAMS.maxAccessWalkM, 100, 5000, ['einen Fußweg-Radius in Metern', 'a walking radius in metres']);
  const now = t.now === undefined ? new Date() : new Date(t.now);
  if (Number.isNaN(now.getTime())) throw new UsageError(`--now braucht einen Zeitpunkt wie 2026-12-01T08:00:00+01:00 (nicht „${t.now}“).`, `--now needs a time like 2026-12-01T08:00:00+01:00 (not "${t.now}").`);
  const days: Partial<Record<'schoolday' | 'holiday' | 'saturday' | 'sunday', string>> = {};
  for (const day of ['schoolday', 'holiday', 'saturday', 'sunday'] as const) {
    const date = dateOption(day, t[day]);
    if (date) days[day] = date;
  }
  const arriveBy = clockOption('arrive-by', t['arrive-by']);
  const returnFrom = clockOption('return-from', t['return-from']);
  return travelCommand({
    ...common,
    gtfs: source,
    feed: t.feed,
    output: t.output,
    days,
    window: { from, to },
    ...(arriveBy ? { arriveBy } : {}),
    ...(returnFrom ? { returnFrom } : {}),
    ...(t.stops ? { stopPrefixes: t.stops.split(',').map((p) => p.trim()).filter(Boolean) } : {}),
    ...(bbox ? { bbox } : {}),
    bufferKm,
    minTransferSeconds: minTransfer,
    walkRadiusM: walkRadius,
    ...(t.name ? { name: t.name } : {}),
    ...(t.attribution ? { attribution: t.attribution } : {}),
    ...(t['licence-name'] ? { licence: { name: t['licence-name'], ...(t['licence-url'] ? { url: t['licence-url'] } : {}) } } : {}),
    synthetic: t.synthetic === true,
    force: t.force === true,
    now,
    progress: !common.json,
    err,
  });
}

async function main(): Promise<void> {
  // `wegweiser validate feed.json | head`: a closed pipe is not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  const argv = process.argv.slice(2);
  const lang = detectLang(langFromArgv(argv));
  try {
    process.exitCode = await run(argv, lang);
  } catch (error) {
    if (error instanceof UsageError || error instanceof AdminUsageError) {
      err(lang === 'de' ? `${error.de}\nHilfe: wegweiser --help` : `${error.en}\nHelp: wegweiser --help`);
    } else if (error instanceof InputError) {
      err(error.sentence[lang]);
    } else if (error instanceof GtfsError) {
      err(lang === 'de' ? `Der GTFS-Fahrplan kann nicht gelesen werden: ${error.message}` : `The GTFS timetable cannot be read: ${error.message}`);
    } else {
      // A bug, not the admin's fault: say so, and show details for the report.
      err(lang === 'de' ? 'Interner Fehler in wegweiser – bitte mit dieser Ausgabe melden:' : 'Internal error in wegweiser – please report it with this output:');
      err(String((error as Error)?.stack ?? error));
    }
    process.exitCode = 2;
  }
}

await main();
