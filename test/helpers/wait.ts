/**
 * Waiting in browser tests: always for the state a test asserts, never for a
 * delay. The time limit only turns a state that never comes into a readable
 * failure; it is generous, because a busy 2-core CI machine is slow, not wrong.
 */
import { waitUntil } from '@open-wc/testing';
import { feedCopiesWritten, clearFeedCache } from '../../src/core/load.js';
import { CACHE_NAME } from '../../src/core/store.js';

/** How long a state may take to appear before the test fails with `message`. */
export const STATE_TIMEOUT_MS = 30_000;

export function until(predicate: () => unknown, message: string): Promise<void> {
  return waitUntil(predicate, message, { timeout: STATE_TIMEOUT_MS, interval: 20 });
}

/**
 * The next `name` event from `target` whose detail satisfies `accept`: an
 * event left over from an earlier step (a search that settles late) is skipped.
 */
export function nextEvent<T>(target: EventTarget, name: string, accept: (detail: T) => boolean = () => true): Promise<CustomEvent<T>> {
  return new Promise((resolve) => {
    const listener = (event: Event) => {
      const custom = event as CustomEvent<T>;
      if (!accept(custom.detail)) return;
      target.removeEventListener(name, listener);
      resolve(custom);
    };
    target.addEventListener(name, listener);
  });
}

/** Between tests: no shared request, no last good copy (also none still being written), no stored progress, the start URL. */
export async function freshPage(startUrl: string): Promise<void> {
  clearFeedCache();
  await feedCopiesWritten();
  await caches.delete(CACHE_NAME);
  localStorage.clear();
  sessionStorage.clear();
  history.replaceState(null, '', startUrl);
}
