/** The finder's filters as a question for the finder path (core/finder-answer.ts); travels with the course cards. */
import type { FinderAsk } from '../../core/finder-answer.js';
import { finderQuery, type FinderFilters } from './finder-state.js';

export function finderAsk(filters: FinderFilters, now: Date): FinderAsk {
  const ask: FinderAsk = finderQuery(filters, now);
  if (filters.q) ask.q = filters.q;
  if (filters.kind) ask.only = filters.kind;
  // "kostenlos" includes "Spende erbeten": nobody has to pay.
  if (filters.cost) ask.costs = filters.cost === 'free' ? ['free', 'donation'] : [filters.cost];
  return ask;
}
