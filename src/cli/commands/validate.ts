/**
 * `wegweiser validate <file|URL>`: every problem of a feed, each with its
 * place (JSON Pointer and line, or line:column for syntax errors) and a
 * sentence saying what to do. Exit 0 = fine (maybe warnings), 1 = invalid
 * (or warnings with --strict), 2 = could not read.
 */
import { berlinDate } from '../../core/dates.js';
import { addPositions, feedProblems, sizeProblem } from '../../admin/inspect.js';
import { loadJson } from '../read-input.js';
import { loadGemeinden } from '../gemeinden-file.js';
import { hoursProblems } from '../../admin/feed-hours.js';
import { formatProblems, jsonReport, summaryLine, tally, type Problem } from '../../admin/problem-list.js';
import type { Lang } from '../../admin/lang.js';

export interface ValidateOptions {
  source: string;
  lang: Lang;
  json: boolean;
  strict: boolean;
  /** `YYYY-MM-DD` to check freshness against; default today in Berlin. */
  today?: string;
  maxBytes: number;
  color: boolean;
  /** Problems printed before the rest is summarised. */
  limit: number;
  /** Stop checking opening hours after this long (huge feeds). */
  hoursBudgetMs: number;
  out: (text: string) => void;
}

export async function validateCommand(options: ValidateOptions): Promise<number> {
  const today = options.today ?? berlinDate();
  const loaded = await loadJson(options.source, options.maxBytes);
  const name = loaded.input.name;
  const problems: Problem[] = [...loaded.problems];
  let notListed = 0;
  if (loaded.ok) {
    const size = sizeProblem(loaded.input.bytes, loaded.json);
    if (size) problems.push(size);
    const found = feedProblems(loaded.json, today, loadGemeinden());
    problems.push(...found.problems);
    notListed = found.notListed;
    if (found.schema.ok) problems.push(...hoursProblems(found.schema.feed, today, loadGemeinden(), options.hoursBudgetMs));
    addPositions(loaded.input.text, problems);
  }
  if (options.json) {
    options.out(jsonReport(name, problems, { today }, notListed));
  } else {
    const report = formatProblems(name, problems, { lang: options.lang, color: options.color, limit: options.limit, notListed });
    if (report) options.out(report);
    options.out(summaryLine(name, problems, options.lang, notListed));
  }
  const { errors, warnings } = tally(problems);
  if (errors + notListed > 0) return 1;
  return options.strict && warnings > 0 ? 1 : 0;
}

