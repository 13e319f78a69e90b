/** Duplicate ids and references that lead nowhere (part of checkFeed). */
import type { Feed } from './schema/index.js';
import { toPointer } from './errors.js';
import { agsReferences, closestMatch, IssueList, KINDS, K, labelOf, list, str, STEWARDED, type Entry, type Kind, type Path } from './check-base.js';

export type IdSets = Record<'topics' | 'audiences' | 'serviceTypes' | 'statuses' | 'stewards' | 'organisations' | 'locations' | 'services' | 'programmes' | 'verbaende' | 'ags', Set<string>> & {
  /** Ortsteil id → AGS of its Gemeinde. */
  ortsteile: Map<string, string>;
};

/** Reports duplicates (the first entry wins in the UI) and returns the known ids per list. */
export function checkUniqueIds(c: IssueList, feed: Feed): IdSets {
  const unique = (items: unknown[], path: Path, kind: Kind, key = 'id'): Set<string> => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const id = str((item as Entry | null)?.[key]);
      if (id === undefined) return;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, i);
      else {
        const what = key === 'ags' ? { de: 'Den Gemeindeschlüssel', en: 'The municipality key' } : key === 'code' ? { de: 'Das Sprachkürzel', en: 'The language tag' } : { de: 'Die Kennung', en: 'The id' };
        c.error([...path, i, key], 'duplicate-id',
          `${what.de} „${id}“ gibt es unter ${kind.list} mehrfach (zuerst bei ${toPointer([...path, first])}). Nur der erste Eintrag wird verwendet – ändern Sie diesen oder führen Sie die Einträge zusammen.`,
          `${what.en} "${id}" appears more than once in ${kind.list} (first at ${toPointer([...path, first])}). Only the first entry is used: change this one or merge the entries.`);
      }
    });
    return new Set(seen.keys());
  };
  const regions = (feed.regions ?? {}) as Partial<Feed['regions']>;
  const gemeinden = list<Entry>(regions.gemeinden);
  const ags = unique(gemeinden, ['regions', 'gemeinden'], KINDS.gemeinde, 'ags');
  const neighbours = list<Entry>(regions.neighbours);
  unique(neighbours, ['regions', 'neighbours'], KINDS.neighbour);
  for (const n of neighbours) if (typeof n.ags === 'string') ags.add(n.ags);
  const ortsteile = new Map<string, string>();
  const ortsteilSeen = new Map<string, string>();
  gemeinden.forEach((g, i) => list<Entry>(g.ortsteile).forEach((o, j) => {
    const id = str(o.id);
    if (!id) return;
    const pointer = toPointer(['regions', 'gemeinden', i, 'ortsteile', j]);
    const first = ortsteilSeen.get(id);
    if (first) {
      c.error([...['regions', 'gemeinden', i, 'ortsteile', j], 'id'], 'duplicate-id',
        `Die Ortsteil-Kennung „${id}“ gibt es mehrfach (zuerst bei ${first}). Ortsteile brauchen im ganzen Feed eindeutige Kennungen, z. B. „künzelsau-gaisbach“.`,
        `The Ortsteil id "${id}" appears more than once (first at ${first}). Ortsteile need ids unique in the whole feed, e.g. "kuenzelsau-gaisbach".`);
      return;
    }
    ortsteilSeen.set(id, pointer);
    ortsteile.set(id, String(g.ags));
  }));
  unique(list(feed.languages), ['languages'], K('languages', 'Sprache', 'eine Sprache', 'a language'), 'code');
  unique(list(feed.responsibilities), ['responsibilities'], KINDS.responsibility);
  unique(list(feed.pathways), ['pathways'], KINDS.pathway);
  return {
    topics: unique(list(feed.topics), ['topics'], KINDS.topic),
    audiences: unique(list(feed.audiences), ['audiences'], KINDS.audience),
    serviceTypes: unique(list(feed.serviceTypes), ['serviceTypes'], KINDS.serviceType),
    statuses: unique(list(feed.statuses), ['statuses'], KINDS.status),
    stewards: unique(list(feed.stewards), ['stewards'], KINDS.steward),
    organisations: unique(list(feed.organisations), ['organisations'], KINDS.organisation),
    locations: unique(list(feed.locations), ['locations'], KINDS.location),
    services: unique(list(feed.services), ['services'], KINDS.service),
    programmes: unique(list(feed.programmes), ['programmes'], KINDS.programme),
    verbaende: unique(list(regions.verbaende), ['regions', 'verbaende'], KINDS.verband),
    ags,
    ortsteile,
  };
}

