/**
 * "Add to calendar" (.ics). Instants are written with explicit offsets, so the
 * expected Berlin wall-clock times hold in any process time zone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createIndex } from '../../src/core/feed-index.js';
import { icsFileName, programmeToIcs, type IcsOptions } from '../../src/core/ics.js';
import type { Feed, Location, Programme, Schedule } from '../../src/core/schema/index.js';
import { minimalFeed } from '../helpers/minimal-feed.js';

const NOW = new Date('2027-01-10T12:00:00Z');
const OPTIONS: IcsOptions = { lang: 'de', now: NOW };

function programme(overrides: Partial<Programme> = {}): Programme {
  return {
    id: 'sprachcafe',
    kind: 'language-cafe',
    title: 'Sprachcafé Künzelsau',
    provider: 'lra',
    location: 'lra-kuen',
    schedule: { start: '2027-03-01', recurrence: { days: ['th'], from: '15:00', to: '17:00' } },
    status: 'active',
    ...overrides,
  };
}

const shelter: Location = { id: 'shelter', name: 'Frauenhaus Hohenlohe', gemeinde: '08126066', address: { street: 'Geheimweg 1', postcode: '74613', city: 'Öhringen' }, geo: [49.2, 9.5], sensitive: true };
const shelterNoTown: Location = { id: 'shelter-2', name: 'Schutzwohnung', sensitive: true };

function feedWith(...programmes: Programme[]): Feed {
  const base = minimalFeed();
  return { ...base, locations: [...(base.locations ?? []), shelter, shelterNoTown], programmes };
}

/** The calendar for one programme, with its content lines unfolded. */
function ics(p: Programme, options: Partial<IcsOptions> = {}): { raw: string; lines: string[] } {
  const raw = programmeToIcs(createIndex(feedWith(p)), p, { ...OPTIONS, ...options });
  assert.ok(raw !== undefined, 'expected a calendar');
  const lines = raw.replace(/\r\n /g, '').split('\r\n');
  assert.equal(lines.pop(), '', 'ends with CRLF');
  return { raw, lines };
}

const events = (lines: string[]): string[][] => {
  const out: string[][] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = [];
    else if (line === 'END:VEVENT') { if (current) out.push(current); current = undefined; }
    else current?.push(line);
  }
  return out;
};
const prop = (event: string[], name: string): string[] => event.filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
const unescape = (value: string): string => value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

