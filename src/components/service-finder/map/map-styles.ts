/**
 * The map's own styles (markers, Gemeinde labels, buttons, note) and the
 * adoption of these plus Leaflet's stylesheet into the shadow root that holds
 * the map. Constructable stylesheets only: no <style> element, no inline
 * style attribute, so a strict Content-Security-Policy needs no exception.
 * Colours come from the kit's tokens (`--_primary` etc., set on the finder's
 * :host and inherited), with the public `--ww-*` properties and the KERN-like
 * defaults as fallbacks.
 */
import { leafletCss } from './leaflet-css.js';

const mapCss = `
.ww-map {
  --_m-primary: var(--_primary, var(--ww-color-primary, #004b76));
  --_m-on-primary: var(--_on-primary, var(--ww-color-on-primary, #ffffff));
  --_m-highlight: var(--ww-map-highlight, var(--_success, var(--ww-color-success, #176e3a)));
  --_m-text: var(--_text, var(--ww-color-text, #171a1c));
  --_m-surface: var(--_surface, var(--ww-color-surface, #ffffff));
  --_m-border: var(--_border, var(--ww-color-border, #7b8590));
  --_m-focus: var(--_focus, var(--ww-color-focus, #0f6fc6));
  --_m-button: var(--ww-map-button-size, 2.75rem);
}
.ww-map.leaflet-container {
  background: var(--ww-map-background, #e6ebef);
  font-family: inherit;
  font-size: 0.875rem;
  line-height: 1.4;
  color: var(--_m-text);
  text-align: left;
}
.ww-map.leaflet-container:focus-visible {
  outline: 3px solid var(--_m-focus);
  outline-offset: -3px;
}
.ww-map .ww-marker,
.ww-map .ww-cluster {
  display: block;
  background: none;
  border: 0;
  color: var(--_m-primary);
}
.ww-map .ww-marker--highlight,
.ww-map .ww-cluster--highlight {
  color: var(--_m-highlight);
}
.ww-map .ww-marker,
.ww-map .ww-cluster,
.ww-map .ww-cluster-body {
  box-sizing: border-box;
}
.ww-map .ww-marker svg {
  display: block;
  inline-size: 100%;
  block-size: 100%;
  overflow: visible;
}
.ww-map .ww-shape {
  fill: currentColor;
  stroke: var(--_m-on-primary);
  stroke-width: 2;
}
.ww-map .ww-glyph {
  fill: var(--_m-on-primary);
}
.ww-map .ww-cluster-body {
  display: flex;
  align-items: center;
  justify-content: center;
  inline-size: 100%;
  block-size: 100%;
  border-radius: 50%;
  background: currentColor;
  border: 3px solid var(--_m-on-primary);
  box-shadow: 0 0 0 1px var(--_m-text);
}
.ww-map .ww-cluster-count {
  color: var(--_m-on-primary);
  font-weight: 700;
  font-size: 0.9375rem;
  line-height: 1;
}
.ww-map .ww-cluster-badge {
  position: absolute;
  inset-block-start: -6px;
  inset-inline-end: -6px;
  inline-size: 18px;
  block-size: 18px;
}
.ww-map .ww-marker:focus-visible,
.ww-map .ww-cluster:focus-visible {
  outline: 3px solid var(--_m-focus);
  outline-offset: 2px;
  border-radius: 4px;
}
.ww-map .ww-area {
  display: flex;
  align-items: center;
  gap: 4px;
  block-size: 18px;
  white-space: nowrap;
}
.ww-map .ww-area-dot {
  flex: none;
  box-sizing: border-box;
  inline-size: 10px;
  block-size: 10px;
  border-radius: 50%;
  background: var(--_m-surface);
  border: 2px solid var(--_m-text);
}
.ww-map .ww-area-label {
  padding: 0 3px;
  border-radius: 3px;
  background: var(--_m-surface);
  color: var(--_m-text);
  font-size: 0.75rem;
  line-height: 1.4;
}
.ww-map .ww-map-zoom,
.ww-map .ww-map-pan {
  display: grid;
  gap: 2px;
}
.ww-map .ww-map-pan {
  grid-template-columns: repeat(3, var(--_m-button));
  grid-template-rows: repeat(3, var(--_m-button));
}
.ww-map .ww-map-pan [data-pan='n'] { grid-area: 1 / 2; }
.ww-map .ww-map-pan [data-pan='w'] { grid-area: 2 / 1; }
.ww-map .ww-map-pan [data-pan='e'] { grid-area: 2 / 3; }
.ww-map .ww-map-pan [data-pan='s'] { grid-area: 3 / 2; }
.ww-map .ww-map-btn {
  display: flex;
  align-items: center;
  justify-content: center;
  inline-size: var(--_m-button);
  block-size: var(--_m-button);
  min-inline-size: 24px;
  min-block-size: 24px;
  margin: 0;
  padding: 0;
  border: 1px solid var(--_m-border);
  border-radius: 4px;
  background: var(--_m-surface);
  color: var(--_m-text);
  box-shadow: 0 1px 3px rgb(0 0 0 / 0.3);
  cursor: pointer;
}
.ww-map .ww-map-btn:hover {
  background: var(--_surface-alt, #f2f4f6);
}
.ww-map .ww-map-btn[aria-disabled='true'] {
  color: var(--_m-border);
  cursor: not-allowed;
}
.ww-map .ww-map-btn:focus-visible {
  outline: 3px solid var(--_m-focus);
  outline-offset: 1px;
}
.ww-map .ww-map-btn svg {
  inline-size: 20px;
  block-size: 20px;
  fill: none;
  stroke: currentColor;
  stroke-width: 2.5;
  stroke-linecap: round;
  stroke-linejoin: round;
}
.ww-map .ww-map-note {
  max-inline-size: 22rem;
  margin: 0;
  padding: 0.25rem 0.5rem;
  border: 1px solid var(--_m-border);
  border-radius: 4px;
  background: var(--_m-surface);
  color: var(--_m-text);
}
.ww-map .leaflet-control-attribution {
  background: var(--_m-surface);
  color: var(--_m-text);
}
.ww-map .leaflet-control-attribution a {
  color: var(--_m-primary);
}
@media (prefers-reduced-motion: reduce) {
  /* Leaflet moves its panes and markers by transform; a page-wide "0.01ms
     transition" rule (the kit's own tokens have one) would still tween them. */
  .ww-map,
  .ww-map * {
    transition-property: none !important;
  }
}
@media (max-width: 30em) {
  .ww-map { --_m-button: var(--ww-map-button-size, 2.25rem); }
}
@media (forced-colors: active) {
  .ww-map .ww-marker,
  .ww-map .ww-cluster,
  .ww-map .ww-area,
  .ww-map .ww-map-btn svg {
    forced-color-adjust: none;
  }
  .ww-map .ww-marker,
  .ww-map .ww-cluster,
  .ww-map .ww-cluster--highlight { color: ButtonText; }
  .ww-map .ww-marker--highlight,
  .ww-map .ww-cluster-badge { color: Highlight; }
  .ww-map .ww-shape { fill: currentColor; stroke: Canvas; }
  .ww-map .ww-glyph { fill: Canvas; }
  .ww-map .ww-cluster-body { background: currentColor; border-color: Canvas; box-shadow: 0 0 0 1px CanvasText; }
  .ww-map .ww-cluster-count { color: Canvas; }
  .ww-map .ww-area-dot { background: Canvas; border-color: CanvasText; }
  .ww-map .ww-area-label { background: Canvas; color: CanvasText; }
  .ww-map .ww-map-btn svg { stroke: ButtonText; }
  .ww-map .ww-map-btn[aria-disabled='true'] svg { stroke: GrayText; }
  .ww-map .ww-marker:focus-visible,
  .ww-map .ww-cluster:focus-visible,
  .ww-map .ww-map-btn:focus-visible { outline-color: Highlight; }
}
`;

let sheets: CSSStyleSheet[] | undefined;

/**
 * Appends Leaflet's and the map's stylesheets to the root that holds
 * `container` (a shadow root, or the document), once per root; the root's
 * own sheets stay. Returns false when the browser lacks constructable
 * stylesheets (the map then works unstyled rather than breaking a CSP).
 */
export function adoptMapStyles(container: HTMLElement): boolean {
  const root = container.getRootNode() as ShadowRoot | Document;
  if (!('adoptedStyleSheets' in root) || typeof CSSStyleSheet.prototype.replaceSync !== 'function') return false;
  if (!sheets) {
    sheets = [leafletCss, mapCss].map((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return sheet;
    });
  }
  const missing = sheets.filter((sheet) => !root.adoptedStyleSheets.includes(sheet));
  if (missing.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...missing];
  return true;
}
