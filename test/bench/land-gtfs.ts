/**
 * A generated Land-sized GTFS folder (Baden-Württemberg-like: 44 Kreise),
 * for the `wegweiser travel` reader bench: about 20 million stop times.
 *
 * Shape: per Kreis a jittered grid of stops with DELFI-style ids
 * "de:<AGS5>:<n>:0:1" (so `--stops de:08126` keeps one Kreis, ≈ 1/44), three
 * agencies, lines of 20–40 stops walked across the grid (some Stadtbus
 * loops passing their first stops twice, some regional lines running on
 * into the neighbouring Kreis), and trips on four services: school days
 * (S), Monday–Friday (W), Saturdays (SA), Sundays (SO); school holidays
 * remove S through calendar_dates.txt. Times run from 05:00 to past
 * midnight.
 *
 * Deterministic from its options; written in large chunks (the CSV is built
 * as strings of a few MB and written synchronously) and cached in
 * os.tmpdir() under a name derived from the options, so `npm run bench`
 * generates it once per machine.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LandOptions {
  /** Stop times to generate (about; the generator stops adding trips once reached). */
  stopTimes: number;
  seed: number;
}

export interface LandGtfs {
  dir: string;
  kreise: string[];
  stops: number;
  routes: number;
  trips: number;
  stopTimes: number;
  /** Dates for the four day types (2026). */
  dates: { schoolday: string; holiday: string; saturday: string; sunday: string };
  /** Seconds spent generating (0 when the cached copy was used). */
  generatedSeconds: number;
}

/** 44 Baden-Württemberg Kreise (35 Landkreise and 9 Stadtkreise). */
export const KREISE = [
  '08111', '08115', '08116', '08117', '08118', '08119', '08121', '08125', '08126', '08127', '08128', '08135', '08136',
  '08211', '08212', '08215', '08216', '08221', '08222', '08225', '08226', '08231', '08235', '08236', '08237',
  '08311', '08315', '08316', '08317', '08325', '08326', '08327', '08335', '08336', '08337',
  '08415', '08416', '08417', '08421', '08425', '08426', '08435', '08436', '08437',
];

const GRID_X = 30, GRID_Y = 40; // stops per Kreis: 1,200
const COLS = 7; // Kreise laid out 7 wide
const DATES = { schoolday: '2026-03-03', holiday: '2026-04-07', saturday: '2026-03-07', sunday: '2026-03-08' };
const HOLIDAYS: Array<[string, string]> = [['20260330', '20260411'], ['20260526', '20260605'], ['20260730', '20260912'], ['20261026', '20261030'], ['20261223', '20261231']];

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

