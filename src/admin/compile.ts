/**
 * Compile: the authored feed (the source) → the published one. Opening hours
 * are compiled to the small browser form, holidays of the Bundesland are
 * filled in, Gemeinde names and centres come from the official list,
 * protected addresses are removed, and the result is checked as `validate`
 * checks a file. Same source, window and `now` give byte-identical text, in
 * `wegweiser compile` and in the Werkstatt alike.
 */
import * as v from 'valibot';
import { FeedSchema, type Feed } from '../core/schema/index.js';
import { validateFeed } from '../core/validate.js';
import { checkFeed, labelOf, protectedFieldsOf } from '../core/check.js';
import { toPointer } from '../core/errors.js';
import { feedProblems, sizeProblem } from './inspect.js';
import { unknownFields } from './unknown-fields.js';
import { compileWindow, runHours } from './feed-hours.js';
import { compileHolidays } from './hours/compiler.js';
import { fillFromOfficialList, officialListChecks } from './official-checks.js';
import type { GemeindeList } from './gemeinden.js';
import { tally, type Problem } from './problem-list.js';
import { berlinDateTime } from './berlin-datetime.js';

export interface CompileInput {
  /** The parsed source (not changed: compile works on a copy). */
  json: unknown;
  /** The day "stale", "expired" and programme status are judged against. */
  today: string;
  /** First day of compiled hours and holidays (default: `today`). */
  from?: string;
  /** Written as `generatedAt`. */
  now: Date;
  /** Indented JSON (default: one line). */
  pretty?: boolean;
  gemeinden: GemeindeList;
}

export interface CompileStats {
  window: [string, string];
  hours: number;
  hoursAsText: number;
  names: number;
  centroids: number;
  publicHolidays: number;
  schoolHolidays: number;
  bytes: number;
}

export type CompileResult =
  | { ok: false; problems: Problem[]; notListed: number }
  | { ok: true; published: Feed; text: string; problems: Problem[]; stats: CompileStats };

export function compileSource(input: CompileInput): CompileResult {
  const { today, gemeinden } = input;
  const windowFrom = input.from ?? today;
  const generatedAt = berlinDateTime(input.now);
  // A copy: the caller's source stays as it was (the Werkstatt keeps showing it).
  const json: unknown = structuredClone(input.json);
  // The source may leave out what compile fills in.
  if (typeof json === 'object' && json !== null && !Array.isArray(json) && (json as { generatedAt?: unknown }).generatedAt === undefined) {
    (json as { generatedAt?: string }).generatedAt = generatedAt;
  }
  const source = feedProblems(json, today, gemeinden);
  if (!source.schema.ok) return { ok: false, problems: source.problems, notListed: source.notListed };

  const feed = source.schema.feed;
  const window = compileWindow(feed, windowFrom);
  const problems: Problem[] = [];
  const filled = fillFromOfficialList(feed, gemeinden);
  problems.push(...filled.problems);
  problems.push(...stripProtected(feed));
  const centroids = new Map(feed.regions.gemeinden.map((g) => [g.ags, g.centroid]));
  const hours = runHours(feed, { state: feed.publisher.state, ...window, apply: true, centroidOf: (ags) => centroids.get(ags) });
  problems.push(...hours.problems);
  const holidays = compileHolidays(feed.publisher.state, window.from, window.to);
  feed.holidays = holidays.holidays;
  problems.push(...holidays.warnings.map((w): Problem => ({ pointer: '/holidays', severity: 'warning', code: w.code, message: { de: w.de, en: w.en } })));
  feed.generatedAt = generatedAt;

  // Check the result as `validate` would: the published feed is what counts.
  const result = validateFeed(feed);
  if (!result.ok) return { ok: false, problems: [...source.problems, ...result.issues], notListed: result.truncated };
  // valibot's output is a copy with the fields in schema order and unknown fields dropped: a stable file.
  const published = v.parse(FeedSchema, feed) as Feed;
  const text = `${JSON.stringify(published, null, input.pretty ? 2 : undefined)}\n`;
  const bytes = new TextEncoder().encode(text).byteLength;
  const size = sizeProblem(bytes, published);
  const final: Problem[] = [
    ...unknownFields(json),
    ...problems,
    ...checkFeed(published, { today }),
    ...officialListChecks(published, gemeinden),
    ...(size ? [size] : []),
  ];
  if (tally(final).errors > 0) return { ok: false, problems: final, notListed: 0 };
  const stats: CompileStats = {
    window: [window.from, window.to], hours: hours.compiled, hoursAsText: hours.failed, names: filled.names, centroids: filled.centroids,
    publicHolidays: holidays.holidays.public.length, schoolHolidays: holidays.holidays.school.length, bytes,
  };
  return { ok: true, published, text, problems: final, stats };
}

/** Protected places keep only their Gemeinde: the feed is public (the same rule `validate` warns about: sensitive-address). */
function stripProtected(feed: Feed): Problem[] {
  const problems: Problem[] = [];
  feed.locations.forEach((location, i) => {
    const removed = protectedFieldsOf(location);
    if (!removed.length) return;
    for (const field of removed) delete location[field];
    problems.push({
      pointer: toPointer(['locations', i]),
      severity: 'warning',
      code: 'sensitive-stripped',
      message: {
        de: `Der Ort „${labelOf(location)}“ ist geschützt (sensitive): ${removed.join(' und ')} ${removed.length > 1 ? 'wurden' : 'wurde'} aus dem veröffentlichten Feed entfernt. Löschen Sie ${removed.length > 1 ? 'sie' : 'es'} auch in der Quelle, damit ${removed.length > 1 ? 'sie nicht anderswo landen' : 'es nicht anderswo landet'}.`,
        en: `Location "${labelOf(location)}" is protected (sensitive): ${removed.join(' and ')} ${removed.length > 1 ? 'were' : 'was'} removed from the published feed. Delete ${removed.length > 1 ? 'them' : 'it'} from the source too, so ${removed.length > 1 ? 'they do' : 'it does'} not end up elsewhere.`,
      },
    });
  });
  return problems;
}
