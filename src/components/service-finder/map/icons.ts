/**
 * Marker, cluster and Gemeinde icons as Leaflet DivIcons built from DOM nodes
 * (no image files, which 404 inside Shadow DOM and would be requests; no
 * innerHTML, so feed text can never become markup). A "zuständig für Sie"
 * marker is larger and carries a star instead of a dot, so it differs by
 * shape as well as colour.
 */
import { DivIcon } from 'leaflet/dist/leaflet-src.esm.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

type Attrs = Record<string, string | number>;

export function svg(viewBox: string, children: Array<[string, Attrs]>): SVGSVGElement {
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('viewBox', viewBox);
  root.setAttribute('aria-hidden', 'true');
  root.setAttribute('focusable', 'false');
  for (const [tag, attrs] of children) {
    const child = document.createElementNS(SVG_NS, tag);
    for (const [name, value] of Object.entries(attrs)) child.setAttribute(name, String(value));
    root.append(child);
  }
  return root;
}

function span(className: string, text?: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Points of a five-pointed star around (cx, cy). */
function star(cx: number, cy: number, outer: number, inner: number): string {
  const points: string[] = [];
  for (let k = 0; k < 10; k++) {
    const r = k % 2 ? inner : outer;
    const angle = (Math.PI / 5) * k - Math.PI / 2;
    points.push(`${(cx + r * Math.cos(angle)).toFixed(2)},${(cy + r * Math.sin(angle)).toFixed(2)}`);
  }
  return points.join(' ');
}

/** A teardrop pin of width w and height h, tip at the bottom centre. */
function pinPath(w: number, h: number): string {
  const r = w / 2 - 2;
  const cx = w / 2;
  const cy = r + 2;
  return `M${cx} ${h - 1}C${cx} ${h - 1} ${cx - r} ${cy + r * 0.75} ${cx - r} ${cy}a${r} ${r} 0 0 1 ${2 * r} 0c0 ${r * 0.75}-${r} ${h - 1 - cy}-${r} ${h - 1 - cy}z`;
}

const NORMAL = { w: 32, h: 42 };
const HIGHLIGHT = { w: 40, h: 50 };

/**
 * The icon of one result. `shiftX` moves it sideways in pixels, so results at
 * the very same coordinates (several offices in one building) stay apart.
 */
export function markerIcon(highlight: boolean, shiftX = 0): DivIcon {
  const { w, h } = highlight ? HIGHLIGHT : NORMAL;
  const cx = w / 2;
  const cy = w / 2;
  const glyph: [string, Attrs] = highlight
    ? ['polygon', { class: 'ww-glyph', points: star(cx, cy, 10, 4.2) }]
    : ['circle', { class: 'ww-glyph', cx, cy, r: 5.5 }];
  return new DivIcon({
    className: highlight ? 'ww-marker ww-marker--highlight' : 'ww-marker',
    html: svg(`0 0 ${w} ${h}`, [['path', { class: 'ww-shape', d: pinPath(w, h) }], glyph]) as unknown as HTMLElement,
    iconSize: [w, h],
    iconAnchor: [w / 2 - shiftX, h],
  });
}

/** A cluster: a round badge with the count; a star badge when it holds a highlighted result. */
export function clusterIcon(countText: string, highlight: boolean): DivIcon {
  const size = countText.length > 3 ? 52 : 44;
  const body = span('ww-cluster-body');
  body.append(span('ww-cluster-count', countText));
  if (highlight) {
    const badge = svg('0 0 24 24', [['polygon', { class: 'ww-shape', points: star(12, 12, 11, 4.8) }]]);
    badge.classList.add('ww-cluster-badge');
    body.append(badge);
  }
  return new DivIcon({
    className: highlight ? 'ww-cluster ww-cluster--highlight' : 'ww-cluster',
    html: body,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
}

/** A Gemeinde centroid: a small dot with the name beside it (text, not a control). */
export function areaIcon(label: string): DivIcon {
  const html = span('ww-area');
  html.append(span('ww-area-dot'), span('ww-area-label', label));
  return new DivIcon({
    className: 'ww-area-icon',
    html,
    iconSize: undefined, // size from the content (the name's length)
    iconAnchor: [5, 9], // the dot's centre
  });
}
