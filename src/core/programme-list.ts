/**
 * The programme directory's answer, independent of any UI: which courses,
 * groups, projects and funding programmes a person can still attend or apply
 * to, sorted by when they next start, with the facts that decide it (phase,
 * places, registration and funding deadlines). "Next start" is computed from
 * the visitor's own date, so entries move and disappear without a new feed.
 */
import type { Programme } from './schema/index.js';
import type { FeedIndex } from './feed-index.js';
import { findProgrammes, hasEnded, nextStart, type ProgrammeFilter } from './queries.js';
import { berlinDate, daysBetween } from './dates.js';

export type ProgrammePhase = 'planned' | 'running' | 'ongoing';

export interface DirectoryEntry {
  programme: Programme;
  /** Next start or meeting day (`YYYY-MM-DD`) from today, if the schedule says. */
  next?: string;
  /** `planned`: starts later; `running`: a course already under way; `ongoing`: a regular offer (no course start). */
  phase: ProgrammePhase;
  /** A registration or funding deadline within `DEADLINE_SOON_DAYS`. */
  deadlineSoon?: string;
  /** Registration closed: the deadline has passed (the course may still run). */
  registrationClosed?: boolean;
}

/** A deadline this close gets the "Frist läuft ab" marker. */
export const DEADLINE_SOON_DAYS = 14;

export interface DirectoryQuery extends ProgrammeFilter {
  /** Programme hits of a text search, best first; absent = no text query. */
  hits?: Array<{ id: string; score: number }>;
}

function phaseOf(programme: Programme, today: string): ProgrammePhase {
  const schedule = programme.schedule;
  if (programme.status === 'planned' || (schedule?.start && schedule.start > today)) return 'planned';
  // A course with a start that lies behind us is under way; a weekly group without one just continues.
  if (schedule?.start && (schedule.end || schedule.hoursTotal)) return 'running';
  return 'ongoing';
}

function deadlineOf(programme: Programme): string | undefined {
  return programme.kind === 'funding' ? programme.funding?.deadline : programme.registration?.deadline;
}

/** One programme as the directory shows it on `today`: phase, next start, deadlines. */
export function directoryEntry(programme: Programme, today: string): DirectoryEntry {
  const entry: DirectoryEntry = { programme, phase: phaseOf(programme, today) };
  const next = nextStart(programme, today);
  if (next) entry.next = next;
  const deadline = deadlineOf(programme);
  if (deadline) {
    if (deadline < today) entry.registrationClosed = true;
    else if (daysBetween(today, deadline) <= DEADLINE_SOON_DAYS) entry.deadlineSoon = deadline;
  }
  return entry;
}

/** Entries for the query: dated offers by next start, then regular ones (unknown last), then title; ended and expired ones never. */
export function directoryEntries(index: FeedIndex, query: DirectoryQuery = {}): DirectoryEntry[] {
  const today = query.today ?? berlinDate();
  const { hits, ...filter } = query;
  let programmes = findProgrammes(index, { ...filter, today });
  const rank = new Map<string, number>();
  if (hits) {
    hits.forEach((hit, i) => rank.set(hit.id, i));
    programmes = programmes.filter((p) => rank.has(p.id));
  }
  const entries = programmes.map((programme) => directoryEntry(programme, today));
  const title = (p: Programme) => (typeof p.title === 'string' ? p.title : p.title.de ?? '');
  entries.sort((a, b) => {
    if (hits) return (rank.get(a.programme.id) ?? 0) - (rank.get(b.programme.id) ?? 0);
    // Courses and dated offers first; regular offers (every Thursday …) after them.
    const regular = Number(a.phase === 'ongoing') - Number(b.phase === 'ongoing');
    if (regular) return regular;
    if (a.next !== b.next) return a.next === undefined ? 1 : b.next === undefined ? -1 : a.next < b.next ? -1 : 1;
    return title(a.programme).localeCompare(title(b.programme), 'de');
  });
  return entries;
}

/** Programmes named as the usual next step that exist and have not ended. */
export function nextSteps(index: FeedIndex, programme: Programme, today: string = berlinDate()): Programme[] {
  return (programme.next ?? []).map((id) => index.programmes.get(id)).filter((p): p is Programme => !!p && !hasEnded(p, today));
}
