/**
 * Small helpers shared by the demo-feed tables. The feed types come from the
 * schema (the source of truth), so `npm run typecheck` catches shape errors.
 */
import type { OpeningHours, Text } from '../../../src/core/schema/index.js';

/** A text in the four main feed languages (German, English, Arabic, Ukrainian). */
export function L(de: string, en: string, ar: string, uk: string): Text {
  return { de, en, ar, uk };
}

/** The same plus Leichte Sprache (`de-x-ls`). */
export function LS(de: string, en: string, ar: string, uk: string, ls: string): Text {
  return { de, en, ar, uk, 'de-x-ls': ls };
}

/** Opening hours in OSM syntax (compiled later by the CLI). */
export function hours(osm: string, extra: Omit<OpeningHours, 'osm' | 'compiled'> = {}): OpeningHours {
  return { osm, ...extra };
}

/** Drop keys whose value is `undefined`, so the JSON stays tidy and stable. */
export function clean<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Fictional phone numbers: the `000-` block never exists in the German numbering plan. */
export function tel(areaCode: string, ext: string): string {
  return `+49 ${areaCode} 000-${ext}`;
}

export const LRA_MAIL = 'beispiel.hohenlohekreis.invalid';
export const mailLra = (box: string) => `${box}@${LRA_MAIL}`;
/** Fictional mailbox on a reserved domain (RFC 2606). */
export const mailOrg = (box: string, org: string) => `${box}@${org}.example.org`;
/** Fictional web addresses (reserved `.invalid` TLD / example.org). */
export const webLra = (path: string) => `https://${LRA_MAIL}/${path}`;
export const webOrg = (org: string, path = '') => `https://${org}.example.org/${path}`;
