/**
 * A QR code as one SVG path, for printed cards ("scan to get back to this
 * entry"). Loaded as its own chunk only when someone prints.
 */
import { encode } from 'uqr';

/** The SVG path (`M x y h1 v1 h-1 z` per dark module) and the side length including a 4-module quiet zone. */
export function qrPath(text: string): { d: string; size: number } {
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  let d = '';
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) if (data[y]?.[x]) d += `M${x} ${y}h1v1h-1z`;
  }
  return { d, size };
}
