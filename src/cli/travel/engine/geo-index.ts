/**
 * Neighbour search for walking access and egress: which stops lie within a
 * beeline radius of a point, and how many seconds the walk takes.
 *
 * Distances use the equirectangular approximation (error far below a metre
 * at a few kilometres), which is ample for a walking radius of ~1 km.
 * Stops are bucketed in a grid whose cells are as large as the radius, so a
 * query looks at 3 × 3 cells instead of every stop.
 */

const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

/** Beeline distance in metres (equirectangular approximation). */
export function distanceM(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const x = (lon2 - lon1) * RAD * Math.cos(((lat1 + lat2) / 2) * RAD);
  const y = (lat2 - lat1) * RAD;
  return Math.sqrt(x * x + y * y) * EARTH_RADIUS_M;
}

/** Walking seconds for a beeline distance: beeline × detour ÷ speed, rounded to whole seconds. */
export function walkSeconds(beelineM: number, walkKmh: number, walkDetour: number): number {
  return Math.round((beelineM * walkDetour) / (walkKmh / 3.6));
}

export interface NearStops {
  /** Stop indices, ascending. */
  stops: number[];
  /** Walking seconds, parallel to `stops`. */
  seconds: number[];
}

export interface StopGrid {
  /** Stops within `radiusM` beeline of the point, ascending by stop index. */
  near(lat: number, lon: number): NearStops;
}

/**
 * Builds a grid over the stops for queries of one fixed radius. Stops with
 * non-finite coordinates are never returned.
 */
export function stopGrid(
  stops: ReadonlyArray<{ lat: number; lon: number }>,
  radiusM: number,
  walkKmh: number,
  walkDetour: number,
): StopGrid {
  const lats: number[] = [];
  for (const s of stops) if (Number.isFinite(s.lat) && Number.isFinite(s.lon)) lats.push(s.lat);
  lats.sort((a, b) => a - b);
  // Longitude degrees shrink towards the poles: size the cells at the area's
  // most poleward latitude so a 3 × 3 neighbourhood always covers the radius.
  const maxAbsLat = lats.length ? Math.min(89, Math.max(Math.abs(lats[0]!), Math.abs(lats[lats.length - 1]!))) : 0;
  const cell = Math.max(radiusM, 1);
  const cellLat = cell / (EARTH_RADIUS_M * RAD);
  const cellLon = cellLat / Math.cos(maxAbsLat * RAD);
  const cells = new Map<number, number[]>();
  const key = (cx: number, cy: number) => (cx + 1_048_576) * 2_097_152 + (cy + 1_048_576);
  stops.forEach((s, i) => {
    if (!Number.isFinite(s.lat) || !Number.isFinite(s.lon)) return;
    const k = key(Math.floor(s.lon / cellLon), Math.floor(s.lat / cellLat));
    const list = cells.get(k);
    if (list) list.push(i);
    else cells.set(k, [i]);
  });
  return {
    near(lat: number, lon: number): NearStops {
      const out: NearStops = { stops: [], seconds: [] };
      if (!Number.isFinite(lat) || !Number.isFinite(lon)) return out;
      const cx = Math.floor(lon / cellLon);
      const cy = Math.floor(lat / cellLat);
      const found: Array<[number, number]> = [];
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          const list = cells.get(key(cx + dx, cy + dy));
          if (!list) continue;
          for (const i of list) {
            const s = stops[i]!;
            const d = distanceM(lat, lon, s.lat, s.lon);
            if (d <= radiusM) found.push([i, walkSeconds(d, walkKmh, walkDetour)]);
          }
        }
      }
      found.sort((a, b) => a[0] - b[0]);
      for (const [i, sec] of found) {
        out.stops.push(i);
        out.seconds.push(sec);
      }
      return out;
    },
  };
}
