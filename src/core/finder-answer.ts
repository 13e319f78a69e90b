/**
 * The finder's one list: everything a citizen can look for — offices and
 * counselling, courses and groups, funding programmes, Wegweiser paths —
 * for one question, in the order the finder shows it. The element renders
 * this list as it is; the bench judges search quality on it.
 */
import type { CostCategory, Pathway, Programme } from './schema/index.js';
import type { FeedIndex } from './feed-index.js';
import type { FeedSearch, SearchHit } from './search.js';
import { finderResults, type FinderQuery, type FinderResult } from './finder.js';
import { findProgrammes, nextStart, programmeGemeinde } from './queries.js';
import { gemeindeCentroid, nearestPlace } from './feed-index.js';
import { berlinDate } from './dates.js';
import { distanceKm } from './geo.js';

export type FinderKind = 'service' | 'programme' | 'funding' | 'pathway';

export interface ProgrammeResult {
  kind: 'programme';
  programme: Programme;
  /** Next start or meeting day from today (`YYYY-MM-DD`). */
  next?: string;
  distanceKm?: number;
}

export interface PathwayResult {
  kind: 'pathway';
  pathway: Pathway;
}

export type FinderEntry = FinderResult | ProgrammeResult | PathwayResult;

export interface FinderAsk extends FinderQuery {
  /** The words typed; empty = browse by filters. */
  q?: string;
  /** Only this kind of entry (`funding` = funding programmes, `programme` = every other programme). */
  only?: FinderKind;
  /** Cost categories to keep (an entry without a category counts as `free` when it is free). */
  costs?: CostCategory[];
}

export interface FinderAnswer {
  entries: FinderEntry[];
  /**
   * Kinds a filter that only applies to offices (open now, how to get in)
   * left out, with how many of them would otherwise be listed: the finder
   * says so instead of silently hiding them.
   */
  hidden: Array<{ kind: FinderKind; count: number }>;
  /** The topic and kind of office the query was understood to ask about. */
  askedTopic?: string;
  askedType?: string;
}

/** Filters that only make sense for offices: with them, courses and paths are left out (and the finder says so). */
const serviceOnly = (ask: FinderAsk) => !!ask.openAt || (ask.access !== undefined && (!Array.isArray(ask.access) || ask.access.length > 0));

/** A query topic or kind of office counts only when it is a clear part of the question, not a stray match. */
const ASKED_SHARE = 0.5;

function costCategoryOf(cost: { free: boolean; category?: CostCategory } | undefined): CostCategory | undefined {
  return cost?.category ?? (cost?.free ? 'free' : undefined);
}

function programmeKind(p: Programme): FinderKind {
  return p.kind === 'funding' ? 'funding' : 'programme';
}

/** Programmes for the facts filters the finder shares with the directory (text hits rank them elsewhere). */
function matchingProgrammes(index: FeedIndex, ask: FinderAsk, today: string): Programme[] {
  const topic = Array.isArray(ask.topic) ? ask.topic[0] : ask.topic;
  const list = findProgrammes(index, {
    today,
    ...(topic ? { topic } : {}),
    ...(ask.place ? { gemeinde: ask.place } : {}),
    ...(ask.language ? { language: ask.language } : {}),
    ...(ask.childcare ? { childcare: true } : {}),
    ...(ask.free ? { free: true } : {}),
  });
  return list.filter((p) => {
    if (ask.audience && p.audiences?.length && !p.audiences.includes(ask.audience)) return false;
    if (ask.barrierFree && !(p.location && index.locations.get(p.location)?.accessibility?.wheelchair === 'yes')) return false;
    return true;
  });
}

function programmeResult(index: FeedIndex, programme: Programme, today: string, home: string | undefined): ProgrammeResult {
  const result: ProgrammeResult = { kind: 'programme', programme };
  const next = nextStart(programme, today);
  if (next) result.next = next;
  const from = home ? gemeindeCentroid(index, home) : undefined;
  const location = programme.location ? index.locations.get(programme.location) : undefined;
  if (from && location) {
    const { distanceKm } = nearestPlace(index, [location], from);
    if (distanceKm !== undefined) result.distanceKm = distanceKm;
  } else if (from && !location) {
    const ags = programmeGemeinde(index, programme);
    const centre = ags ? gemeindeCentroid(index, ags) : undefined;
    if (centre) result.distanceKm = distanceKm(from, centre);
  }
  return result;
}

function keepKind(ask: FinderAsk, kind: FinderKind): boolean {
  return !ask.only || ask.only === kind;
}

/** The best hit of a kind, when it holds its own against the best entry hit. */
function asked(hits: SearchHit[], best: number): string | undefined {
  const top = hits[0];
  return top && top.score >= best * ASKED_SHARE ? top.id : undefined;
}

/**
 * What the best office hits are about when no topic (or kind of office) was
 * named as such: "Kita-Platz" finds Kita offices, so it asks about their
 * topic. Counts when most of the first three office hits agree.
 */
