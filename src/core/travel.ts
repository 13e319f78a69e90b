/**
 * "Wie lange brauche ich dorthin?" — in tiers, honest about which one answers:
 *
 * 1. `estimate`: walking and cycling from beeline distance × detour factor ÷
 *    speed; always available, given as a range.
 * 2. `timetable`: the feed's travel block, computed by `wegweiser travel` from
 *    GTFS per origin Gemeinde / Ortsteil, destination place and day type.
 * 3. `live` (see travel-live.ts): a routing service the Kreis configured,
 *    asked only after the visitor agreed.
 *
 * No DOM; the badge `<ww-route-time>` renders what this returns.
 */
import type { DayType, LatLon, Location, TravelCell } from './schema/index.js';
import { gemeindeCentroid, positionOf, type FeedIndex } from './feed-index.js';
import { distanceKm } from './geo.js';

export type TravelMode = 'transit' | 'bike' | 'walk';

/**
 * Defaults from the literature: walking 4.5 km/h with a detour factor of 1.3
 * (beeline → street network), cycling 15 km/h × 1.25, pedelec 20 km/h.
 */
export const ESTIMATE_DEFAULTS = { walkKmh: 4.5, walkDetour: 1.3, bikeKmh: 15, bikeDetour: 1.25, pedelecKmh: 20 } as const;

/**
 * Planning targets for public transport (RIN 2008, Richtlinien für integrierte
 * Netzgestaltung): a Grundzentrum within 30 minutes, a Mittelzentrum within
 * 45, an Oberzentrum within 90.
 */
export const RIN_TARGETS = { klein: 30, unter: 30, mittel: 45, ober: 90 } as const;

export interface Estimate {
  mode: 'walk' | 'bike';
  km: number;
  /** Whole minutes, a range: the detour factor is an average. */
  low: number;
  high: number;
}

/** Walking or cycling time as a range (±15 % around the estimate, at least ±1 minute). */
export function estimateTrip(from: LatLon, to: LatLon, mode: 'walk' | 'bike', params: Partial<typeof ESTIMATE_DEFAULTS> = {}): Estimate {
  const p = { ...ESTIMATE_DEFAULTS, ...params };
  const km = distanceKm(from, to) * (mode === 'walk' ? p.walkDetour : p.bikeDetour);
  const minutes = (km / (mode === 'walk' ? p.walkKmh : p.bikeKmh)) * 60;
  const low = Math.max(1, Math.floor(minutes * 0.85));
  const high = Math.max(low + 1, Math.ceil(minutes * 1.15));
  return { mode, km, low, high };
}

/** A decoded timetable cell. Clock values are minutes after midnight. */
export interface TransitAnswer {
  typical: number;
  fastest: number;
  slowest: number;
  departures: number;
  transfers: number;
  firstArrival: number | null;
  lastReturn: number | null;
}

export function decodeCell(cell: TravelCell | undefined): TransitAnswer | null {
  if (!cell || cell.length < 5 || cell[0] === null || cell[0] === undefined) return null;
  const [typical, fastest, slowest, departures, transfers, firstArrival, lastReturn] = cell;
  return {
    typical: typical!,
    fastest: fastest ?? typical!,
    slowest: slowest ?? typical!,
    departures: departures ?? 0,
    transfers: transfers ?? 0,
    firstArrival: firstArrival ?? null,
    lastReturn: lastReturn ?? null,
  };
}

export interface TransitLookup {
  /** The pair is in the travel block (origin and destination both computed). */
  known: boolean;
  answer: TransitAnswer | null;
}

/** Row and column look-ups per travel block, built once. */
const positions = new WeakMap<object, { origins: Map<string, number>; destinations: Map<string, number> }>();

/**
 * The timetable answer for an origin (8-digit AGS or Ortsteil id; an Ortsteil
 * not computed falls back to its Gemeinde) and a location on a day type.
 */
export function transitTime(index: FeedIndex, origin: string, location: string, day: DayType): TransitLookup {
  const travel = index.feed.travel;
  if (!travel) return { known: false, answer: null };
  let pos = positions.get(travel);
  if (!pos) {
    pos = {
      origins: new Map(travel.origins.map((o, i) => [o, i])),
      destinations: new Map(travel.destinations.map((d, i) => [d, i])),
    };
    positions.set(travel, pos);
  }
  let row = pos.origins.get(origin);
  if (row === undefined) {
    const gemeinde = gemeindeOfOrigin(index, origin);
    if (gemeinde) row = pos.origins.get(gemeinde);
  }
  const column = pos.destinations.get(location);
  const matrix = travel.matrix[day];
  if (row === undefined || column === undefined || !matrix) return { known: false, answer: null };
  return { known: true, answer: decodeCell(matrix[row]?.[column]) };
}

