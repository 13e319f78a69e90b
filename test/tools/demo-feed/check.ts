/**
 * Checks demo/feed.source.json beyond the schema: unique ids, every reference,
 * sensitive places, text languages, OSM hours (parsed with opening_hours),
 * programme dates vs. status, and the Gemeinde data against the official list.
 * Prints a short report (counts, stale/expired entries, coverage gaps).
 *
 *   npx tsx test/tools/demo-feed/check.ts [path/to/feed.json]
 *
 * Exit 1 when an error is found; warnings are printed but do not fail.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as v from 'valibot';
import OpeningHours from 'opening_hours';
import { FeedSchema, type Feed, type OpeningHours as Hours, type Text } from '../../../src/core/schema/index.js';
import { OUT } from './build.js';

const file = resolve(process.argv[2] ?? OUT);
const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
const errors: string[] = [];
const warnings: string[] = [];
const err = (msg: string) => errors.push(msg);
const warn = (msg: string) => warnings.push(msg);

const parsed = v.safeParse(FeedSchema, raw);
if (!parsed.success) {
  for (const issue of parsed.issues.slice(0, 20)) err(`schema: ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
  report();
}
const feed = (parsed.success ? parsed.output : raw) as Feed;
const today = feed.generatedAt.slice(0, 10);

// ── ids ────────────────────────────────────────────────────────────────────
function ids<T>(name: string, items: T[] | undefined, key: (t: T) => string | undefined): Set<string> {
  const seen = new Set<string>();
  for (const item of items ?? []) {
    const id = key(item);
    if (id === undefined) continue;
    if (seen.has(id)) err(`duplicate ${name} id ${id}`);
    seen.add(id);
  }
  return seen;
}
const topics = ids('topic', feed.topics, (t) => t.id);
const audiences = ids('audience', feed.audiences, (t) => t.id);
const statuses = ids('status', feed.statuses, (t) => t.id);
const stewards = ids('steward', feed.stewards, (s) => s.id);
const orgs = ids('organisation', feed.organisations, (o) => o.id);
const locations = ids('location', feed.locations, (l) => l.id);
const services = ids('service', feed.services, (s) => s.id);
const programmes = ids('programme', feed.programmes, (p) => p.id);
ids('pathway', feed.pathways, (p) => p.id);
ids('responsibility', feed.responsibilities, (r) => r.id);
const verbaende = ids('verband', feed.regions.verbaende, (x) => x.id);
const gemeinden = ids('gemeinde', feed.regions.gemeinden, (g) => g.ags);
const neighbourAgs = new Set((feed.regions.neighbours ?? []).flatMap((n) => (n.ags ? [n.ags] : [])));
ids('neighbour', feed.regions.neighbours, (n) => n.id);
const ortsteile = new Map<string, string>();
for (const g of feed.regions.gemeinden) for (const o of g.ortsteile ?? []) {
  if (ortsteile.has(o.id)) err(`duplicate Ortsteil id ${o.id}`);
  ortsteile.set(o.id, g.ags);
}

const ref = (where: string, kind: string, set: Set<string>, value: string | undefined) => {
  if (value !== undefined && !set.has(value)) err(`${where}: unknown ${kind} "${value}"`);
};
const refs = (where: string, kind: string, set: Set<string>, values: string[] | undefined) => values?.forEach((x) => ref(where, kind, set, x));
const places = new Set([...gemeinden, ...neighbourAgs]);

// ── regions ────────────────────────────────────────────────────────────────
for (const g of feed.regions.gemeinden) ref(`gemeinde ${g.ags}`, 'verband', verbaende, g.verband);
for (const vb of feed.regions.verbaende ?? []) {
  refs(`verband ${vb.id}`, 'gemeinde', gemeinden, vb.gemeinden);
  for (const a of vb.gemeinden) {
    const g = feed.regions.gemeinden.find((x) => x.ags === a);
    if (g && g.verband !== vb.id) err(`verband ${vb.id} lists ${a}, but that Gemeinde names ${g.verband}`);
  }
}
const csv = resolve(process.cwd(), '../shared/data/gemeinden/gemeinden_de.csv');
if (existsSync(csv)) {
  const rows = new Map<string, string[]>();
  for (const line of readFileSync(csv, 'utf8').split('\n').slice(1)) {
    const cells = line.match(/("[^"]*"|[^,]*)(,|$)/g)?.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '')) ?? [];
    if (cells[0]) rows.set(cells[0], cells);
  }
  const inKreis = [...rows.values()].filter((r) => r[4] === 'Hohenlohekreis').map((r) => r[0]!);
  for (const a of inKreis) if (!gemeinden.has(a)) err(`Gemeinde ${a} of the Hohenlohekreis is missing`);
  const check = (ags: string, name: string | undefined, c: [number, number] | undefined, what: string) => {
    const row = rows.get(ags);
    if (!row) return err(`${what} ${ags}: not in the official list`);
    const official = row[2]!.replace(/, (Stadt|Universitätsstadt)$/, '');
    if (name && name !== official) err(`${what} ${ags}: name "${name}" ≠ official "${official}"`);
    if (c && (Math.abs(c[0] - Number(row[7])) > 1e-6 || Math.abs(c[1] - Number(row[8])) > 1e-6)) err(`${what} ${ags}: centroid differs from the official list`);
    if (what === 'gemeinde') {
      const g = feed.regions.gemeinden.find((x) => x.ags === ags);
      const vb = feed.regions.verbaende?.find((x) => x.id === g?.verband);
      if (vb && vb.name !== row[3]) err(`gemeinde ${ags}: Verband "${vb.name}" ≠ official "${row[3]}"`);
    }
  };
  for (const g of feed.regions.gemeinden) check(g.ags, g.name, g.centroid, 'gemeinde');
  for (const n of feed.regions.neighbours ?? []) if (n.ags) check(n.ags, n.name, n.centroid, 'neighbour');
} else {
  warn(`official Gemeinde list not found at ${csv}; names and centroids not compared`);
}

// ── stewards, organisations, locations ───────────────────────────────────
for (const s of feed.stewards ?? []) ref(`steward ${s.id}`, 'organisation', orgs, s.organisation);
for (const o of feed.organisations) ref(`organisation ${o.id}`, 'steward', stewards, o.steward);
for (const l of feed.locations) {
  const where = `location ${l.id}`;
  ref(where, 'steward', stewards, l.steward);
  if (l.gemeinde && !places.has(l.gemeinde)) err(`${where}: Gemeinde ${l.gemeinde} is neither in the Kreis nor a neighbour`);
  if (l.ortsteil && ortsteile.get(l.ortsteil) !== l.gemeinde) err(`${where}: Ortsteil ${l.ortsteil} does not belong to ${l.gemeinde}`);
  if (l.sensitive && (l.address || l.geo)) err(`${where}: sensitive place must not carry address or geo`);
  if (!l.sensitive && !l.address) warn(`${where}: no address`);
}

// ── services ────────────────────────────────────────────────────────────
const serviceLocations = new Map<string, Set<string>>();
for (const s of feed.services) {
  const where = `service ${s.id}`;
  ref(where, 'organisation', orgs, s.organisation);
  refs(where, 'topic', topics, s.topics);
  refs(where, 'audience', audiences, s.audiences);
  refs(where, 'status', statuses, s.eligibility?.statuses);
  ref(where, 'steward', stewards, s.steward);
  refs(where, 'Gemeinde', gemeinden, s.area);
  const at = new Set<string>();
  for (const a of s.at ?? []) {
    ref(where, 'location', locations, a.location);
    at.add(a.location);
  }
  serviceLocations.set(s.id, at);
  for (const o of s.outreach ?? []) {
    ref(`${where} outreach`, 'Gemeinde', gemeinden, o.gemeinde);
    ref(`${where} outreach`, 'location', locations, o.location);
    const loc = feed.locations.find((l) => l.id === o.location);
    if (loc && loc.gemeinde !== o.gemeinde) err(`${where} outreach: location ${loc.id} lies in ${loc.gemeinde}, not ${o.gemeinde}`);
  }
  if (s.access.includes('outreach') !== Boolean(s.outreach?.length)) warn(`${where}: access "outreach" and outreach entries disagree`);
  if (!s.at?.length && !s.access.some((a) => a === 'phone' || a === 'online')) err(`${where}: no place and neither phone nor online`);
}

// ── responsibilities ─────────────────────────────────────────────────────
for (const r of feed.responsibilities ?? []) {
  const where = `responsibility ${r.id ?? r.topic}`;
  ref(where, 'topic', topics, r.topic);
  refs(where, 'status', statuses, r.statuses);
  ref(where, 'service', services, r.service);
  ref(where, 'steward', stewards, r.steward);
  if (r.gemeinden !== '*') refs(where, 'Gemeinde', gemeinden, r.gemeinden);
  if (r.location && !serviceLocations.get(r.service)?.has(r.location)) err(`${where}: location ${r.location} is not a place of service ${r.service}`);
  const svc = feed.services.find((s) => s.id === r.service);
  if (svc && !svc.topics.includes(r.topic)) warn(`${where}: service ${svc.id} is not tagged with topic ${r.topic}`);
  if (svc?.area && r.gemeinden !== '*') for (const a of r.gemeinden) if (!svc.area.includes(a)) err(`${where}: ${a} is outside the area of ${svc.id}`);
}

// ── programmes ──────────────────────────────────────────────────────────
const WEEKDAY = ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'];
const berlinOffset = (iso: string) => {
  const d = new Date(iso);
  const part = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', timeZoneName: 'longOffset' }).formatToParts(d).find((p) => p.type === 'timeZoneName')?.value;
  return part === 'GMT' ? '+00:00' : part?.replace('GMT', '');
};
for (const p of feed.programmes ?? []) {
  const where = `programme ${p.id}`;
  ref(where, 'organisation', orgs, p.provider);
  ref(where, 'location', locations, p.location);
  ref(where, 'Gemeinde', gemeinden, p.gemeinde);
  refs(where, 'topic', topics, p.topics);
  refs(where, 'audience', audiences, p.audiences);
  refs(where, 'programme', programmes, p.next);
  ref(where, 'steward', stewards, p.steward);
  const s = p.schedule;
  for (const session of s?.sessions ?? []) {
    ref(`${where} session`, 'location', locations, session.location);
    for (const t of [session.start, session.end]) if (t && berlinOffset(t) !== t.slice(-6)) err(`${where}: ${t} has the wrong UTC offset for Berlin (${berlinOffset(t)})`);
  }
  if (s?.start && s.recurrence) {
    const day = WEEKDAY[new Date(`${s.start}T12:00:00Z`).getUTCDay()]!;
    if (!s.recurrence.days.includes(day as never)) err(`${where}: start ${s.start} is a ${day}, not one of ${s.recurrence.days.join(',')}`);
  }
  const first = s?.start ?? s?.sessions?.[0]?.start.slice(0, 10);
  const last = s?.end ?? s?.sessions?.at(-1)?.start.slice(0, 10);
  if (p.status === 'planned' && first && first <= today) err(`${where}: planned but starts ${first}`);
  if (p.status === 'active' && ((first && first > today) || (last && last < today))) err(`${where}: active but runs ${first}–${last}`);
  if (p.status === 'ended' && last && last >= today) err(`${where}: ended but runs until ${last}`);
  if (p.kind === 'funding' && !p.funding) err(`${where}: funding programme without funding block`);
  if (p.kind !== 'funding' && p.funding) err(`${where}: funding block on a ${p.kind}`);
  if (p.freePlaces !== undefined && p.capacity !== undefined && p.freePlaces > p.capacity) err(`${where}: more free places than capacity`);
  if (p.status === 'planned' && p.registration?.deadline && first && p.registration.deadline > first) err(`${where}: registration deadline after the start`);
}

// ── pathways ────────────────────────────────────────────────────────────
for (const pw of feed.pathways ?? []) {
  const where = `pathway ${pw.id}`;
  refs(where, 'audience', audiences, pw.audience);
  ref(where, 'steward', stewards, pw.steward);
  const questions = new Map((pw.questions ?? []).map((q) => [q.id, new Set(q.options.map((o) => o.id))]));
  for (const q of pw.questions ?? []) ids(`${where} option of ${q.id}`, q.options, (o) => o.id);
  const steps = ids(`${where} step`, pw.steps, (s) => s.id);
  const checkWhen = (w: Record<string, string[]> | undefined, at: string) => {
    for (const [q, options] of Object.entries(w ?? {})) {
      const known = questions.get(q);
      if (!known) { err(`${at}: unknown question ${q}`); continue; }
      for (const o of options) if (!known.has(o)) err(`${at}: question ${q} has no option ${o}`);
    }
  };
  for (const st of pw.steps) {
    const at = `${where} step ${st.id}`;
    ref(at, 'topic', topics, st.topic);
    ref(at, 'topic (helper)', topics, st.helper);
    ref(at, 'service', services, st.service);
    checkWhen(st.when, at);
    for (const n of st.next ?? []) { checkWhen(n.when, at); if (!steps.has(n.step)) err(`${at}: next step ${n.step} does not exist`); }
    if (!st.topic && !st.service && !st.helper) warn(`${at}: no topic, service or helper – nobody to go to`);
  }
}

// ── texts ───────────────────────────────────────────────────────────────
const declared = new Set(feed.languages.map((l) => l.code));
const seenLangs = new Map<string, number>();
(function walk(value: unknown, path: string): void {
  if (Array.isArray(value)) return value.forEach((x, i) => walk(x, `${path}.${i}`));
  if (!value || typeof value !== 'object') return;
  const obj = value as Record<string, unknown>;
  const isText = typeof obj.de === 'string' && Object.values(obj).every((x) => typeof x === 'string') && !path.endsWith('.synonyms') && !path.endsWith('.keywords');
  if (isText) {
    for (const [lang, text] of Object.entries(obj)) {
      seenLangs.set(lang, (seenLangs.get(lang) ?? 0) + 1);
      if (!(text as string).trim()) err(`${path}.${lang}: empty text`);
      if (lang === 'ar' && !/[\u0600-\u06FF]/.test(text as string)) warn(`${path}.ar: no Arabic script`);
      if (lang === 'uk' && !/[\u0400-\u04FF]/.test(text as string) && !/^[A-Za-z0-9 ()§.,–-]+$/.test(text as string)) warn(`${path}.uk: no Cyrillic script`);
    }
    const langs = Object.keys(obj);
    if (langs.length > 1 && !['en', 'ar', 'uk'].every((l) => langs.includes(l))) warn(`${path}: translated, but not into all of en/ar/uk (${langs.join(',')})`);
    return;
  }
  for (const [k, x] of Object.entries(obj)) walk(x, path ? `${path}.${k}` : k);
})(feed, '');
for (const lang of seenLangs.keys()) {
  if (!declared.has(lang)) (lang === 'de-x-ls' ? warn : err)(`texts in ${lang} (${seenLangs.get(lang)}) but ${lang} is not under languages`);
}

// ── opening hours ───────────────────────────────────────────────────────
const nominatim = { lat: 49.28, lon: 9.69, address: { country_code: 'de', state: 'Baden-Württemberg' } };
const hoursList: Array<[string, Hours]> = [];
for (const l of feed.locations) if (l.hours) hoursList.push([`location ${l.id}`, l.hours]);
for (const s of feed.services) {
  for (const a of s.at ?? []) if (a.hours) hoursList.push([`service ${s.id} at ${a.location}`, a.hours]);
  for (const o of s.outreach ?? []) hoursList.push([`service ${s.id} outreach ${o.gemeinde}`, o.hours]);
}
const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
/** Weekdays of a plain rule ("Mo-We,Fr 08:00-12:00"), or undefined for exception rules (PH, SH, week, month, nth weekday, off). */
function plainDays(rule: string): Set<string> | undefined {
  const text = rule.replace(/"[^"]*"/g, '').trim();
  const m = /^((?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?(?:,(?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?)*)\s+\d/.exec(text);
  if (!m || /\boff\b/.test(text)) return undefined;
  const out = new Set<string>();
  for (const part of m[1]!.split(',')) {
    const [a, b] = part.split('-');
    const i = DAYS.indexOf(a!);
    const j = b ? DAYS.indexOf(b) : i;
    for (let k = i; k <= j; k++) out.add(DAYS[k]!);
  }
  return out;
}
for (const [where, h] of hoursList) {
  // A later ";" rule replaces earlier ones for its days ("Mo-Fr 8-12; Th 14-18" loses Thursday morning).
  const seenDays = new Set<string>();
  for (const rule of h.osm.split(';')) {
    const days = plainDays(rule);
    if (!days) continue;
    for (const d of days) if (seenDays.has(d)) err(`${where}: hours "${h.osm}": rule "${rule.trim()}" overrides an earlier rule for ${d}`);
    for (const d of days) seenDays.add(d);
  }
  try {
    const oh = new OpeningHours(h.osm, nominatim as never, { tag_key: 'opening_hours', locale: 'en' } as never);
    for (const w of oh.getWarnings()) err(`${where}: hours "${h.osm}": ${w.replace(/\s+/g, ' ')}`);
    // Evaluate a week to be sure PH/SH data for BW is available.
    oh.getOpenIntervals(new Date('2026-12-21T00:00:00+01:00'), new Date('2027-01-10T00:00:00+01:00'));
  } catch (e) {
    err(`${where}: hours "${h.osm}" do not parse: ${String(e).split('\n')[0]}`);
  }
}

// ── report ──────────────────────────────────────────────────────────────
function label(t: Text | undefined): string {
  return typeof t === 'string' ? t : t?.de ?? '';
}
function report(): never {
  for (const w of warnings) console.log(`warning: ${w}`);
  for (const e of errors) console.log(`ERROR: ${e}`);
  console.log(errors.length ? `\n${errors.length} error(s)` : '\nno errors');
  process.exit(errors.length ? 1 : 0);
}

const stale = [
  ...feed.organisations.map((x) => ['organisation', x.id, x.reviewed] as const),
  ...feed.locations.map((x) => ['location', x.id, x.reviewed] as const),
  ...feed.services.map((x) => ['service', x.id, x.reviewed] as const),
  ...(feed.programmes ?? []).map((x) => ['programme', x.id, x.reviewed] as const),
  ...(feed.pathways ?? []).map((x) => ['pathway', x.id, x.reviewed] as const),
].filter(([, , r]) => r && r < `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`);
const expired = [...feed.services, ...(feed.programmes ?? [])].filter((x) => x.validUntil && x.validUntil < today).map((x) => x.id);
const future = [...feed.services, ...(feed.programmes ?? [])].filter((x) => x.validFrom && x.validFrom > today).map((x) => x.id);

console.log(`feed: ${file}`);
console.log(`organisations ${feed.organisations.length}, locations ${feed.locations.length} (${feed.locations.filter((l) => l.sensitive).length} sensitive), services ${feed.services.length}, responsibilities ${feed.responsibilities?.length ?? 0}, programmes ${feed.programmes?.length ?? 0}, pathways ${feed.pathways?.length ?? 0} (${feed.pathways?.reduce((n, p) => n + p.steps.length, 0)} steps)`);
console.log(`topics ${feed.topics.length}, audiences ${feed.audiences?.length ?? 0}, statuses ${feed.statuses?.length ?? 0}, stewards ${feed.stewards?.length ?? 0}`);
console.log(`texts per language: ${[...seenLangs].map(([l, n]) => `${l} ${n}`).join(', ')}`);
console.log('services per topic (any position):');
for (const t of feed.topics) {
  const n = feed.services.filter((s) => s.topics.includes(t.id)).length;
  const m = feed.services.filter((s) => s.topics[0] === t.id).length;
  const p = (feed.programmes ?? []).filter((x) => x.topics?.includes(t.id)).length;
  console.log(`  ${t.id.padEnd(24)} ${String(n).padStart(3)} services (${m} main), ${p} programmes — ${label(t.label)}`);
}
const kinds = new Map<string, number>();
for (const p of feed.programmes ?? []) kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
console.log(`programmes by kind: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`);
console.log(`programmes by status: ${['planned', 'active', 'ended'].map((s) => `${s} ${(feed.programmes ?? []).filter((p) => p.status === s).length}`).join(', ')}`);
console.log(`stale (reviewed before ${Number(today.slice(0, 4)) - 1}${today.slice(4)}): ${stale.map(([k, id, r]) => `${k} ${id} (${r})`).join('; ')}`);
console.log(`expired (validUntil before ${today}): ${expired.join(', ')}`);
console.log(`not yet valid (validFrom after ${today}): ${future.join(', ')}`);
console.log('responsibility coverage (Gemeinden without a rule, ignoring status-only rules):');
for (const topic of new Set((feed.responsibilities ?? []).map((r) => r.topic))) {
  const rules = (feed.responsibilities ?? []).filter((r) => r.topic === topic);
  const general = rules.filter((r) => !r.statuses?.length);
  const covered = new Set(general.flatMap((r) => (r.gemeinden === '*' ? [...gemeinden] : r.gemeinden)));
  const statusOnly = general.length === 0;
  const missing = [...gemeinden].filter((a) => !covered.has(a)).map((a) => feed.regions.gemeinden.find((g) => g.ags === a)?.name);
  console.log(`  ${topic.padEnd(24)} ${rules.length} rule(s)${statusOnly ? ' – status-specific only' : missing.length ? ` – missing: ${missing.join(', ')}` : ''}`);
}
report();
