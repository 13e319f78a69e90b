export { readGtfs, GtfsError, PLATFORM_CHANGE_SECONDS } from './read.js';
export type { ReadOptions, GtfsReadResult, GtfsReport } from './read.js';
