/**
 * Bench: `wegweiser travel` reading a Land-sized GTFS (≥ 20 million stop
 * times, test/bench/land-gtfs.ts) with the Kreis filter `--stops de:08126`,
 * as the command does: a quick look at validity, then the four day types.
 *
 * The read runs in a child process, so that its peak memory is its own
 * maxRSS (process.resourceUsage()) and not the bench's; wall time is
 * measured around the child. Called by test/bench/run.ts; alone:
 * `node --import tsx test/bench/travel-land.ts`.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { landGtfs, type LandGtfs } from './land-gtfs.js';
import { median } from './stats.js';

export const LAND_TARGETS = { seconds: 90, rssMb: 2048 };
const PREFIX = 'de:08126';

interface ChildResult {
  seconds: number;
  maxRssMb: number;
  keptStops: number;
  connections: Record<string, number>;
  trips: Record<string, number>;
}

/** The read itself (in the child). */
async function childRead(dir: string, dates: string[]): Promise<ChildResult> {
  const { readGtfs } = await import('../../src/cli/travel/gtfs/read.js');
  const start = performance.now();
  await readGtfs(dir, { dates: [], stopPrefixes: [PREFIX] });
  const result = await readGtfs(dir, { dates, stopPrefixes: [PREFIX] });
  const seconds = (performance.now() - start) / 1000;
  const connections: Record<string, number> = {};
  const trips: Record<string, number> = {};
  for (const [date, tt] of result.timetables) {
    connections[date] = tt.connections.length;
    trips[date] = result.report.days[date]?.trips ?? 0;
  }
  return { seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, keptStops: result.timetables.values().next().value?.stops.length ?? 0, connections, trips };
}

export interface LandBench {
  land: LandGtfs;
  runs: ChildResult[];
  /** Wall time of each child (process start to exit). */
  wall: number[];
}

export async function travelLandBench(runs = 3, stopTimes = 20_500_000): Promise<LandBench> {
  const land = landGtfs({ stopTimes, seed: 7 });
  const dates = Object.values(land.dates);
  const results: ChildResult[] = [];
  const wall: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', land.dir, ...dates], { encoding: 'utf8', maxBuffer: 1 << 24 });
    wall.push((performance.now() - start) / 1000);
    if (child.status !== 0) throw new Error(`travel-land child failed (${child.status}): ${child.stderr}`);
    results.push(JSON.parse(child.stdout.trim().split('\n').pop()!) as ChildResult);
  }
  return { land, runs: results, wall };
}

/** Rows for stats.table(): figure, value, target. */
export function landRows(b: LandBench): Array<Array<string | number>> {
  const sec = median(b.wall);
  const read = median(b.runs.map((r) => r.seconds));
  const rss = Math.max(...b.runs.map((r) => r.maxRssMb));
  const r0 = b.runs[0]!;
  const school = b.land.dates.schoolday;
  return [
    ['stop_times.txt rows (Land)', b.land.stopTimes.toLocaleString('en'), '≥ 20,000,000'],
    ['stops / routes / trips (Land)', `${b.land.stops.toLocaleString('en')} / ${b.land.routes.toLocaleString('en')} / ${b.land.trips.toLocaleString('en')}`, ''],
    [`kept by --stops ${PREFIX}`, `${r0.keptStops.toLocaleString('en')} stops, ${(r0.trips[school] ?? 0).toLocaleString('en')} trips and ${(r0.connections[school] ?? 0).toLocaleString('en')} connections on the school day`, '≈ 1/44'],
    [`wall time, probe + 4 day types (median of ${b.wall.length}, child process)`, `${sec.toFixed(1)} s (read ${read.toFixed(1)} s)`, `≤ ${LAND_TARGETS.seconds} s ${sec <= LAND_TARGETS.seconds ? '✓' : '✗'}`],
    ['peak memory (child maxRSS, max of runs)', `${rss.toFixed(0)} MB`, `≤ ${LAND_TARGETS.rssMb} MB ${rss <= LAND_TARGETS.rssMb ? '✓' : '✗'}`],
    ['generating the Land GTFS (cached in os.tmpdir())', b.land.generatedSeconds ? `${b.land.generatedSeconds.toFixed(1)} s` : 'cached', ''],
  ];
}

if (process.argv[2] === '--child') {
  const [dir, ...dates] = process.argv.slice(3);
  console.log(JSON.stringify(await childRead(dir!, dates)));
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { table } = await import('./stats.js');
  console.log(table('Travel at Land scale: reading a generated Land GTFS with a Kreis filter', ['figure', 'value', 'target'], landRows(await travelLandBench(Number(process.argv[2] ?? 3)))));
}
