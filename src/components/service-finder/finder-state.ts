/**
 * What the person asked the finder: the text, the filters and the open
 * entry, with their form in the page URL (`?ww-q=Deutschkurs&ww-free=1`).
 */
import { ACCESS_MODES, COST_CATEGORIES, type AccessMode, type CostCategory } from '../../core/schema/index.js';
import type { FinderQuery, RelaxableFilter } from '../../core/finder.js';
import type { FinderEntry, FinderKind } from '../../core/finder-answer.js';

export const FINDER_KINDS: readonly FinderKind[] = ['service', 'programme', 'funding', 'pathway'];
import type { UrlValues } from '../shared/url-state.js';

export interface FinderFilters {
  q: string;
  topic: string;
  audience: string;
  /** Language spoken by staff (primary subtag). */
  spoken: string;
  access: AccessMode[];
  open: boolean;
  barrierfree: boolean;
  free: boolean;
  childcare: boolean;
  /** Where the person lives (AGS), chosen in the finder; the attribute is the default. */
  gemeinde: string;
  /** Residence status id, optional. */
  status: string;
  /** Only offers in this Gemeinde (AGS). */
  ort: string;
  /** Only this kind of entry (offices, courses, funding programmes, Wegweiser paths); empty = all. */
  kind: FinderKind | '';
  /** What it may cost: one cost category; empty = any. */
  cost: CostCategory | '';
  /** Id of the service shown in detail. */
  detail: string;
}

export const URL_KEYS = [
  'q', 'topic', 'audience', 'spoken', 'access', 'open', 'barrierfree', 'free', 'childcare', 'gemeinde', 'status', 'ort', 'kind', 'cost', 'detail',
] as const;

export const emptyFilters = (): FinderFilters => ({
  q: '', topic: '', audience: '', spoken: '', access: [], open: false, barrierfree: false, free: false, childcare: false,
  gemeinde: '', status: '', ort: '', kind: '', cost: '', detail: '',
});

const flag = (values: string[] | undefined) => !!values && values[0] !== '0' && values[0] !== 'false';

/** Filters from URL parameters over `defaults` (the element's attributes). Unknown values are dropped. */
export function filtersFromUrl(params: Map<string, string[]>, defaults: FinderFilters): FinderFilters {
  if (params.size === 0) return defaults;
  const one = (key: string) => params.get(key)?.[0] ?? '';
  return {
    q: one('q'),
    topic: one('topic'),
    audience: one('audience'),
    spoken: one('spoken'),
    access: (params.get('access') ?? []).filter((a): a is AccessMode => (ACCESS_MODES as readonly string[]).includes(a)),
    open: flag(params.get('open')),
    barrierfree: flag(params.get('barrierfree')),
    free: flag(params.get('free')),
    childcare: flag(params.get('childcare')),
    gemeinde: /^\d{8}$/.test(one('gemeinde')) ? one('gemeinde') : defaults.gemeinde,
    status: one('status'),
    ort: /^\d{8}$/.test(one('ort')) ? one('ort') : '',
    kind: (FINDER_KINDS as readonly string[]).includes(one('kind')) ? one('kind') as FinderKind : '',
    cost: (COST_CATEGORIES as readonly string[]).includes(one('cost')) ? one('cost') as CostCategory : '',
    detail: one('detail'),
  };
}

/** The URL form; the home Gemeinde is written only when the person changed it. */
export function filtersToUrl(filters: FinderFilters, defaultGemeinde: string): UrlValues {
  const { gemeinde, ...rest } = filters;
  return { ...rest, gemeinde: gemeinde !== defaultGemeinde ? gemeinde : undefined };
}

/** The core's query for these filters (without the text search, which the element resolves). */
export function finderQuery(filters: FinderFilters, now: Date): FinderQuery {
  const query: FinderQuery = {};
  if (filters.topic) query.topic = filters.topic;
  if (filters.audience) query.audience = filters.audience;
  if (filters.spoken) query.language = filters.spoken;
  if (filters.access.length) query.access = filters.access;
  if (filters.open) query.openAt = now;
  if (filters.barrierfree) query.barrierFree = true;
  if (filters.free) query.free = true;
  if (filters.childcare) query.childcare = true;
  if (filters.gemeinde) query.home = filters.gemeinde;
  if (filters.status) query.status = filters.status;
  if (filters.ort) query.place = filters.ort;
  return query;
}


/** The filters to clear when the person drops a filter the core named (`finderAlternatives`). */
export function withoutFilter(filters: FinderFilters, filter: RelaxableFilter): FinderFilters {
  const next = { ...filters };
  switch (filter) {
    case 'query': next.q = ''; break;
    case 'topic': next.topic = ''; break;
    case 'audience': next.audience = ''; break;
    case 'language': next.spoken = ''; break;
    case 'access': next.access = []; break;
    case 'openAt': next.open = false; break;
    case 'free': next.free = false; break;
    case 'childcare': next.childcare = false; break;
    case 'barrierFree': next.barrierfree = false; break;
    case 'place': next.ort = ''; break;
    case 'kind': next.kind = ''; break;
    case 'cost': next.cost = ''; break;
  }
  return next;
}

/** Number of active filters (not counting the text, the home Gemeinde or the open entry). */
export function activeFilterCount(filters: FinderFilters): number {
  return [filters.topic, filters.audience, filters.spoken, filters.ort, filters.status, filters.kind, filters.cost].filter(Boolean).length
    + filters.access.length + [filters.open, filters.barrierfree, filters.free, filters.childcare].filter(Boolean).length;
}

/** What `detail` (and `ww-detail`) holds for an entry: a service's id, `programme:<id>`, `pathway:<id>`. */
export function entryKey(entry: FinderEntry): string {
  return entry.kind === 'service' ? entry.service.id : entry.kind === 'programme' ? `programme:${entry.programme.id}` : `pathway:${entry.pathway.id}`;
}

/** The id of an entry card's heading (its link is the focus target after going back). */
export function headingIdOf(entry: FinderEntry): string {
  return entry.kind === 'service' ? `r-${entry.service.id}` : entry.kind === 'programme' ? `r-p-${entry.programme.id}` : `r-w-${entry.pathway.id}`;
}
