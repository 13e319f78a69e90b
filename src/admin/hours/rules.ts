/**
 * Checks for OSM opening-hours values that the `opening_hours` library accepts
 * without a word but that are almost always mistakes by the person who wrote
 * them. Each gives a warning with a corrected value where there is one.
 */
import type OpeningHoursLib from 'opening_hours';
import type { Interval } from '../../core/schema/index.js';
import { quietly } from './holidays.js';
import {
  alwaysWithTimes, commentMakesUnknown, oneDigitMinutes, ruleOverridesAll, ruleReplacesDay, type HoursMessage,
} from './messages.js';

/** Words in comments that usually mean "only with an appointment". */
export const APPOINTMENT_WORDS = /vereinbar|termin|anmeld|appointment|absprache/i;
export const COMMENT = /"([^"]*)"/g;
const STATE = /\b(open|closed|off|unknown)\b/;
const TIME_RANGE = /\d:\d\d-|24\/7/;

/** How a value reads as a typical week (over a short sample), or undefined if it does not parse. */
export type SampleWeek = (value: string) => Interval[][] | undefined;

/**
 * - a later `;` rule without days or times replaces everything before it;
 * - a later `;` rule for some weekdays drops the earlier times of those days
 *   although its own times do not touch them (`Mo-Fr 08:00-12:00; Th 14:00-18:00`
 *   closes Thursday morning; a comma would add the afternoon);
 * - a comment without `open` makes its time "unknown" (shown as "by appointment");
 * - `24/7` next to times wins over them;
 * - one-digit minutes: `09:3` is 09:03, not 09:30.
 */
export function suspiciousRules(lib: OpeningHoursLib, prettified: string, value: string, sampleWeek: SampleWeek): HoursMessage[] {
  const found: HoursMessage[] = [];
  let asWritten: Interval[][] | undefined | null = null; // read once, only when a rule needs it
  let position = 0;
  for (let index = 0; ; index++) {
    const rule = quietly(() => lib.prettifyValue({ rule_index: index }));
    if (!rule) break;
    const at = prettified.indexOf(rule, position);
    if (at < 0) continue; // cannot locate the rule in the whole value: no suggestion possible
    const separator = prettified.slice(position, at).trim();
    position = at + rule.length;
    const before = prettified.slice(0, at);
    const after = prettified.slice(at + rule.length);
    const ruleCode = rule.replace(COMMENT, ' ');

    if (/24\/7/.test(ruleCode) && /\d:\d\d-/.test(ruleCode)) found.push(alwaysWithTimes(value, rule));

    const comment = /"([^"]*)"/.exec(rule)?.[1];
    if (comment !== undefined && !APPOINTMENT_WORDS.test(comment) && TIME_RANGE.test(ruleCode) && !STATE.test(ruleCode)) {
      found.push(commentMakesUnknown(value, comment, `${before}${rule.replace(/\s*"/, ' open "')}${after}`));
    }

    if (index > 0 && separator === ';') {
      if (/^("[^"]*"\s*)?(open|closed|off|unknown)?(\s*"[^"]*")?$/.test(rule)) {
        const isClosing = /\b(closed|off)\b/.test(ruleCode);
        const otherwise = `${before.replace(/;\s*$/, '')} || ${rule}${after}`;
        found.push(ruleOverridesAll(value, rule, isClosing ? undefined : otherwise));
      } else if (/^(Mo|Tu|We|Th|Fr|Sa|Su)\b/.test(rule) && /\d:\d\d-/.test(ruleCode) && !STATE.test(ruleCode)) {
        const additive = `${before.replace(/;\s*$/, '')}, ${rule}${after}`;
        if (asWritten === null) asWritten = sampleWeek(prettified);
        const asAddition = sampleWeek(additive);
        if (asWritten && asAddition && onlyAddsSeparateTimes(asWritten, asAddition)) found.push(ruleReplacesDay(value, rule, additive));
      }
    }
  }
  for (const [written, hour, minute] of value.replace(COMMENT, ' ').matchAll(/(?<![\d:])(\d{1,2}):(\d)(?!\d)/g)) {
    const h = (hour ?? '').padStart(2, '0');
    found.push(oneDigitMinutes(value, written, `${h}:0${minute}`, `${h}:${minute}0`));
  }
  return found;
}

const same = (a: Interval, b: Interval) => a[0] === b[0] && a[1] === b[1] && (a[2] ?? 0) === (b[2] ?? 0);

/**
 * The additive reading keeps every interval of the written one unchanged and
 * only adds intervals that neither overlap nor touch them: the later rule's
 * times are separate from the dropped ones, so an addition was likely meant.
 * (`Mo-Fr 08:00-16:00; Fr 08:00-12:00` shortens Friday on purpose: no warning.)
 */
function onlyAddsSeparateTimes(written: Interval[][], additive: Interval[][]): boolean {
  let adds = false;
  for (let weekday = 0; weekday < 7; weekday++) {
    const kept = written[weekday] ?? [];
    const candidate = additive[weekday] ?? [];
    if (!kept.every((interval) => candidate.some((other) => same(interval, other)))) return false;
    const extra = candidate.filter((other) => !kept.some((interval) => same(interval, other)));
    if (extra.some((e) => kept.some((k) => e[0] <= k[1] && k[0] <= e[1]))) return false;
    if (extra.length && kept.length) adds = true;
  }
  return adds;
}
