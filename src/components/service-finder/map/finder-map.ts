/**
 * The map of <ww-service-finder>: loaded on demand (`import('./map/finder-map.js')`
 * after the user asks for it), so Leaflet and supercluster travel in their own
 * chunk. Nothing here may be imported statically by the rest of the kit.
 *
 * - Private by default: no request at all unless `tiles` is given (no default
 *   tile server, no marker images, no fonts). Without tiles the Gemeinde
 *   centroids and the results are drawn on a plain background with a note.
 * - Accessible: the map is a labelled region; results and clusters are
 *   focusable buttons (Enter and Space activate); zoom and pan buttons offer
 *   an alternative to dragging (WCAG 2.5.7); arrow keys and +/− still work on
 *   the focused map; no animation under prefers-reduced-motion; markers stay
 *   visible in forced-colors mode. The list beside it reaches everything too.
 * - At home in any page: Leaflet's ES module build (no `window.L`), its CSS
 *   adopted into the shadow root as a constructable stylesheet, the map
 *   itself always left-to-right (also on RTL pages).
 */
import {
  Control,
  DomEvent,
  LayerGroup,
  Map as LeafletMap,
  Marker,
  TileLayer,
  latLngBounds,
  type LatLngExpression,
} from 'leaflet/dist/leaflet-src.esm.js';
import Supercluster from 'supercluster';
import { addNavControls, addNote } from './controls.js';
import { areaIcon, clusterIcon, markerIcon } from './icons.js';
import { adoptMapStyles } from './map-styles.js';

export interface MapMarker {
  /** Service id (a result in the list). */
  id: string;
  lat: number;
  lon: number;
  /** Accessible name, e.g. "Ausländerbehörde – Landratsamt Künzelsau". */
  label: string;
  /** "Zuständig für Sie": drawn larger, with a star instead of a dot. */
  highlight?: boolean;
}
/** A Gemeinde centroid, always shown as a small labelled dot. */
export interface MapArea {
  id: string;
  label: string;
  lat: number;
  lon: number;
}
export interface MapStrings {
  /** aria-label of the map region, e.g. "Karte der Ergebnisse". */
  region: string;
  zoomIn: string;
  zoomOut: string;
  panNorth: string;
  panSouth: string;
  panEast: string;
  panWest: string;
  /** Accessible name of a cluster, e.g. "{count} Angebote – hineinzoomen". */
  cluster: string;
  /** Shown when no tile server is configured. */
  noTiles: string;
}
export interface MapOptions {
  markers: MapMarker[];
  areas: MapArea[];
  /** Only when given are tiles requested (from `url`, with `attribution` shown). */
  tiles?: { url: string; attribution: string; maxZoom?: number };
  /** Default: fit all markers and areas. */
  center?: [number, number];
  zoom?: number;
  strings: MapStrings;
  /** A result marker was activated (click, Enter or Space). */
  onSelect: (id: string) => void;
}
export interface FinderMap {
  /** Results changed: re-cluster; the view stays unless it would show none of them. */
  update(markers: MapMarker[]): void;
  /** Call when the container was shown or resized. */
  invalidateSize(): void;
  /** Removes the map, its listeners and everything it put into the container. */
  destroy(): void;
}

interface PointProps {
  i: number;
  hl: boolean;
}
interface ClusterProps {
  hl: boolean;
}

/** Supercluster radius in screen pixels (extent 256 = Leaflet's tile size). */
const CLUSTER_RADIUS = 60;
const GERMANY: [number, number] = [51.16, 10.45];
const FIT_PADDING: [number, number] = [48, 48];

