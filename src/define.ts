/**
 * Registers every element of the kit (idempotent: a name already taken, e.g.
 * by a second copy of the kit on the page, is left alone).
 */
import './components/service-finder/define.js';
import './components/route-time/define.js';
import './components/programme-directory/define.js';
import './components/wegweiser/define.js';

/** Kept for callers of the first release; importing this module registers everything. */
export function registerAll(): void {}