function commonOf(index: FeedIndex, hits: SearchHit[], of: (service: { topics: string[]; types?: string[] }) => string[]): string | undefined {
  const first = hits.slice(0, 3).map((h) => index.services.get(h.id)).filter((s) => !!s);
  if (!first.length) return undefined;
  const counts = new Map<string, number>();
  for (const service of first) for (const id of new Set(of(service))) counts.set(id, (counts.get(id) ?? 0) + 1);
  const [id, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return id && count! * 2 > first.length ? id : undefined;
}

/**
 * The finder's list for a question. `search` is needed for a text query
 * (`ask.q`); without one the list follows the filters alone: offices by
 * place, then courses by next start.
 */
export function finderAnswer(index: FeedIndex, search: FeedSearch | undefined, ask: FinderAsk): FinderAnswer {
  const today = ask.today ?? berlinDate();
  const q = ask.q?.trim() ?? '';
  const hidden: FinderAnswer['hidden'] = [];
  const officesOnly = serviceOnly(ask);
  const costs = ask.costs?.length ? new Set(ask.costs) : undefined;
  const costOk = (cost: Programme['cost']) => !costs || costs.has(costCategoryOf(cost) as CostCategory);

  if (!q || !search) {
    const services = keepKind(ask, 'service') ? finderResults(index, { ...ask, today }).filter((r) => costOk(r.service.cost)) : [];
    // Browsing without a question lists the offices; courses join once the question narrows (a topic, a kind, a place, an audience, a cost).
    const narrowed = !!(ask.topic || ask.only || ask.place || ask.audience || costs);
    let programmes = narrowed ? matchingProgrammes(index, ask, today).filter((p) => keepKind(ask, programmeKind(p)) && costOk(p.cost)) : [];
    if (officesOnly && programmes.length) {
      hidden.push({ kind: 'programme', count: programmes.length });
      programmes = [];
    }
    const courses = programmes.map((p) => programmeResult(index, p, today, ask.home)).sort(byNextStart);
    // Offices of other Gemeinden after everything that serves the person.
    const serving = services.filter((r) => !r.othersOnly);
    const others = services.filter((r) => r.othersOnly);
    return { entries: [...serving, ...courses, ...others], hidden };
  }

  const hits = search.search(q, { limit: 300, today, kinds: ['service', 'programme', 'pathway'], ...(ask.home ? { gemeinde: ask.home } : {}) });
  const best = hits[0]?.score ?? 0;
  const serviceHits = hits.filter((h) => h.kind === 'service');
  const askedType = asked(search.search(q, { limit: 1, kinds: ['servicetype'], today }), best) ?? commonOf(index, serviceHits, (s) => s.types ?? []);
  const askedTopic = asked(search.search(q, { limit: 1, kinds: ['topic'], today }), best)
    ?? (askedType ? undefined : commonOf(index, serviceHits, (s) => s.topics.slice(0, 1)));
  const services = keepKind(ask, 'service')
    ? finderResults(index, {
      ...ask, today, hits: serviceHits,
      ...(askedTopic && !ask.topic ? { askedTopic } : {}),
      ...(askedType ? { askedType } : {}),
    }).filter((r) => costOk(r.service.cost))
    : [];

  const allowed = new Set(matchingProgrammes(index, ask, today).map((p) => p.id));
  const rank = new Map(hits.map((h, i) => [`${h.kind}:${h.id}`, i]));
  const programmes: ProgrammeResult[] = [];
  const pathways: PathwayResult[] = [];
  let hiddenProgrammes = 0;
  let hiddenPathways = 0;
  for (const hit of hits) {
    if (hit.kind === 'programme') {
      const programme = index.programmes.get(hit.id);
      if (!programme || !allowed.has(programme.id) || !keepKind(ask, programmeKind(programme)) || !costOk(programme.cost)) continue;
      if (officesOnly) hiddenProgrammes++;
      else programmes.push(programmeResult(index, programme, today, ask.home));
    } else if (hit.kind === 'pathway') {
      const pathway = index.pathways.get(hit.id);
      // Paths are guides for everyone: facet filters do not apply to them, only the kind and the offices-only filters.
      if (!pathway || !keepKind(ask, 'pathway')) continue;
      if (officesOnly) hiddenPathways++;
      else pathways.push({ kind: 'pathway', pathway });
    }
  }
  if (hiddenProgrammes) hidden.push({ kind: 'programme', count: hiddenProgrammes });
  if (hiddenPathways) hidden.push({ kind: 'pathway', count: hiddenPathways });

  // Responsible offices first (finderResults put them there), then everything that serves the
  // person by relevance, cancelled courses behind the rest, and offices for other Gemeinden last.
  const responsible = services.filter((r) => r.responsible && !r.othersOnly);
  const others = services.filter((r) => r.othersOnly);
  const rest: FinderEntry[] = [...services.filter((r) => !r.responsible && !r.othersOnly), ...programmes, ...pathways];
  const position = (e: FinderEntry) => rank.get(`${e.kind}:${entryId(e)}`) ?? Infinity;
  const cancelled = (e: FinderEntry) => Number(e.kind === 'programme' && e.programme.status === 'cancelled');
  rest.sort((a, b) => cancelled(a) - cancelled(b) || position(a) - position(b));
  const answer: FinderAnswer = { entries: [...responsible, ...rest, ...others], hidden };
  if (askedTopic) answer.askedTopic = askedTopic;
  if (askedType) answer.askedType = askedType;
  return answer;
}

/** The id of an entry, whatever its kind. */
export function entryId(entry: FinderEntry): string {
  return entry.kind === 'service' ? entry.service.id : entry.kind === 'programme' ? entry.programme.id : entry.pathway.id;
}

function byNextStart(a: ProgrammeResult, b: ProgrammeResult): number {
  const cancelled = Number(a.programme.status === 'cancelled') - Number(b.programme.status === 'cancelled');
  if (cancelled) return cancelled;
  if (a.next !== b.next) return a.next === undefined ? 1 : b.next === undefined ? -1 : a.next < b.next ? -1 : 1;
  return 0;
}
