/**
 * A realistic synthetic rural GTFS network, for demos, scale tests and
 * benchmarks (no Kreis-sized German GTFS feed is available offline).
 *
 * Built on real town centroids: every town gets several stops a few hundred
 * metres around its centre ("<Town>, Rathaus", "<Town>, Schule", …); each
 * non-hub town a feeder line to its nearest hub through a few villages,
 * with a handful of buses a day (school runs in the morning, at midday and
 * in the afternoon, a few more on all weekdays, fewer on Saturdays, hardly
 * any on Sundays); hubs get hourly trunk lines to each other, a radial
 * trunk through their nearest towns and a Stadtbus loop through all their
 * stops; one rail line (route_type 2) joins two hubs between stations with
 * two platforms each (parent stations, transfers.txt to the ZOB); one late
 * trunk trip runs past midnight (e.g. 23:40 → 24:25:00).
 *
 * Services: S = school days only (Monday to Friday, not in
 * `schoolHolidays`), W = every Monday to Friday, SA = Saturdays, SO =
 * Sundays (public holidays are not among the options). Trip ids are
 * "<route>-<service>-<n>". Stop ids are DELFI-like, "de:<first five
 * characters of the town id>:<n>", so a Gemeinde's 8-digit AGS gives the
 * Kreis prefix.
 *
 * `scale` 1 is a Kreis like Hohenlohe (16 Gemeinden, a few buses a day);
 * stops per line and trips per line both grow with √scale, so connections
 * grow about linearly. For Hohenlohe's 16 Gemeinden (hubs Künzelsau and
 * Öhringen) a school day has about 2,100 connections at scale 1, 17,000 at
 * 16, 60,000 at 60 and 300,000 at scale 310 (≈ 1,000 × scale from scale 50
 * on). Deterministic from `seed`: same options, byte-identical files.
 */
