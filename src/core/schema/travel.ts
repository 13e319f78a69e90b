/**
 * Precomputed public-transport travel times (filled by `wegweiser travel`
 * from GTFS), and the map settings.
 */
import * as v from 'valibot';
import { DAY_TYPES } from './constants.js';
import { d, Clock, Id, IsoDate, IsoDateTime, Licence, NonEmpty, Text, Url } from './primitives.js';

export { DAY_TYPES };
export const DayType = v.picklist(DAY_TYPES, 'daytype');

const Minute = v.union([v.pipe(v.number('number'), v.integer('integer'), v.minValue(0, 'minutes')), v.null()], 'minutes');
/**
 * One origin → destination answer:
 * `[typical, fastest, slowest, departures, transfers, firstArrival, lastReturn]`,
 * durations in minutes, clock values in minutes after midnight, `null` = none.
 */
export const TravelCell = v.union([v.null(), v.array(Minute, 'array')], 'travelcell');

export const Travel = v.object({
  source: v.object({
    name: v.pipe(NonEmpty, d('Name of the GTFS feed, e.g. "NVH Hohenlohe (DELFI)".')),
    attribution: v.pipe(Text, d('Attribution the licence requires, shown with every travel time.')),
    licence: v.optional(Licence),
    url: v.optional(Url),
    validFrom: IsoDate,
    validUntil: IsoDate,
    builtAt: v.optional(IsoDateTime),
    synthetic: v.optional(v.pipe(v.boolean('boolean'), d('True for generated timetables (demo); the UI says so.'))),
  }, 'object'),
  params: v.optional(v.object({
    walkKmh: v.optional(v.number('number')),
    walkDetour: v.optional(v.number('number')),
    bikeKmh: v.optional(v.number('number')),
    bikeDetour: v.optional(v.number('number')),
    pedelecKmh: v.optional(v.number('number')),
    maxAccessWalkM: v.optional(v.pipe(v.number('number'), d('Walking radius (beeline metres) to and from stops that `wegweiser travel` used (--walk-radius).'))),
    minTransferSeconds: v.optional(v.pipe(v.number('number'), d('Minimum change time at one stop (seconds) that `wegweiser travel` used (--min-transfer).'))),
  }, 'object')),
  live: v.optional(v.pipe(
    v.object({ url: Url, name: NonEmpty }, 'object'),
    d('Optional MOTIS-compatible routing service (`…/api/v1/plan`) for live answers; asked only after the visitor agrees.'),
  )),
  stats: v.optional(v.pipe(
    v.record(v.string(), v.object({ trips: v.number('number'), connections: v.number('number'), reachable: v.number('number') }, 'object'), 'object'),
    d('Per day type: trips and connections in the timetable, origin–destination pairs reachable. The next build compares against them.'),
  )),
  days: v.pipe(v.record(v.string(), IsoDate, 'object'), d('Day type → the concrete date that was computed, e.g. `{"schoolday": "2026-12-08"}`.')),
  window: v.object({ from: Clock, to: Clock, arriveBy: v.optional(Clock), returnFrom: v.optional(Clock) }, 'object'),
  origins: v.pipe(v.array(NonEmpty, 'array'), d('Origins: 8-digit AGS of a Gemeinde or an Ortsteil id.')),
  destinations: v.pipe(v.array(Id, 'array'), d('Location ids.')),
  matrix: v.pipe(
    v.record(v.string(), v.array(v.array(TravelCell, 'array'), 'array'), 'object'),
    d('Day type → rows per origin → cells per destination (see TravelCell).'),
  ),
}, 'object');

export const MapSettings = v.object({
  tiles: v.optional(v.object({
    url: v.pipe(v.string('url'), v.regex(/^https:\/\/[^\s<>"]+$/, 'tileurl'), d('Tile URL template with `{z}/{x}/{y}`; loaded only after the user asks for the map.')),
    attribution: NonEmpty,
    maxZoom: v.optional(v.number('number')),
  }, 'object')),
  center: v.optional(v.tuple([v.number(), v.number()])),
  zoom: v.optional(v.number('number')),
}, 'object');

export { Id };
