/**
 * The one error type of the GTFS reader: something the user must fix or
 * check (feed missing, not a zip, a required file or column absent, a CSV
 * that cannot be parsed). The CLI maps it to exit code 2. The message is a
 * complete English sentence naming the file (and line where known).
 */
export class GtfsError extends Error {
  override readonly name = 'GtfsError';
  constructor(
    message: string,
    /** The GTFS file concerned, e.g. `stop_times.txt`. */
    readonly file?: string,
    /** 1-based line in that file. */
    readonly line?: number,
  ) {
    super(message);
  }
}
