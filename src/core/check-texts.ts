/** Checks over every text of a feed (part of checkFeed): HTML look-alikes, unlisted languages. */
import type { Feed } from './schema/index.js';
import { IssueList, list, type Path } from './check-base.js';

const SCRIPT_LIKE = /<\s*\/?\s*(script|iframe|object|embed|svg|style|link|meta|base|form)\b|javascript\s*:|<[^>]*\son[a-z]+\s*=/i;
const HTML_LIKE = /<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>|&(#\d+|#x[0-9a-f]+|[a-z]{2,8});/i;
const PER_LANGUAGE_RECORDS = new Set(['synonyms', 'keywords']);
/** Parts of a feed that hold no text (numbers and dates only): not walked, they can be millions of values. */
const NO_TEXT = new Set(['matrix', 'compiled']);

/** A per-language text: an object with German and only strings. */
function isTextMap(value: Record<string, unknown>): boolean {
  if (typeof value.de !== 'string') return false;
  for (const v of Object.values(value)) if (typeof v !== 'string') return false;
  return true;
}

/** Walks every string of the feed once: HTML look-alikes, and texts in languages the feed does not list. */
export function checkTexts(c: IssueList, feed: Feed): void {
  const listed = new Set(list<{ code?: unknown }>(feed.languages).map((l) => String(l.code).toLowerCase()));
  const unlisted = new Map<string, { path: Path; count: number }>();
  const path: Array<string | number> = [];
  const visit = (value: unknown, key: string | number | undefined): void => {
    if (typeof value === 'string') {
      if (value.includes('<') || value.includes('&')) checkHtml(c, path, value);
      return;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) { path.push(i); visit(value[i], i); path.pop(); }
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const object = value as Record<string, unknown>;
    const perLanguage = isTextMap(object) || (typeof key === 'string' && PER_LANGUAGE_RECORDS.has(key));
    for (const k of Object.keys(object)) {
      if (NO_TEXT.has(k) && !perLanguage) continue;
      path.push(k);
      if (perLanguage && !listed.has(k.toLowerCase())) {
        const seen = unlisted.get(k);
        if (seen) seen.count++;
        else unlisted.set(k, { path: [...path], count: 1 });
      }
      visit(object[k], k);
      path.pop();
    }
  };
  visit(feed, undefined);
  for (const [lang, { path: first, count }] of unlisted) {
    c.warn(first, 'text-language-unlisted',
      `Es gibt Texte in der Sprache „${lang}“ (${count} ${count === 1 ? 'Text' : 'Texte'}, z. B. hier), aber „${lang}“ steht nicht unter languages. Die Seite bietet die Sprache dann nicht an. Tragen Sie sie unter languages ein oder korrigieren Sie das Kürzel.`,
      `There are texts in "${lang}" (${count} ${count === 1 ? 'text' : 'texts'}, e.g. here), but "${lang}" is not in languages. The page then does not offer the language. Add it to languages or correct the tag.`);
  }
}

function checkHtml(c: IssueList, path: Path, value: string): void {
  const script = SCRIPT_LIKE.exec(value);
  if (script) {
    c.warn(path, 'html-script',
      `Der Text enthält etwas, das wie Programmcode aussieht („${script[0]}“). Er wird nur als Text angezeigt und nie ausgeführt – aber er gehört nicht hierher (aus einer Webseite kopiert oder ein Angriffsversuch?). Bitte entfernen.`,
      `The text contains something that looks like code ("${script[0]}"). It is only shown as text, never run, but it does not belong here (copied from a web page, or an attack?). Please remove it.`);
    return;
  }
  const html = HTML_LIKE.exec(value);
  if (html) {
    c.warn(path, 'html-in-text',
      `Der Text enthält HTML („${html[0]}“). Texte werden als reiner Text angezeigt, „${html[0]}“ wäre also sichtbar. Schreiben Sie den Text ohne HTML (Zeilenumbrüche und Links haben eigene Felder).`,
      `The text contains HTML ("${html[0]}"). Texts are shown as plain text, so "${html[0]}" would be visible. Write it without HTML (line breaks and links have their own fields).`);
  }
}

