/**
 * Filtering services and programmes. Filters narrow by facts (topic, place,
 * access, hours); audience tags only ever add emphasis, they never hide an
 * entry meant for everyone.
 */
import type { AccessMode, CostCategory, Level, Programme, ProgrammeKind, Recurrence, Service } from './schema/index.js';
import type { FeedIndex } from './feed-index.js';
import { addDays, berlinDate, daysBetween, isCurrent, weekdayOf } from './dates.js';
import { isOpenAt } from './hours.js';
import { primaryLanguage } from './text.js';

export interface ServiceFilter {
  /** 8-digit AGS: services available to people living there. */
  gemeinde?: string;
  /** Topic id (narrower topics included); several = any of them. */
  topic?: string | string[];
  /** Keeps services meant for this audience and those meant for everyone. */
  audience?: string;
  /** Language spoken by staff (primary subtag compared: `uk-UA` matches `uk`). */
  language?: string;
  access?: AccessMode | AccessMode[];
  /** Open (not merely bookable) at this moment at one of its places. */
  openAt?: Date;
  free?: boolean;
  childcare?: boolean;
  /** Step-free access (`wheelchair: yes`) at one of its places. */
  barrierFree?: boolean;
  /** Only entries valid on this day (`YYYY-MM-DD`, Berlin); default today. */
  today?: string;
  includeExpired?: boolean;
}

const asList = <T>(value: T | T[] | undefined): T[] | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? value : [value];

/** Tagged with one of `topics` or a narrower topic (as `servicesByTopic` counts it). */
function hasTopic(index: FeedIndex, service: Service, topics: readonly string[]): boolean {
  return service.topics.some((own) => topics.some((t) => (index.topicAncestors.get(own) ?? [own]).includes(t)));
}

/** Is the service open to people who live in `ags`? */
export function servesGemeinde(index: FeedIndex, service: Service, ags: string): boolean {
  if (service.area && service.area.length > 0) return service.area.includes(ags);
  return true;
}

/** Hours of a service at each of its places (the service's own, else the place's). */
export function serviceHours(index: FeedIndex, service: Service) {
  return (service.at ?? []).map((at) => ({
    at,
    location: index.locations.get(at.location),
    hours: at.hours ?? index.locations.get(at.location)?.hours,
  }));
}

export function isServiceOpenAt(index: FeedIndex, service: Service, at: Date): boolean {
  return serviceHours(index, service).some(({ hours }) => !hours?.appointmentOnly && isOpenAt(hours?.compiled, at));
}

export function findServices(index: FeedIndex, filter: ServiceFilter = {}, within?: readonly Service[]): Service[] {
  const today = filter.today ?? berlinDate();
  const topics = asList(filter.topic);
  let candidates: Iterable<Service> = index.services.values();
  // A text search's hits are a few hundred of thousands: filter those, not the whole feed.
  if (within) candidates = topics ? within.filter((s) => hasTopic(index, s, topics)) : within;
  else if (topics && topics.length === 1) candidates = index.servicesByTopic.get(topics[0]!) ?? [];
  else if (topics && topics.length > 1) {
    const set = new Set<Service>();
    for (const t of topics) for (const s of index.servicesByTopic.get(t) ?? []) set.add(s);
    candidates = [...index.services.values()].filter((s) => set.has(s));
  }
  const access = asList(filter.access);
  const language = filter.language ? primaryLanguage(filter.language) : undefined;
  const out: Service[] = [];
  for (const service of candidates) {
    if (!filter.includeExpired && !isCurrent(service, today)) continue;
    if (filter.gemeinde && !servesGemeinde(index, service, filter.gemeinde)) continue;
    if (filter.audience && service.audiences?.length && !service.audiences.includes(filter.audience)) continue;
    if (language && !(service.languages ?? []).some((l) => primaryLanguage(l) === language)) continue;
    if (access && !access.some((mode) => service.access.includes(mode))) continue;
    if (filter.free && !service.cost?.free) continue;
    if (filter.childcare && !service.childcare) continue;
    if (filter.barrierFree && !(service.at ?? []).some((at) => index.locations.get(at.location)?.accessibility?.wheelchair === 'yes')) continue;
    if (filter.openAt && !isServiceOpenAt(index, service, filter.openAt)) continue;
    out.push(service);
  }
  return out;
}

export type TimeOfDay = 'morning' | 'afternoon' | 'evening' | 'weekend';

export interface ProgrammeFilter {
  kind?: ProgrammeKind | ProgrammeKind[];
  level?: Level | Level[];
  topic?: string;
  gemeinde?: string;
  /** Language of instruction. */
  language?: string;
  timeOfDay?: TimeOfDay | TimeOfDay[];
  childcare?: boolean;
  free?: boolean;
  /** Cost categories to keep; an entry without one counts as `free` when it is free. */
  costs?: CostCategory[];
  noRegistration?: boolean;
  /** Free places, or at least a waiting list. */
  hasPlaces?: boolean;
  /** Next start on or after / before these days (`YYYY-MM-DD`). */
  startsFrom?: string;
  startsUntil?: string;
  today?: string;
  includeEnded?: boolean;
}

const WEEKDAY_INDEX: Record<string, number> = { mo: 0, tu: 1, we: 2, th: 3, fr: 4, sa: 5, su: 6 };

