/**
 * Runs inside Chromium: <ww-service-finder> from the moment the feed's
 * response is there to the first rendered result list (read, check, index,
 * query, render), and the work of one keystroke (handler + suggestion render)
 * and of Enter (search + result list render) on a loaded finder.
 */
import '../../../src/components/service-finder/define.js';
import '../../../src/components/programme-directory/define.js';
import type { WwServiceFinder } from '../../../src/components/service-finder/ww-service-finder.js';
import { clearFeedCache } from '../../../src/core/load.js';
import { loadSearch } from '../../../src/components/shared/search-loader.js';

declare global {
  interface Window {
    runFinderBench(url: string, runs: number, queries: string[]): Promise<{ firstRender: number[]; keystrokes: number[]; enter: number[] }>;
    runDirectoryBench(url: string, runs: number): Promise<{ firstRender: number[] }>;
    runLandBench(indexUrl: string, gemeinde: string, runs: number): Promise<{ firstResults: number[]; entries: number }>;
  }
}

const realFetch = window.fetch.bind(window);

/** Resolves when the finder's shadow root shows a result list (or the empty state). */
function rendered(el: WwServiceFinder): Promise<void> {
  return new Promise((resolve) => {
    const done = () => el.shadowRoot?.querySelector('.results, .empty, .status--error');
    const observer = new MutationObserver(() => {
      if (done()) {
        observer.disconnect();
        resolve();
      }
    });
    const watch = () => {
      if (!el.shadowRoot) return void requestAnimationFrame(watch);
      if (done()) return resolve();
      observer.observe(el.shadowRoot, { childList: true, subtree: true });
    };
    // Connecting creates the shadow root synchronously: watch right after the element is appended.
    queueMicrotask(watch);
  });
}

/** Feed response in → first list on screen, `runs` times (after 2 warm-ups), for an element of the kit. */
async function firstRenders(tag: 'ww-service-finder' | 'ww-programme-directory', url: string, runs: number): Promise<{ times: number[]; element: HTMLElement }> {
  const text = await (await realFetch(url)).text();
  const times: number[] = [];
  let el: HTMLElement | undefined;
  for (let i = 0; i < runs + 2; i++) {
    clearFeedCache();
    el?.remove();
    let arrived = 0;
    // The server's answer is in: from here on it is the visitor's device working.
    window.fetch = async () => {
      arrived = performance.now();
      return new Response(text, { headers: { 'content-type': 'application/json' } });
    };
    el = document.createElement(tag);
    el.setAttribute('no-url', '');
    el.setAttribute('gemeinde', '08126046');
    el.setAttribute('feed', `${url}?run=${i}`);
    const done = rendered(el as WwServiceFinder);
    document.body.append(el);
    await done;
    if (el.shadowRoot!.querySelector('.status--error')) throw new Error(`${tag} failed: ${el.shadowRoot!.textContent}`);
    if (i >= 2) times.push(performance.now() - arrived);
  }
  window.fetch = realFetch;
  return { times, element: el! };
}

window.runDirectoryBench = async (url, runs) => {
  const { times, element } = await firstRenders('ww-programme-directory', url, runs);
  element.remove();
  return { firstRender: times };
};

window.runFinderBench = async (url, runs, queries) => {
  const { times: firstRender, element } = await firstRenders('ww-service-finder', url, runs);
  const el = element as WwServiceFinder;


  // Typing into the loaded finder: each keystroke's handler plus the suggestion list it renders.
  const finder = el!;
  const state = (finder as unknown as { feedState: { state: { index: Parameters<typeof loadSearch>[0] } } }).feedState.state;
  await loadSearch(state.index, 'de');
  const input = finder.shadowRoot!.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  input.focus();
  const keystrokes: number[] = [];
  const enter: number[] = [];
  for (const query of queries) {
    for (let n = 1; n <= query.length; n++) {
      const start = performance.now();
      input.value = query.slice(0, n);
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await finder.updateComplete;
      keystrokes.push(performance.now() - start);
    }
    const start = performance.now();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await finder.updateComplete;
    enter.push(performance.now() - start);
  }
  return { firstRender, keystrokes, enter };
};

/**
 * A Land index: from appending a finder for one Gemeinde to its first result
 * list, with the real fetches (index, Kreis shard, border extracts) from the
 * bench server on localhost, after one warm-up.
 */
window.runLandBench = async (indexUrl, gemeinde, runs) => {
  const firstResults: number[] = [];
  let entries = 0;
  for (let i = 0; i < runs + 1; i++) {
    clearFeedCache();
    const el = document.createElement('ww-service-finder') as WwServiceFinder;
    el.setAttribute('no-url', '');
    el.setAttribute('gemeinde', gemeinde);
    el.setAttribute('feed', indexUrl);
    const start = performance.now();
    const done = rendered(el);
    document.body.append(el);
    await done;
    if (el.shadowRoot!.querySelector('.status--error')) throw new Error(`finder on a Land index failed: ${el.shadowRoot!.textContent}`);
    if (i > 0) firstResults.push(performance.now() - start);
    entries = el.shadowRoot!.querySelectorAll('.results > li, .results li').length;
    el.remove();
  }
  return { firstResults, entries };
};
