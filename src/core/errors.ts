/** Typed errors of the core, so every UI can explain a failure in the user's language. */
import type { LandIndex } from './land-index.js';

export interface LocalisedMessage {
  de: string;
  en: string;
}

/** A problem located by a JSON Pointer (RFC 6901), before it is put into words. */
export interface RawIssue {
  pointer: string;
  severity: 'error' | 'warning';
  /** Stable machine-readable code, e.g. `ags8`, `dangling-ref`, `stale`. */
  code: string;
  /** The offending value, shortened, as JSON. */
  found?: string;
  message?: LocalisedMessage;
}

/** One problem in a feed with a sentence in German and English. */
export interface FeedIssue extends RawIssue {
  message: LocalisedMessage;
}

export type FeedErrorCode =
  | 'network' // no answer: offline, DNS, CORS, timeout
  | 'http' // answered with a non-2xx status
  | 'too-large' // over the size limit
  | 'not-json' // not parseable as JSON
  | 'version' // a major format version this kit does not know
  | 'invalid' // JSON, but not a valid feed (see `issues`)
  | 'gemeinde' // a Land index, and no Gemeinde of that Land was given (see `land` for the choice)
  | 'aborted';

export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly code: FeedErrorCode;
  readonly url: string | undefined;
  readonly status: number | undefined;
  /** Where the feed is broken (`invalid`, `version`). Sentences: `describeIssue` from `core/validate`. */
  readonly issues: RawIssue[];
  /** With `gemeinde`: the Land index, so a UI can offer its Gemeinden to choose from. */
  readonly land: LandIndex | undefined;

  constructor(
    code: FeedErrorCode,
    message: string,
    options: { url?: string; status?: number; issues?: RawIssue[]; cause?: unknown; land?: LandIndex } = {},
  ) {
    super(message);
    this.code = code;
    this.url = options.url;
    this.status = options.status;
    this.issues = options.issues ?? [];
    this.land = options.land;
    if (options.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}

export function isFeedError(error: unknown): error is FeedError {
  return error instanceof FeedError || (typeof error === 'object' && error !== null && (error as { name?: string }).name === 'FeedError');
}

/** RFC 6901 JSON Pointer from path segments. */
export function toPointer(path: ReadonlyArray<string | number>): string {
  return path.map((key) => '/' + String(key).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
