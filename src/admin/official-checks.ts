/**
 * Checks and fills against the official Gemeinde list (src/admin/gemeinden.ts):
 * AGS keys that do not exist in Germany, names that differ from the
 * official ones, and (for `compile`) names and centroids filled in.
 */
import type { Feed } from '../core/schema/index.js';
import type { FeedIssue } from '../core/errors.js';
import { toPointer } from '../core/errors.js';
import { agsReferences, closestMatch, type Path } from '../core/check.js';
import type { GemeindeList } from './gemeinden.js';

type Loose = Record<string, unknown>;
const list = (value: unknown): Loose[] => (Array.isArray(value) ? (value.filter((v) => typeof v === 'object' && v !== null) as Loose[]) : []);
const isAgs8 = (v: unknown): v is string => typeof v === 'string' && /^\d{8}$/.test(v);
const sameName = (a: string, b: string) => a.trim().toLowerCase().replace(/\s+/g, ' ') === b.trim().toLowerCase().replace(/\s+/g, ' ');

function warning(path: Path, code: string, de: string, en: string): FeedIssue {
  return { pointer: toPointer(path), severity: 'warning', code, message: { de, en } };
}

/** Warnings about keys and names that disagree with the official list. Works on parsed, possibly invalid JSON. */
export function officialListChecks(json: unknown, gemeinden: GemeindeList): FeedIssue[] {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return [];
  const feed = json as Loose;
  const issues: FeedIssue[] = [];
  const regions = (typeof feed.regions === 'object' && feed.regions !== null ? feed.regions : {}) as Loose;
  const kreis = (regions.kreis ?? {}) as Loose;
  const publisher = (feed.publisher ?? {}) as Loose;
  for (const [path, ags] of [[['regions', 'kreis', 'ags'], kreis.ags], [['publisher', 'ags'], publisher.ags]] as const) {
    if (typeof ags === 'string' && /^\d{5}$/.test(ags) && gemeinden.kreisName(ags) === undefined) {
      issues.push(warning(path, 'kreis-not-official',
        `Einen Kreis mit dem Schlüssel ${ags} gibt es laut amtlichem Verzeichnis (Stand 31.12.2020) nicht. Tippfehler? Der Hohenlohekreis hat z. B. 08126.`,
        `There is no Kreis with key ${ags} in the official list (as of 31 Dec 2020). A typo? The Hohenlohekreis, for example, is 08126.`));
    }
  }

  // Every AGS in the feed, definitions first; one warning per unknown key.
  const places: Array<{ path: Path; ags: string; name?: string }> = [];
  list(regions.gemeinden).forEach((g, i) => {
    if (isAgs8(g.ags)) places.push({ path: ['regions', 'gemeinden', i, 'ags'], ags: g.ags, ...(typeof g.name === 'string' ? { name: g.name } : {}) });
  });
  list(regions.neighbours).forEach((n, i) => {
    if (isAgs8(n.ags)) places.push({ path: ['regions', 'neighbours', i, 'ags'], ags: n.ags, ...(typeof n.name === 'string' ? { name: n.name } : {}) });
  });
  for (const ref of agsReferences(feed as unknown as Feed)) if (isAgs8(ref.ags)) places.push(ref);
  const unknown = new Map<string, { first: (typeof places)[number]; count: number }>();
  for (const place of places) {
    if (gemeinden.get(place.ags)) continue;
    const known = unknown.get(place.ags);
    if (known) known.count++;
    else unknown.set(place.ags, { first: place, count: 1 });
  }
  for (const [ags, { first, count }] of unknown) {
    const hint = first.name ? suggestByName(first.name, ags, gemeinden) : undefined;
    const more = count > 1 ? { de: ` (${count}-mal im Feed, z. B. hier)`, en: ` (${count} times in the feed, e.g. here)` } : { de: '', en: '' };
    issues.push(warning(first.path, 'ags-not-official',
      `Den Gemeindeschlüssel ${ags} gibt es laut amtlichem Verzeichnis (Stand 31.12.2020) nicht${more.de}.${hint ? ` „${hint.name}“ hat dort den Schlüssel ${hint.ags}.` : ' Tippfehler?'} Ist die Gemeinde erst nach 2020 neu gebildet worden, können Sie diese Warnung übergehen.`,
      `The municipality key ${ags} is not in the official list (as of 31 Dec 2020)${more.en}.${hint ? ` There, "${hint.name}" has the key ${hint.ags}.` : ' A typo?'} If the Gemeinde was formed after 2020, ignore this warning.`));
  }

  list(regions.gemeinden).forEach((g, i) => {
    const official = isAgs8(g.ags) ? gemeinden.get(g.ags) : undefined;
    if (!official || typeof g.name !== 'string') return;
    if (sameName(g.name, official.name) || sameName(g.name, official.officialName)) return;
    const other = suggestByName(g.name, g.ags as string, gemeinden);
    issues.push(warning(['regions', 'gemeinden', i, 'name'], 'gemeinde-name',
      `Laut amtlichem Verzeichnis heißt die Gemeinde ${official.ags} „${official.name}“${official.name !== official.officialName ? ` (amtlich „${official.officialName}“)` : ''}, hier steht „${g.name}“.${other ? ` „${other.name}“ hätte den Schlüssel ${other.ags} – stimmt der Schlüssel?` : ' Tippfehler im Namen oder falscher Schlüssel?'}`,
      `The official list calls Gemeinde ${official.ags} "${official.name}"${official.name !== official.officialName ? ` (officially "${official.officialName}")` : ''}, but the feed says "${g.name}".${other ? ` "${other.name}" would have key ${other.ags}: is the key right?` : ' A typo in the name, or the wrong key?'}`));
  });
  return issues;
}