/** Reports a reference to an id that no entry has, with a "did you mean" where one is close. */
export function checkRef(c: IssueList, path: Path, value: unknown, known: Set<string> | Map<string, unknown>, kind: Kind): void {
  if (typeof value !== 'string' || known.has(value)) return;
  const hint = closestMatch(value, known.keys());
  c.error(path, 'dangling-ref',
    `„${value}“ soll auf ${kind.deA} (${kind.list}) verweisen, aber diese Kennung gibt es dort nicht.${hint ? ` Meinten Sie „${hint}“?` : ''} Korrigieren Sie die Kennung oder legen Sie den Eintrag an.`,
    `"${value}" refers to ${kind.en} (${kind.list}) that is not in the feed.${hint ? ` Did you mean "${hint}"?` : ''} Correct the id or add the entry.`);
}

export function checkReferences(c: IssueList, feed: Feed, ids: IdSets): void {
  const refs = (path: Path, values: unknown, known: Set<string>, kind: Kind) => list(values).forEach((v, i) => checkRef(c, [...path, i], v, known, kind));
  list<Entry>(feed.stewards).forEach((s, i) => checkRef(c, ['stewards', i, 'organisation'], s.organisation, ids.organisations, KINDS.organisation));
  const vocabularies = [
    ['topics', ids.topics, KINDS.topic], ['audiences', ids.audiences, KINDS.audience], ['serviceTypes', ids.serviceTypes, KINDS.serviceType], ['statuses', ids.statuses, KINDS.status],
  ] as const;
  for (const [name, known, kind] of vocabularies) {
    const terms = list<Entry>(feed[name]);
    terms.forEach((t, i) => checkRef(c, [name, i, 'parent'], t.parent, known, kind));
    checkParentLoops(c, name, terms);
  }
  list<Entry>(feed.regions?.gemeinden).forEach((g, i) => checkRef(c, ['regions', 'gemeinden', i, 'verband'], g.verband, ids.verbaende, KINDS.verband));
  for (const { path, ags } of agsReferences(feed)) {
    if (ids.ags.has(ags) || !/^\d{8}$/.test(ags)) continue;
    c.error(path, 'unknown-gemeinde',
      `Der Gemeindeschlüssel ${ags} gehört zu keiner Gemeinde unter regions/gemeinden und zu keinem Nachbarort unter regions/neighbours. Tragen Sie die Gemeinde dort ein oder korrigieren Sie den Schlüssel.`,
      `The municipality key ${ags} matches no Gemeinde in regions/gemeinden and no neighbouring town in regions/neighbours. Add it there or correct the key.`);
  }
  for (const [name] of STEWARDED) {
    list<Entry>(feed[name]).forEach((e, i) => checkRef(c, [name, i, 'steward'], e.steward, ids.stewards, KINDS.steward));
  }
  list<Entry>(feed.locations).forEach((l, i) => {
    const ortsteil = str(l.ortsteil);
    if (ortsteil === undefined) return;
    const owner = ids.ortsteile.get(ortsteil);
    if (owner === undefined) checkRef(c, ['locations', i, 'ortsteil'], ortsteil, ids.ortsteile, KINDS.ortsteil);
    else if (owner !== l.gemeinde) {
      c.error(['locations', i, 'ortsteil'], 'ortsteil-gemeinde',
        `Der Ortsteil „${ortsteil}“ gehört zur Gemeinde ${owner}, der Ort liegt laut gemeinde aber in ${String(l.gemeinde)}. Eines von beiden stimmt nicht.`,
        `Ortsteil "${ortsteil}" belongs to Gemeinde ${owner}, but the location's gemeinde is ${String(l.gemeinde)}. One of them is wrong.`);
    }
  });
  list<Entry>(feed.services).forEach((s, i) => {
    const base = ['services', i] as const;
    checkRef(c, [...base, 'organisation'], s.organisation, ids.organisations, KINDS.organisation);
    refs([...base, 'topics'], s.topics, ids.topics, KINDS.topic);
    refs([...base, 'types'], s.types, ids.serviceTypes, KINDS.serviceType);
    refs([...base, 'audiences'], s.audiences, ids.audiences, KINDS.audience);
    refs([...base, 'eligibility', 'statuses'], (s.eligibility as Entry | undefined)?.statuses, ids.statuses, KINDS.status);
    list<Entry>(s.at).forEach((at, j) => checkRef(c, [...base, 'at', j, 'location'], at.location, ids.locations, KINDS.location));
    list<Entry>(s.outreach).forEach((o, j) => checkRef(c, [...base, 'outreach', j, 'location'], o.location, ids.locations, KINDS.location));
  });
  const services = new Map(list<Entry>(feed.services).map((s) => [String(s.id), s]));
  list<Entry>(feed.responsibilities).forEach((r, i) => {
    const base = ['responsibilities', i] as const;
    checkRef(c, [...base, 'topic'], r.topic, ids.topics, KINDS.topic);
    checkRef(c, [...base, 'serviceType'], r.serviceType, ids.serviceTypes, KINDS.serviceType);
    refs([...base, 'statuses'], r.statuses, ids.statuses, KINDS.status);
    checkRef(c, [...base, 'service'], r.service, ids.services, KINDS.service);
    checkRef(c, [...base, 'location'], r.location, ids.locations, KINDS.location);
    const service = services.get(String(r.service));
    const location = str(r.location);
    if (service && location && ids.locations.has(location) && !list<Entry>(service.at).some((at) => at.location === location)) {
      c.warn([...base, 'location'], 'responsibility-location',
        `Der Ort „${location}“ ist nicht unter den Orten des Angebots „${labelOf(service)}“ (at). Ergänzen Sie ihn dort, sonst fehlen auf der Seite die Öffnungszeiten dieses Angebots an diesem Ort.`,
        `Location "${location}" is not among the places of service "${labelOf(service)}" (at). Add it there, otherwise the page lacks this service's hours at that place.`);
    }
  });
  list<Entry>(feed.programmes).forEach((p, i) => {
    const base = ['programmes', i] as const;
    checkRef(c, [...base, 'provider'], p.provider, ids.organisations, KINDS.organisation);
    checkRef(c, [...base, 'location'], p.location, ids.locations, KINDS.location);
    refs([...base, 'topics'], p.topics, ids.topics, KINDS.topic);
    refs([...base, 'audiences'], p.audiences, ids.audiences, KINDS.audience);
    refs([...base, 'eligibility', 'statuses'], (p.eligibility as Entry | undefined)?.statuses, ids.statuses, KINDS.status);
    refs([...base, 'next'], p.next, ids.programmes, KINDS.programme);
    list<Entry>((p.schedule as Entry | undefined)?.sessions).forEach((s, j) => checkRef(c, [...base, 'schedule', 'sessions', j, 'location'], s.location, ids.locations, KINDS.location));
  });
  list<Entry>(feed.pathways).forEach((p, i) => refs(['pathways', i, 'audience'], p.audience, ids.audiences, KINDS.audience));
  const travel = feed.travel as Entry | undefined;
  if (travel) {
    refs(['travel', 'destinations'], travel.destinations, ids.locations, KINDS.location);
    list(travel.origins).forEach((o, i) => {
      if (typeof o !== 'string' || ids.ags.has(o) || ids.ortsteile.has(o)) return;
      c.error(['travel', 'origins', i], 'dangling-ref',
        `Der Startort „${o}“ der Reisezeiten ist weder eine Gemeinde (AGS) noch ein Ortsteil des Feeds. Erzeugen Sie die Reisezeiten neu.`,
        `Travel origin "${o}" is neither a Gemeinde (AGS) nor an Ortsteil of the feed. Rebuild the travel times.`);
    });
  }
}

function checkParentLoops(c: IssueList, name: string, terms: Entry[]): void {
  const parents = new Map(terms.map((t) => [String(t.id), str(t.parent)]));
  terms.forEach((t, i) => {
    const seen = new Set<string>([String(t.id)]);
    let parent = str(t.parent);
    while (parent !== undefined && !seen.has(parent)) {
      seen.add(parent);
      parent = parents.get(parent);
    }
    if (parent === String(t.id)) {
      c.error([name, i, 'parent'], 'parent-loop',
        `Die Oberbegriffe (parent) unter ${name} bilden einen Kreis: „${String(t.id)}“ ist über ${[...seen].join(' → ')} sein eigener Oberbegriff. Entfernen Sie eines der parent-Felder.`,
        `The parents in ${name} form a loop: "${String(t.id)}" is its own ancestor via ${[...seen].join(' → ')}. Remove one of the parent fields.`);
    }
  });
}
