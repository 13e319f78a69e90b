/**
 * The finder's parts most visits never open — the map, the filters' controls, the detail views —
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

  private readonly filters = new LazyModule(this.host, () => import('./filters-body.js'));
  private readonly other = new LazyModule(this.host, () => import('./other-detail.js'));
  private readonly detail = new LazyModule(this.host, () => import('./detail-view.js'));

  /**
   * The filters' controls, or undefined while they load: fetched in idle time
   * once the list is shown, at once when the person opens the disclosure.
   */
  filtersBody(now = false): typeof import('./filters-body.js') | undefined {
    return this.filters.get(!now);
  }

  /** The detail of a course or path, or undefined while its module loads (the load starts here). */
  otherDetail(): typeof import('./other-detail.js') | undefined {
    return this.other.get();
  }

  /** The detail view's module, or undefined while it loads (the load starts here). */
  detailView(): typeof import('./detail-view.js') | undefined {
    return this.detail.get();
  }
}

/** A module loaded on first use (or in idle time); the host renders again when it has arrived. */
class LazyModule<T> {
  private module: T | undefined;
  private state: 'idle' | 'scheduled' | 'loading' = 'idle';

  constructor(private readonly host: ReactiveControllerHost, private readonly loader: () => Promise<T>) {}

  get(idle = false): T | undefined {
    if (this.module || this.state === 'loading') return this.module;
    if (idle && typeof requestIdleCallback === 'function') {
      if (this.state === 'idle') requestIdleCallback(() => this.load(), { timeout: 2000 });
      this.state = 'scheduled';
    } else this.load();
    return undefined;
  }

  private load(): void {
    if (this.module || this.state === 'loading') return;
    this.state = 'loading';
    this.loader().then((module) => {
      this.module = module;
      this.host.requestUpdate();
    }, () => (this.state = 'idle'));
  }
}
