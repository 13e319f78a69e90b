/**
 * Overlaps: programmes of the same kind and level (for programmes without
 * levels: a common topic) that start within 14 days
 * of each other in the same area (same Gemeinde or within 15 km) — offers
 * that compete for the same people and could be coordinated. Pure: no I/O.
 */
import type { LatLon, Programme } from '../../core/schema/index.js';
import { gemeindeCentroid, positionOf, type FeedIndex } from '../../core/feed-index.js';
import { daysBetween } from '../../core/dates.js';
import { distanceKm } from '../../core/geo.js';
import { hasEnded, programmeGemeinde } from '../../core/queries.js';
import { textOf } from '../../core/text.js';

export const OVERLAP_DAYS = 14;
export const OVERLAP_KM = 15;

export interface ProgrammeRef {
  id: string;
  name: string;
  start: string;
  gemeinde?: string;
  gemeindeName?: string;
}

export interface OverlapPair {
  kind: Programme['kind'];
  /** Levels both offer; empty when neither names a level. */
  levels: string[];
  a: ProgrammeRef;
  b: ProgrammeRef;
  /** Days between the two starts. */
  days: number;
  sameGemeinde: boolean;
  /** Distance between the two places, one decimal; absent when a position is missing. */
  distanceKm?: number;
}

interface Candidate { programme: Programme; ref: ProgrammeRef; levels: Set<string>; topics: Set<string>; position?: LatLon }

/** The day a programme starts: `schedule.start`, else its first dated session. */
export function startOf(programme: Programme): string | undefined {
  const schedule = programme.schedule;
  if (schedule?.start) return schedule.start;
  const sessions = schedule?.sessions?.map((s) => s.start.slice(0, 10)).sort();
  return sessions?.[0];
}

export function computeOverlaps(index: FeedIndex, today: string, lang: string, nameOf: (ags: string) => string): OverlapPair[] {
  const byKind = new Map<string, Candidate[]>();
  for (const programme of index.programmes.values()) {
    if (hasEnded(programme, today)) continue;
    const start = startOf(programme);
    if (!start) continue;
    const gemeinde = programmeGemeinde(index, programme);
    const location = programme.location ? index.locations.get(programme.location) : undefined;
    const position = (location && positionOf(index, location)) ?? (gemeinde ? gemeindeCentroid(index, gemeinde) : undefined);
    // Online-only programmes without a place have no "area".
    if (!gemeinde && !position) continue;
    const ref: ProgrammeRef = { id: programme.id, name: textOf(programme.title, lang) || programme.id, start };
    if (gemeinde) {
      ref.gemeinde = gemeinde;
      ref.gemeindeName = nameOf(gemeinde);
    }
    const candidate: Candidate = { programme, ref, levels: new Set(programme.levels ?? []), topics: new Set(programme.topics ?? []) };
    if (position) candidate.position = position;
    const list = byKind.get(programme.kind);
    if (list) list.push(candidate);
    else byKind.set(programme.kind, [candidate]);
  }
  const pairs: OverlapPair[] = [];
  for (const [kind, list] of byKind) {
    list.sort((x, y) => x.ref.start.localeCompare(y.ref.start) || x.ref.id.localeCompare(y.ref.id));
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      for (let j = i + 1; j < list.length; j++) {
        const b = list[j]!;
        const days = daysBetween(a.ref.start, b.ref.start);
        if (days > OVERLAP_DAYS) break;
        // Same level: at least one in common. Without levels on either side (groups, events), a common topic instead.
        const levels = [...a.levels].filter((l) => b.levels.has(l));
        if (a.levels.size || b.levels.size ? !levels.length : ![...a.topics].some((t) => b.topics.has(t))) continue;
        const sameGemeinde = !!a.ref.gemeinde && a.ref.gemeinde === b.ref.gemeinde;
        const km = a.position && b.position ? Math.round(distanceKm(a.position, b.position) * 10) / 10 : undefined;
        if (!sameGemeinde && (km === undefined || km > OVERLAP_KM)) continue;
        const pair: OverlapPair = { kind: kind as Programme['kind'], levels, a: a.ref, b: b.ref, days, sameGemeinde };
        if (km !== undefined) pair.distanceKm = km;
        pairs.push(pair);
      }
    }
  }
  pairs.sort((x, y) => x.kind.localeCompare(y.kind) || x.a.start.localeCompare(y.a.start) || x.a.id.localeCompare(y.a.id) || x.b.id.localeCompare(y.b.id));
  return pairs;
}
