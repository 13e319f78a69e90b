/**
 * Types for Leaflet's ES module build. `leaflet-src.esm.js` exports the same
 * API as the UMD build that @types/leaflet describes, but never sets
 * `window.L` (the kit creates no globals).
 */
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
