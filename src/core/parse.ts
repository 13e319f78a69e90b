/**
 * Schema validation without the sentences: what the browser needs to accept
 * or refuse a feed. It checks against the compact table generated from the
 * valibot schema, so neither valibot nor the sentences for Kreis admins
 * (added by `validateFeed` in core/validate.ts) are in the embed bundle.
 */
import type { Feed } from './schema/index.js';
import { FEED_MAJOR } from './schema/constants.js';
import { FEED_V1 } from './schema/feed-v1.compact.js';
import { SchemaChecker } from './schema-check.js';
import type { FeedIssue, RawIssue } from './errors.js';

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

export type ParseResult =
  | { ok: true; feed: Feed }
  | { ok: false; issues: RawIssue[]; truncated: number };

let checker: SchemaChecker | undefined;

/**
 * Checks parsed JSON against feed format v1. Never throws for bad input. A
 * valid feed is returned as it is (no copy); unknown fields stay in it and
 * are ignored.
 */
export function parseFeed(json: unknown): ParseResult {
  const version = checkVersion(json);
  if (!version.ok) return { ok: false, issues: [version.issue], truncated: 0 };
  checker ??= new SchemaChecker(FEED_V1);
  if (checker.valid(json)) return { ok: true, feed: json as Feed };
  const { issues, total } = checker.problems(json, MAX_ISSUES);
  return { ok: false, issues, truncated: Math.max(0, total - issues.length) };
}
