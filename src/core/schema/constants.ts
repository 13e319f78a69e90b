/** Values of feed format v1 that code needs at run time, kept apart from the valibot schema so browsers do not load it. */

/** The major version this code understands; minor versions only add optional fields. */
export const FEED_MAJOR = 1;
export const FEED_VERSION = '1.0';

export const BUNDESLAENDER = ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'] as const;
export const ACCESS_MODES = ['walk-in', 'appointment', 'online', 'phone', 'outreach', 'home-visit'] as const;
export const PROGRAMME_KINDS = [
  'integration-course', 'alpha-course', 'job-language-course', 'women-course', 'language-cafe', 'language-course',
  'project', 'group', 'event', 'volunteering', 'counselling-group', 'funding',
] as const;
export const LEVELS = ['alpha', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
/** Where a programme stands; `cancelled` stays visible (marked) until its end, `ended` disappears. */
export const PROGRAMME_STATUSES = ['planned', 'registration-open', 'full', 'active', 'cancelled', 'ended'] as const;
/** What an offer costs the person: nothing, a contribution, a fee, a fee that can be refunded, a donation. */
export const COST_CATEGORIES = ['free', 'contribution', 'fee', 'refundable', 'donation'] as const;
export const ORGANISATION_KINDS = [
  'authority', 'municipality', 'jobcenter', 'welfare', 'education', 'association', 'sports-club', 'network', 'initiative', 'company', 'other',
] as const;
export const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
export const DAY_TYPES = ['schoolday', 'holiday', 'saturday', 'sunday'] as const;
