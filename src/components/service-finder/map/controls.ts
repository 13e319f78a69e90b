/**
 * Map controls that need no dragging (WCAG 2.5.7): zoom in/out and four pan
 * buttons, each a real <button type="button"> with a translated accessible
 * name; the note shown when there is no background map; and a small
 * sanitiser for the tile attribution, which Leaflet inserts as HTML.
 */
import { Control, DomEvent, type ControlPosition, type Map as LeafletMap } from 'leaflet/dist/leaflet-src.esm.js';
import { svg } from './icons.js';
import type { MapStrings } from './finder-map.js';

type Pan = 'n' | 's' | 'e' | 'w';

const ARROW = 'M10 16V4M4.5 9.5 10 4l5.5 5.5';
const ROTATION: Record<Pan, number> = { n: 0, e: 90, s: 180, w: 270 };

function button(label: string, icon: SVGSVGElement, onClick: () => void): HTMLButtonElement {
  const el = document.createElement('button');
  el.type = 'button';
  el.className = 'ww-map-btn';
  el.setAttribute('aria-label', label);
  el.title = label;
  el.append(icon);
  el.addEventListener('click', (event) => {
    event.preventDefault();
    if (el.getAttribute('aria-disabled') !== 'true') onClick();
  });
  return el;
}

/** A Leaflet control whose element stops clicks, drags and wheel turns from reaching the map. */
function control(position: ControlPosition, build: () => HTMLElement): Control {
  const ctl = new Control({ position });
  ctl.onAdd = () => {
    const el = build();
    DomEvent.disableClickPropagation(el);
    DomEvent.disableScrollPropagation(el);
    return el;
  };
  return ctl;
}

export interface NavOptions {
  strings: MapStrings;
  /** Pan and zoom without animation (prefers-reduced-motion). */
  animate: boolean;
}

/** Zoom buttons (top left) and a pan cross (top right); returns a function that removes them. */
export function addNavControls(map: LeafletMap, { strings, animate }: NavOptions): () => void {
  // Leaflet ignores a zoom, and undoes a pan, requested while a zoom animation
  // runs: a quick second click waits for its end instead of getting lost.
  const zooming = () => !!(map as unknown as { _animatingZoom?: boolean })._animatingZoom;
  let queued = 0;
  const zoomBy = (delta: number) => {
    if (zooming()) {
      if (!queued) {
        map.once('zoomend', () => {
          const pending = queued;
          queued = 0;
          zoomBy(pending);
        });
      }
      queued += delta;
      return;
    }
    map.setZoom(map.getZoom() + delta, { animate });
  };
  const zoomIn = button(strings.zoomIn, svg('0 0 20 20', [['path', { d: 'M10 4v12M4 10h12' }]]), () => zoomBy(1));
  const zoomOut = button(strings.zoomOut, svg('0 0 20 20', [['path', { d: 'M4 10h12' }]]), () => zoomBy(-1));
  const syncZoom = () => {
    const zoom = map.getZoom();
    zoomIn.setAttribute('aria-disabled', String(zoom >= map.getMaxZoom()));
    zoomOut.setAttribute('aria-disabled', String(zoom <= map.getMinZoom()));
  };

  const labels: Record<Pan, string> = { n: strings.panNorth, s: strings.panSouth, e: strings.panEast, w: strings.panWest };
  const pan = (dir: Pan): void => {
    if (zooming()) {
      map.once('zoomend', () => pan(dir));
      return;
    }
    const size = map.getSize();
    const dx = Math.round(size.x / 3);
    const dy = Math.round(size.y / 3);
    const offset: [number, number] = { n: [0, -dy], s: [0, dy], e: [dx, 0], w: [-dx, 0] }[dir] as [number, number];
    map.panBy(offset, { animate });
  };

  const zoomCtl = control('topleft', () => {
    const el = document.createElement('div');
    el.className = 'leaflet-control ww-map-zoom';
    el.append(zoomIn, zoomOut);
    return el;
  });
  const panCtl = control('topright', () => {
    const el = document.createElement('div');
    el.className = 'leaflet-control ww-map-pan';
    for (const dir of ['n', 'w', 'e', 's'] as Pan[]) {
      const arrow = svg('0 0 20 20', [['path', { d: ARROW, transform: `rotate(${ROTATION[dir]} 10 10)` }]]);
      const btn = button(labels[dir], arrow, () => pan(dir));
      btn.dataset['pan'] = dir;
      el.append(btn);
    }
    return el;
  });

  zoomCtl.addTo(map);
  panCtl.addTo(map);
  map.on('zoomend', syncZoom);
  map.whenReady(syncZoom);
  return () => {
    map.off('zoomend', syncZoom);
    zoomCtl.remove();
    panCtl.remove();
  };
}

/** The note shown when no tile server is configured (bottom left). */
export function addNote(map: LeafletMap, text: string): Control {
  return control('bottomleft', () => {
    const el = document.createElement('p');
    el.className = 'leaflet-control ww-map-note';
    el.dir = 'auto';
    el.textContent = text;
    return el;
  }).addTo(map);
}
