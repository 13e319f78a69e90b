/**
 * The data-quality report of `wegweiser travel`: what the timetable holds
 * per day type, which lines run how often, stops without departures, how
 * much of the Kreis is reachable — and whether something was lost against
 * the previous build.
 */
import type { DayType } from '../../core/schema/index.js';
import type { GtfsReadResult } from './gtfs/read.js';
import type { Lang } from '../../admin/lang.js';
import type { IdleReason, IdleStop } from './idle-stops.js';

export interface DayStats {
  trips: number;
  connections: number;
  /** Origin–destination pairs with at least one journey in the window. */
  reachable: number;
}

export interface Drop {
  day: string;
  what: 'trips' | 'connections' | 'reachable';
  before: number;
  after: number;
}

/** Share of the previous build below which a new build is refused (without --force). */
export const MAX_DROP = 0.5;

export function dropProblems(previous: Record<string, DayStats> | undefined, current: Record<string, DayStats>): Drop[] {
  if (!previous) return [];
  const drops: Drop[] = [];
  for (const [day, before] of Object.entries(previous)) {
    const after = current[day] ?? { trips: 0, connections: 0, reachable: 0 };
    for (const what of ['trips', 'connections', 'reachable'] as const) {
      if (before[what] > 0 && after[what] < before[what] * (1 - MAX_DROP)) drops.push({ day, what, before: before[what], after: after[what] });
    }
  }
  return drops;
}

interface ReportInput {
  gtfs: GtfsReadResult;
  days: Partial<Record<DayType, string>>;
  params: { minTransferSeconds: number; maxAccessWalkM: number };
  idle: IdleStop[];
  stats: Record<string, DayStats>;
  previous: Record<string, DayStats> | undefined;
  drops: Drop[];
  origins: number;
  destinations: number;
  seconds: number;
  scanned: number;
}

const WHY: Record<IdleReason, [de: string, en: string]> = {
  'outside-window': ['Abfahrten nur außerhalb des Zeitfensters', 'departures only outside the window'],
  'drop-off-only': ['nur Ausstieg (pickup_type=1 oder Endhalt)', 'drop-off only (pickup_type=1 or end of the line)'],
  'no-trips': ['keine Fahrt an diesen Tagen', 'no trips on these days'],
};

const fmt = (n: number, lang: Lang) => n.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB');

