/**
 * Stable identifiers between HSDS and the feed: UUIDv5 (RFC 9562, SHA-1)
 * from feed ids on export, lowercase slugs from HSDS ids on import.
 */
import { sha1 } from './sha1.js';

/** Namespace of wegweiser-kit's HSDS ids: UUIDv5 of the URL namespace and "https://wegweiser-kit.de/hsds". */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
export const HSDS_NAMESPACE = uuidV5('https://wegweiser-kit.de/hsds', URL_NAMESPACE);

export function uuidV5(name: string, namespace: string = HSDS_NAMESPACE): string {
  const nsHex = namespace.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(nsHex)) throw new Error(`not a UUID: ${namespace}`);
  const ns = Uint8Array.from(nsHex.match(/../g)!, (h) => parseInt(h, 16));
  const text = new TextEncoder().encode(name);
  const input = new Uint8Array(ns.length + text.length);
  input.set(ns);
  input.set(text, ns.length);
  const bytes = sha1(input).subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** HSDS id of a feed entry: the kind keeps an organisation and a service with the same feed id apart. */
export const hsdsId = (kind: string, feedId: string): string => uuidV5(`${kind}:${feedId}`);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FEED_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

/** "Café Öhringen" → "cafe-oehringen". */
export function slug(text: string, max = 60): string {
  const s = text.toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return s.slice(0, max).replace(/-+$/, '');
}

/**
 * Feed id for an HSDS record: an id the feed accepts (not a UUID) is kept in
 * lower case; a UUID becomes "<name-slug>-<first 8 hex digits>", stable as
 * long as the HSDS id is.
 */
export function feedIdFor(hsds: string | undefined, name: string | undefined, prefix: string): string {
  const id = (hsds ?? '').trim();
  if (id && !UUID.test(id) && FEED_ID.test(id)) return id.toLowerCase();
  const base = slug(name ?? '') || prefix;
  const tail = id ? slug(id.replace(/-/g, '')).slice(0, 8) : '';
  return tail ? `${base}-${tail}` : base;
}

export const isFeedId = (id: string): boolean => FEED_ID.test(id);
