/**
 * Schema validation with every problem put into a sentence a Kreis admin
 * understands (German and English), located by a JSON Pointer.
 */
import type { Feed } from './schema/index.js';
import type { FeedIssue, RawIssue } from './errors.js';
import { schemaMessage } from './messages.js';
import { parseFeed } from './parse.js';

export { checkVersion, MAX_ISSUES, type VersionCheck } from './parse.js';

export type ValidationResult =
  | { ok: true; feed: Feed; issues: FeedIssue[] }
  | { ok: false; issues: FeedIssue[]; truncated: number };

/** Adds the sentence to an issue (kept when it already has one). */
export function describeIssue(issue: RawIssue): FeedIssue {
  return issue.message ? (issue as FeedIssue) : { ...issue, message: schemaMessage(issue.code, issue.found ?? '') };
}

/** Validates parsed JSON against feed format v1. Never throws for bad input. */
export function validateFeed(json: unknown): ValidationResult {
  const result = parseFeed(json);
  if (result.ok) return { ok: true, feed: result.feed, issues: [] };
  return { ok: false, issues: result.issues.map(describeIssue), truncated: result.truncated };
}
