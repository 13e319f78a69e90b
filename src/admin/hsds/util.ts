/** Small readers for loosely typed HSDS records. */
export type Rec = Record<string, unknown>;

export const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Trimmed text; numbers as text; empty → undefined. */
export function str(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t ? t : undefined;
}

export function num(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

export const recs = (v: unknown): Rec[] => (Array.isArray(v) ? v.filter(isRec) : []);

export const PHONE = /^\+?[0-9 ()/.-]{4,30}$/;
export const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[A-Za-z]{2,}$/;
export const URL_RE = /^https?:\/\/[^\s<>"]+$/;
export const LANG_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** `"+44 1234 234567"` (quotes included, as in the HSDS examples) → `+44 1234 234567`. */
export const cleanPhone = (v: unknown): string | undefined => str(v)?.replace(/^["'\s]+|["'\s]+$/g, '') || undefined;
