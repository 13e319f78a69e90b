/**
 * The live tier: a MOTIS-compatible routing service (`GET …/api/v1/plan`)
 * that the Kreis configured in the feed. The kit asks it only after the
 * visitor agreed (a click), sends only the two coordinates and the time, and
 * gives up after a few seconds — the timetable answer is shown meanwhile.
 */
import type { LatLon } from './schema/index.js';

export interface LiveAnswer {
  /** Minutes of the fastest itinerary found. */
  minutes: number;
  transfers: number;
  /** Departure and arrival (ISO 8601) of that itinerary. */
  departure: string;
  arrival: string;
  /** Itineraries the service offered. */
  options: number;
}

interface MotisItinerary {
  duration?: number;
  startTime?: string;
  endTime?: string;
  transfers?: number;
}

/** Asks the service; `undefined` when it has no itinerary, throws on network errors or timeouts. */
export async function liveTransit(endpoint: string, from: LatLon, to: LatLon, at: Date, options: { timeoutMs?: number; fetch?: typeof fetch } = {}): Promise<LiveAnswer | undefined> {
  const url = new URL(endpoint);
  if (!/\/plan\/?$/.test(url.pathname)) url.pathname = `${url.pathname.replace(/\/$/, '')}/api/v1/plan`;
  url.searchParams.set('fromPlace', `${from[0]},${from[1]}`);
  url.searchParams.set('toPlace', `${to[0]},${to[1]}`);
  url.searchParams.set('time', at.toISOString());
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 6000);
  try {
    const response = await (options.fetch ?? fetch)(url.href, { credentials: 'omit', signal: controller.signal, headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`The routing service answered ${response.status}`);
    const body = (await response.json()) as { itineraries?: MotisItinerary[] };
    const itineraries = (body.itineraries ?? []).filter((i) => typeof i.duration === 'number');
    if (!itineraries.length) return undefined;
    const best = itineraries.reduce((a, b) => (b.duration! < a.duration! ? b : a));
    return {
      minutes: Math.ceil(best.duration! / 60),
      transfers: best.transfers ?? 0,
      departure: best.startTime ?? '',
      arrival: best.endTime ?? '',
      options: itineraries.length,
    };
  } finally {
    clearTimeout(timer);
  }
}
