/**
 * The one-script-tag entry for webmasters:
 *
 *   <script type="module" src="https://…/wegweiser-kit.js"
 *           data-feed="https://…/feed.json" data-gemeinde="08126046" data-lang="de"></script>
 *
 * Reads its own script tag for page-wide defaults, then registers the
 * elements (each guarded, so a second copy on the page does no harm).
 * Heavy parts (the map, UI languages other than German) are separate chunks
 * beside this file and load only when needed.
 */
import { configFromScript, setConfig } from './components/shared/config.js';
import { registerAll } from './define.js';

function ownScript(): HTMLScriptElement | null {
  const self = import.meta.url;
  for (const script of Array.from(document.querySelectorAll<HTMLScriptElement>('script[src]'))) {
    if (script.src === self) return script;
  }
  // Bundlers or CMS plugins may rename the file: fall back to a marked tag.
  return document.querySelector<HTMLScriptElement>('script[data-wegweiser], script[src*="wegweiser-kit"]');
}

setConfig(configFromScript(ownScript()));
registerAll();
