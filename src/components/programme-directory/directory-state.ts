/**
 * What the visitor asked the programme directory, and its form in the page
 * URL (`?ww-kurs-kind=integration-course&ww-kurs-time=evening`). Its own
 * prefix, so a finder and a directory on one page keep their filters apart.
 */
import { COST_CATEGORIES, LEVELS, PROGRAMME_KINDS, type CostCategory, type Level, type ProgrammeKind } from '../../core/schema/index.js';
import type { DirectoryQuery } from '../../core/programme-list.js';
import type { TimeOfDay } from '../../core/queries.js';
import type { UrlValues } from '../shared/url-state.js';

export const TIMES_OF_DAY: TimeOfDay[] = ['morning', 'afternoon', 'evening', 'weekend'];

export interface DirectoryFilters {
  q: string;
  kind: string;
  topic: string;
  level: string;
  /** Language of instruction (primary subtag). */
  lang: string;
  time: TimeOfDay[];
  childcare: boolean;
  free: boolean;
  noreg: boolean;
  places: boolean;
  /** Gemeinde where it takes place. */
  ort: string;
  /** One cost category; empty = any. */
  cost: CostCategory | '';
}

export const DIRECTORY_KEYS = ['q', 'kind', 'topic', 'level', 'lang', 'time', 'childcare', 'free', 'noreg', 'places', 'ort', 'cost'] as const;

export const emptyDirectoryFilters = (): DirectoryFilters => ({
  q: '', kind: '', topic: '', level: '', lang: '', time: [], childcare: false, free: false, noreg: false, places: false, ort: '', cost: '',
});

const flag = (values: string[] | undefined) => !!values && values[0] !== '0' && values[0] !== 'false';

export function directoryFiltersFromUrl(params: Map<string, string[]>, defaults: DirectoryFilters): DirectoryFilters {
  if (params.size === 0) return defaults;
  const one = (key: string) => params.get(key)?.[0] ?? '';
  const kind = one('kind');
  const level = one('level');
  return {
    q: one('q'),
    kind: (PROGRAMME_KINDS as readonly string[]).includes(kind) ? kind : '',
    topic: one('topic'),
    level: (LEVELS as readonly string[]).includes(level) ? level : '',
    lang: one('lang'),
    time: (params.get('time') ?? []).filter((t): t is TimeOfDay => (TIMES_OF_DAY as string[]).includes(t)),
    childcare: flag(params.get('childcare')),
    free: flag(params.get('free')),
    noreg: flag(params.get('noreg')),
    places: flag(params.get('places')),
    ort: /^\d{8}$/.test(one('ort')) ? one('ort') : '',
    cost: (COST_CATEGORIES as readonly string[]).includes(one('cost')) ? one('cost') as CostCategory : '',
  };
}

export const directoryFiltersToUrl = (filters: DirectoryFilters): UrlValues => ({ ...filters });

export function directoryQuery(filters: DirectoryFilters): DirectoryQuery {
  const query: DirectoryQuery = {};
  if (filters.kind) query.kind = filters.kind as ProgrammeKind;
  if (filters.topic) query.topic = filters.topic;
  if (filters.level) query.level = filters.level as Level;
  if (filters.lang) query.language = filters.lang;
  if (filters.time.length) query.timeOfDay = filters.time;
  if (filters.childcare) query.childcare = true;
  if (filters.free) query.free = true;
  if (filters.noreg) query.noRegistration = true;
  if (filters.places) query.hasPlaces = true;
  if (filters.ort) query.gemeinde = filters.ort;
  // "kostenlos" includes "Spende erbeten": nobody has to pay.
  if (filters.cost) query.costs = filters.cost === 'free' ? ['free', 'donation'] : [filters.cost];
  return query;
}

export function activeDirectoryFilters(filters: DirectoryFilters): number {
  return [filters.kind, filters.topic, filters.level, filters.lang, filters.ort, filters.cost].filter(Boolean).length
    + filters.time.length + [filters.childcare, filters.free, filters.noreg, filters.places].filter(Boolean).length;
}
