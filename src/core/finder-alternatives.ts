/**
 * What the finder offers when a question has no results: which single
 * filter to drop (and what that gives), and the nearest offers of the same
 * topic — an empty list is never a dead end. Its own module: most visits
 * never see an empty list.
 */
import { gemeindeCentroid, locationsOf, nearestPlace, type FeedIndex } from './feed-index.js';
import { findServices } from './queries.js';
import { berlinDate } from './dates.js';
import { finderResults, topicOfQuery, type FinderAlternatives, type FinderQuery, type FinderResult, type RelaxableFilter } from './finder.js';

const RELAXABLE: Array<[RelaxableFilter, (q: FinderQuery) => boolean, (q: FinderQuery) => FinderQuery]> = [
  ['query', (q) => q.hits !== undefined, ({ hits: _h, ...q }) => q],
  ['topic', (q) => q.topic !== undefined, ({ topic: _t, ...q }) => q],
  ['audience', (q) => q.audience !== undefined, ({ audience: _a, ...q }) => q],
  ['language', (q) => q.language !== undefined, ({ language: _l, ...q }) => q],
  ['access', (q) => q.access !== undefined && (!Array.isArray(q.access) || q.access.length > 0), ({ access: _a, ...q }) => q],
  ['openAt', (q) => q.openAt !== undefined, ({ openAt: _o, ...q }) => q],
  ['free', (q) => !!q.free, ({ free: _f, ...q }) => q],
  ['childcare', (q) => !!q.childcare, ({ childcare: _c, ...q }) => q],
  ['barrierFree', (q) => !!q.barrierFree, ({ barrierFree: _b, ...q }) => q],
  ['place', (q) => q.place !== undefined, ({ place: _p, ...q }) => q],
];

/**
 * What to offer when a query has no results: which single filter to drop
 * (and how many results that gives), and the nearest offers of the same topic
 * anywhere in the Kreis, whatever the other filters — an empty list is never a
 * dead end.
 */
export function finderAlternatives(index: FeedIndex, query: FinderQuery, limit = 3): FinderAlternatives {
  const relax: FinderAlternatives['relax'] = [];
  for (const [filter, active, without] of RELAXABLE) {
    if (!active(query)) continue;
    const count = finderResults(index, without(query)).length;
    if (count > 0) relax.push({ filter, count });
  }
  const topic = topicOfQuery(query);
  let nearby: FinderResult[] = [];
  if (topic) {
    // The same kind of offer anywhere, nearest first: a place to ask even when nothing fits every wish.
    const from = query.home ? gemeindeCentroid(index, query.home) : undefined;
    nearby = findServices(index, { topic, today: query.today ?? berlinDate() })
      .map((service): FinderResult => ({ kind: 'service', service, ...nearestPlace(index, locationsOf(index, service), from) }))
      .sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity))
      .slice(0, limit);
  }
  return { relax, nearby };
}

