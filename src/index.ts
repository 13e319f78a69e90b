/** The npm entry: the SDK plus the element classes (registration stays explicit: import `wegweiser-kit/define`). */
export * from './core/index.js';
export { WwElement } from './components/shared/ww-element.js';
export { WwServiceFinder, type SearchEventDetail } from './components/service-finder/ww-service-finder.js';
export { WwProgrammeDirectory } from './components/programme-directory/ww-programme-directory.js';
export { WwWegweiser } from './components/wegweiser/ww-wegweiser.js';
export { WwRouteTime } from './components/route-time/ww-route-time.js';
export { setConfig, getConfig, type KitConfig } from './components/shared/config.js';
