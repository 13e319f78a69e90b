/**
 * Keeps an element's filters in the page URL, so a result list can be shared
 * as a link and the browser's back button steps through searches. Only the
 * element's own parameters (`ww-…`) are touched; the host page's stay as
 * they are.
 */
export type UrlValues = Record<string, string | string[] | boolean | undefined>;

/** Parameter prefix of an element: `ww-`, or `ww-<id>-` when several elements share a page. */
export function paramPrefix(element: Element): string {
  return element.id ? `ww-${element.id}-` : 'ww-';
}

/** Reads the element's parameters from a URL (default: the current page). */
export function readUrl(prefix: string, keys: readonly string[], href = location.href): Map<string, string[]> {
  const params = new URL(href).searchParams;
  const out = new Map<string, string[]>();
  for (const key of keys) {
    const values = params.getAll(prefix + key).flatMap((v) => v.split(',')).filter(Boolean);
    if (values.length) out.set(key, values);
  }
  return out;
}

/**
 * The URL with the element's parameters replaced by `values` (empty values
 * removed). Only the keys named in `values` are touched: other elements'
 * parameters (`ww-kurs-…` beside `ww-…`) and the page's own stay.
 */
export function urlWith(prefix: string, values: UrlValues, href = location.href): string {
  const url = new URL(href);
  for (const key of Object.keys(values)) url.searchParams.delete(prefix + key);
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === false || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    url.searchParams.set(prefix + key, value === true ? '1' : Array.isArray(value) ? value.join(',') : value);
  }
  return url.href;
}

/**
 * Writes the parameters into the address bar: a new history entry for a
 * finished step (`push`), or a silent update while the user is typing.
 */
export function writeUrl(prefix: string, values: UrlValues, push: boolean): void {
  const next = urlWith(prefix, values);
  if (next === location.href) return;
  try {
    if (push) history.pushState(history.state, '', next);
    else history.replaceState(history.state, '', next);
  } catch {
    // Sandboxed iframes and some CMS previews forbid history changes: the finder still works.
  }
}
