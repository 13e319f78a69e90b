/**
 * `import integreat` as one pure step (CLI and, later, the Werkstatt): the
 * classified answers → mapped entries → merged into a base source when there
 * is one (the Kreis's own entries win) → checked as `validate` checks a
 * file. Files, fetching and writing are the caller's.
 */
import { FeedSchema } from '../../core/schema/index.js';
import type { LocalisedMessage } from '../../core/errors.js';
import type { GemeindeList } from '../gemeinden.js';
import { LossReport } from '../hsds/loss.js';
import { feedProblems } from '../inspect.js';
import { berlinDateTime } from '../berlin-datetime.js';
import type { Problem } from '../problem-list.js';
import type { Answer } from './answers.js';
import { mapIntegreat, type Warning } from './map.js';

type Rec = Record<string, unknown>;
const COLLECTIONS = ['organisations', 'locations', 'services', 'programmes', 'pathways'] as const;
/** The source has no compiled hours or holidays yet; `validate` says so about the written file. */
const SOURCE_ONLY = new Set(['hours-not-compiled', 'holidays-missing', 'no-holidays']);

export interface ImportIntegreatInput {
  answers: Answer[];
  gemeinden: GemeindeList;
  today: string;
  now: Date;
  window: { from: string; to: string };
  region?: string;
  kreis?: string;
  pagesAsPathways?: boolean;
  /** The Kreis's own source (e.g. from `import sheets`): its publisher, regions and entries win. */
  base?: Rec;
}

export interface ImportIntegreatResult {
  /** A sentence when nothing could be mapped (no region, unknown Kreis). */
  failure?: LocalisedMessage;
  warnings: Warning[];
  loss: LossReport;
  problems: Problem[];
  /** Entries taken from Integreat, and those left out because the base has them. */
  counts: Record<string, number>;
  kept: Record<string, number>;
  published?: Rec;
  text?: string;
}

const norm = (x: unknown): string => (typeof x === 'string' ? x : typeof x === 'object' && x !== null ? String((x as Rec).de ?? '') : '').toLowerCase().replace(/\s+/g, ' ').trim();

export function importIntegreat(input: ImportIntegreatInput): ImportIntegreatResult {
  const loss = new LossReport();
  const base = input.base;
  const baseKreis = (base?.publisher as Rec | undefined)?.ags;
  const mapped = mapIntegreat({
    answers: input.answers, gemeinden: input.gemeinden, today: input.today, window: input.window, loss,
    ...(input.region ? { region: input.region } : {}), ...(input.kreis ?? (typeof baseKreis === 'string' ? baseKreis : undefined) ? { kreis: input.kreis ?? String(baseKreis) } : {}),
    ...(input.pagesAsPathways ? { pagesAsPathways: true } : {}),
  });
  if (!mapped.ok) return { failure: mapped.message, warnings: [], loss, problems: [], counts: {}, kept: {} };
  const ig = mapped.mapped.feed;
  const kept: Record<string, number> = {};
  let feed: Rec;
  if (base) {
    feed = structuredClone(base);
    // Same id, or the same name in the same Gemeinde: the Kreis's entry wins, Integreat's is listed,
    // and what pointed at Integreat's entry points at the Kreis's.
    const replaced = new Map<unknown, unknown>();
    for (const c of COLLECTIONS) {
      const own = (feed[c] as Rec[] | undefined) ?? [];
      const byId = new Map(own.map((e) => [e.id, e]));
      const byName = new Map(own.map((e) => [`${norm(e.name ?? e.title)}|${String(e.gemeinde ?? '')}`, e]));
      const added = ((ig[c] as Rec[] | undefined) ?? []).filter((e) => {
        const same = byId.get(e.id) ?? byName.get(`${norm(e.name ?? e.title)}|${String(e.gemeinde ?? '')}`);
        if (same) {
          replaced.set(e.id, same.id);
          kept[c] = (kept[c] ?? 0) + 1;
          loss.add(`${c} (im Kreis-Feed schon vorhanden)`, 1, { de: 'Der Kreis-Feed hat diesen Eintrag schon; seiner gilt.', en: 'The Kreis feed already has this entry; its version wins.' });
        }
        return !same;
      });
      if (own.length || added.length) feed[c] = [...own, ...added];
    }
    const to = (id: unknown) => replaced.get(id) ?? id;
    for (const s of ((feed.services as Rec[] | undefined) ?? [])) {
      s.organisation = to(s.organisation);
      if (Array.isArray(s.at)) for (const at of s.at as Rec[]) at.location = to(at.location);
    }
    for (const p of ((feed.programmes as Rec[] | undefined) ?? [])) {
      p.provider = to(p.provider);
      if (p.location !== undefined) p.location = to(p.location);
    }
    const languages = (feed.languages as Array<{ code: string }> | undefined) ?? [];
    for (const l of (ig.languages as Array<{ code: string }>)) if (!languages.some((x) => x.code === l.code)) languages.push(l);
    feed.languages = languages;
    const topics = (feed.topics as Rec[] | undefined) ?? [];
    for (const t of (ig.topics as Rec[])) if (!topics.some((x) => x.id === t.id)) topics.push(t);
    feed.topics = topics;
  } else {
    feed = ig;
  }
  feed.generatedAt = berlinDateTime(input.now);
  const checked = feedProblems(feed, input.today, input.gemeinden);
  const problems = checked.problems.filter((p) => !SOURCE_ONLY.has(p.code));
  const counts = Object.fromEntries(COLLECTIONS.map((c) => [c, ((ig[c] as unknown[] | undefined)?.length ?? 0) - (kept[c] ?? 0)]));
  const result: ImportIntegreatResult = { warnings: mapped.mapped.warnings, loss, problems, counts, kept };
  if (!checked.schema.ok || problems.some((p) => p.severity === 'error')) return result;
  const order = Object.keys(FeedSchema.entries);
  const published: Rec = {};
  for (const key of [...order, ...Object.keys(feed).filter((k) => !order.includes(k))]) if (feed[key] !== undefined) published[key] = feed[key];
  return { ...result, published, text: `${JSON.stringify(published, null, 2)}\n` };
}
