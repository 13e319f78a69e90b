/**
 * The `wegweiser report` model: freshness, coverage, languages and overlaps
 * of a validated feed, computed for a fixed day. Pure and deterministic
 * (same feed + same day = same report); formatting lives in text.ts and
 * html.ts, I/O in commands/report.ts.
 */
import type { Feed } from '../../core/schema/index.js';
import { createIndex } from '../../core/feed-index.js';
import { textOf } from '../../core/text.js';
import { computeFreshness, type Freshness } from './freshness.js';
import { computeCoverage, type Coverage } from './coverage.js';
import { computeLanguages, type Languages } from './languages.js';
import { computeOverlaps, type OverlapPair } from './overlaps.js';

export interface FeedReport {
  /** The day the report is computed for (`YYYY-MM-DD`, Berlin). */
  today: string;
  /** Language of the names in the report. */
  lang: string;
  feed: {
    publisher: string;
    kreis: string;
    generatedAt: string;
    validUntil?: string;
    sample: boolean;
    counts: Record<'organisations' | 'locations' | 'services' | 'responsibilities' | 'programmes' | 'pathways' | 'gemeinden' | 'topics', number>;
  };
  freshness: Freshness;
  coverage: Coverage;
  languages: Languages;
  overlaps: OverlapPair[];
}

export interface ComputeOptions {
  today: string;
  lang: string;
  /** Names of Gemeinden outside the feed's regions (neighbouring towns where services have places), e.g. from the official list. */
  gemeindeName?: (ags: string) => string | undefined;
}

export function computeReport(feed: Feed, options: ComputeOptions): FeedReport {
  const { today, lang } = options;
  const index = createIndex(feed);
  const nameOf = (ags: string): string => index.gemeinden.get(ags)?.name
    ?? feed.regions.neighbours?.find((n) => n.ags === ags)?.name ?? options.gemeindeName?.(ags) ?? ags;
  return {
    today,
    lang,
    feed: {
      publisher: textOf(feed.publisher.name, lang),
      kreis: feed.regions.kreis.name,
      generatedAt: feed.generatedAt,
      ...(feed.validUntil ? { validUntil: feed.validUntil } : {}),
      sample: feed.sample === true,
      counts: {
        organisations: feed.organisations.length,
        locations: feed.locations.length,
        services: feed.services.length,
        responsibilities: feed.responsibilities?.length ?? 0,
        programmes: feed.programmes?.length ?? 0,
        pathways: feed.pathways?.length ?? 0,
        gemeinden: feed.regions.gemeinden.length,
        topics: feed.topics.length,
      },
    },
    freshness: computeFreshness(feed, today, lang),
    coverage: computeCoverage(index, today, lang),
    languages: computeLanguages(index, today, nameOf),
    overlaps: computeOverlaps(index, today, lang, nameOf),
  };
}