import { closeSync, createWriteStream, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import yazl from 'yazl';

export interface NetworkOptions {
  /** E.g. real Gemeinde centroids; hub = Kreisstadt (and Mittelzentren). */
  towns: { id: string; name: string; lat: number; lon: number; hub?: boolean }[];
  scale?: number;
  /** Calendar validity, 'YYYY-MM-DD'. */
  startDate: string;
  endDate: string;
  /** School-day-only trips (service S) do not run then (inclusive, 'YYYY-MM-DD'). */
  schoolHolidays?: { from: string; to: string }[];
  seed?: number;
}

export interface NetworkSummary {
  /** Boarding points (location_type 0) in stops.txt. */
  stops: number;
  trips: number;
  /** Connections of a school day (Tuesday to Friday) as `readGtfs` builds them, including the late trip of the day before. */
  connectionsPerSchoolDay: number;
}

interface Stop { id: string; name: string; lat: number; lon: number; parent?: string; station?: boolean }
interface Line { route: string; stops: Stop[]; /** Seconds after the departure at the first stop. */ arr: number[]; dep: number[] }
interface Window { service: 'S' | 'W' | 'SA' | 'SO'; from: string; to: string; count: number }

const TOWN_STOPS = ['Rathaus', 'Schule', 'Kirche', 'Marktplatz', 'Post', 'Friedhof', 'Sportplatz', 'Feuerwehr', 'Linde', 'Ortsmitte', 'Gewerbegebiet', 'Neubaugebiet', 'Kelter', 'Brücke', 'Bad', 'Kindergarten', 'Mühle', 'Schloss'];
const HUB_STOPS = ['ZOB', 'Rathaus', 'Krankenhaus', 'Schulzentrum', 'Landratsamt', 'Berufsschule', 'Kaufland', 'Marktplatz', 'Hallenbad', 'Gymnasium', 'Stadtmitte', 'Wertwiesen'];
const STREETS = ['Hauptstraße', 'Bahnhofstraße', 'Schulstraße', 'Gartenstraße', 'Bergstraße', 'Lindenstraße', 'Kirchstraße', 'Mühlweg', 'Am Sportplatz', 'Talstraße', 'Wiesenweg', 'Seestraße', 'Ringstraße', 'Weinsteige', 'Kocherstraße', 'Jagststraße', 'Schillerstraße', 'Goethestraße', 'Industriestraße', 'Am Hang'];
const PRE = ['Ober', 'Unter', 'Nieder', 'Hohen', 'Klein', 'Groß', 'Alt', 'Neu', 'Wald', 'Stein', 'Eich', 'Buch', 'Roth', 'Lind', 'Hasel', 'Kirch'];
const POST = ['bach', 'dorf', 'hausen', 'weiler', 'hofen', 'feld', 'au', 'berg', 'stetten', 'heim', 'hof', 'zell', 'brunn', 'sall'];

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const km = (a: { lat: number; lon: number }, b: { lat: number; lon: number }): number => {
  const r = Math.PI / 180, x = (b.lon - a.lon) * r * Math.cos(((a.lat + b.lat) / 2) * r), y = (b.lat - a.lat) * r;
  return 6371 * Math.hypot(x, y);
};
const hhmm = (s: string): number => Number(s.slice(0, 2)) * 3600 + Number(s.slice(3, 5)) * 60;
const time = (t: number): string => `${String(Math.floor(t / 3600)).padStart(2, '0')}:${String(Math.floor((t % 3600) / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
const csv = (v: string | number): string => (typeof v === 'string' && /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : String(v));
const row = (...v: (string | number)[]): string => v.map(csv).join(',');
const gtfsDate = (iso: string): string => iso.replace(/-/g, '');
const dayOf = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
const isoOf = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
const shortName = (name: string): string => name.replace(/,.*$/, '').trim();

export function writeSyntheticNetwork(dir: string, options: NetworkOptions): NetworkSummary {
  const scale = Math.max(0.1, options.scale ?? 1);
  const m = Math.sqrt(scale);
  const random = rng(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const towns = options.towns.map((t) => ({ ...t, short: shortName(t.name), prefix: `de:${t.id.slice(0, 5)}` }));
  if (towns.length < 2) throw new Error('writeSyntheticNetwork needs at least two towns.');
  if (!towns.some((t) => t.hub)) towns[0]!.hub = true;
  const hubs = towns.filter((t) => t.hub);
  const stops: Stop[] = [];
  let counter = 1000;
  const newStop = (prefix: string, name: string, lat: number, lon: number): Stop => {
    const s = { id: `${prefix}:${++counter}`, name, lat: +lat.toFixed(6), lon: +lon.toFixed(6) };
    stops.push(s);
    return s;
  };
  const around = (c: { lat: number; lon: number }, metres: number): [number, number] => {
    const a = random() * 2 * Math.PI, d = metres * (0.4 + 0.6 * random());
    return [c.lat + (d * Math.sin(a)) / 111_320, c.lon + (d * Math.cos(a)) / (111_320 * Math.cos((c.lat * Math.PI) / 180))];
  };

  // Stops in every town; hubs have more.
  const townStops = new Map<string, Stop[]>();
  for (const t of towns) {
    const n = Math.round((t.hub ? 4 : 2) + random() * 1.5 + (m - 1) * (t.hub ? 1.5 : 1.2));
    const names = [...(t.hub ? HUB_STOPS : TOWN_STOPS), ...STREETS];
    const name = (i: number): string => names[i] ?? `Siedlung ${i - names.length + 1}`;
    const radius = (t.hub ? 1200 : 600) * Math.sqrt(Math.max(1, n / 4));
    townStops.set(t.id, Array.from({ length: n }, (_, i) => newStop(t.prefix, `${t.short}, ${name(i)}`, ...(i === 0 ? around(t, 80) : around(t, radius)))));
  }
  const usedVillages = new Set<string>();
  const villageName = (): string => {
    for (let i = 0; ; i++) {
      const n = `${pick(PRE)}${pick(POST)}${i > 20 ? ` ${i}` : ''}`;
      if (!usedVillages.has(n) && !towns.some((t) => t.short === n)) return usedVillages.add(n), n;
    }
  };
  const villages = (a: { lat: number; lon: number }, b: { lat: number; lon: number }, count: number, prefix: string): Stop[] => {
    const out: Stop[] = [];
    for (let i = 0; i < count; i++) {
      const f = (i + 0.5 + (random() - 0.5) * 0.6) / count, side = (random() - 0.5) * 0.02;
      const lat = a.lat + (b.lat - a.lat) * f + side, lon = a.lon + (b.lon - a.lon) * f - side;
      const name = villageName();
      out.push(newStop(prefix, `${name}, Ort`, lat, lon));
      if (random() < 0.35 + 0.05 * m) out.push(newStop(prefix, `${name}, Abzw.`, lat + 0.004 * (random() - 0.5), lon + 0.006 * (random() - 0.5)));
    }
    return out;
  };
  /** Town stops in the order a bus passing from `from` to `to` serves them. */
  const through = (list: Stop[], from: { lat: number; lon: number }, to: { lat: number; lon: number }): Stop[] =>
    [...list].sort((x, y) => km(from, x) - km(to, x) - (km(from, y) - km(to, y)));
  const lineOf = (route: string, list: Stop[], kmh: number, dwell = 0): Line => {
    const arr = [0], dep = [0];
    for (let i = 1; i < list.length; i++) {
      const minutes = Math.max(1, Math.round(((km(list[i - 1]!, list[i]!) * 1.3) / kmh) * 60));
      arr.push(dep[i - 1]! + minutes * 60);
      dep.push(arr[i]! + (i < list.length - 1 ? dwell : 0));
    }
    return { route, stops: list, arr, dep };
  };
  /** n stops of a hub (its ZOB and those nearest `toward`), in the order a bus leaving towards `toward` serves them. */
  const hubLeg = (hub: { id: string }, toward: { lat: number; lon: number }, n: number): Stop[] => {
    const [zob, ...rest] = townStops.get(hub.id)!;
    const chosen = [zob!, ...rest.sort((a, b) => km(toward, a) - km(toward, b)).slice(0, n - 1)];
    return chosen.sort((a, b) => km(toward, b) - km(toward, a));
  };

  /** Stops a line serves in a hub. */
  const leg = 3 + Math.round((m - 1) / 2);
  const routes: { id: string; short: string; long: string; type: number }[] = [];
  const lines: { line: Line; windows: Window[]; direction: 0 | 1; late?: boolean }[] = [];
  const both = (route: string, list: Stop[], kmh: number, windows: Window[], late = false): void => {
    lines.push({ line: lineOf(route, list, kmh), windows, direction: 0, late });
    lines.push({ line: lineOf(route, [...list].reverse(), kmh), windows, direction: 1 });
  };
  const w = (service: Window['service'], from: string, to: string, count: number): Window => ({ service, from, to, count: Math.max(0, Math.round(count)) });

  // Rail: the first two hubs (or the hub and the farthest town), stations with two platforms.
  const railEnds = hubs.length >= 2 ? [hubs[0]!, hubs[1]!] : [hubs[0]!, [...towns].sort((a, b) => km(hubs[0]!, b) - km(hubs[0]!, a))[0]!];
  const platforms = railEnds.map((t) => {
    const [lat, lon] = around(t, 400);
    const station = newStop(t.prefix, `${t.short} Bahnhof`, lat, lon);
    station.station = true;
    const p = [1, 2].map((g) => ({ id: `${station.id}:0:${g}`, name: `${t.short} Bahnhof`, lat: +(lat + g * 0.0002).toFixed(6), lon: +lon.toFixed(6), parent: station.id }));
    stops.push(...p);
    return p;
  });
  routes.push({ id: 'RB', short: 'RB 81', long: `${railEnds[0]!.short} – ${railEnds[1]!.short}`, type: 2 });
  const [e0, e1] = railEnds as [typeof railEnds[number], typeof railEnds[number]];
  const halt = [newStop(e0.prefix, `${villageName()} Bahnhof`, (e0.lat + e1.lat) / 2 + 0.01 * (random() - 0.5), (e0.lon + e1.lon) / 2 + 0.01 * (random() - 0.5))];
  // Hourly (half-hourly at larger scales), trains alternating between the two platforms.
  const perHalf = 8.75 * Math.min(2, Math.sqrt(m));
  const railTimes = (late: boolean): Window[] => late
    ? [w('W', '05:30', '23:00', perHalf), w('SA', '07:00', '23:00', 4), w('SO', '09:00', '22:00', 3)]
    : [w('W', '05:00', '22:30', perHalf), w('SA', '06:00', '22:00', 4), w('SO', '08:00', '21:00', 3)];
  for (const [g, h] of [[0, 1], [1, 0]] as const) {
    lines.push({ line: lineOf('RB', [platforms[0]![g]!, halt[0]!, platforms[1]![h]!], 70, 60), windows: railTimes(g === 1), direction: 0 });
    lines.push({ line: lineOf('RB', [platforms[1]![g]!, halt[0]!, platforms[0]![h]!], 70, 60), windows: railTimes(g === 1), direction: 1 });
  }

  // A Stadtbus in every hub: a loop from the ZOB through all the hub's stops.
  hubs.forEach((h, n) => {
    const [zob, ...rest] = townStops.get(h.id)!;
    const loop = [zob!, ...rest.sort((a, b) => Math.atan2(a.lat - h.lat, a.lon - h.lon) - Math.atan2(b.lat - h.lat, b.lon - h.lon)), zob!];
    routes.push({ id: `C${n + 1}`, short: '', long: `Stadtbus ${h.short}`, type: 3 });
    lines.push({ line: lineOf(`C${n + 1}`, loop, 20), windows: [w('W', '06:00', '19:30', 14 * m), w('SA', '08:00', '14:00', 6 * m)], direction: 0 });
  });

  // Trunks: hub to hub (each to its two nearest hubs) and a radial through each hub's nearest towns.
  const trunkWindows = (): Window[] => [
    w('W', '05:30', '20:30', 15 * m), w('S', '06:20', '07:20', m), w('S', '12:40', '13:40', m),
    w('SA', '07:00', '19:00', 6 * m), w('SO', '09:00', '19:00', 3 * m),
  ];
  let trunkNo = 0;
  const pairs = new Set<string>();
  for (const h of hubs) {
    for (const g of hubs.filter((x) => x !== h).sort((a, b) => km(h, a) - km(h, b)).slice(0, 2)) {
      const key = [h.id, g.id].sort().join('|');
      if (pairs.has(key)) continue;
      pairs.add(key);
      const id = `T${++trunkNo}`;
      routes.push({ id, short: String(trunkNo * 10), long: `${h.short} – ${g.short}`, type: 700 });
      const list = [...hubLeg(h, g, leg), ...villages(h, g, Math.round(1 + m), h.prefix), ...hubLeg(g, h, leg).reverse()];
      both(id, list, 35, trunkWindows(), trunkNo === 1);
    }
  }
  const feederOf = new Map<string, typeof hubs[number]>();
  for (const t of towns.filter((x) => !x.hub)) feederOf.set(t.id, [...hubs].sort((a, b) => km(t, a) - km(t, b))[0]!);
  for (const h of hubs) {
    const near = towns.filter((t) => feederOf.get(t.id) === h).sort((a, b) => km(h, a) - km(h, b)).slice(0, 3);
    if (near.length === 0) continue;
    const id = `T${++trunkNo}`;
    routes.push({ id, short: String(trunkNo * 10), long: `${h.short} – ${near.map((t) => t.short).join(' – ')}`, type: 700 });
    let list = hubLeg(h, near[0]!, leg);
    let prev: { lat: number; lon: number } = h;
    for (const t of near) {
      list = [...list, ...villages(prev, t, Math.round(m / 2), t.prefix), ...through(townStops.get(t.id)!, prev, t).slice(0, Math.round(1 + m / 2))];
      prev = t;
    }
    both(id, list, 35, trunkWindows(), trunkNo === 1);
  }

  // Feeders: every non-hub town to its nearest hub.
  let feederNo = 0;
  for (const [townId, h] of feederOf) {
    const t = towns.find((x) => x.id === townId)!;
    const id = `F${++feederNo}`;
    routes.push({ id, short: String(100 + feederNo), long: `${t.short} – ${h.short}`, type: 3 });
    const list = [
      ...through(townStops.get(t.id)!, t, h),
      ...villages(t, h, Math.round(1 + random() + (m - 1) * 1.2), t.prefix),
      ...hubLeg(h, t, leg).reverse(),
    ];
    const inbound = lineOf(id, list, 40), outbound = lineOf(id, [...list].reverse(), 40);
    const travel = inbound.arr[inbound.arr.length - 1]!;
    const arriveBy = (hm: string): string => time(Math.max(5 * 3600, hhmm(hm) - travel)).slice(0, 5);
    lines.push({ line: inbound, windows: [w('S', arriveBy('06:50'), arriveBy('07:45'), 2 * m), w('W', '08:00', '11:00', m), w('W', '13:30', '14:30', 0.5 * m), w('SA', '08:00', '12:00', m), w('SO', '09:00', '18:00', 0.3 * m)], direction: 0 });
    lines.push({ line: outbound, windows: [w('S', '12:15', '13:30', 1.5 * m), w('S', '15:30', '16:30', m), w('W', '11:00', '12:00', 0.5 * m), w('W', '16:30', '18:30', m), w('SA', '11:00', '14:00', m), w('SO', '12:00', '19:00', 0.3 * m)], direction: 1 });
  }

  // Trips.
  const trips: string[] = [row('route_id', 'service_id', 'trip_id', 'trip_headsign', 'direction_id')];
  const stopTimes: string[] = [];
  mkdirSync(dir, { recursive: true });
  const fd = openSync(join(dir, 'stop_times.txt'), 'w');
  writeSync(fd, `${row('trip_id', 'arrival_time', 'departure_time', 'stop_id', 'stop_sequence')}\n`);
  let tripCount = 0, perSchoolDay = 0;
  const addTrip = (line: Line, service: string, start: number, direction: number): void => {
    const id = `${line.route}-${service}-${++tripCount}`;
    trips.push(row(line.route, service, id, line.stops[line.stops.length - 1]!.name, direction));
    line.stops.forEach((s, i) => {
      stopTimes.push(row(id, time(start + line.arr[i]!), time(start + line.dep[i]!), s.id, i + 1));
      if (i > 0 && (service === 'S' || service === 'W')) perSchoolDay++;
      // The late trip of the day before, after midnight.
      if (i > 0 && service === 'W' && start + line.dep[i - 1]! >= 86_400) perSchoolDay++;
    });
    if (stopTimes.length > 50_000) {
      writeSync(fd, `${stopTimes.join('\n')}\n`);
      stopTimes.length = 0;
    }
  };
  for (const { line, windows, direction, late } of lines) {
    for (const win of windows) {
      const a = hhmm(win.from), b = hhmm(win.to);
      for (let k = 0; k < win.count; k++) {
        const jitter = Math.round((random() - 0.5) * 4) * 60;
        addTrip(line, win.service, Math.max(4 * 3600, Math.round((a + ((k + 0.5) * (b - a)) / win.count) / 60) * 60 + jitter), direction);
      }
    }
    if (late) {
      const total = line.arr[line.arr.length - 1]!;
      addTrip(line, 'W', total >= 25 * 60 ? hhmm('23:40') : 24 * 3600 + 5 * 60 - total, direction);
    }
  }
  writeSync(fd, stopTimes.length ? `${stopTimes.join('\n')}\n` : '');
  closeSync(fd);

  // Calendar: S is excluded on holiday weekdays through calendar_dates.
  const holidayDates: string[] = [];
  for (const h of options.schoolHolidays ?? []) {
    for (let d = Math.max(dayOf(h.from), dayOf(options.startDate)); d <= Math.min(dayOf(h.to), dayOf(options.endDate)); d++) {
      const weekday = (d + 4) % 7; // 0 = Sunday
      if (weekday >= 1 && weekday <= 5) holidayDates.push(row('S', gtfsDate(isoOf(d)), 2));
    }
  }
  const start = gtfsDate(options.startDate), end = gtfsDate(options.endDate);
  const files: Record<string, string[]> = {
    'agency.txt': [row('agency_id', 'agency_name', 'agency_url', 'agency_timezone', 'agency_lang'), row('SYN', 'Synthetischer Regionalverkehr (Beispieldaten)', 'https://example.org/fahrplan', 'Europe/Berlin', 'de')],
    'feed_info.txt': [row('feed_publisher_name', 'feed_publisher_url', 'feed_lang', 'feed_start_date', 'feed_end_date', 'feed_version'), row('wegweiser-kit synthetic network', 'https://example.org', 'de', start, end, `seed ${options.seed ?? 1}, scale ${scale}`)],
    'calendar.txt': [
      row('service_id', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'start_date', 'end_date'),
      row('S', 1, 1, 1, 1, 1, 0, 0, start, end), row('W', 1, 1, 1, 1, 1, 0, 0, start, end),
      row('SA', 0, 0, 0, 0, 0, 1, 0, start, end), row('SO', 0, 0, 0, 0, 0, 0, 1, start, end),
    ],
    'calendar_dates.txt': [row('service_id', 'date', 'exception_type'), ...holidayDates],
    'routes.txt': [row('route_id', 'agency_id', 'route_short_name', 'route_long_name', 'route_type'), ...routes.map((r) => row(r.id, 'SYN', r.short, r.long, r.type))],
    'trips.txt': trips,
    'stops.txt': [row('stop_id', 'stop_name', 'stop_lat', 'stop_lon', 'location_type', 'parent_station'), ...stops.map((s) => row(s.id, s.name, s.lat, s.lon, s.station ? 1 : '', s.parent ?? ''))],
    'transfers.txt': [row('from_stop_id', 'to_stop_id', 'transfer_type', 'min_transfer_time'), ...railEnds.flatMap((t, i) => {
      const zob = townStops.get(t.id)![0]!;
      return platforms[i]!.flatMap((p) => [row(zob.id, p.id, 2, 240), row(p.id, zob.id, 2, 240)]);
    })],
  };
  for (const [name, lines_] of Object.entries(files)) writeFileSync(join(dir, name), `${lines_.join('\n')}\n`);
  return { stops: stops.filter((s) => !s.station).length, trips: tripCount, connectionsPerSchoolDay: perSchoolDay };
}

/** Writes the .txt files of a GTFS folder into a zip (for tests of the zip path). */
export function zipGtfsFolder(dir: string, zipPath: string): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    zip.addFile(join(dir, name), name, { mtime: new Date(Date.UTC(2024, 0, 1)) });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    zip.outputStream.pipe(createWriteStream(zipPath)).on('close', resolve).on('error', reject);
  });
}

/**
 * Towns from shared/data/gemeinden/gemeinden_de.csv: the Gemeinden whose AGS
 * starts with `agsPrefix` (e.g. '08126', Hohenlohekreis); `hubs` names the
 * hub towns (e.g. ['Künzelsau', 'Öhringen']).
 */
export function townsFromGemeinden(csvPath: string, agsPrefix: string, hubs: string[]): NetworkOptions['towns'] {
  const out: NetworkOptions['towns'] = [];
  for (const line of readFileSync(csvPath, 'utf8').split(/\r?\n/).slice(1)) {
    if (!line.startsWith(agsPrefix)) continue;
    const fields = [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].map((x) => x[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'));
    const [ags, , name, , , , , lat, lon] = fields;
    const short = shortName(name!);
    out.push({ id: ags!, name: name!, lat: Number(lat), lon: Number(lon), ...(hubs.includes(short) ? { hub: true } : {}) });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}
