/**
 * The finder's parts most visits never open — the map and the detail view —
 * as a controller that loads their code on first use and tells the element
 * to render again when it has arrived.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeedIndex } from '../../core/feed-index.js';
import type { FinderResult } from '../../core/finder.js';
import type { FinderMapView } from './map-view.js';

type Host = ReactiveControllerHost & ConstructorParameters<typeof FinderMapView>[0];

export class FinderLazyParts implements ReactiveController {
  mapShown = false;
  mapFailed = false;
  private mapView: FinderMapView | undefined;
  private mapModule: typeof import('./map-view.js') | undefined;
  private detailModule: typeof import('./detail-view.js') | undefined;
  private detailLoading = false;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {}

  toggleMap = (): void => {
    this.mapShown = !this.mapShown;
    if (this.mapShown && !this.mapModule) {
      import('./map-view.js').then((module) => {
        this.mapModule = module;
        this.mapView = new module.FinderMapView(this.host);
        this.host.requestUpdate();
      }, () => {
        this.mapFailed = true;
        this.host.requestUpdate();
      });
    }
    this.host.requestUpdate();
  };

  /** After each render: the map follows the results (and mounts or goes with the toggle). */
  syncMap(index: FeedIndex, results: FinderResult[], tiles: string | undefined, attribution: string | undefined): void {
    if (!this.mapView || !this.mapModule) return;
    this.mapView.sync(index, results, this.mapModule.mapSettings(index, tiles, attribution), this.mapShown);
    if (this.mapView.failed && !this.mapFailed) {
      this.mapFailed = true;
      this.host.requestUpdate();
    }
  }

  /** The detail view's module, or undefined while it loads (the load starts here). */
  detailView(): typeof import('./detail-view.js') | undefined {
    if (!this.detailModule && !this.detailLoading) {
      this.detailLoading = true;
      void import('./detail-view.js').then((module) => {
        this.detailModule = module;
        this.host.requestUpdate();
      }, () => (this.detailLoading = false));
    }
    return this.detailModule;
  }
}
