/**
 * Schema validation of a feed: the format version first (a clear answer for
 * a feed from the future), then the valibot schema, with every problem turned
 * into a JSON Pointer and a sentence.
 */
import * as v from 'valibot';
import { FeedSchema, FEED_MAJOR, type Feed } from './schema/index.js';
import { toPointer, type FeedIssue } from './errors.js';
import { schemaMessage } from './messages.js';

/** More problems than this are summarised: a broken 50 MB feed must not flood the screen. */
export const MAX_ISSUES = 200;

export type VersionCheck =
  | { ok: true; major: number; minor: number }
  | { ok: false; issue: FeedIssue; found?: string };

export function checkVersion(json: unknown): VersionCheck {
  const version = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as { version?: unknown }).version : undefined;
  const match = typeof version === 'string' ? /^(\d+)\.(\d+)$/.exec(version) : null;
  if (!match) {
    return {
      ok: false,
      issue: {
        pointer: '/version',
        severity: 'error',
        code: 'version',
        message: {
          de: `Die Datei sagt nicht, welche Formatversion sie hat (erwartet: "version": "${FEED_MAJOR}.0"). Ist es überhaupt ein Wegweiser-Feed?`,
          en: `The file does not say which format version it is (expected "version": "${FEED_MAJOR}.0"). Is it a wegweiser feed at all?`,
        },
      },
    };
  }
  const major = Number(match[1]);
  const minor = Number(match[2]);
  if (major !== FEED_MAJOR) {
    return {
      ok: false,
      found: version as string,
      issue: {
        pointer: '/version',
        severity: 'error',
        code: 'version-unsupported',
        message: {
          de: `Der Feed hat die Formatversion ${String(version)}; diese Version von wegweiser-kit versteht nur Version ${FEED_MAJOR}.x. ${major > FEED_MAJOR ? 'Bitte wegweiser-kit aktualisieren.' : 'Bitte den Feed neu erzeugen.'}`,
          en: `The feed has format version ${String(version)}; this version of wegweiser-kit understands only ${FEED_MAJOR}.x. ${major > FEED_MAJOR ? 'Please update wegweiser-kit.' : 'Please regenerate the feed.'}`,
        },
      },
    };
  }
  return { ok: true, major, minor };
}

function describe(value: unknown): string {
  if (value === undefined) return '';
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? text.slice(0, 57) + '…' : text;
}

type AnyIssue = v.BaseIssue<unknown>;

function issuePath(issue: AnyIssue): Array<string | number> {
  return (issue.path ?? []).map((item) => item.key as string | number);
}

/** Turns one valibot issue into our issue, picking the most telling branch of a union. */
function convert(issue: AnyIssue, basePath: Array<string | number> = []): FeedIssue {
  const path = [...basePath, ...issuePath(issue)];
  let code = issue.message;
  let found = describe(issue.input);
  if (issue.type === 'union' && code === 'text' && issue.issues) {
    // A text given as an object without German: say exactly that.
    const missingDe = issue.issues.find((sub) => issuePath(sub)[0] === 'de' && sub.input === undefined);
    if (missingDe && typeof issue.input === 'object' && issue.input !== null) {
      return { pointer: toPointer(path), severity: 'error', code: 'text-de', message: schemaMessage('text-de', '') };
    }
    const nested = issue.issues.find((sub) => (sub.path?.length ?? 0) > 0);
    if (nested && typeof issue.input === 'object' && issue.input !== null) return convert(nested, basePath);
  }
  if (issue.kind === 'schema' && issue.received === 'undefined' && issue.type === 'object') {
    code = 'missing';
    found = '';
  } else if (issue.input === undefined && issue.type !== 'object') {
    code = 'missing';
    found = '';
  }
  return { pointer: toPointer(path), severity: 'error', code, message: schemaMessage(code, found) };
}

export type ValidationResult =
  | { ok: true; feed: Feed; issues: FeedIssue[] }
  | { ok: false; issues: FeedIssue[]; truncated: number };

/** Validates parsed JSON against feed format v1. Never throws for bad input. */
export function validateFeed(json: unknown): ValidationResult {
  const version = checkVersion(json);
  if (!version.ok) return { ok: false, issues: [version.issue], truncated: 0 };
  const result = v.safeParse(FeedSchema, json);
  if (result.success) return { ok: true, feed: result.output, issues: [] };
  const all = result.issues as unknown as AnyIssue[];
  const issues = all.slice(0, MAX_ISSUES).map((issue) => convert(issue));
  return { ok: false, issues, truncated: Math.max(0, all.length - MAX_ISSUES) };
}
