/** Each element's registration module, loaded on demand by the embed entry (and usable by bundler users). */
export const ELEMENT_LOADERS: Record<string, () => Promise<unknown>> = {
  'ww-service-finder': () => import('./components/service-finder/define.js'),
  'ww-route-time': () => import('./components/route-time/define.js'),
  'ww-programme-directory': () => import('./components/programme-directory/define.js'),
  'ww-wegweiser': () => import('./components/wegweiser/define.js'),
};