export function qualityReport(input: ReportInput, lang: Lang): string {
  const de = lang === 'de';
  const lines: string[] = [];
  const pairs = input.origins * input.destinations;
  lines.push(de ? `Fahrplan gültig ${input.gtfs.validity.from} bis ${input.gtfs.validity.until}` : `Timetable valid ${input.gtfs.validity.from} to ${input.gtfs.validity.until}`);
  lines.push(de
    ? `Umsteigen mindestens ${fmt(input.params.minTransferSeconds, lang)} s (--min-transfer), Fußweg zur Haltestelle bis ${fmt(input.params.maxAccessWalkM, lang)} m Luftlinie (--walk-radius)`
    : `Changing takes at least ${fmt(input.params.minTransferSeconds, lang)} s (--min-transfer), walking to a stop up to ${fmt(input.params.maxAccessWalkM, lang)} m beeline (--walk-radius)`);
  lines.push('');
  lines.push(de ? 'Tagesart   Datum       Fahrten  Verbindungen  erreichbar (Paare)  vorher' : 'Day type   Date        Trips    Connections   reachable (pairs)   before');
  for (const [day, date] of Object.entries(input.days)) {
    const s = input.stats[day];
    if (!s) continue;
    const before = input.previous?.[day];
    const share = pairs ? Math.round((s.reachable / pairs) * 100) : 0;
    lines.push(`${day.padEnd(10)} ${date}  ${fmt(s.trips, lang).padStart(7)}  ${fmt(s.connections, lang).padStart(12)}  ${`${fmt(s.reachable, lang)} (${share} %)`.padStart(18)}  ${before ? `${fmt(before.trips, lang)} / ${fmt(before.connections, lang)}` : '–'}`);
  }
  // Lines per day type: a line that runs only on school days shows up here.
  const routes = new Set<string>();
  for (const date of Object.values(input.days)) for (const r of Object.keys(input.gtfs.report.days[date!]?.perRoute ?? {})) routes.add(r);
  if (routes.size) {
    lines.push('');
    const dayNames = Object.keys(input.days);
    lines.push(`${(de ? 'Linie' : 'Line').padEnd(24)} ${dayNames.map((d) => d.padStart(10)).join('')}`);
    let unrowed = false;
    for (const route of [...routes].sort((a, b) => a.localeCompare(b, 'de', { numeric: true })).slice(0, 60)) {
      // An explicit 0: the line has trips that day, but none of them has stop times.
      const cells = dayNames.map((d) => {
        const n = input.gtfs.report.days[input.days[d as DayType]!]?.perRoute[route];
        if (n === 0) unrowed = true;
        return (n === 0 ? '0*' : String(n ?? 0)).padStart(10);
      });
      lines.push(`${route.slice(0, 24).padEnd(24)} ${cells.join('')}`);
    }
    if (routes.size > 60) lines.push(de ? `… und ${routes.size - 60} weitere Linien` : `… and ${routes.size - 60} more lines`);
    if (unrowed) lines.push(de ? '* Fahrten stehen in trips.txt, aber keine hat Halte in stop_times.txt.' : '* The trips are in trips.txt, but none of them has stops in stop_times.txt.');
  }
  const idle = input.idle;
  if (idle.length) {
    lines.push('');
    lines.push(de ? `${fmt(idle.length, lang)} Haltestellen ohne Abfahrt im Zeitfenster an den berechneten Tagen:` : `${fmt(idle.length, lang)} stops without a departure in the window on the computed days:`);
    for (const s of idle.slice(0, 20)) lines.push(`  ${s.id}  ${s.name} – ${WHY[s.reason][de ? 0 : 1]}`);
    if (idle.length > 20) lines.push(de ? `  … und ${fmt(idle.length - 20, lang)} weitere (alle mit --json)` : `  … and ${fmt(idle.length - 20, lang)} more (all with --json)`);
  }
  for (const warning of input.gtfs.report.warnings.slice(0, 20)) lines.push(`! ${warning}`);
  if (input.gtfs.report.warnings.length > 20) lines.push(de ? `… und ${input.gtfs.report.warnings.length - 20} weitere Hinweise` : `… and ${input.gtfs.report.warnings.length - 20} more warnings`);
  for (const drop of input.drops) {
    const share = Math.round((1 - drop.after / drop.before) * 100);
    const what = de ? { trips: 'Fahrten', connections: 'Verbindungen', reachable: 'erreichbare Paare' }[drop.what] : { trips: 'trips', connections: 'connections', reachable: 'reachable pairs' }[drop.what];
    lines.push(de
      ? `✗ ${drop.day}: ${share} % weniger ${what} als beim letzten Mal (${fmt(drop.before, lang)} → ${fmt(drop.after, lang)}). So ein Einbruch ist meist ein Fehler im Export.`
      : `✗ ${drop.day}: ${share} % fewer ${what} than last time (${fmt(drop.before, lang)} → ${fmt(drop.after, lang)}). A drop like this is usually a broken export.`);
  }
  lines.push('');
  const rate = input.seconds > 0 ? Math.round(input.scanned / input.seconds) : 0;
  lines.push(de
    ? `Berechnet in ${input.seconds.toFixed(1)} s (${fmt(input.scanned, lang)} Verbindungen geprüft, ${fmt(rate, lang)}/s).`
    : `Computed in ${input.seconds.toFixed(1)} s (${fmt(input.scanned, lang)} connections scanned, ${fmt(rate, lang)}/s).`);
  return lines.join('\n');
}
