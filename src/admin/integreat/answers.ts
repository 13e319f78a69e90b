/**
 * Saved answers of the Integreat API v3 (one JSON file per endpoint and
 * language: `/api/v3/<region>/<lang>/locations/` …): which endpoint each is,
 * for which region and language, and the translations of one entry joined
 * across the languages (Integreat links them by `available_languages`).
 */

type Rec = Record<string, unknown>;
const isRec = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x);

export type Endpoint = 'regions' | 'languages' | 'locations' | 'location-categories' | 'events' | 'pages' | 'offers';

export interface Answer {
  name: string;
  endpoint: Endpoint;
  region?: string;
  lang?: string;
  items: Rec[];
}

export type Classified = { ok: true; answer: Answer } | { ok: false; message: { de: string; en: string } };

/** The endpoint an item belongs to, by the fields the API v3 always sends. */
function endpointOf(item: Rec): Endpoint | undefined {
  if ('event' in item && 'recurrence_rule' in item) return 'events';
  if ('opening_hours' in item || ('location' in item && 'category' in item)) return 'locations';
  if ('parent' in item && 'order' in item) return 'pages';
  if ('bcp47_tag' in item && 'dir' in item) return 'languages';
  if ('aliases' in item && 'path' in item && 'plz' in item) return 'regions';
  if ('icon_url' in item && 'color' in item) return 'location-categories';
  if ('alias' in item && 'url' in item && 'post' in item) return 'offers';
  return undefined;
}

/** `/augsburg/de/locations/test-ort/` → region and language. */
function fromPath(path: unknown): { region?: string; lang?: string } {
  const m = typeof path === 'string' ? /^\/([^/]+)\/([a-z]{2,3}(?:-[a-z0-9]+)*)\//i.exec(path) : null;
  return m ? { region: m[1]!, lang: m[2]!.toLowerCase() } : {};
}

/** `augsburg_de_locations.json`, `augsburg_languages.json`: what the file name says. */
function fromName(name: string): { region?: string; lang?: string } {
  const base = name.split(/[\\/]/).pop()!.replace(/\.json$/i, '');
  const m = /^([a-z0-9-]+?)_([a-z]{2,3})_/i.exec(base);
  if (m) return { region: m[1]!.toLowerCase(), lang: m[2]!.toLowerCase() };
  const r = /^([a-z0-9-]+?)[_-](languages|offers|extras)$/i.exec(base);
  return r ? { region: r[1]!.toLowerCase() } : {};
}

export function classifyAnswer(name: string, json: unknown): Classified {
  if (!Array.isArray(json)) {
    const detail = isRec(json) && typeof json.detail === 'string' ? ` (${json.detail})` : '';
    return {
      ok: false,
      message: {
        de: `„${name}“ ist keine Antwort der Integreat-API v3${detail}: erwartet ist eine Liste (z. B. von /api/v3/<region>/de/locations/).`,
        en: `"${name}" is not an answer of the Integreat API v3${detail}: a list is expected (e.g. from /api/v3/<region>/de/locations/).`,
      },
    };
  }
  const items = json.filter(isRec);
  const endpoints = new Set(items.map(endpointOf));
  if (items.length === 0 && json.length === 0) {
    const hint = fromName(name);
    const endpoint = /locations/i.test(name) ? 'locations' : /events/i.test(name) ? 'events' : /pages/i.test(name) ? 'pages' : undefined;
    if (endpoint) return { ok: true, answer: { name, endpoint, ...hint, items: [] } };
  }
  if (endpoints.size !== 1 || endpoints.has(undefined) || items.length !== json.length) {
    return {
      ok: false,
      message: {
        de: `„${name}“ hat nicht die Form einer Integreat-Antwort (API v3: Orte, Veranstaltungen, Seiten, Sprachen, Regionen, Ortskategorien oder Angebote). Ist es eine andere API-Version oder eine andere Datei?`,
        en: `"${name}" does not have the shape of an Integreat answer (API v3: locations, events, pages, languages, regions, location categories or offers). Is it another API version or another file?`,
      },
    };
  }
  const endpoint = [...endpoints][0]!;
  const byPath = fromPath(items[0]?.path);
  const byName = fromName(name);
  const region = byPath.region ?? byName.region;
  const lang = byPath.lang ?? byName.lang;
  return { ok: true, answer: { name, endpoint, ...(region ? { region } : {}), ...(lang ? { lang } : {}), items } };
}

export interface Translated {
  /** The entry in the base language (German). */
  base: Rec;
  /** Language → the entry in that language, the base language included. */
  texts: Map<string, Rec>;
}

/**
 * One entry per base-language item with its translations. Entries only in
 * other languages (no German partner) come back in `orphans`.
 */
export function joinTranslations(answers: Answer[], endpoint: Endpoint, baseLang = 'de'): { entries: Translated[]; orphans: Array<{ lang: string; item: Rec }> } {
  // Linked by id; where Integreat gives none (each occurrence of a recurring event), by path.
  const byLang = new Map<string, Map<unknown, Rec>>();
  const all = new Map<string, Rec[]>();
  for (const a of answers.filter((x) => x.endpoint === endpoint)) {
    const lang = a.lang ?? baseLang;
    if (!byLang.has(lang)) byLang.set(lang, new Map());
    if (!all.has(lang)) all.set(lang, []);
    for (const item of a.items) {
      all.get(lang)!.push(item);
      if (item.id !== null && item.id !== undefined) byLang.get(lang)!.set(`id:${String(item.id)}`, item);
      if (typeof item.path === 'string') byLang.get(lang)!.set(`path:${item.path}`, item);
    }
  }
  const used = new Set<Rec>();
  const entries: Translated[] = [];
  for (const base of all.get(baseLang) ?? []) {
    const texts = new Map<string, Rec>([[baseLang, base]]);
    used.add(base);
    const links = isRec(base.available_languages) ? base.available_languages : {};
    for (const [lang, link] of Object.entries(links)) {
      const id = isRec(link) ? link.id : undefined;
      const path = isRec(link) && typeof link.path === 'string' ? link.path : undefined;
      const item = (id === null || id === undefined ? undefined : byLang.get(lang)?.get(`id:${String(id)}`))
        ?? (id === undefined || id === null ? (path ? byLang.get(lang)?.get(`path:${path}`) : undefined) : undefined);
      if (item) {
        texts.set(lang, item);
        used.add(item);
      }
    }
    entries.push({ base, texts });
  }
  const orphans: Array<{ lang: string; item: Rec }> = [];
  for (const [lang, items] of all) for (const item of items) if (!used.has(item)) orphans.push({ lang, item });
  return { entries, orphans };
}
