/**
 * UI strings, German: the reference every other language is checked against
 * (a test fails when a language lacks a key). `{name}` marks a placeholder.
 */
import { deBase } from './de-base.js';
import { deFinder } from './de-finder.js';
import { deLists } from './de-lists.js';
import { deFinderDetail } from './de-finder-detail.js';
import { deMap } from './de-map.js';
import { deRoute } from './de-route.js';
import { deRouteLine } from './de-route-line.js';
import { dePrograms } from './de-programmes.js';
import { deWegweiser } from './de-wegweiser.js';
import { deKinds } from './de-kinds.js';
import { deKindCards } from './de-kind-cards.js';
import { deLand } from './de-land.js';

/**
 * All German strings (the reference every language is checked against). In
 * the browser each part ships with the element that needs it (see
 * `addGerman` in index.ts); Node and the SDK use the whole set.
 */
export const de = { ...deBase, ...deLists, ...deFinder, ...deFinderDetail, ...deMap, ...deRouteLine, ...deRoute, ...dePrograms, ...deWegweiser, ...deKinds, ...deKindCards, ...deLand } as const;

export type UiKey = keyof typeof de;
export type UiStrings = Record<UiKey, string>;
