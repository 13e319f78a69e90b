/**
 * The wegweiser-kit SDK: load and validate a feed, query services and
 * programmes, evaluate opening hours, resolve responsibility. No DOM; runs in
 * browsers and in Node.
 */
export * from './schema/index.js';
export { FeedError, isFeedError, toPointer, type FeedIssue, type RawIssue, type FeedErrorCode, type LocalisedMessage } from './errors.js';
export { validateFeed, describeIssue, checkVersion, type ValidationResult } from './validate.js';
export { parseFeed, type ParseResult } from './parse.js';
export { loadFeed, clearFeedCache, DEFAULT_MAX_BYTES, type LoadOptions, type LoadedFeed } from './load.js';
export { memoryStore, cacheStorageStore, defaultStore, type FeedStore, type StoredFeed } from './store.js';
export { resolveText, textOf, allTexts, directionOf, languageChain, LEICHTE_SPRACHE, type ResolvedText, type Direction } from './text.js';
export { createIndex, positionOf, gemeindeCentroid, locationsOf, type FeedIndex } from './feed-index.js';
export * from './queries.js';
export { checkFeed, type CheckOptions } from './check.js';
export { createSearch, type FeedSearch, type SearchHit, type SearchOptions, type SearchKind, type Suggestion } from './search.js';
export * from './responsibility.js';
export { finderResults, topicOfQuery, spokenLanguages, type FinderQuery, type FinderResult, type FinderAlternatives, type RelaxableFilter, type ScoredId } from './finder.js';
export { finderAlternatives } from './finder-alternatives.js';
export { finderAnswer, entryId, type FinderAnswer, type FinderAsk, type FinderEntry, type FinderKind, type ProgrammeResult, type PathwayResult } from './finder-answer.js';
export { berlinTime, dayIntervals, isOpenAt, weekTable, hoursStatus, type HoursState, type BerlinTime, type HoursStatus } from './hours.js';
export { distanceKm } from './geo.js';
export { berlinDate, addDays, weekdayOf, daysBetween, isCurrent } from './dates.js';
export { routeTime, transitTime, estimateTrip, decodeCell, planningTarget, originPosition, ESTIMATE_DEFAULTS, RIN_TARGETS, type RouteAnswer, type RouteQuery, type TransitAnswer, type TransitLookup, type Estimate, type TravelMode } from './travel.js';
export { liveTransit, type LiveAnswer } from './travel-live.js';
export { directoryEntries, nextSteps, DEADLINE_SOON_DAYS, type DirectoryEntry, type DirectoryQuery, type ProgrammePhase } from './programme-list.js';
export { programmeToIcs, icsFileName, type IcsOptions } from './ics.js';
export { walkPath, visibleQuestions, stepContact, conditionHolds, type Answers, type StepContact } from './pathway.js';
export { serviceJsonLd, feedJsonLd, jsonLdGraph, jsonLdScriptText, openingHoursSpecification, type JsonLdOptions, type FeedJsonLdOptions } from './jsonld.js';
