/**
 * Ticked-off steps, kept only in this browser (localStorage), per feed and
 * pathway. Nothing else is stored: the answers to the questions stay in
 * memory. Storage may be unavailable (private mode, blocked): then ticks last
 * until the page is left.
 */
const PREFIX = 'wegweiser-kit:progress:';

const keyOf = (feed: string, pathway: string) => `${PREFIX}${feed}#${pathway}`;

export function loadProgress(feed: string, pathway: string): Set<string> {
  try {
    const raw = localStorage.getItem(keyOf(feed, pathway));
    const ids = raw ? (JSON.parse(raw) as unknown) : [];
    return new Set(Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

export function saveProgress(feed: string, pathway: string, done: Set<string>): void {
  try {
    if (done.size) localStorage.setItem(keyOf(feed, pathway), JSON.stringify([...done].sort()));
    else localStorage.removeItem(keyOf(feed, pathway));
  } catch {
    // Storage full or blocked: the ticks still work for this visit.
  }
}
