/**
 * Coverage per Gemeinde and topic: is a responsible office recorded, how
 * many offers are there, and (with a travel block) how many offers of the
 * topic can be reached by bus within 45 minutes on a school day.
 * Pure: no I/O, no clock.
 */
import type { Programme, Service } from '../../core/schema/index.js';
import { type FeedIndex } from '../../core/feed-index.js';
import { isCurrent } from '../../core/dates.js';
import { hasEnded, programmeGemeinde, servesGemeinde } from '../../core/queries.js';
import { transitTime } from '../../core/travel.js';
import { textOf } from '../../core/text.js';

/** Longest bus trip that counts as "reachable" (typical minutes, school day). */
export const REACH_MINUTES = 45;

/**
 * `recorded`: a current responsibility covers the Gemeinde for the topic (directly, via a broader topic, or `*`);
 * `status-only`: only rules limited to certain residence statuses do;
 * `none`: the feed records responsibility for this topic, but not for this Gemeinde;
 * `not-tracked`: the feed records no responsibility for this topic anywhere.
 */
export type OfficeState = 'recorded' | 'status-only' | 'none' | 'not-tracked';

export interface CoverageCell {
  topic: string;
  office: OfficeState;
  /** Service ids of the responsible offices. */
  offices: string[];
  /** Current services of the topic open to people living in the Gemeinde. */
  services: number;
  /** Of those, with a place or consultation days in the Gemeinde. */
  local: number;
  /** Running programmes of the topic taking place in the Gemeinde. */
  programmes: number;
  offers: number;
  /**
   * With travel data: offers of the topic reachable by bus within 45 minutes (school day, typical trip):
   * services open to the Gemeinde with a place that close, and programmes at such a place (also in other Gemeinden).
   */
  reachable?: number;
}

export interface GemeindeCoverage {
  ags: string;
  name: string;
  cells: CoverageCell[];
  /** Topic ids with office `none` / without any offer / with offers but none reachable by bus. */
  noOffice: string[];
  noOffer: string[];
  notReachable: string[];
}

export interface TopicCoverage {
  id: string;
  label: string;
  /** The feed records responsibility for this topic somewhere. */
  tracked: boolean;
  gemeinden: number;
  withOffice: number;
  withOffers: number;
  /** With travel data: Gemeinden from which at least one offer is reachable. */
  withReachable?: number;
}

export interface Coverage {
  /** The travel data used, or null when the feed has none for school days. */
  travel: { day: 'schoolday'; date?: string; maxMinutes: number } | null;
  topics: TopicCoverage[];
  gemeinden: GemeindeCoverage[];
}