/** Has the programme ended (by status or by its dates) as of `today`? */
export function hasEnded(programme: Programme, today: string): boolean {
  if (programme.status === 'ended') return true;
  if (!isCurrent(programme, today)) return true;
  const schedule = programme.schedule;
  // A cancelled course stays visible (marked) until the day it would have started.
  if (programme.status === 'cancelled' && schedule?.start && schedule.start < today) return true;
  if (schedule?.end && schedule.end < today) return true;
  if (schedule?.sessions?.length && !schedule.recurrence) {
    const last = schedule.sessions.reduce((max, s) => ((s.end ?? s.start) > max ? s.end ?? s.start : max), '');
    if (last.slice(0, 10) < today) return true;
  }
  if (programme.kind === 'funding' && programme.funding?.deadline && programme.funding.deadline < today) return true;
  return false;
}

/**
 * The next day it starts or meets, from `today` on: a future start date, the
 * next dated session, or the next weekday of its weekly rhythm.
 */
export function nextStart(programme: Programme, today: string): string | undefined {
  const schedule = programme.schedule;
  if (!schedule) return undefined;
  if (schedule.start && schedule.start >= today) return schedule.start;
  const session = schedule.sessions?.map((s) => s.start.slice(0, 10)).filter((d) => d >= today).sort()[0];
  if (session) return session;
  const recurrence = schedule.recurrence;
  if (recurrence) {
    const from = schedule.start && schedule.start > today ? schedule.start : today;
    for (let i = 0; i < 71; i++) {
      const date = addDays(from, i);
      if (schedule.end && date > schedule.end) return undefined;
      if (meetsOn(recurrence, date, schedule.start)) return date;
    }
  }
  return undefined;
}

/** Does a weekly rhythm meet on `date`? (weekday, every n-th week from the start, n-th week of the month) */
export function meetsOn(recurrence: Recurrence, date: string, start?: string): boolean {
  const weekday = weekdayOf(date);
  if (!recurrence.days.some((d) => WEEKDAY_INDEX[d] === weekday)) return false;
  const every = recurrence.everyWeeks ?? 1;
  if (every > 1 && start) {
    const weeks = Math.floor(daysBetween(addDays(start, -weekdayOf(start)), date) / 7);
    if (weeks % every !== 0) return false;
  }
  if (recurrence.weeksOfMonth?.length) {
    const day = Number(date.slice(8, 10));
    const nth = Math.ceil(day / 7);
    const last = addDays(date, 7).slice(5, 7) !== date.slice(5, 7);
    if (!recurrence.weeksOfMonth.some((w) => w === nth || (w === -1 && last))) return false;
  }
  return true;
}

export function timesOfDay(programme: Programme): TimeOfDay[] {
  const out = new Set<TimeOfDay>();
  const classify = (start: string) => {
    const hour = Number(start.slice(0, 2));
    out.add(hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening');
  };
  const recurrence = programme.schedule?.recurrence;
  if (recurrence) {
    classify(recurrence.from);
    if (recurrence.days.some((d) => d === 'sa' || d === 'su')) out.add('weekend');
  }
  for (const session of programme.schedule?.sessions ?? []) {
    classify(session.start.slice(11, 16));
    const day = weekdayOf(session.start.slice(0, 10));
    if (day >= 5) out.add('weekend');
  }
  return [...out];
}

/** Where a programme takes place: its location's Gemeinde, else its own `gemeinde`. */
export function programmeGemeinde(index: FeedIndex, programme: Programme): string | undefined {
  if (programme.location) return index.locations.get(programme.location)?.gemeinde ?? programme.gemeinde;
  return programme.gemeinde;
}

export function findProgrammes(index: FeedIndex, filter: ProgrammeFilter = {}): Programme[] {
  const today = filter.today ?? berlinDate();
  const kinds = asList(filter.kind);
  const levels = asList(filter.level);
  const times = asList(filter.timeOfDay);
  const language = filter.language ? primaryLanguage(filter.language) : undefined;
  const out: Programme[] = [];
  for (const p of index.programmes.values()) {
    if (!filter.includeEnded && hasEnded(p, today)) continue;
    if (kinds && !kinds.includes(p.kind)) continue;
    if (levels && !(p.levels ?? []).some((l) => levels.includes(l))) continue;
    if (filter.topic && !(p.topics ?? []).some((t) => index.topicFamily.get(filter.topic!)?.has(t) ?? t === filter.topic)) continue;
    if (filter.gemeinde && programmeGemeinde(index, p) !== filter.gemeinde) continue;
    if (language && !(p.instructionLanguages ?? []).some((l) => primaryLanguage(l) === language)) continue;
    if (times && !timesOfDay(p).some((t) => times.includes(t))) continue;
    if (filter.childcare && !p.childcare) continue;
    if (filter.free && !p.cost?.free) continue;
    if (filter.costs?.length && !filter.costs.includes((p.cost?.category ?? (p.cost?.free ? 'free' : undefined)) as CostCategory)) continue;
    if (filter.noRegistration && p.registration?.required) continue;
    if (filter.hasPlaces && !((p.freePlaces ?? 0) > 0 || p.waitingList || (p.capacity === undefined && p.freePlaces === undefined))) continue;
    if (filter.startsFrom || filter.startsUntil) {
      const next = nextStart(p, today);
      if (!next) continue;
      if (filter.startsFrom && next < filter.startsFrom) continue;
      if (filter.startsUntil && next > filter.startsUntil) continue;
    }
    out.push(p);
  }
  return out;
}
