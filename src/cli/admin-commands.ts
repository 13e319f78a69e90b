/**
 * The Kreis admin's commands besides validate/compile/travel: `import sheets`,
 * `import hsds`, `import integreat`, `export hsds`, `export jsonld`, `report` and `template`.
 * Parses their arguments and hands over to the command modules.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang } from '../admin/lang.js';
import { berlinDate } from '../core/dates.js';
import { importSheetsCommand, IMPORT_SHEETS_HELP } from './commands/import-sheets.js';
import { templateCommand, TEMPLATE_HELP } from './commands/template.js';
import { reportCommand, REPORT_HELP } from './commands/report.js';
import { exportHsdsCommand, importHsdsCommand, EXPORT_HSDS_HELP, IMPORT_HSDS_HELP } from './commands/hsds.js';
import { exportJsonLdCommand, EXPORT_JSONLD_HELP } from './commands/export-jsonld.js';
import { importIntegreatCommand, IMPORT_INTEGREAT_HELP } from './commands/import-integreat.js';

export const ADMIN_COMMANDS = ['import', 'export', 'report', 'template'] as const;

/** A mistake in how a command was called (exit 2), in both languages. */
export class AdminUsageError extends Error {
  constructor(readonly de: string, readonly en: string) {
    super(en);
  }
}

interface Io {
  lang: Lang;
  out: (text: string) => void;
  err: (text: string) => void;
}

const COMMON = { help: { type: 'boolean', short: 'h' }, lang: { type: 'string' }, json: { type: 'boolean' } } as const satisfies ParseArgsConfig['options'];

const OPTIONS = {
  'import sheets': {
    ...COMMON, output: { type: 'string', short: 'o' }, base: { type: 'string' }, force: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, today: { type: 'string' },
    now: { type: 'string' }, 'allow-unknown': { type: 'boolean' },
  },
  'import hsds': { ...COMMON, output: { type: 'string', short: 'o' }, base: { type: 'string' } },
  'import integreat': {
    ...COMMON, output: { type: 'string', short: 'o' }, base: { type: 'string' }, url: { type: 'string' }, region: { type: 'string' }, kreis: { type: 'string' },
    save: { type: 'string' }, 'pages-as-pathways': { type: 'boolean' }, force: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, today: { type: 'string' }, now: { type: 'string' },
    timeout: { type: 'string' },
  },
  'export hsds': { ...COMMON, output: { type: 'string', short: 'o' } },
  'export jsonld': { ...COMMON, output: { type: 'string', short: 'o' }, 'text-lang': { type: 'string' }, url: { type: 'string' }, today: { type: 'string' } },
  report: { ...COMMON, html: { type: 'string' }, today: { type: 'string' } },
  template: { ...COMMON, force: { type: 'boolean' } },
} as const satisfies Record<string, ParseArgsConfig['options']>;
type AdminCommand = keyof typeof OPTIONS;

const HELP: Record<AdminCommand, { de: string; en: string }> = {
  'import sheets': IMPORT_SHEETS_HELP,
  'import hsds': IMPORT_HSDS_HELP,
  'import integreat': IMPORT_INTEGREAT_HELP,
  'export hsds': EXPORT_HSDS_HELP,
  'export jsonld': EXPORT_JSONLD_HELP,
  report: REPORT_HELP,
  template: TEMPLATE_HELP,
};

/** Help text of an admin command (`import sheets`, `report` …), or undefined. */
export function adminHelp(name: string, lang: Lang): string | undefined {
  return (HELP as Record<string, { de: string; en: string }>)[name]?.[lang];
}

function commandOf(first: string, rest: string[]): { command: AdminCommand; args: string[] } {
  if (first === 'import' || first === 'export') {
    const kind = rest[0];
    const choices = first === 'import' ? ['sheets', 'hsds', 'integreat'] : ['hsds', 'jsonld'];
    if (!kind || !choices.includes(kind)) {
      throw new AdminUsageError(
        `Was soll ${first === 'import' ? 'eingelesen' : 'ausgegeben'} werden? wegweiser ${first} ${choices.join('|')} …`,
        `What should be ${first === 'import' ? 'imported' : 'exported'}? wegweiser ${first} ${choices.join('|')} …`,
      );
    }
    return { command: `${first} ${kind}` as AdminCommand, args: rest.slice(1) };
  }
  return { command: first as AdminCommand, args: rest };
}

function requireOutput(command: string, output: string | undefined): string {
  if (!output) throw new AdminUsageError(`Wohin? Die Ausgabe fehlt: wegweiser ${command} … -o <ziel>`, `Where to? The output is missing: wegweiser ${command} … -o <target>`);
  return output;
}

function oneFile(command: string, positionals: string[]): string {
  if (positionals.length !== 1) {
    throw new AdminUsageError(`Bitte genau eine Datei angeben: wegweiser ${command} <datei>`, `Please give exactly one file: wegweiser ${command} <file>`);
  }
  return positionals[0]!;
}

