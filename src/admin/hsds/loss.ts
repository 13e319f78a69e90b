/**
 * The loss report: every HSDS or feed field that could not be carried over,
 * by path and count, so nothing disappears silently.
 */
import { count, type Lang } from '../lang.js';

export interface LossEntry {
  path: string;
  count: number;
  reason?: { de: string; en: string };
}

export class LossReport {
  private readonly entries = new Map<string, LossEntry>();

  add(path: string, n = 1, reason?: { de: string; en: string }): void {
    if (n <= 0) return;
    const entry = this.entries.get(path);
    if (entry) {
      entry.count += n;
      if (!entry.reason && reason) entry.reason = reason;
    } else {
      this.entries.set(path, { path, count: n, ...(reason ? { reason } : {}) });
    }
  }

  /** Counts every field of `record` that is set and not in `mapped`, as `<prefix>.<field>`. */
  unmapped(prefix: string, record: Record<string, unknown>, mapped: ReadonlySet<string>): void {
    for (const [key, value] of Object.entries(record)) {
      if (mapped.has(key) || isEmpty(value)) continue;
      this.add(`${prefix}.${key}`);
    }
  }

  list(): LossEntry[] {
    return [...this.entries.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  get size(): number {
    return this.entries.size;
  }

  format(lang: Lang, title: string): string {
    const list = this.list();
    if (!list.length) return `${title}: ${lang === 'de' ? 'nichts verloren.' : 'nothing lost.'}`;
    const width = Math.min(60, Math.max(...list.map((e) => e.path.length)));
    const lines = list.map((e) => `  ${e.path.padEnd(width)}  ${count(e.count, lang).padStart(5)}${e.reason ? `  ${e.reason[lang]}` : ''}`);
    return [`${title}:`, ...lines].join('\n');
  }
}

export function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === ''
    || (Array.isArray(value) && value.length === 0)
    || (typeof value === 'object' && !Array.isArray(value) && Object.keys(value as object).length === 0);
}
