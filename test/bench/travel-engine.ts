/**
 * Bench for the travel-time engine: 50 origins × 500 destinations, window
 * 7:00–10:00 at one-minute steps, 4 day types, on a seeded synthetic network
 * of about 300,000 connections a day (≈ 3,000 stops in 50 km × 50 km: a
 * Kreisstadt with a dense city network, towns with town buses, regional
 * trunks every 30–60 min, rail, sparse feeders, trips past midnight).
 *
 * Called by test/bench/run.ts; alone: `node --expose-gc --import tsx test/bench/travel-engine.ts`.
 */
import { pathToFileURL } from 'node:url';
import type { Timetable, TimetableStop } from '../../src/cli/travel/timetable.js';
import { travelMatrix, type Place } from '../../src/cli/travel/engine/index.js';

/** mulberry32: small, fast, deterministic. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SIZE = 50_000;
const LAT0 = 49.05;
const LON0 = 9.35;
const M_PER_DEG = 6_371_008.8 * (Math.PI / 180);
const COS = Math.cos(((LAT0 + 0.225) * Math.PI) / 180);
const toLatLon = (x: number, y: number) => ({ lat: LAT0 + y / M_PER_DEG, lon: LON0 + x / (M_PER_DEG * COS) });

type Pt = [number, number];

export interface SyntheticNetwork {
  timetable: Timetable;
  origins: Place[];
  destinations: Place[];
}

/** A seeded synthetic rural-plus-towns network of about `target` connections. */
export function syntheticNetwork(seed: number, target = 300_000): SyntheticNetwork {
  const r = random(seed);
  const stops: TimetableStop[] = [];
  const xy: Pt[] = [];
  const grid = new Map<number, number[]>();
  const cellOf = (x: number, y: number) => Math.floor(x / 250) * 1000 + Math.floor(y / 250);
  /** The stop at (x, y), reusing one within 200 m so lines meet. */
  const stopAt = (x: number, y: number): number => {
    x = Math.min(SIZE, Math.max(0, x));
    y = Math.min(SIZE, Math.max(0, y));
    const cx = Math.floor(x / 250);
    const cy = Math.floor(y / 250);
    for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) {
      for (const i of grid.get((cx + dx) * 1000 + cy + dy) ?? []) if (Math.hypot(xy[i]![0] - x, xy[i]![1] - y) < 200) return i;
    }
    const i = stops.length;
    stops.push({ id: `de:08126:${i}`, name: `Haltestelle ${i}`, ...toLatLon(x, y), station: i });
    xy.push([x, y]);
    const k = cellOf(x, y);
    (grid.get(k) ?? grid.set(k, []).get(k)!).push(i);
    return i;
  };

  const centre: Pt = [SIZE / 2, SIZE / 2];
  const towns: Pt[] = [];
  while (towns.length < 8) {
    const p: Pt = [5000 + r() * (SIZE - 10000), 5000 + r() * (SIZE - 10000)];
    if ([centre, ...towns].every((q) => Math.hypot(p[0] - q[0], p[1] - q[1]) > 9000)) towns.push(p);
  }
  const villages: Pt[] = Array.from({ length: 200 }, () => [r() * SIZE, r() * SIZE] as Pt);
  const nearestTown = (p: Pt) => [centre, ...towns].reduce((a, b) => (Math.hypot(p[0] - a[0], p[1] - a[1]) <= Math.hypot(p[0] - b[0], p[1] - b[1]) ? a : b));

  /** Stops along a path of waypoints, one every `spacing` metres, with a little jitter. */
  const route = (way: Pt[], spacing: number): number[] => {
    const out: number[] = [];
    for (let w = 0; w + 1 < way.length; w++) {
      const [a, b] = [way[w]!, way[w + 1]!];
      const n = Math.max(1, Math.round(Math.hypot(b[0] - a[0], b[1] - a[1]) / spacing));
      for (let k = w === 0 ? 0 : 1; k <= n; k++) {
        const s = stopAt(a[0] + ((b[0] - a[0]) * k) / n + (r() - 0.5) * spacing * 0.3, a[1] + ((b[1] - a[1]) * k) / n + (r() - 0.5) * spacing * 0.3);
        if (out[out.length - 1] !== s) out.push(s);
      }
    }
    return out;
  };
  const via = (a: Pt, b: Pt): Pt[] => {
    // Through the one or two villages closest to the straight line.
    const mid: Pt = [(a[0] + b[0]) / 2 + (r() - 0.5) * 4000, (a[1] + b[1]) / 2 + (r() - 0.5) * 4000];
    return [a, mid, b];
  };

  interface Line { stops: number[]; kmh: number; headways: Array<[from: number, to: number, minutes: number]>; }
  const lines: Line[] = [];
  const day = (h: number) => h * 3600;
  // Kreisstadt city lines through the centre.
  for (let k = 0; k < 10; k++) {
    const ang = (Math.PI * k) / 10 + r() * 0.2;
    const len = 4000 + r() * 2000;
    const a: Pt = [centre[0] + Math.cos(ang) * len, centre[1] + Math.sin(ang) * len];
    const b: Pt = [centre[0] - Math.cos(ang) * len, centre[1] - Math.sin(ang) * len];
    lines.push({ stops: route([a, centre, b], 400), kmh: 18, headways: [[day(5), day(6), 20], [day(6), day(20), 10], [day(20), day(24.5), 30]] });
  }
  // Town buses.
  for (const t of towns) for (let k = 0; k < 3; k++) {
    const ang = r() * Math.PI;
    const a: Pt = [t[0] + Math.cos(ang) * 3000, t[1] + Math.sin(ang) * 3000];
    const b: Pt = [t[0] - Math.cos(ang) * 3000, t[1] - Math.sin(ang) * 3000];
    lines.push({ stops: route([a, t, b], 450), kmh: 20, headways: [[day(5.5), day(19.5), 20], [day(19.5), day(23), 60]] });
  }
  // Regional trunks: every town to the Kreisstadt and to its neighbours, via villages.
  const hubs = [centre, ...towns];
  for (let i = 0; i < hubs.length; i++) for (let j = i + 1; j < hubs.length; j++) {
    const [a, b] = [hubs[i]!, hubs[j]!];
    if (i !== 0 && Math.hypot(a[0] - b[0], a[1] - b[1]) > 22000) continue;
    lines.push({ stops: route(via(a, b), 600), kmh: 32, headways: [[day(5), day(6), 60], [day(6), day(9), 30], [day(9), day(15), 60], [day(15), day(18.5), 30], [day(18.5), day(23.6), 60]] });
  }
  // Rail across the area.
  for (let k = 0; k < 3; k++) {
    const y = SIZE * (0.2 + 0.3 * k) + (r() - 0.5) * 3000;
    lines.push({ stops: route([[0, y], [SIZE / 2, (y + SIZE / 2) / 2], [SIZE, y]], 4500), kmh: 70, headways: [[day(4.8), day(24), 30]] });
  }
  // Feeders: villages to their nearest town, a few runs in the morning and afternoon.
  for (const v of villages) {
    const t = nearestTown(v);
    const other: Pt = [v[0] + (r() - 0.5) * 6000, v[1] + (r() - 0.5) * 6000];
    lines.push({ stops: route([other, v, t], 900), kmh: 35, headways: [[day(5.8), day(8.5), 40 + Math.floor(r() * 3) * 20], [day(12), day(18), 90 + Math.floor(r() * 3) * 30]] });
  }

  // Scale the headways so the day has about `target` connections.
  const count = (f: number) => lines.reduce((sum, l) => sum + 2 * (l.stops.length - 1) * l.headways.reduce((s, [a, b, m]) => s + Math.ceil((b - a) / (m * 60 * f)), 0), 0);
  let f = 1;
  for (let k = 0; k < 30; k++) f *= count(f) / target;

  const dep: number[] = [];
  const arr: number[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const tripOf: number[] = [];
  const trips: Timetable['trips'] = [];
  const routes: Timetable['routes'] = [];
  lines.forEach((l, li) => {
    routes.push({ id: `L${li}`, name: String(li + 1), type: l.kmh >= 70 ? 2 : 3 });
    const offset = Math.floor(r() * 30) * 60;
    for (const dir of [0, 1]) {
      const seq = dir ? [...l.stops].reverse() : l.stops;
      const hop = seq.slice(1).map((s, k) => Math.max(60, Math.round((Math.hypot(xy[s]![0] - xy[seq[k]!]![0], xy[s]![1] - xy[seq[k]!]![1]) * 1.25) / (l.kmh / 3.6) / 60) * 60));
      for (const [a, b, m] of l.headways) {
        const step = Math.max(60, Math.round((m * 60 * f) / 60) * 60);
        for (let t = a + offset + dir * 300; t < b + offset; t += step) {
          const trip = trips.length;
          trips.push({ id: `T${trip}`, route: li });
          let now = t;
          for (let k = 0; k + 1 < seq.length; k++) {
            from.push(seq[k]!);
            to.push(seq[k + 1]!);
            dep.push(now);
            now += hop[k]!;
            arr.push(now);
            tripOf.push(trip);
          }
        }
      }
    }
  });
  const n = dep.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => dep[a]! - dep[b]! || arr[a]! - arr[b]! || tripOf[a]! - tripOf[b]! || a - b);
  const footpaths: Timetable['footpaths'] = [];
  xy.forEach(([x, y], i) => {
    const cx = Math.floor(x / 250);
    const cy = Math.floor(y / 250);
    for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) {
      for (const j of grid.get((cx + dx) * 1000 + cy + dy) ?? []) {
        const d = Math.hypot(xy[j]![0] - x, xy[j]![1] - y);
        if (j !== i && d < 300) footpaths.push({ from: i, to: j, seconds: Math.round((d * 1.3) / 1.25) + 60 });
      }
    }
  });
  const timetable: Timetable = {
    date: '2026-12-01',
    stops,
    routes,
    trips,
    connections: {
      length: n,
      depStop: Uint32Array.from(order, (i) => from[i]!),
      arrStop: Uint32Array.from(order, (i) => to[i]!),
      depTime: Int32Array.from(order, (i) => dep[i]!),
      arrTime: Int32Array.from(order, (i) => arr[i]!),
      trip: Uint32Array.from(order, (i) => tripOf[i]!),
    },
    footpaths,
  };
  // Origins: Gemeinde and Ortsteil centroids (towns and villages); destinations: mostly in towns.
  const jitter = (p: Pt, m: number): Place => ({ id: '', ...toLatLon(p[0] + (r() - 0.5) * m, p[1] + (r() - 0.5) * m) });
  const origins = Array.from({ length: 50 }, (_, i) => ({ ...jitter(i < 9 ? hubs[i]! : villages[i]!, 600), id: `o${i}` }));
  const destinations = Array.from({ length: 500 }, (_, i) => ({ ...(r() < 0.7 ? jitter(hubs[Math.floor(r() * r() * hubs.length)]!, 4000) : jitter(villages[Math.floor(r() * villages.length)]!, 1500)), id: `d${i}` }));
  return { timetable, origins, destinations };
}