export function computeCoverage(index: FeedIndex, today: string, lang: string): Coverage {
  const feed = index.feed;
  const topicIds = [...index.topics.keys()];
  const gemeinden = feed.regions.gemeinden;
  const hasTravel = !!feed.travel?.matrix.schoolday;

  // Responsibility rules, inverted: Gemeinde → topic → offices (a rule for a broader topic covers the narrower ones).
  const tracked = new Set<string>();
  const offices = new Map<string, Map<string, { service: string; limited: boolean }[]>>();
  const allAgs = gemeinden.map((g) => g.ags);
  for (const rule of feed.responsibilities ?? []) {
    const family = index.topicFamily.get(rule.topic) ?? new Set([rule.topic]);
    // The topic and the narrower ones count as "tracked", even when the rule has expired: that is a gap.
    // (A rule for `kita` says nothing about who answers for `familie` as a whole.)
    for (const t of family) tracked.add(t);
    const service = index.services.get(rule.service);
    if (!isCurrent(rule, today) || !service || !isCurrent(service, today)) continue;
    const limited = !!rule.statuses?.length;
    for (const ags of rule.gemeinden === '*' ? allAgs : rule.gemeinden) {
      let byTopic = offices.get(ags);
      if (!byTopic) offices.set(ags, (byTopic = new Map()));
      for (const t of family) {
        const list = byTopic.get(t);
        if (!list) byTopic.set(t, [{ service: service.id, limited }]);
        else if (!list.some((o) => o.service === service.id && o.limited === limited)) list.push({ service: service.id, limited });
      }
    }
  }

  // Offers per topic (a service or programme tagged with a narrower topic counts for the broader one).
  const servicesOf = new Map<string, Service[]>();
  for (const t of topicIds) servicesOf.set(t, (index.servicesByTopic.get(t) ?? []).filter((s) => isCurrent(s, today)));
  const programmesOf = new Map<string, Programme[]>();
  const programmePlace = new Map<Programme, string | undefined>();
  for (const p of index.programmes.values()) {
    if (hasEnded(p, today)) continue;
    programmePlace.set(p, programmeGemeinde(index, p));
    const tagged = new Set<string>();
    for (const t of p.topics ?? []) for (const a of index.topicAncestors.get(t) ?? [t]) tagged.add(a);
    for (const t of tagged) {
      const list = programmesOf.get(t);
      if (list) list.push(p);
      else programmesOf.set(t, [p]);
    }
  }
  const localPlaces = new Map<Service, Set<string>>();
  for (const list of servicesOf.values()) {
    for (const s of list) {
      if (localPlaces.has(s)) continue;
      const places = new Set<string>();
      for (const at of s.at ?? []) {
        const g = index.locations.get(at.location)?.gemeinde;
        if (g) places.add(g);
      }
      for (const o of s.outreach ?? []) places.add(o.gemeinde);
      localPlaces.set(s, places);
    }
  }

  // Bus reachability, cached per origin and location.
  const reach = new Map<string, boolean>();
  const reachable = (ags: string, location: string | undefined): boolean => {
    if (!location) return false;
    const key = `${ags}\u0000${location}`;
    let ok = reach.get(key);
    if (ok === undefined) {
      const answer = transitTime(index, ags, location, 'schoolday').answer;
      ok = !!answer && answer.typical <= REACH_MINUTES;
      reach.set(key, ok);
    }
    return ok;
  };

  const result: GemeindeCoverage[] = [];
  const topicStats = new Map<string, TopicCoverage>(topicIds.map((id) => [id, {
    id, label: textOf(index.topics.get(id)?.label, lang) || id, tracked: tracked.has(id), gemeinden: gemeinden.length, withOffice: 0, withOffers: 0,
    ...(hasTravel ? { withReachable: 0 } : {}),
  }]));
  for (const g of gemeinden) {
    const row: GemeindeCoverage = { ags: g.ags, name: g.name ?? g.ags, cells: [], noOffice: [], noOffer: [], notReachable: [] };
    for (const topic of topicIds) {
      const stats = topicStats.get(topic)!;
      const recorded = offices.get(g.ags)?.get(topic) ?? [];
      const office: OfficeState = recorded.some((o) => !o.limited) ? 'recorded'
        : recorded.length ? 'status-only'
          : tracked.has(topic) ? 'none' : 'not-tracked';
      const serving = (servicesOf.get(topic) ?? []).filter((s) => servesGemeinde(index, s, g.ags));
      const local = serving.filter((s) => localPlaces.get(s)?.has(g.ags)).length;
      const programmes = (programmesOf.get(topic) ?? []);
      const here = programmes.filter((p) => programmePlace.get(p) === g.ags).length;
      const cell: CoverageCell = {
        topic, office, offices: [...new Set(recorded.map((o) => o.service))], services: serving.length, local, programmes: here, offers: serving.length + here,
      };
      if (hasTravel) {
        let n = 0;
        for (const s of serving) if ((s.at ?? []).some((at) => reachable(g.ags, at.location))) n++;
        for (const p of programmes) if (reachable(g.ags, p.location)) n++;
        cell.reachable = n;
        if (n > 0) stats.withReachable = (stats.withReachable ?? 0) + 1;
        else if (cell.offers > 0) row.notReachable.push(topic);
      }
      if (office === 'recorded' || office === 'status-only') stats.withOffice++;
      if (office === 'none') row.noOffice.push(topic);
      if (cell.offers > 0) stats.withOffers++;
      else row.noOffer.push(topic);
      row.cells.push(cell);
    }
    result.push(row);
  }
  return {
    travel: hasTravel ? { day: 'schoolday', ...(feed.travel?.days.schoolday ? { date: feed.travel.days.schoolday } : {}), maxMinutes: REACH_MINUTES } : null,
    topics: [...topicStats.values()],
    gemeinden: result,
  };
}
