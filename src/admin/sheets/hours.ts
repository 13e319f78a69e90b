/**
 * Opening hours as people type them into spreadsheets ("Mo–Fr 8–12 Uhr",
 * "Mo.-Fr. 8:00-12:00", "Di + Do 14-17 Uhr", "täglich 9-18 Uhr") turned into
 * OSM `opening_hours` ("Mo-Fr 08:00-12:00"). A conversion is only used when
 * the OSM library reads the result and it still says the same thing; values
 * without any time ("täglich", "nach Vereinbarung") are never guessed.
 */
import OpeningHoursLib from 'opening_hours';
import { quietly } from '../hours/holidays.js';

export type HoursReading =
  /** Valid OSM as written. */
  | { kind: 'ok'; osm: string }
  /** Converted; `osm` is the suggestion that is used. */
  | { kind: 'converted'; osm: string }
  /** Not readable; kept as written (shown as text). */
  | { kind: 'unreadable'; osm: string };

// Only for reading the syntax: PH needs a place, any German one will do.
const NOMINATIM = { lat: 49.28, lon: 9.69, address: { country_code: 'de', state: 'Baden-Württemberg' } };

function parseOsm(value: string): { pretty: string; warnings: number } | undefined {
  try {
    return quietly(() => {
      const lib = new OpeningHoursLib(value, NOMINATIM, { tag_key: 'opening_hours', locale: 'en', mode: undefined, map_value: undefined, warnings_severity: undefined });
      return { pretty: lib.prettifyValue(), warnings: lib.getWarnings().length };
    });
  } catch {
    return undefined;
  }
}

const DAY = '(?:Mo|Tu|We|Th|Fr|Sa|Su)';
const GERMAN_DAYS: Array<[RegExp, string]> = [
  [/\b(?:montags?|mon?)\b\.?/gi, 'Mo'],
  [/\b(?:dienstags?|die?|tue?)\b\.?/gi, 'Tu'],
  [/\b(?:mittwochs?|mi|wed?)\b\.?/gi, 'We'],
  [/\b(?:donnerstags?|do|thu?)\b\.?/gi, 'Th'],
  [/\b(?:freitags?|fri?)\b\.?/gi, 'Fr'],
  [/\b(?:samstags?|sonnabends?|sat?)\b\.?/gi, 'Sa'],
  [/\b(?:sonntags?|so|sun?)\b\.?/gi, 'Su'],
];

/** The German spelling rewritten towards OSM; the library does the rest. */
export function germanToOsm(raw: string): string {
  let s = ` ${raw.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\r?\n|\|/g, '; ')} `;
  s = s.replace(/\b(?:an\s+)?feiertag(?:en|s)?\s+geschlossen\b/gi, 'PH off');
  s = s.replace(/\b(?:täglich|taeglich|tägl\.|jeden tag)/gi, 'Mo-Su').replace(/\bwerktags\b/gi, 'Mo-Fr').replace(/\bwochenends?\b/gi, 'Sa,Su');
  for (const [pattern, osm] of GERMAN_DAYS) s = s.replace(pattern, osm);
  s = s.replace(/\s+bis\s+/gi, '-').replace(/\b(?:uhr|h)\b\.?/gi, ' ');
  // 9.00 / 9.30 → 9:00 (only as times, not dates)
  s = s.replace(/\b(\d{1,2})\.(\d{2})\b(?!\.)/g, '$1:$2');
  // day lists and ranges
  const dayList = new RegExp(`(${DAY})\\s*(?:\\+|&|/|,|\\bund\\b|\\bu\\.)\\s*(?=${DAY}\\b)`, 'g');
  for (let i = 0; i < 3; i++) s = s.replace(dayList, '$1,');
  s = s.replace(new RegExp(`(${DAY})\\s*-\\s*(${DAY})`, 'g'), '$1-$2');
  s = s.replace(new RegExp(`(${DAY})\\s*:\\s*(?=\\d)`, 'g'), '$1 ');
  // time ranges: 8-12 → 08:00-12:00
  s = s.replace(/\b(\d{1,2})(?::(\d{2}))?\s*-\s*(\d{1,2})(?::(\d{2}))?\b/g, (all, h1: string, m1: string | undefined, h2: string, m2: string | undefined) => {
    if (Number(h1) > 24 || Number(h2) > 24) return all;
    return `${h1.padStart(2, '0')}:${m1 ?? '00'}-${h2.padStart(2, '0')}:${m2 ?? '00'}`;
  });
  s = s.replace(/(\d{2}:\d{2})\s*(?:\+|&|\/|,|\bund\b|\bu\.)\s*(?=\d{2}:\d{2})/g, '$1,');
  return s.replace(/\s*;\s*/g, '; ').replace(/\s+/g, ' ').replace(/^[\s;]+|[\s;]+$/g, '');
}

const cache = new Map<string, HoursReading>();

export function readHours(raw: string): HoursReading {
  const cached = cache.get(raw);
  if (cached) return cached;
  const result = read(raw);
  if (cache.size < 50_000) cache.set(raw, result);
  return result;
}

function read(raw: string): HoursReading {
  const value = raw.trim();
  const direct = parseOsm(value);
  if (direct && direct.warnings === 0) return { kind: 'ok', osm: value };
  // Without any time of day, "täglich" would become "open around the clock": never guess that.
  if (!/\d/.test(value) && !/\b(off|closed|24\/7)\b/i.test(value)) return { kind: 'unreadable', osm: value };
  const candidate = germanToOsm(value);
  const parsed = parseOsm(candidate) ?? (direct ? { pretty: direct.pretty, warnings: 0 } : undefined);
  if (!parsed) return { kind: 'unreadable', osm: value };
  const again = parseOsm(parsed.pretty);
  if (!again || again.warnings > 0) return { kind: 'unreadable', osm: value };
  return parsed.pretty === value ? { kind: 'ok', osm: value } : { kind: 'converted', osm: parsed.pretty };
}
