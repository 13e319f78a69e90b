/**
 * The work in progress, kept in this browser only (IndexedDB): the dropped
 * files, the published feed to compare with, and the settings. Survives a
 * reload; "Neu beginnen" clears it. Nothing is sent anywhere.
 */
import type { DroppedFile } from './pipeline.js';

export interface SavedWork {
  files: DroppedFile[];
  /** The published feed dropped or loaded for the comparison, with where it came from. */
  published?: { name: string; text: string };
  feedUrl?: string;
  kitUrl?: string;
  lang?: string;
}

const DB = 'wegweiser-werkstatt';
const STORE = 'work';
const KEY = 'current';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB'));
  });
}

async function withStore<T>(mode: IDBTransactionMode, use: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = use(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB'));
    });
  } finally {
    db.close();
  }
}

/** Undefined when there is nothing saved, or the browser keeps nothing (private mode). */
export async function loadWork(): Promise<SavedWork | undefined> {
  try {
    return (await withStore('readonly', (s) => s.get(KEY))) as SavedWork | undefined;
  } catch {
    return undefined;
  }
}

/** False when the browser refused (then the page says the work lasts until it is closed). */
export async function saveWork(work: SavedWork): Promise<boolean> {
  try {
    await withStore('readwrite', (s) => s.put(work, KEY));
    return true;
  } catch {
    return false;
  }
}

export async function clearWork(): Promise<void> {
  try {
    await withStore('readwrite', (s) => s.delete(KEY));
  } catch {
    // Nothing kept, nothing to clear.
  }
}