test('calendar frame: CRLF, PRODID, VERSION, CALSCALE, METHOD and the Berlin VTIMEZONE before the events', () => {
  const { raw, lines } = ics(programme());
  assert.doesNotMatch(raw.replace(/\r\n/g, ''), /[\r\n]/, 'no bare CR or LF');
  assert.deepEqual(lines.slice(0, 5), ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//wegweiser-kit//DE', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']);
  assert.equal(lines.at(-1), 'END:VCALENDAR');
  const tz = lines.slice(lines.indexOf('BEGIN:VTIMEZONE'), lines.indexOf('END:VTIMEZONE') + 1);
  assert.ok(tz.length > 2 && lines.indexOf('END:VTIMEZONE') < lines.indexOf('BEGIN:VEVENT'));
  assert.ok(tz.includes('TZID:Europe/Berlin'));
  const block = (kind: string) => tz.slice(tz.indexOf(`BEGIN:${kind}`), tz.indexOf(`END:${kind}`));
  for (const line of ['TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'TZNAME:CEST', 'DTSTART:19700329T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU']) assert.ok(block('DAYLIGHT').includes(line), line);
  for (const line of ['TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'TZNAME:CET', 'DTSTART:19701025T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU']) assert.ok(block('STANDARD').includes(line), line);
});

test('a weekly Thursday series across the change to summer time keeps its wall-clock time', () => {
  // Summer time begins on 28 March 2027; the series starts on Monday 1 March, first Thursday 4 March.
  const { lines } = ics(programme(), { url: 'https://kreis.example/angebote/sprachcafe' });
  const [event, ...rest] = events(lines);
  assert.ok(event);
  assert.equal(rest.length, 0);
  assert.deepEqual(prop(event, 'UID'), ['UID:sprachcafe-r@wegweiser-kit']);
  assert.deepEqual(prop(event, 'DTSTAMP'), ['DTSTAMP:20270110T120000Z']);
  assert.deepEqual(prop(event, 'DTSTART'), ['DTSTART;TZID=Europe/Berlin:20270304T150000']);
  assert.deepEqual(prop(event, 'DTEND'), ['DTEND;TZID=Europe/Berlin:20270304T170000']);
  assert.deepEqual(prop(event, 'RRULE'), ['RRULE:FREQ=WEEKLY;BYDAY=TH']);
  assert.deepEqual(prop(event, 'SUMMARY'), ['SUMMARY:Sprachcafé Künzelsau']);
  assert.deepEqual(prop(event, 'LOCATION'), ['LOCATION:Landratsamt Künzelsau\\, Allee 17\\, 74653 Künzelsau']);
  assert.deepEqual(prop(event, 'GEO'), ['GEO:49.2806;9.6903']);
  assert.deepEqual(prop(event, 'URL'), ['URL:https://kreis.example/angebote/sprachcafe']);
  assert.deepEqual(prop(event, 'DESCRIPTION'), ['DESCRIPTION:Landratsamt Hohenlohekreis\\nhttps://kreis.example/angebote/sprachcafe']);
});

test('several weekdays in weekday order; the series starts on the first meeting day on or after the start date', () => {
  const p = programme({ schedule: { start: '2027-03-05', recurrence: { days: ['th', 'mo', 'th'], from: '08:30', to: '12:45' } } });
  const [event] = events(ics(p).lines);
  assert.ok(event);
  assert.deepEqual(prop(event, 'RRULE'), ['RRULE:FREQ=WEEKLY;BYDAY=MO,TH']);
  assert.deepEqual(prop(event, 'DTSTART'), ['DTSTART;TZID=Europe/Berlin:20270308T083000']); // Friday 5 March → Monday 8 March
  assert.deepEqual(prop(event, 'DTEND'), ['DTEND;TZID=Europe/Berlin:20270308T124500']);
});

test('without a start date the series starts on the next meeting day in Berlin, not in UTC', () => {
  // 2027-01-13T23:30Z is already Thursday 14 January, 00:30 in Berlin.
  const p = programme({ schedule: { recurrence: { days: ['th'], from: '15:00', to: '17:00' } } });
  const [event] = events(ics(p, { now: new Date('2027-01-13T23:30:00Z') }).lines);
  assert.ok(event);
  assert.deepEqual(prop(event, 'DTSTART'), ['DTSTART;TZID=Europe/Berlin:20270114T150000']);
  assert.deepEqual(prop(event, 'DTSTAMP'), ['DTSTAMP:20270113T233000Z']);
});

test('every second week: INTERVAL=2 with WKST, phase counted from the week of the start date', () => {
  const every2 = (start: string) => programme({ schedule: { start, recurrence: { days: ['mo', 'we'], from: '18:00', to: '19:30', everyWeeks: 2 } } });
  const [event] = events(ics(every2('2027-03-01')).lines);
  assert.ok(event);
  assert.deepEqual(prop(event, 'RRULE'), ['RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;WKST=MO']);
  assert.deepEqual(prop(event, 'DTSTART'), ['DTSTART;TZID=Europe/Berlin:20270301T180000']);
  // Starting on Thursday 4 March: that week has no Monday/Wednesday left, the next week is an "off" week.
  const thursdayStart = programme({ schedule: { start: '2027-03-04', recurrence: { days: ['mo'], from: '18:00', to: '19:30', everyWeeks: 2 } } });
  const [later] = events(ics(thursdayStart).lines);
  assert.ok(later);
  assert.deepEqual(prop(later, 'DTSTART'), ['DTSTART;TZID=Europe/Berlin:20270315T180000']);
});

test('weeks of the month: 2nd Tuesday, last Tuesday, 1st and 3rd Friday', () => {
  const monthly = (days: Array<'tu' | 'fr'>, weeksOfMonth: Array<1 | 2 | 3 | 4 | 5 | -1>) =>
    events(ics(programme({ schedule: { start: '2027-03-01', recurrence: { days, from: '19:00', to: '21:00', weeksOfMonth } } })).lines)[0] ?? [];
  const second = monthly(['tu'], [2]);
  assert.deepEqual(prop(second, 'RRULE'), ['RRULE:FREQ=MONTHLY;BYDAY=2TU']);
  assert.deepEqual(prop(second, 'DTSTART'), ['DTSTART;TZID=Europe/Berlin:20270309T190000']);
  const last = monthly(['tu'], [-1]);
  assert.deepEqual(prop(last, 'RRULE'), ['RRULE:FREQ=MONTHLY;BYDAY=-1TU']);
  assert.deepEqual(prop(last, 'DTSTART'), ['DTSTART;TZID=Europe/Berlin:20270330T190000']);
  const firstAndThird = monthly(['fr'], [3, 1]);
  assert.deepEqual(prop(firstAndThird, 'RRULE'), ['RRULE:FREQ=MONTHLY;BYDAY=1FR,3FR']);
  assert.deepEqual(prop(firstAndThird, 'DTSTART'), ['DTSTART;TZID=Europe/Berlin:20270305T190000']);
});

test('UNTIL is the end of the last day in Berlin, written in UTC (summer and winter)', () => {
  const until = (end: string) => prop(events(ics(programme({ schedule: { start: '2027-03-01', end, recurrence: { days: ['th'], from: '15:00', to: '17:00' } } })).lines)[0] ?? [], 'RRULE');
  assert.deepEqual(until('2027-07-29'), ['RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20270729T215959Z']);
  assert.deepEqual(until('2027-12-16'), ['RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20271216T225959Z']);
  // A series that ends before its first meeting day has nothing to add.
  assert.equal(programmeToIcs(createIndex(feedWith(programme())), programme({ schedule: { start: '2027-03-05', end: '2027-03-10', recurrence: { days: ['th'], from: '15:00', to: '17:00' } } }), OPTIONS), undefined);
});

test('a meeting past midnight ends the next day', () => {
  const [event] = events(ics(programme({ schedule: { start: '2027-03-05', recurrence: { days: ['fr'], from: '22:00', to: '01:00' } } })).lines);
  assert.ok(event);
  assert.deepEqual(prop(event, 'DTSTART'), ['DTSTART;TZID=Europe/Berlin:20270305T220000']);
  assert.deepEqual(prop(event, 'DTEND'), ['DTEND;TZID=Europe/Berlin:20270306T010000']);
});

test('dated sessions with offsets become Berlin wall-clock times in winter and summer', () => {
  const sessions: Schedule['sessions'] = [
    { start: '2027-01-14T18:00:00+01:00', end: '2027-01-14T20:00:00+01:00' },
    { start: '2027-07-01T18:00:00+02:00', end: '2027-07-01T20:30:00+02:00', location: 'shelter', note: 'Sommerfest' },
    { start: '2027-01-14T17:00:00Z', end: '2027-01-14T19:00:00Z' },
    { start: '2027-07-01T16:00:00Z' },
    // 31 October 2027 the clocks go back at 01:00 UTC: 23:30Z the day before is 01:30 CEST, 01:30Z is 02:30 CET.
    { start: '2027-10-30T23:30:00Z', end: '2027-10-31T01:30:00Z' },
    { start: '2027-03-04T18:00-05:00' },
  ];
  const list = events(ics(programme({ schedule: { sessions } })).lines);
  assert.equal(list.length, sessions.length);
  const times = list.map((e) => [...prop(e, 'DTSTART'), ...prop(e, 'DTEND')].map((l) => l.replace('TZID=Europe/Berlin:', '')));
  assert.deepEqual(times, [
    ['DTSTART;20270114T180000', 'DTEND;20270114T200000'],
    ['DTSTART;20270701T180000', 'DTEND;20270701T203000'],
    ['DTSTART;20270114T180000', 'DTEND;20270114T200000'],
    ['DTSTART;20270701T180000'],
    ['DTSTART;20271031T013000', 'DTEND;20271031T023000'],
    ['DTSTART;20270305T000000'],
  ]);
  assert.deepEqual(list.map((e) => prop(e, 'UID')[0]), sessions.map((_, n) => `UID:sprachcafe-${n}@wegweiser-kit`));
  assert.ok(list.every((e) => prop(e, 'RRULE').length === 0));
  // A session's own place and note.
  assert.deepEqual(prop(list[1] ?? [], 'LOCATION'), ['LOCATION:Öhringen']);
  assert.match(prop(list[1] ?? [], 'DESCRIPTION')[0] ?? '', /^DESCRIPTION:Sommerfest\\n/);
});

test('sessions and a weekly rhythm together give both', () => {
  const p = programme({ schedule: { start: '2027-03-01', recurrence: { days: ['th'], from: '15:00', to: '17:00' }, sessions: [{ start: '2027-02-25T18:00:00+01:00' }] } });
  assert.deepEqual(events(ics(p).lines).map((e) => prop(e, 'UID')[0]), ['UID:sprachcafe-0@wegweiser-kit', 'UID:sprachcafe-r@wegweiser-kit']);
});

test('no code path reads the process time zone (no local-time Date getters)', () => {
  for (const file of ['ics.ts', 'hours.ts', 'dates.ts']) {
    const source = readFileSync(fileURLToPath(new URL(`../../src/core/${file}`, import.meta.url)), 'utf8');
    assert.doesNotMatch(source, /\.(get|set)(FullYear|Month|Date|Day|Hours|Minutes|Seconds|Milliseconds)\(/, file);
    assert.doesNotMatch(source, /getTimezoneOffset|toLocale(Date|Time)?String|new Date\(\s*\d+\s*,/, file);
  }
  // Every formatter used by ics.ts names its zone.
  const ics = readFileSync(fileURLToPath(new URL('../../src/core/ics.ts', import.meta.url)), 'utf8');
  assert.doesNotMatch(ics, /new Intl\.DateTimeFormat/);
});

test('the same output whatever process.env.TZ says (belt and braces; the source scan above is the real guard)', () => {
  const p = programme({ schedule: { start: '2027-03-01', end: '2027-07-29', recurrence: { days: ['th'], from: '15:00', to: '17:00' }, sessions: [{ start: '2027-07-01T18:00:00+02:00', end: '2027-07-01T20:00:00+02:00' }] } });
  const saved = process.env.TZ;
  const outputs: string[] = [];
  try {
    for (const tz of ['America/New_York', 'UTC', 'Asia/Kolkata']) {
      process.env.TZ = tz;
      outputs.push(ics(p).raw);
    }
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
  assert.equal(new Set(outputs).size, 1);
  assert.match(outputs[0] ?? '', /DTSTART;TZID=Europe\/Berlin:20270701T180000/);
});

test('escaping and folding: ";,\\n" in the title, a 200-character description with umlauts, no line over 75 octets', () => {
  const title = 'Deutsch; Konversation, Teil 1\nmit Kinderbetreuung \\ Spaß 🙂';
  const summary = 'Für Frauen und Männer, die Deutsch üben möchten: Gespräche über Alltag, Ämter, Ärztinnen; Übungen zu Hören, Lesen und Schreiben. Größere Gruppen? Kein Problem – wir teilen auf, öfter auch draußen im Hof! 🙂';
  assert.ok(summary.length >= 200, String(summary.length));
  const url = 'https://kreis.example/angebote/deutsch?tab=termine,karte';
  const p = programme({ title, summary, registration: { required: true, text: 'Anmeldung bis Freitag; gern auch per Telefon', url: 'https://kreis.example/anmeldung' } });
  const { raw, lines } = ics(p, { url });
  for (const line of raw.split('\r\n')) {
    assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `${Buffer.byteLength(line, 'utf8')} octets: ${line}`);
    assert.doesNotMatch(line, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/, 'no split surrogate pair');
  }
  const folded = raw.split('\r\n').filter((l) => l.startsWith(' '));
  assert.ok(folded.length >= 3, 'the long lines were folded');
  // Each physical line, read as UTF-8 bytes, decodes cleanly (no character cut in half).
  for (const line of raw.split('\r\n')) assert.equal(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(line, 'utf8')), line);
  const [event] = events(lines);
  assert.ok(event);
  assert.deepEqual(prop(event, 'SUMMARY'), ['SUMMARY:Deutsch\\; Konversation\\, Teil 1\\nmit Kinderbetreuung \\\\ Spaß 🙂']);
  assert.equal(unescape((prop(event, 'SUMMARY')[0] ?? '').slice('SUMMARY:'.length)), title);
  const description = prop(event, 'DESCRIPTION')[0] ?? '';
  assert.equal(unescape(description.slice('DESCRIPTION:'.length)), [summary, 'Landratsamt Hohenlohekreis', 'Anmeldung bis Freitag; gern auch per Telefon', 'https://kreis.example/anmeldung', url].join('\n'));
  assert.deepEqual(prop(event, 'URL'), [`URL:${url}`], 'a URI value is not TEXT-escaped');
});

test('folding splits exactly at 75 octets and never inside a multi-byte character', () => {
  // "SUMMARY:" is 8 octets; 66 × "a" makes 74, then "ä" (2 octets) would cross 75 and moves to the next line.
  const p = programme({ title: `${'a'.repeat(66)}ä${'b'.repeat(10)}` });
  const { raw } = ics(p);
  const start = raw.indexOf('SUMMARY:');
  const physical = raw.slice(start).split('\r\n').slice(0, 2);
  assert.deepEqual(physical, [`SUMMARY:${'a'.repeat(66)}`, ` ä${'b'.repeat(10)}`]);
  // An ASCII line of exactly 75 octets stays whole.
  const exact = ics(programme({ title: 'c'.repeat(67) })).raw;
  assert.ok(exact.includes(`\r\nSUMMARY:${'c'.repeat(67)}\r\nDESCRIPTION`));
});

test('deterministic: the same input gives the same text', () => {
  const p = programme({ schedule: { start: '2027-03-01', end: '2027-12-16', recurrence: { days: ['th'], from: '15:00', to: '17:00', schoolHolidays: 'paused' }, sessions: [{ start: '2027-02-25T18:00:00+01:00' }] } });
  const index = createIndex(feedWith(p));
  const options: IcsOptions = { lang: 'en', now: NOW, url: 'https://kreis.example/p', holidays: [{ from: '2027-03-29', to: '2027-04-10' }] };
  assert.equal(programmeToIcs(index, p, options), programmeToIcs(index, p, { ...options, now: new Date(NOW.getTime()) }));
});

test('a sensitive location shows only its Gemeinde, or nothing — never name, address or position', () => {
  const atShelter = events(ics(programme({ location: 'shelter' })).lines)[0] ?? [];
  assert.deepEqual(prop(atShelter, 'LOCATION'), ['LOCATION:Öhringen']);
  assert.deepEqual(prop(atShelter, 'GEO'), []);
  const text = atShelter.join('\n');
  assert.doesNotMatch(text, /Frauenhaus|Geheimweg|74613/);
  const nowhere = events(ics(programme({ location: 'shelter-2' })).lines)[0] ?? [];
  assert.deepEqual(prop(nowhere, 'LOCATION'), []);
  assert.doesNotMatch(nowhere.join('\n'), /Schutzwohnung/);
  // No location entry: the programme's Gemeinde; online only: "Online".
  const inTown = events(ics(programme({ location: undefined, gemeinde: '08126046' })).lines)[0] ?? [];
  assert.deepEqual(prop(inTown, 'LOCATION'), ['LOCATION:Künzelsau']);
  const online = events(ics(programme({ location: undefined, online: true })).lines)[0] ?? [];
  assert.deepEqual(prop(online, 'LOCATION'), ['LOCATION:Online']);
});

test('texts in the requested language, German as fallback', () => {
  const p = programme({ title: { de: 'Sprachcafé', en: 'Language café' }, summary: { de: 'Deutsch üben' } });
  const [event] = events(ics(p, { lang: 'en' }).lines);
  assert.ok(event);
  assert.deepEqual(prop(event, 'SUMMARY'), ['SUMMARY:Language café']);
  assert.match(prop(event, 'DESCRIPTION')[0] ?? '', /^DESCRIPTION:Deutsch üben\\n/);
});

test('school holidays paused: EXDATEs for meeting days inside them, within the series and two years ahead', () => {
  const holidays = [
    { from: '2027-02-01', to: '2027-02-05' }, // before the series starts
    { from: '2027-03-29', to: '2027-04-10' }, // Easter: Thursdays 1 and 8 April
    { from: '2027-05-18', to: '2027-05-28' }, // Whitsun: Thursdays 20 and 27 May
    { from: '2029-07-30', to: '2029-09-08' }, // more than two years after `now`
  ];
  const paused = (end?: string) => programme({ schedule: { start: '2027-03-01', ...(end ? { end } : {}), recurrence: { days: ['th'], from: '15:00', to: '17:00', schoolHolidays: 'paused' } } });
  const exdates = (p: Programme, options: Partial<IcsOptions> = {}) => prop(events(ics(p, { holidays, ...options }).lines)[0] ?? [], 'EXDATE');
  assert.deepEqual(exdates(paused()), [
    'EXDATE;TZID=Europe/Berlin:20270401T150000',
    'EXDATE;TZID=Europe/Berlin:20270408T150000',
    'EXDATE;TZID=Europe/Berlin:20270520T150000',
    'EXDATE;TZID=Europe/Berlin:20270527T150000',
  ]);
  // The series ends on 15 April: Whitsun is outside it.
  assert.deepEqual(exdates(paused('2027-04-15')), ['EXDATE;TZID=Europe/Berlin:20270401T150000', 'EXDATE;TZID=Europe/Berlin:20270408T150000']);
  // Within two years of a later `now`, the summer 2029 holidays count (Thursdays 2 Aug … 6 Sep).
  assert.equal(exdates(paused(), { now: new Date('2028-01-10T12:00:00Z') }).filter((l) => l.includes(':2029')).length, 6);
  // A rhythm that runs in the holidays gets none.
  const runs = programme({ schedule: { start: '2027-03-01', recurrence: { days: ['th'], from: '15:00', to: '17:00', schoolHolidays: 'runs' } } });
  assert.deepEqual(exdates(runs), []);
  // Every other week from 4 March (4, 18 March, 1, 15 April … 13, 27 May): 8 April and 20 May are "off" Thursdays, not excluded.
  const every2 = programme({ schedule: { start: '2027-03-04', recurrence: { days: ['th'], from: '15:00', to: '17:00', everyWeeks: 2, schoolHolidays: 'paused' } } });
  assert.deepEqual(exdates(every2).map((l) => l.slice(-15, -7)), ['20270401', '20270527']);
});

test('school holidays default to the feed\'s compiled ones', () => {
  const p = programme({ schedule: { start: '2027-03-01', recurrence: { days: ['th'], from: '15:00', to: '17:00', schoolHolidays: 'paused' } } });
  const feed: Feed = { ...feedWith(p), holidays: { public: [], school: [{ from: '2027-03-29', to: '2027-04-10', name: 'Osterferien' }] } };
  const raw = programmeToIcs(createIndex(feed), p, OPTIONS) ?? '';
  assert.deepEqual(raw.split('\r\n').filter((l) => l.startsWith('EXDATE')), ['EXDATE;TZID=Europe/Berlin:20270401T150000', 'EXDATE;TZID=Europe/Berlin:20270408T150000']);
});

test('undefined when nothing fits a calendar: funding programme, start date only, no schedule', () => {
  const index = createIndex(feedWith(programme()));
  const funding = programme({
    id: 'foerderung', kind: 'funding', title: 'Förderprogramm Ehrenamt', location: undefined,
    schedule: { start: '2027-01-01', end: '2027-12-31' }, funding: { applicants: 'Vereine im Landkreis', deadline: '2027-03-31' },
  });
  assert.equal(programmeToIcs(index, funding, OPTIONS), undefined);
  assert.equal(programmeToIcs(index, programme({ schedule: { start: '2027-03-03', end: '2027-09-30', hoursTotal: 700 } }), OPTIONS), undefined);
  assert.equal(programmeToIcs(index, programme({ schedule: undefined }), OPTIONS), undefined);
  assert.equal(programmeToIcs(index, programme({ schedule: { sessions: [] } }), OPTIONS), undefined);
});

test('file names are safe ASCII', () => {
  assert.equal(icsFileName(programme()), 'sprachcafe-kuenzelsau.ics');
  assert.equal(icsFileName(programme({ title: { de: 'Integrationskurs: Öhringen / Große Straße (B1)', en: 'Integration course' } })), 'integrationskurs-oehringen-grosse-strasse-b1.ics');
  assert.equal(icsFileName(programme({ id: 'kurs-7', title: '日本語クラス' })), 'kurs-7.ics');
  const long = icsFileName(programme({ title: 'Wort '.repeat(40) }));
  assert.match(long, /^[a-z0-9-]+\.ics$/);
  assert.ok(long.length <= 64 && !long.includes('-.ics'));
});