export function mountMap(container: HTMLElement, options: MapOptions): FinderMap {
  const { strings } = options;
  const animate = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  const maxZoom = options.tiles?.maxZoom ?? 18;
  const restore = remember(container, ['role', 'aria-label', 'dir', 'tabindex', 'class']);
  const position = container.style.position;

  adoptMapStyles(container);
  container.classList.add('ww-map');
  container.setAttribute('role', 'region');
  container.setAttribute('aria-label', strings.region);
  container.dir = 'ltr';

  const map = new LeafletMap(container, {
    zoomControl: false,
    attributionControl: false,
    minZoom: 3,
    maxZoom,
    zoomAnimation: animate,
    fadeAnimation: animate,
    markerZoomAnimation: animate,
    // The page keeps scrolling under the wheel; buttons and +/− keys zoom.
    scrollWheelZoom: false,
    keyboard: true,
    keyboardPanDelta: 80,
    // A ResizeObserver on the container instead of Leaflet's window listener
    // (which would leave a `_leaflet_events` property on window).
    trackResize: false,
  });
  if (!animate) {
    // Arrow keys, focus-to-marker and setView all pan through panBy.
    const panBy = map.panBy.bind(map);
    map.panBy = (offset, opts) => panBy(offset, { ...opts, animate: false });
  }

  const removeNav = addNavControls(map, { strings, animate });
  if (options.tiles) {
    const credits = new Control.Attribution({ prefix: '<a href="https://leafletjs.com">Leaflet</a>' }).addTo(map);
    new TileLayer(options.tiles.url, { maxZoom }).addTo(map);
    // The feed's attribution may hold a link; Leaflet shows it as HTML, so it goes through DOMPurify
    // (its own chunk, loaded only for maps with tiles) keeping text and http(s) links only.
    const attribution = options.tiles.attribution;
    void import('dompurify').then(({ default: purify }) => {
      credits.addAttribution(purify.sanitize(attribution, { ALLOWED_TAGS: ['a'], ALLOWED_ATTR: ['href'], ALLOWED_URI_REGEXP: /^https?:\/\//i }));
    });
  } else {
    addNote(map, strings.noTiles);
  }

  // Controls first in the tab order (and the note first for screen readers),
  // before a possibly long run of markers; their stacking comes from CSS z-index.
  const controlContainer = container.querySelector(':scope > .leaflet-control-container');
  if (controlContainer) container.prepend(controlContainer);

  const areas = new LayerGroup().addTo(map);
  for (const area of options.areas.filter(validPosition)) {
    new Marker([area.lat, area.lon], { icon: areaIcon(area.label), interactive: false, keyboard: false, zIndexOffset: -1000 }).addTo(areas);
  }

  const results = new LayerGroup().addTo(map);
  const rendered = new Map<string, Marker>();
  const formatCount = numberFormat(container);
  let markers: MapMarker[] = [];
  /** Sideways pixel offset per marker: results at the very same spot (one building) sit side by side. */
  let shift: number[] = [];
  let index = new Supercluster<PointProps, ClusterProps>();
  let pendingFit = false;
  let destroyed = false;

  const load = (list: MapMarker[]) => {
    markers = list.filter(validPosition);
    const spots = new Map<string, number[]>();
    markers.forEach((m, i) => spots.set(`${m.lat},${m.lon}`, [...(spots.get(`${m.lat},${m.lon}`) ?? []), i]));
    shift = markers.map(() => 0);
    for (const group of spots.values()) group.forEach((i, k) => (shift[i] = (k - (group.length - 1) / 2) * 30));
    index = new Supercluster<PointProps, ClusterProps>({
      radius: CLUSTER_RADIUS,
      extent: 256,
      maxZoom: Math.min(16, maxZoom - 1),
      map: (props) => ({ hl: props.hl }),
      reduce: (acc, props) => {
        acc.hl = acc.hl || props.hl;
      },
    });
    index.load(
      markers.map((m, i) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [m.lon, m.lat] },
        properties: { i, hl: !!m.highlight },
      })),
    );
    results.clearLayers();
    rendered.clear();
  };


  const createPoint = (i: number): Marker => {
    const m = markers[i]!;
    const marker = new Marker([m.lat, m.lon], {
      icon: markerIcon(!!m.highlight, shift[i] ?? 0),
      keyboard: true,
      title: m.label,
      riseOnHover: true,
      zIndexOffset: m.highlight ? 500 : 0,
    });
    const select = () => options.onSelect(m.id);
    marker.on('click', select);
    marker.on('add', () => activatable(marker, m.label, select));
    return marker;
  };

  const createCluster = (id: number, count: number, hl: boolean, at: [number, number]): Marker => {
    const text = formatCount(count);
    const label = strings.cluster.replace('{count}', text);
    const marker = new Marker(at, { icon: clusterIcon(text, hl), keyboard: true, title: label, zIndexOffset: 1000 });
    marker.on('click', () => expand(id, at, false));
    marker.on('add', () => activatable(marker, label, () => expand(id, at, true)));
    return marker;
  };

  const render = () => {
    if (destroyed) return;
    const b = map.getBounds().pad(0.5);
    const bbox: [number, number, number, number] = [
      Math.max(-180, b.getWest()),
      Math.max(-85, b.getSouth()),
      Math.min(180, b.getEast()),
      Math.min(85, b.getNorth()),
    ];
    const wanted = new Map<string, () => Marker>();
    for (const feature of index.getClusters(bbox, map.getZoom())) {
      const [lon, lat] = feature.geometry.coordinates as [number, number];
      const props = feature.properties;
      if ('cluster' in props && props.cluster) {
        const { cluster_id: id, point_count: count, hl } = props;
        wanted.set(`c:${id}`, () => createCluster(id, count, hl, [lat, lon]));
      } else {
        const { i } = props as PointProps;
        wanted.set(`p:${i}`, () => createPoint(i));
      }
    }
    for (const [key, marker] of rendered) {
      if (!wanted.has(key)) {
        results.removeLayer(marker);
        rendered.delete(key);
      }
    }
    for (const [key, create] of wanted) {
      if (rendered.has(key)) continue;
      const marker = create();
      rendered.set(key, marker);
      results.addLayer(marker);
    }
  };

  /** Zoom to where a cluster falls apart; from the keyboard, focus the nearest marker there. */
  const expand = (id: number, at: [number, number], focus: boolean) => {
    const zoom = Math.min(index.getClusterExpansionZoom(id), map.getMaxZoom());
    if (focus) map.once('moveend', () => focusNearest(at));
    map.setView(at, zoom, { animate });
  };
  const focusNearest = (at: LatLngExpression) => {
    const target = map.latLngToContainerPoint(at);
    let best: HTMLElement | undefined;
    let bestDistance = Infinity;
    for (const marker of rendered.values()) {
      const distance = map.latLngToContainerPoint(marker.getLatLng()).distanceTo(target);
      const el = marker.getElement();
      if (el && distance < bestDistance) {
        best = el;
        bestDistance = distance;
      }
    }
    best?.focus();
  };

  const hasSize = () => {
    const size = map.getSize();
    return size.x > 0 && size.y > 0;
  };
  const fit = (points: Array<{ lat: number; lon: number }>) => {
    const bounds = latLngBounds(points.map((p): [number, number] => [p.lat, p.lon]));
    if (!hasSize()) {
      // Hidden or not laid out yet: a provisional view, fitted properly once it has a size.
      pendingFit = true;
      map.setView(bounds.getCenter(), options.zoom ?? 10, { animate: false });
    } else if (options.zoom !== undefined) {
      map.setView(bounds.getCenter(), options.zoom, { animate: false });
    } else {
      map.fitBounds(bounds, { padding: FIT_PADDING, maxZoom: 14, animate: false });
    }
  };
  const initialView = () => {
    pendingFit = false;
    const points = [...markers, ...options.areas.filter(validPosition)];
    if (options.center) map.setView(options.center, options.zoom ?? 12, { animate: false });
    else if (points.length) fit(points);
    else map.setView(GERMANY, options.zoom ?? 6, { animate: false });
  };

  load(options.markers);
  initialView();
  map.on('moveend', render);
  render();

  const invalidateSize = () => {
    if (destroyed) return;
    map.invalidateSize({ animate: false });
    if (pendingFit && hasSize()) initialView();
  };
  const resizeObserver = typeof ResizeObserver === 'function' ? new ResizeObserver(() => invalidateSize()) : undefined;
  resizeObserver?.observe(container);

  return {
    update(list) {
      if (destroyed) return;
      load(list);
      if (markers.length && !pendingFit) {
        const view = map.getBounds();
        if (!markers.some((m) => view.contains([m.lat, m.lon]))) fit(markers);
      }
      render();
    },
    invalidateSize,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      resizeObserver?.disconnect();
      removeNav();
      map.off('moveend', render);
      map.remove();
      container.replaceChildren();
      restore();
      container.style.position = position;
    },
  };
}