/** Appends to a file in chunks of a few MB. */
class ChunkWriter {
  private fd: number;
  private parts: string[] = [];
  private size = 0;
  constructor(path: string, header: string) {
    this.fd = openSync(path, 'w');
    this.write(header);
  }
  write(s: string): void {
    this.parts.push(s);
    this.size += s.length;
    if (this.size > 4 << 20) this.flush();
  }
  private flush(): void {
    writeSync(this.fd, this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const clock = (s: number) => `${pad2(Math.floor(s / 3600))}:${pad2(Math.floor(s / 60) % 60)}:${pad2(s % 60)}`;

export function landGtfs(options: LandOptions = { stopTimes: 20_500_000, seed: 7 }): LandGtfs {
  const dir = join(tmpdir(), `wegweiser-land-gtfs-${options.stopTimes}-${options.seed}-v1`);
  const summaryPath = join(dir, 'summary.json');
  if (existsSync(summaryPath)) {
    return { ...(JSON.parse(readFileSync(summaryPath, 'utf8')) as LandGtfs), generatedSeconds: 0 };
  }
  const started = performance.now();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const r = random(options.seed);
  const K = KREISE.length;

  // Stops: per Kreis a jittered grid about 40 km × 35 km; Kreis k at column k % 7, row k / 7.
  const stopsOut = new ChunkWriter(join(dir, 'stops.txt'), 'stop_id,stop_name,stop_lat,stop_lon,location_type,parent_station\n');
  const stopId = (k: number, x: number, y: number) => `de:${KREISE[k]}:${1000 + y * GRID_X + x}:0:1`;
  for (let k = 0; k < K; k++) {
    const lat0 = 47.6 + Math.floor(k / COLS) * 0.32, lon0 = 7.5 + (k % COLS) * 0.5;
    for (let y = 0; y < GRID_Y; y++) {
      for (let x = 0; x < GRID_X; x++) {
        const lat = lat0 + (y + 0.3 * r()) * (0.32 / GRID_Y), lon = lon0 + (x + 0.3 * r()) * (0.5 / GRID_X);
        stopsOut.write(`${stopId(k, x, y)},Ort ${KREISE[k]}-${y} Haltestelle ${x},${lat.toFixed(6)},${lon.toFixed(6)},,\n`);
      }
    }
  }
  stopsOut.close();

  writeFileSync(join(dir, 'agency.txt'), 'agency_id,agency_name,agency_url,agency_timezone\n' + KREISE.flatMap((a) => [0, 1, 2].map((i) => `A${a}-${i},Verkehrsbetrieb ${a}-${i},https://example.org/${a}/${i},Europe/Berlin\n`)).join(''));
  writeFileSync(join(dir, 'calendar.txt'), 'service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nS,1,1,1,1,1,0,0,20260101,20261231\nW,1,1,1,1,1,0,0,20260101,20261231\nSA,0,0,0,0,0,1,0,20260101,20261231\nSO,0,0,0,0,0,0,1,20260101,20261231\n');
  const cd: string[] = ['service_id,date,exception_type\n'];
  for (const [from, to] of HOLIDAYS) {
    for (let d = new Date(`${from.slice(0, 4)}-${from.slice(4, 6)}-${from.slice(6)}T12:00:00Z`); d.toISOString().slice(0, 10).replace(/-/g, '') <= to; d.setUTCDate(d.getUTCDate() + 1)) {
      if (d.getUTCDay() >= 1 && d.getUTCDay() <= 5) cd.push(`S,${d.toISOString().slice(0, 10).replace(/-/g, '')},2\n`);
    }
  }
  writeFileSync(join(dir, 'calendar_dates.txt'), cd.join(''));
  writeFileSync(join(dir, 'feed_info.txt'), 'feed_publisher_name,feed_publisher_url,feed_lang,feed_version\nGenerierter Landesfahrplan,https://example.org,de,bench-v1\n');

  // Lines: walks over the grid; trips on the four services until the stop-time budget is spent.
  const routesOut = new ChunkWriter(join(dir, 'routes.txt'), 'agency_id,route_id,route_short_name,route_long_name,route_type\n');
  const tripsOut = new ChunkWriter(join(dir, 'trips.txt'), 'route_id,service_id,trip_id,trip_headsign,direction_id\n');
  const stOut = new ChunkWriter(join(dir, 'stop_times.txt'), 'trip_id,arrival_time,departure_time,stop_id,stop_sequence,pickup_type,drop_off_type\n');
  const perKreis = options.stopTimes / K;
  let routes = 0, trips = 0, stopTimes = 0;
  for (let k = 0; k < K; k++) {
    let kreisRows = 0;
    for (let line = 0; kreisRows < perKreis; line++) {
      const kind = line % 12 === 5 ? 'regional' : line % 10 === 3 ? 'loop' : 'bus';
      const n = 20 + Math.floor(r() * 21);
      // A self-avoiding-ish walk on the grid; regional lines continue into the next Kreis to the east (or west).
      let x = Math.floor(r() * GRID_X), y = Math.floor(r() * GRID_Y), kk = k;
      const path: string[] = [];
      const seen = new Set<string>();
      for (let i = 0; path.length < n && i < n * 4; i++) {
        const id = stopId(kk, x, y);
        if (!seen.has(id)) {
          seen.add(id);
          path.push(id);
        }
        const dir = Math.floor(r() * 4);
        x += dir === 0 ? 1 : dir === 1 ? -1 : 0;
        y += dir === 2 ? 1 : dir === 3 ? -1 : 0;
        if (kind === 'regional' && path.length === n >> 1 && kk === k) {
          kk = k % COLS < COLS - 1 && k + 1 < K ? k + 1 : k - 1;
          x = kk > k ? 0 : GRID_X - 1;
        }
        x = Math.max(0, Math.min(GRID_X - 1, x));
        y = Math.max(0, Math.min(GRID_Y - 1, y));
      }
      if (kind === 'loop') path.push(...path.slice(0, 3)); // a Stadtbus loop passes its first stops again
      const routeId = `R${KREISE[k]}-${line}`;
      routesOut.write(`A${KREISE[k]}-${line % 3},${routeId},${kind === 'regional' ? 'RB' : ''}${(line % 90) + 10 * (k % 9)},Linie ${line} ${KREISE[k]},${kind === 'regional' ? 2 : 3}\n`);
      routes++;
      const hops = path.map(() => 60 + Math.floor(r() * 120));
      for (const [service, count] of [['S', 70], ['W', 160], ['SA', 50], ['SO', 25]] as const) {
        const reach = count * (0.7 + 0.6 * r());
        for (let t = 0; t < reach; t++) {
          const back = (t & 1) === 1;
          const stops = back ? [...path].reverse() : path;
          const tripId = `${routeId}-${service}-${t}`;
          tripsOut.write(`${routeId},${service},${tripId},${stops[stops.length - 1]},${back ? 1 : 0}\n`);
          trips++;
          let time = 5 * 3600 + Math.floor(((t + r()) / reach) * 19.5 * 3600 / 60) * 60;
          const rows: string[] = [];
          for (let i = 0; i < stops.length; i++) {
            const c = clock(time);
            const pick = i === stops.length - 1 ? 1 : 0, drop = i === 0 ? 1 : 0;
            rows.push(`${tripId},${c},${c},${stops[i]},${i + 1},${pick},${drop}\n`);
            time += hops[i]!;
          }
          stOut.write(rows.join(''));
          stopTimes += stops.length;
          kreisRows += stops.length;
        }
      }
    }
  }
  routesOut.close();
  tripsOut.close();
  stOut.close();
  const summary: LandGtfs = { dir, kreise: KREISE, stops: K * GRID_X * GRID_Y, routes, trips, stopTimes, dates: DATES, generatedSeconds: (performance.now() - started) / 1000 };
  writeFileSync(summaryPath, JSON.stringify(summary));
  return summary;
}
