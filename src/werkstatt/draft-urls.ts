/**
 * Object URLs for the draft (the preview's feed, the downloads): one live
 * URL per purpose, revoked when replaced. The draft feed's last good copy,
 * which the elements keep in Cache Storage, goes with it.
 */
import { cacheStorageStore } from '../core/store.js';

export interface ObjectUrl {
  readonly url: string | undefined;
  set(text: string | undefined): void;
}

export function objectUrl(type: string, onRevoke?: (url: string) => void): ObjectUrl {
  let url: string | undefined;
  return {
    get url() {
      return url;
    },
    set(text) {
      if (url) {
        URL.revokeObjectURL(url);
        onRevoke?.(url);
      }
      url = text === undefined ? undefined : URL.createObjectURL(new Blob([text], { type }));
    },
  };
}

export const draftFeed = (): ObjectUrl => objectUrl('application/json', (url) => void cacheStorageStore()?.delete(url));
