/**
 * All four elements in one file, for a page that carries several of them (a
 * Kreis portal page). Loaded by the embed entry instead of the per-element
 * chunks when it finds two or more kinds of element on the page at start:
 * the same code, but one file compresses far better than nine (shared Lit
 * templates, styles and core across elements), and it is one request.
 * Lazy parts (search, map, details, print, other languages) stay chunks of
 * their own, as in the per-element build.
 *
 * Import order is evaluation order: the configuration first, then the elements.
 */
import './components/shared/portal-config.js';
import './components/service-finder/define.js';
import './components/route-time/define.js';
import './components/programme-directory/define.js';
import './components/wegweiser/define.js';