const peakMb = () => process.resourceUsage().maxRSS / 1024;

/** Rows: [connections/day, origins × destinations, total seconds, connections scanned, scanned per second, peak RSS MB]. */
export async function travelEngineBench(): Promise<Array<Array<string | number>>> {
  const rows: Array<Array<string | number>> = [];
  // Four day types = four networks of the same kind from different seeds.
  const days = [1, 2, 3, 4].map((d) => `day type ${d} (seed ${999 + d})`);
  let total = 0;
  let scanned = 0;
  let connections = 0;
  for (let k = 0; k < days.length; k++) {
    let net: SyntheticNetwork | null = syntheticNetwork(1000 + k);
    const t0 = performance.now();
    const m = travelMatrix(net.timetable, net.origins, net.destinations, { from: 7 * 3600, to: 10 * 3600 });
    const s = (performance.now() - t0) / 1000;
    const cells = m.cells.flat();
    const reached = cells.filter((c) => c !== null).length;
    total += s;
    scanned += m.connectionsScanned;
    connections += net.timetable.connections.length;
    rows.push([`${days[k]}: ${net.timetable.connections.length.toLocaleString('en')}`, `${net.origins.length} × ${net.destinations.length} (${Math.round((100 * reached) / cells.length)} % reached)`, s.toFixed(2), m.connectionsScanned.toLocaleString('en'), `${(m.connectionsScanned / s / 1e6).toFixed(1)} M/s`, peakMb().toFixed(0)]);
    net = null;
    await new Promise((resolve) => setImmediate(resolve));
  }
  rows.push([`4 days, ≈ ${Math.round(connections / 4).toLocaleString('en')} a day`, '50 × 500', `${total.toFixed(2)} (target ≤ 10)`, scanned.toLocaleString('en'), `${(scanned / total / 1e6).toFixed(1)} M/s`, `${peakMb().toFixed(0)} (target ≤ 1024)`]);
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { table } = await import('./stats.js');
  console.log(table('wegweiser travel: engine (50 origins × 500 destinations, 7–10 h at one-minute steps)', ['connections/day', 'origins × destinations', 'seconds', 'connections scanned', 'scanned per second', 'peak RSS MB'], await travelEngineBench()));
}
