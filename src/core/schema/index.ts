/**
 * Feed format v1: valibot schemas (the source of truth) and the TypeScript
 * types inferred from them.
 */
import type * as v from 'valibot';
import type { Feed as FeedSchema, Holidays as HolidaysSchema } from './feed.js';
import type * as P from './primitives.js';
import type * as L from './places.js';
import type * as S from './services.js';
import type * as G from './programmes.js';
import type * as W from './pathways.js';
import type * as T from './travel.js';

export { Feed as FeedSchema } from './feed.js';
export {
  FEED_MAJOR, FEED_VERSION, BUNDESLAENDER, ACCESS_MODES, PROGRAMME_KINDS, PROGRAMME_STATUSES, COST_CATEGORIES, ORGANISATION_KINDS, LEVELS, WEEKDAYS, DAY_TYPES,
} from './constants.js';

export type Feed = v.InferOutput<typeof FeedSchema>;
export type Text = v.InferOutput<typeof P.Text>;
export type Contact = v.InferOutput<typeof P.Contact>;
export type Steward = v.InferOutput<typeof P.Steward>;
export type Cost = v.InferOutput<typeof P.Cost>;
export type LatLon = v.InferOutput<typeof P.LatLon>;
export type Location = v.InferOutput<typeof L.Location>;
export type Address = v.InferOutput<typeof L.Address>;
export type Accessibility = v.InferOutput<typeof L.Accessibility>;
export type Gemeinde = v.InferOutput<typeof L.Gemeinde>;
export type Regions = v.InferOutput<typeof L.Regions>;
export type OpeningHours = v.InferOutput<typeof L.OpeningHours>;
export type CompiledHours = v.InferOutput<typeof L.CompiledHours>;
export type Interval = v.InferOutput<typeof L.Interval>;
export type Term = v.InferOutput<typeof S.Term>;
export type Organisation = v.InferOutput<typeof S.Organisation>;
export type Service = v.InferOutput<typeof S.Service>;
export type ServiceAt = v.InferOutput<typeof S.ServiceAt>;
export type Booking = v.InferOutput<typeof S.Booking>;
export type Outreach = v.InferOutput<typeof S.Outreach>;
export type AccessMode = v.InferOutput<typeof S.AccessMode>;
export type Responsibility = v.InferOutput<typeof S.Responsibility>;
export type Programme = v.InferOutput<typeof G.Programme>;
export type ProgrammeKind = Programme['kind'];
export type ProgrammeStatus = Programme['status'];
export type CostCategory = NonNullable<Cost['category']>;
export type OrganisationKind = NonNullable<Organisation['kind']>;
export type LexiconEntry = NonNullable<Feed['lexicon']>[number];
export type Level = NonNullable<Programme['levels']>[number];
export type Schedule = v.InferOutput<typeof G.Schedule>;
export type Recurrence = v.InferOutput<typeof G.Recurrence>;
export type Pathway = v.InferOutput<typeof W.Pathway>;
export type Step = v.InferOutput<typeof W.Step>;
export type Question = v.InferOutput<typeof W.Question>;
export type Condition = v.InferOutput<typeof W.Condition>;
export type Travel = v.InferOutput<typeof T.Travel>;
export type TravelCell = v.InferOutput<typeof T.TravelCell>;
export type DayType = v.InferOutput<typeof T.DayType>;
export type MapSettings = v.InferOutput<typeof T.MapSettings>;
export type Holidays = v.InferOutput<typeof HolidaysSchema>;