function timeOf(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const at = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(at.getTime())) {
    throw new AdminUsageError(`--now braucht einen Zeitpunkt wie 2026-12-01T08:00:00+01:00 (nicht „${value}“).`, `--now needs a time like 2026-12-01T08:00:00+01:00 (not "${value}").`);
  }
  return at;
}

function dateOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new AdminUsageError(`--today braucht ein Datum JJJJ-MM-TT (nicht „${value}“).`, `--today needs a date YYYY-MM-DD (not "${value}").`);
  return value;
}

/** Runs `wegweiser import|export|report|template …`; returns the exit code. */
export async function runAdmin(first: string, rest: string[], io: Io): Promise<number> {
  const { command, args } = commandOf(first, rest);
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args, options: OPTIONS[command], allowPositionals: true, strict: true }) as typeof parsed;
  } catch (error) {
    const option = /'(-[^']*)'/.exec(String((error as Error).message))?.[1] ?? String((error as Error).message);
    throw new AdminUsageError(`Unbekannte oder unvollständige Option ${option} für „wegweiser ${command}“.`, `Unknown or incomplete option ${option} for "wegweiser ${command}".`);
  }
  const { values: v, positionals } = parsed;
  if (v.help) {
    io.out(HELP[command][io.lang]);
    return 0;
  }
  const json = v.json === true;
  const str = (key: string) => (typeof v[key] === 'string' ? (v[key] as string) : undefined);
  switch (command) {
    case 'import sheets': {
      if (!positionals.length) throw new AdminUsageError('Welche Tabellen? wegweiser import sheets <xlsx|csv-ordner> … -o <quelle.json>', 'Which sheets? wegweiser import sheets <xlsx|csv-folder> … -o <source.json>');
      const today = dateOf(str('today'));
      const now = timeOf(str('now'));
      return importSheetsCommand({
        ...io, inputs: positionals, output: requireOutput(command, str('output')), json,
        ...(str('base') ? { base: str('base')! } : {}), force: v.force === true, dryRun: v['dry-run'] === true, ...(today ? { today } : {}),
        ...(now ? { now } : {}), allowUnknown: v['allow-unknown'] === true,
      });
    }
    case 'import integreat': {
      if (!positionals.length && !str('url')) {
        throw new AdminUsageError('Woher? wegweiser import integreat <ordner|datei.json …> -o <quelle.json>, oder --url <server> --region <name>',
          'From where? wegweiser import integreat <folder|file.json …> -o <source.json>, or --url <server> --region <name>');
      }
      const kreis = str('kreis');
      if (kreis !== undefined && !/^\d{5}$/.test(kreis)) throw new AdminUsageError(`--kreis braucht den fünfstelligen Kreisschlüssel (nicht „${kreis}“).`, `--kreis needs the five-digit Kreis key (not "${kreis}").`);
      const timeout = str('timeout');
      if (timeout !== undefined && !(Number(timeout) > 0)) throw new AdminUsageError(`--timeout braucht Sekunden (nicht „${timeout}“).`, `--timeout needs seconds (not "${timeout}").`);
      const today = dateOf(str('today'));
      const now = timeOf(str('now'));
      return importIntegreatCommand({
        ...io, inputs: positionals, output: requireOutput(command, str('output')), json,
        ...(str('url') ? { url: str('url')! } : {}), ...(str('region') ? { region: str('region')! } : {}), ...(kreis ? { kreis } : {}),
        ...(str('base') ? { base: str('base')! } : {}), ...(str('save') ? { save: str('save')! } : {}), pagesAsPathways: v['pages-as-pathways'] === true,
        force: v.force === true, dryRun: v['dry-run'] === true, ...(today ? { today } : {}), ...(now ? { now } : {}),
        ...(timeout ? { timeoutMs: Number(timeout) * 1000 } : {}),
      });
    }
    case 'import hsds':
      return importHsdsCommand({ ...io, input: oneFile(command, positionals), output: requireOutput(command, str('output')), json, ...(str('base') ? { base: str('base')! } : {}) });
    case 'export hsds':
      return exportHsdsCommand({ ...io, feed: oneFile(command, positionals), outputDir: requireOutput(command, str('output')), json });
    case 'export jsonld': {
      const today = dateOf(str('today'));
      return exportJsonLdCommand({
        ...io, feed: oneFile(command, positionals), output: requireOutput(command, str('output')), json,
        ...(str('text-lang') ? { textLang: str('text-lang')! } : {}), ...(str('url') ? { url: str('url')! } : {}), ...(today ? { today } : {}),
      });
    }
    case 'report':
      return reportCommand({ ...io, feed: oneFile(command, positionals), ...(str('html') ? { html: str('html')! } : {}), json, today: dateOf(str('today')) ?? berlinDate() });
    case 'template':
      if (positionals.length > 1) throw new AdminUsageError('Bitte höchstens einen Ordner angeben.', 'Please give at most one folder.');
      return templateCommand({ ...io, dir: positionals[0] ?? 'wegweiser-vorlage', force: v.force === true });
  }
}
