/**
 * `wegweiser report` on a 10,000-entry feed (9,000 services, 1,000
 * programmes): read and validate the file, compute the report, format the
 * text and write the HTML file. Target ≤ 3 s. A second row adds a travel
 * block (every Gemeinde × every place), the heaviest part of coverage.
 * Run alone: node --import tsx test/bench/report-bench.ts
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Feed } from '../../src/core/schema/index.js';
import { reportCommand } from '../../src/cli/commands/report.js';
import { syntheticFeed } from './synthetic-feed.js';
import { median } from './stats.js';

const TODAY = '2026-12-01';

/** Stewards, review dates and end dates spread over the entries, so every list of the report has content. */
function withStewardship(feed: Feed): Feed {
  const stewards = ['st-lra', 'st-vhs', 'st-jobcenter', 'st-gemeinden', 'st-beratung'];
  feed.stewards = stewards.map((id, i) => ({ id, role: `Redaktion ${i + 1}`, email: `${id}@example.org` }));
  const reviewed = ['2026-11-02', '2026-07-15', '2025-05-01', undefined, '2026-10-20', '2026-02-10'];
  const lists = [feed.organisations, feed.locations, feed.services, feed.programmes ?? []] as Array<Array<{ steward?: string; reviewed?: string; validUntil?: string }>>;
  let n = 0;
  for (const list of lists) {
    for (const entry of list) {
      n++;
      if (n % 11 !== 0) entry.steward = stewards[n % stewards.length]!;
      const r = reviewed[n % reviewed.length];
      if (r) entry.reviewed = r;
      else delete entry.reviewed;
      if (n % 37 === 0) entry.validUntil = n % 2 ? '2027-01-15' : '2026-10-31';
    }
  }
  return feed;
}

/** A school-day matrix from every Gemeinde to every place, minutes from the distance in the list. */
function withTravel(feed: Feed): Feed {
  const origins = feed.regions.gemeinden.map((g) => g.ags);
  const destinations = feed.locations.map((l) => l.id);
  const matrix = origins.map((_, i) => destinations.map((_, j) => {
    const minutes = ((i * 7 + j * 13) % 90) + 5;
    return minutes > 80 ? null : [minutes, minutes - 3, minutes + 5, 6, minutes > 40 ? 1 : 0, 420, 1140];
  }));
  feed.travel = {
    source: { name: 'Synthetischer Fahrplan', attribution: 'synthetisch', validFrom: '2026-09-01', validUntil: '2027-06-30', synthetic: true },
    days: { schoolday: '2026-12-08' },
    window: { from: '07:00', to: '19:00' },
    origins,
    destinations,
    matrix: { schoolday: matrix },
  };
  return feed;
}

async function timeReport(file: string, html: string, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now();
    const code = await reportCommand({ feed: file, html, json: false, today: TODAY, lang: 'de', out: () => undefined, err: (t) => { throw new Error(t); } });
    const s = (performance.now() - t0) / 1000;
    if (code !== 0) throw new Error(`report exited with ${code}`);
    if (i > 0) times.push(s); // the first run warms up the JIT
  }
  return median(times);
}

/** Rows: [entries, seconds (median of 3; read + validate + compute + text + HTML)]. */
export async function reportBench(): Promise<Array<Array<string | number>>> {
  const dir = await mkdtemp(join(tmpdir(), 'wegweiser-report-bench-'));
  try {
    const feed = withStewardship(syntheticFeed(9000, 1, 1000));
    const entries = feed.services.length + (feed.programmes?.length ?? 0);
    const plain = join(dir, 'feed.json');
    await writeFile(plain, JSON.stringify(feed));
    const rows: Array<Array<string | number>> = [];
    rows.push([`${entries.toLocaleString('en')} (9,000 services + 1,000 programmes)`, Number((await timeReport(plain, join(dir, 'report.html'), 3)).toFixed(2))]);
    const travelled = withTravel(feed);
    const withMatrix = join(dir, 'feed-travel.json');
    await writeFile(withMatrix, JSON.stringify(travelled));
    const size = `${travelled.travel!.origins.length} × ${travelled.travel!.destinations.length.toLocaleString('en')}`;
    rows.push([`${entries.toLocaleString('en')} + travel block ${size}`, Number((await timeReport(withMatrix, join(dir, 'report-travel.html'), 3)).toFixed(2))]);
    return rows;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { table } = await import('./stats.js');
  console.log(table('wegweiser report: 10,000-entry feed (target ≤ 3 s)', ['entries', 'seconds'], await reportBench()));
}