/** The Gemeinde an Ortsteil id belongs to. */
function gemeindeOfOrigin(index: FeedIndex, origin: string): string | undefined {
  for (const g of index.gemeinden.values()) if (g.ortsteile?.some((o) => o.id === origin)) return g.ags;
  return undefined;
}

/** Where an origin lies: a Gemeinde's or Ortsteil's centroid. */
export function originPosition(index: FeedIndex, origin: string): LatLon | undefined {
  for (const g of index.gemeinden.values()) {
    const ortsteil = g.ortsteile?.find((o) => o.id === origin);
    if (ortsteil) return ortsteil.centroid ?? g.centroid;
  }
  return gemeindeCentroid(index, origin);
}

/** The planning target for trips to a place, by the central-place level of its Gemeinde. */
export function planningTarget(index: FeedIndex, location: Location): { minutes: number; level: keyof typeof RIN_TARGETS } | undefined {
  const level = location.gemeinde ? index.gemeinden.get(location.gemeinde)?.centre : undefined;
  return level ? { minutes: RIN_TARGETS[level], level } : undefined;
}

export interface RouteQuery {
  /** AGS or Ortsteil id; or a position (kept in memory only). */
  from: string | LatLon;
  location: string;
  mode?: TravelMode;
  day?: DayType;
}

export interface RouteAnswer {
  mode: TravelMode;
  tier: 'timetable' | 'estimate';
  day: DayType;
  /** With `transit`: the timetable answer; null when no bus or train runs in the window. */
  transit?: TransitAnswer | null;
  /** The travel block has no entry for this pair (not computed, or no travel data). */
  unknown?: boolean;
  /** Walking or cycling estimate: the answer for those modes, the fallback for transit. */
  estimate?: Estimate;
  /** For transit: walking, when it takes at most about 25 minutes (often the better answer in town). */
  walk?: Estimate;
  /** For transit: the other day type's answer differs (school day vs holiday). */
  otherDay?: { day: DayType; transit: TransitAnswer | null };
  target?: { minutes: number; met: boolean };
  window?: { from: string; to: string };
  /** Source attribution of the timetable (licence requirement). */
  attribution?: string;
  synthetic?: boolean;
}

/** The answer for a badge: the best tier available for the mode, with its caveats. */
export function routeTime(index: FeedIndex, query: RouteQuery): RouteAnswer | undefined {
  const location = index.locations.get(query.location);
  if (!location) return undefined;
  const to = positionOf(index, location);
  const from = typeof query.from === 'string' ? originPosition(index, query.from) : query.from;
  const mode = query.mode ?? 'transit';
  const day = query.day ?? 'schoolday';
  const params = index.feed.travel?.params ?? {};
  const answer: RouteAnswer = { mode, tier: 'estimate', day };
  const estimates = (m: 'walk' | 'bike') => (from && to ? estimateTrip(from, to, m, definedOnly(params)) : undefined);

  if (mode !== 'transit') {
    const estimate = estimates(mode);
    if (!estimate) return undefined;
    answer.estimate = estimate;
    return answer;
  }

  const travel = index.feed.travel;
  const lookup = typeof query.from === 'string' ? transitTime(index, query.from, location.id, day) : { known: false, answer: null };
  if (lookup.known && travel) {
    answer.tier = 'timetable';
    answer.transit = lookup.answer;
    answer.window = { from: travel.window.from, to: travel.window.to };
    answer.attribution = typeof travel.source.attribution === 'string' ? travel.source.attribution : travel.source.attribution.de;
    if (travel.source.synthetic) answer.synthetic = true;
    const other: DayType | undefined = day === 'schoolday' ? 'holiday' : day === 'holiday' ? 'schoolday' : undefined;
    if (other && travel.matrix[other]) {
      const otherLookup = transitTime(index, query.from as string, location.id, other);
      if (!sameAnswer(otherLookup.answer, lookup.answer)) answer.otherDay = { day: other, transit: otherLookup.answer };
    }
    const target = planningTarget(index, location);
    if (target && lookup.answer) answer.target = { minutes: target.minutes, met: lookup.answer.typical <= target.minutes };
  } else {
    answer.unknown = true;
  }
  const walk = estimates('walk');
  if (walk && walk.high <= 25) answer.walk = walk;
  // Without a bus (or without timetable data), say how long cycling takes instead.
  if (!answer.transit) {
    const estimate = estimates('bike');
    if (estimate) answer.estimate = estimate;
  }
  return answer;
}

function sameAnswer(a: TransitAnswer | null, b: TransitAnswer | null): boolean {
  if (!a || !b) return a === b;
  return a.typical === b.typical && a.departures === b.departures && a.lastReturn === b.lastReturn;
}

function definedOnly(params: Record<string, number | undefined>): Partial<typeof ESTIMATE_DEFAULTS> {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(params)) if (typeof value === 'number') out[key] = value;
  return out as Partial<typeof ESTIMATE_DEFAULTS>;
}
