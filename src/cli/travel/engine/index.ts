/**
 * The travel-time engine of `wegweiser travel`: public-transport travel
 * times between points on one service day, from a `Timetable`. See
 * matrix.ts for the exact semantics and scan.ts for the algorithm.
 */
export { travelMatrix, DEFAULT_ENGINE_PARAMS, DEFAULT_RETURN_BY } from './matrix.js';
export type { Place, TravelWindow, EngineParams, TravelCell, TravelMatrix } from './matrix.js';
export { distanceM, walkSeconds, stopGrid } from './geo-index.js';
