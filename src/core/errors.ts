/** Typed errors of the core, so every UI can explain a failure in the user's language. */

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
  | 'aborted';

export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly code: FeedErrorCode;
  readonly url: string | undefined;
  readonly status: number | undefined;
  /** Where the feed is broken (`invalid`, `version`). Sentences: `describeIssue` from `core/validate`. */
  readonly issues: RawIssue[];

  constructor(
    code: FeedErrorCode,
    message: string,
    options: { url?: string; status?: number; issues?: RawIssue[]; cause?: unknown } = {},
  ) {
    super(message);
    this.code = code;
    this.url = options.url;
    this.status = options.status;
    this.issues = options.issues ?? [];
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