/** Focusable result or cluster: its accessible name, and Enter/Space like a button. */
function activatable(marker: Marker, label: string, activate: () => void): void {
  const el = marker.getElement();
  if (!el) return;
  el.setAttribute('aria-label', label);
  DomEvent.on(el, 'keydown', (event) => {
    const e = event as KeyboardEvent;
    if (e.key !== 'Enter' && e.key !== ' ') return;
    DomEvent.stop(e);
    if (!e.repeat) activate();
  });
}

function validPosition(p: { lat: number; lon: number }): boolean {
  return Number.isFinite(p.lat) && Number.isFinite(p.lon) && Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180;
}

/** Counts in the page's language (the nearest lang attribute, across shadow roots). */
function numberFormat(from: Element): (n: number) => string {
  let el: Element | null = from;
  let lang: string | undefined;
  while (el && !lang) {
    lang = el.closest('[lang]')?.getAttribute('lang') || undefined;
    const root = el.getRootNode();
    el = root instanceof ShadowRoot ? root.host : null;
  }
  try {
    const format = new Intl.NumberFormat(lang);
    return (n) => format.format(n);
  } catch {
    return String;
  }
}

/** Snapshot of the container's attributes, to hand it back as it was. */
function remember(el: HTMLElement, names: string[]): () => void {
  const saved = names.map((name) => [name, el.getAttribute(name)] as const);
  return () => {
    for (const [name, value] of saved) {
      if (value === null) el.removeAttribute(name);
      else el.setAttribute(name, value);
    }
  };
}
