/**
 * Schema validation without the sentences: what the browser needs to accept
 * or refuse a feed. The sentences for Kreis admins (core/messages.ts) are
 * added by `validateFeed` in core/validate.ts, which the CLI and SDK users
 * call; the embed bundle stays smaller without them.
 */
import * as v from 'valibot';
import { FeedSchema, FEED_MAJOR, type Feed } from './schema/index.js';
import { toPointer, type FeedIssue, type RawIssue } from './errors.js';
import { compileCheck } from './fast-check.js';

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
        found: JSON.stringify(version),
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
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? text.slice(0, 57) + '…' : text;
}

type AnyIssue = v.BaseIssue<unknown>;

function issuePath(issue: AnyIssue): Array<string | number> {
  return (issue.path ?? []).map((item) => item.key as string | number);
}

/** Turns one valibot issue into ours, picking the most telling branch of a union. */
function convert(issue: AnyIssue): RawIssue {
  const path = issuePath(issue);
  if (issue.type === 'union' && issue.message === 'text' && issue.issues && typeof issue.input === 'object' && issue.input !== null) {
    // A text given as an object without German: say exactly that.
    if (issue.issues.some((sub) => issuePath(sub)[0] === 'de' && sub.input === undefined)) {
      return { pointer: toPointer(path), severity: 'error', code: 'text-de' };
    }
    const nested = issue.issues.find((sub) => (sub.path?.length ?? 0) > 0);
    if (nested) return convert(nested);
  }
  const missing = issue.input === undefined && (issue.type !== 'object' || issue.received === 'undefined');
  if (missing) return { pointer: toPointer(path), severity: 'error', code: 'missing' };
  return { pointer: toPointer(path), severity: 'error', code: issue.message, found: describe(issue.input) };
}

export type ParseResult =
  | { ok: true; feed: Feed }
  | { ok: false; issues: RawIssue[]; truncated: number };

let quickCheck: ((value: unknown) => boolean) | null | undefined;

/** Checks parsed JSON against feed format v1. Never throws for bad input. */
export function parseFeed(json: unknown): ParseResult {
  const version = checkVersion(json);
  if (!version.ok) return { ok: false, issues: [version.issue], truncated: 0 };
  if (quickCheck === undefined) {
    try {
      quickCheck = compileCheck(FeedSchema as never);
    } catch {
      quickCheck = null; // a schema feature the fast path does not know: valibot alone
    }
  }
  // A valid feed is used as it is (no copy); only a broken one goes through valibot for the details.
  if (quickCheck?.(json)) return { ok: true, feed: json as Feed };
  const result = v.safeParse(FeedSchema, json);
  if (result.success) return { ok: true, feed: result.output };
  const all = result.issues as unknown as AnyIssue[];
  return { ok: false, issues: all.slice(0, MAX_ISSUES).map(convert), truncated: Math.max(0, all.length - MAX_ISSUES) };
}