/** A Gemeinde of the same Kreis (else Land) whose name is close to `name`. */
function suggestByName(name: string, ags: string, gemeinden: GemeindeList): { name: string; ags: string } | undefined {
  const candidates = gemeinden.inKreis(ags.slice(0, 5));
  const byName = new Map(candidates.map((g) => [g.name, g]));
  const exact = candidates.find((g) => sameName(g.name, name) || sameName(g.officialName, name));
  const match = exact ?? byName.get(closestMatch(name, byName.keys()) ?? '');
  return match && match.ags !== ags ? { name: match.name, ags: match.ags } : undefined;
}

export interface FillResult {
  problems: FeedIssue[];
  names: number;
  centroids: number;
}

/** `compile`: names and centroids of Gemeinden (and centroids of neighbours) from the official list, where missing. */
export function fillFromOfficialList(feed: Feed, gemeinden: GemeindeList): FillResult {
  const result: FillResult = { problems: [], names: 0, centroids: 0 };
  feed.regions.gemeinden.forEach((g, i) => {
    const official = gemeinden.get(g.ags);
    if (official && g.name === undefined) {
      g.name = official.name;
      result.names++;
    }
    if (official?.centroid && g.centroid === undefined) {
      g.centroid = official.centroid;
      result.centroids++;
    }
    if (g.name === undefined) {
      result.problems.push(warning(['regions', 'gemeinden', i], 'gemeinde-no-name',
        `Die Gemeinde ${g.ags} hat keinen Namen, und das amtliche Verzeichnis kennt den Schlüssel nicht. Tragen Sie name ein, sonst fehlt der Name auf der Seite.`,
        `Gemeinde ${g.ags} has no name, and the official list does not know the key. Add name, otherwise the page shows no name.`));
    }
  });
  for (const n of feed.regions.neighbours ?? []) {
    const official = n.ags ? gemeinden.get(n.ags) : undefined;
    if (official?.centroid && n.centroid === undefined) {
      n.centroid = official.centroid;
      result.centroids++;
    }
  }
  return result;
}
