/**
 * How entries relate to the topics, organisations, locations and Gemeinden
 * that are indexed once each: a match on "Caritas" or on the topic
 * "Aufenthalt" passes a share of its score on to their entries.
 */
import type { FeedIndex } from './feed-index.js';
import { programmeGemeinde } from './queries.js';

export type DocKind = 'service' | 'programme' | 'pathway' | 'topic' | 'servicetype' | 'place' | 'organisation' | 'location';

/** Share of a topic's, organisation's, location's or Gemeinde's score passed on to its entries. */
const LINK_WEIGHT = { serviceType: 0.8, mainTopic: 0.6, otherTopic: 0.3, organisation: 0.5, location: 0.4, place: 0.3 };

export interface EntryLinks {
  /** Document key → the entries that receive its score, with the share each gets. */
  links: Array<{ to: number[]; weight: number[] } | undefined>;
  /** Entry key → the Gemeinden (AGS) where it takes place. */
  placesOf: Array<string[] | undefined>;
  /** AGS → services named responsible for it (a `*` responsibility prefers no one). */
  responsible: Map<string, Set<number>>;
}

export function linkEntries(index: FeedIndex, keyOf: Record<DocKind, Map<string, number>>): EntryLinks {
  const feed = index.feed;
  const links: EntryLinks['links'] = [];
  const link = (from: number | undefined, to: number, weight: number) => {
    if (from === undefined) return;
    const list = (links[from] ??= { to: [], weight: [] });
    list.to.push(to);
    list.weight.push(weight);
  };
  const placesOf: Array<string[] | undefined> = [];
  const takesPlace = (entry: number, ags: string | undefined) => {
    if (!ags) return;
    const list = placesOf[entry];
    if (list?.includes(ags)) return;
    if (list) list.push(ags);
    else placesOf[entry] = [ags];
    link(keyOf.place.get(ags), entry, LINK_WEIGHT.place);
  };
  /** Topic id → keys of the topic and the topics above it ("integrationskurs" → itself, "sprache"). */
  const topicKeys = new Map<string, number[]>();
  for (const [topic, members] of index.topicFamily) {
    const key = keyOf.topic.get(topic)!;
    for (const m of members) {
      const list = topicKeys.get(m) ?? topicKeys.set(m, []).get(m)!;
      if (m === topic) list.unshift(key);
      else list.push(key);
    }
  }
  /** The first topic is the entry's main topic; other and broader topics count less. */
  const linkTopics = (topics: string[], key: number) => {
    for (let i = 0; i < topics.length; i++) {
      const keys = topicKeys.get(topics[i]!) ?? [];
      for (let j = 0; j < keys.length; j++) link(keys[j], key, i === 0 && j === 0 ? LINK_WEIGHT.mainTopic : LINK_WEIGHT.otherTopic);
    }
  };
  for (const s of index.services.values()) {
    const key = keyOf.service.get(s.id)!;
    linkTopics(s.topics, key);
    // A service type names exactly what kind of office it is: closer than a topic.
    for (const type of s.types ?? []) link(keyOf.servicetype.get(type), key, LINK_WEIGHT.serviceType);
    link(keyOf.organisation.get(s.organisation), key, LINK_WEIGHT.organisation);
    for (const at of s.at ?? []) {
      link(keyOf.location.get(at.location), key, LINK_WEIGHT.location);
      takesPlace(key, index.locations.get(at.location)?.gemeinde);
    }
    for (const o of s.outreach ?? []) takesPlace(key, o.gemeinde);
  }
  for (const p of index.programmes.values()) {
    const key = keyOf.programme.get(p.id)!;
    linkTopics(p.topics ?? [], key);
    link(keyOf.organisation.get(p.provider), key, LINK_WEIGHT.organisation);
    if (p.location) link(keyOf.location.get(p.location), key, LINK_WEIGHT.location);
    takesPlace(key, programmeGemeinde(index, p));
  }
  const responsible = new Map<string, Set<number>>();
  for (const r of feed.responsibilities ?? []) {
    const key = keyOf.service.get(r.service);
    if (key === undefined || r.gemeinden === '*') continue;
    for (const ags of r.gemeinden) (responsible.get(ags) ?? responsible.set(ags, new Set()).get(ags)!).add(key);
  }
  return { links, placesOf, responsible };
}
