/**
 * The one-script-tag entry for webmasters:
 *
 *   <script type="module" src="https://…/wegweiser-kit.js"
 *           data-feed="https://…/feed.json" data-gemeinde="08126046" data-lang="de"></script>
 *
 * Reads its own script tag for page-wide defaults, then loads the code of
 * each element only when its tag is on the page (now or later), as its own
 * chunk beside this file: a page with only a finder never downloads the
 * other elements. Registration is guarded, so a second copy of the kit on
 * the page does no harm.
 */
import { configFromScript, setConfig } from './components/shared/config.js';
import { ELEMENT_LOADERS } from './loaders.js';

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

/** Loads the elements whose tags appear in the document; stops watching once all are loaded. */
function loadPresent(): void {
  for (const [tag, load] of waiting) {
    if (customElements.get(tag) || document.getElementsByTagName(tag).length > 0) {
      waiting.delete(tag);
      if (!customElements.get(tag)) void load().catch((error: unknown) => console.error(`wegweiser-kit: ${tag} could not be loaded`, error));
    }
  }
  if (waiting.size === 0) observer.disconnect();
}

const observer = new MutationObserver(loadPresent);
observer.observe(document.documentElement, { childList: true, subtree: true });
loadPresent();
