/**
 * Opening hours between OSM `opening_hours` strings (the feed) and HSDS 3.0
 * schedules (iCalendar RRULE parts: freq, byday, opens_at, closes_at).
 * Only the weekly part travels: "Mo-Fr 08:00-12:00, Th 14:00-17:30" maps
 * both ways; public/school holidays, week numbers, dates and comments do not
 * and are reported. The full OSM string then goes into the schedule notes
 * after a marker, so a round trip through HSDS keeps it exactly.
 */
export const OSM_MARKER = 'opening_hours (OSM): ';

const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
const RRULE_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export interface HsdsSchedule {
  id?: string;
  freq?: string;
  byday?: string;
  opens_at?: string;
  closes_at?: string;
  description?: string;
  notes?: string;
  [key: string]: unknown;
}

type Week = Array<Array<[string, string]>>;

const TIME = /^([01]?\d|2[0-4]):([0-5]\d)$/;
const RANGE = /^(\d{1,2}:\d{2})-(\d{1,2}:\d{2})$/;

/** "Mo-We,Fr" → [0,1,2,4]; undefined when it is not a plain weekday list. */
function parseDays(text: string): number[] | undefined {
  const days = new Set<number>();
  for (const part of text.split(',')) {
    const m = /^(Mo|Tu|We|Th|Fr|Sa|Su)(?:-(Mo|Tu|We|Th|Fr|Sa|Su))?$/.exec(part);
    if (!m) return undefined;
    const from = DAYS.indexOf(m[1] as typeof DAYS[number]);
    const to = m[2] ? DAYS.indexOf(m[2] as typeof DAYS[number]) : from;
    for (let d = from; ; d = (d + 1) % 7) {
      days.add(d);
      if (d === to) break;
    }
  }
  return [...days].sort((a, b) => a - b);
}

const pad = (t: string): string => {
  const m = TIME.exec(t);
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : t;
};

export interface OsmToSchedules {
  schedules: HsdsSchedule[];
  /** Rules that HSDS cannot say ("PH off", "week 02-52/2 …", comments). */
  lost: string[];
}

/** The weekly part of an OSM string as one schedule per time range and group of days. */
export function osmToSchedules(osm: string): OsmToSchedules {
  const week: Week = [[], [], [], [], [], [], []];
  const lost: string[] = [];
  // Comments may contain ';' — split outside quotes only.
  const rules = osm.match(/(?:[^;"]|"[^"]*")+/g)?.map((r) => r.trim()).filter(Boolean) ?? [];
  for (const rule of rules) {
    const m = /^([A-Za-z,-]+)\s+([\d:,-]+)(?:\s+open)?(\s+"[^"]*")?$/.exec(rule);
    const days = m ? parseDays(m[1]!) : undefined;
    const ranges = m ? m[2]!.split(',').map((r) => RANGE.exec(r)) : [];
    if (!m || !days || ranges.some((r) => !r)) {
      lost.push(rule);
      continue;
    }
    if (m[3]) lost.push(m[3].trim());
    const times = ranges.map((r) => [pad(r![1]!), pad(r![2]!)] as [string, string]);
    for (const d of days) week[d] = times; // ';' replaces what was said about a day before
  }
  // Group days with the same time range, Monday first, ranges in order of time.
  const groups = new Map<string, number[]>();
  week.forEach((times, d) => {
    for (const [open, close] of times) {
      const key = `${open}-${close}`;
      groups.set(key, [...(groups.get(key) ?? []), d]);
    }
  });
  const schedules = [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, days]): HsdsSchedule => {
      const [open, close] = key.split('-') as [string, string];
      return { freq: 'WEEKLY', byday: days.map((d) => RRULE_DAYS[d]).join(','), opens_at: `${open}:00`, closes_at: `${close}:00` };
    });
  return { schedules, lost };
}

/** Fields of an HSDS schedule that the OSM weekly form carries. */
export const SCHEDULE_MAPPED = new Set(['id', 'freq', 'byday', 'opens_at', 'closes_at', 'description', 'notes', 'service_id', 'location_id', 'service_at_location_id']);

export interface SchedulesToOsm {
  osm?: string;
  note?: string;
  /** Schedule fields that are set and not carried, by field name. */
  lost: string[];
}

/** HSDS schedules → one OSM string (weekly rules only); a marked OSM string in the notes wins. */
export function schedulesToOsm(schedules: HsdsSchedule[]): SchedulesToOsm {
  const lost: string[] = [];
  const notes: string[] = [];
  let marked: string | undefined;
  const week: Week = [[], [], [], [], [], [], []];
  for (const s of schedules) {
    for (const [key, value] of Object.entries(s)) {
      if (!SCHEDULE_MAPPED.has(key) && value !== undefined && value !== null && value !== '') {
        if (key === 'interval' && Number(value) === 1) continue;
        lost.push(key);
      }
    }
    for (const text of [s.description, s.notes]) {
      if (typeof text !== 'string' || !text.trim()) continue;
      const at = text.indexOf(OSM_MARKER);
      if (at >= 0) {
        marked = text.slice(at + OSM_MARKER.length).split('\n')[0]!.trim();
        const rest = text.slice(0, at).trim();
        if (rest && !notes.includes(rest)) notes.push(rest);
      } else if (!notes.includes(text.trim())) {
        notes.push(text.trim());
      }
    }
    const freq = String(s.freq ?? 'WEEKLY').toUpperCase();
    const open = /^(\d{1,2}:\d{2})/.exec(String(s.opens_at ?? ''))?.[1];
    const close = /^(\d{1,2}:\d{2})/.exec(String(s.closes_at ?? ''))?.[1];
    const days = String(s.byday ?? '').split(',').map((d) => RRULE_DAYS.indexOf(d.trim().toUpperCase().slice(-2) as typeof RRULE_DAYS[number]));
    if (freq !== 'WEEKLY' || !open || !close || days.some((d) => d < 0) || !s.byday) {
      if (open || close || s.byday || s.freq) lost.push('freq/byday/opens_at/closes_at');
      continue;
    }
    for (const d of days) week[d]!.push([pad(open), pad(close)]);
  }
  const note = notes.length ? notes.join('\n') : undefined;
  if (marked) return { osm: marked, note, lost };
  // Days with the same ranges become one rule: "Mo-We,Fr 08:00-12:00,13:30-15:30".
  const byTimes = new Map<string, number[]>();
  week.forEach((times, d) => {
    if (!times.length) return;
    const key = [...new Set(times.map(([a, b]) => `${a}-${b}`))].sort().join(',');
    byTimes.set(key, [...(byTimes.get(key) ?? []), d]);
  });
  const rules = [...byTimes.entries()]
    .sort(([, a], [, b]) => a[0]! - b[0]!)
    .map(([times, days]) => `${dayList(days)} ${times}`);
  return { osm: rules.length ? rules.join('; ') : undefined, note, lost };
}

/** [0,1,2,4] → "Mo-We,Fr". */
function dayList(days: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < days.length;) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j]! + 1) j++;
    parts.push(j - i >= 2 ? `${DAYS[days[i]!]}-${DAYS[days[j]!]}` : days.slice(i, j + 1).map((d) => DAYS[d]).join(','));
    i = j + 1;
  }
  return parts.join(',');
}
