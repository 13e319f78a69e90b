/**
 * The finder's map, on demand: this module and the map chunk (Leaflet) load
 * only after the click on "Karte anzeigen" (the button itself is in map-toggle.ts). Tiles come only from a server the Kreis
 * configured, and only then; without one the map shows the Gemeinden and the
 * results on a plain background. The list stays the primary view.
 */
import { deMap } from '../../i18n/de-map.js';
import { addGerman } from '../../i18n/index.js';
import type { ReactiveControllerHost } from 'lit';
import type { FeedIndex } from '../../core/feed-index.js';
import { positionOf } from '../../core/feed-index.js';
import type { FinderResult } from '../../core/finder.js';
import { textOf } from '../../core/text.js';
import type { Ui } from '../shared/ui.js';
import type { FinderMap, MapMarker, MapOptions } from './map/finder-map.js';

addGerman(deMap);

export interface MapSettings {
  tiles?: { url: string; attribution: string; maxZoom?: number };
  center?: [number, number];
  zoom?: number;
}

/** Tiles from the element's attributes, else the feed's `map` block; none by default. */
export function mapSettings(index: FeedIndex, tiles?: string, attribution?: string): MapSettings {
  const feedTiles = index.feed.map?.tiles;
  const url = tiles ?? feedTiles?.url;
  const credit = tiles ? attribution : feedTiles?.attribution;
  return {
    ...(url && credit ? { tiles: { url, attribution: credit, ...(feedTiles?.maxZoom ? { maxZoom: feedTiles.maxZoom } : {}) } } : {}),
    ...(index.feed.map?.center ? { center: index.feed.map.center } : {}),
    ...(index.feed.map?.zoom ? { zoom: index.feed.map.zoom } : {}),
  };
}

type Host = ReactiveControllerHost & Ui & HTMLElement & { openMapEntry(id: string): void };

/** Mounts and updates the map; loaded (with this module) on the first "Karte anzeigen". */
export class FinderMapView {
  shown = false;
  failed = false;
  private map: FinderMap | undefined;
  private loading: Promise<void> | undefined;
  private lastResults: FinderResult[] | undefined;

  constructor(private readonly host: Host) {}

  destroy(): void {
    this.map?.destroy();
    this.map = undefined;
    this.loading = undefined;
    this.lastResults = undefined;
  }

  private markers(index: FeedIndex, results: FinderResult[]): MapMarker[] {
    const out: MapMarker[] = [];
    for (const r of results) {
      // Protected places never appear on the map, not even at their town's centre.
      if (!r.location || r.location.sensitive) continue;
      const position = positionOf(index, r.location);
      if (!position) continue;
      out.push({
        id: r.service.id,
        lat: position[0],
        lon: position[1],
        label: `${textOf(r.service.name, this.host.uiLang)} – ${textOf(r.location.name, this.host.uiLang)}`,
        ...(r.responsible ? { highlight: true } : {}),
      });
    }
    return out;
  }

  /** After each render: mount the map when shown, or give it the new results. */
  sync(index: FeedIndex, results: FinderResult[], settings: MapSettings, shown: boolean): void {
    if (this.shown && !shown) this.destroy();
    this.shown = shown;
    if (!this.shown) return;
    const container = this.host.shadowRoot?.querySelector<HTMLElement>('.map__canvas');
    if (!container) {
      // The detail view replaced the list: the map comes back with it.
      this.destroy();
      return;
    }
    if (this.map) {
      if (results !== this.lastResults) this.map.update(this.markers(index, results));
      this.lastResults = results;
      return;
    }
    if (this.loading) return;
    const t = this.host.t.bind(this.host);
    this.loading = import('./map/finder-map.js').then(
      ({ mountMap }) => {
        if (!this.shown || !container.isConnected) return;
        const options: MapOptions = {
          markers: this.markers(index, results),
          areas: [...index.gemeinden.values()].filter((g) => g.centroid).map((g) => ({ id: g.ags, label: g.name ?? g.ags, lat: g.centroid![0], lon: g.centroid![1] })),
          ...settings,
          strings: {
            region: t('map.region'),
            zoomIn: t('map.zoomIn'),
            zoomOut: t('map.zoomOut'),
            panNorth: t('map.panNorth'),
            panSouth: t('map.panSouth'),
            panEast: t('map.panEast'),
            panWest: t('map.panWest'),
            cluster: t('map.cluster'),
            noTiles: t('map.noTiles'),
          },
          onSelect: (id) => this.host.openMapEntry(id),
        };
        this.map = mountMap(container, options);
        this.lastResults = results;
        this.map.invalidateSize();
      },
      () => {
        this.failed = true;
        this.host.requestUpdate();
      },
    );
  }
}
