/**
 * The one-script-tag entry for webmasters:
 *
 *   <script type="module" src="https://…/wegweiser-kit.js"
 *           data-feed="https://…/feed.json" data-gemeinde="08126046" data-lang="de"></script>
 *
 * Reads its own script tag for page-wide defaults, then loads the code of
 * each element only when its tag is on the page (now or later), as its own
 * chunk beside this file: a page with only a finder never downloads the
 * other elements. A page that starts with two or more kinds of element (a
 * Kreis portal page) gets them all in one file instead, dist/portal/ (see
 * src/portal.ts), and the per-element chunks if that file cannot be loaded.
 * Registration is guarded, so a second copy of the kit on the page does no harm.
 */
import { getConfig, setConfig } from './components/shared/config.js';
import { configFromScript } from './components/shared/script-config.js';
import { ELEMENT_LOADERS } from './loaders.js';
import { CONFIG_HANDOFF } from './portal-handoff.js';

/** Beside this file in dist/ (the portal build's entry). */
const PORTAL = './portal/wegweiser-portal.js';

function ownScript(): HTMLScriptElement | null {
  const self = import.meta.url;
  for (const script of Array.from(document.querySelectorAll<HTMLScriptElement>('script[src]'))) {
    if (script.src === self) return script;
  }
  // Bundlers or CMS plugins may rename the file: fall back to a marked tag.
  return document.querySelector<HTMLScriptElement>('script[data-wegweiser], script[src*="wegweiser-kit"]');
}

setConfig(configFromScript(ownScript()));

const waiting = new Map(Object.entries(ELEMENT_LOADERS));
const present = (tag: string) => document.getElementsByTagName(tag).length > 0;
/** While the portal file loads, tags that appear are left to it (or to the fallback). */
let portalPending = false;

/** Loads the elements whose tags appear in the document; stops watching once all are loaded. */
function loadPresent(): void {
  if (portalPending) return;
  for (const [tag, load] of waiting) {
    if (customElements.get(tag) || present(tag)) {
      waiting.delete(tag);
      if (!customElements.get(tag)) void load().catch((error: unknown) => console.error(`wegweiser-kit: ${tag} could not be loaded`, error));
    }
  }
  if (waiting.size === 0) observer.disconnect();
}

/** Two or more kinds of element at start: all four in one file; if that fails, each on its own. */
function loadPortal(): boolean {
  const kinds = [...waiting.keys()].filter((tag) => !customElements.get(tag) && present(tag));
  if (kinds.length < 2) return false;
  const slot = globalThis as { [CONFIG_HANDOFF]?: object };
  slot[CONFIG_HANDOFF] = { ...getConfig() };
  portalPending = true;
  import(/* @vite-ignore */ new URL(PORTAL, import.meta.url).href).then(
    () => {
      portalPending = false;
      waiting.clear();
      observer.disconnect();
    },
    () => {
      portalPending = false;
      delete slot[CONFIG_HANDOFF];
      loadPresent();
    },
  );
  return true;
}

const observer = new MutationObserver(loadPresent);
observer.observe(document.documentElement, { childList: true, subtree: true });
if (!loadPortal()) loadPresent();
