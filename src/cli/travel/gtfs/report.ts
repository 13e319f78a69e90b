/**
 * Collects the problems the reader found and handled. Problems of one kind
 * (say, 40,000 stop_times rows naming an unknown stop) become one sentence
 * with the count and the first few places, so the report stays readable
 * for the national feed.
 */

const EXAMPLES = 3;

interface Kind {
  count: number;
  examples: string[];
  summary: (count: number) => string;
}

export class Warnings {
  private readonly kinds = new Map<string, Kind>();

  /**
   * One occurrence of a kind of problem. `example` is a complete sentence
   * for this occurrence (used as is when it stays the only one); `summary`
   * words the whole group ("stop_times.txt: 12 rows name an unknown stop_id").
   */
  note(kind: string, example: string, summary: (count: number) => string): void {
    let k = this.kinds.get(kind);
    if (!k) {
      k = { count: 0, examples: [], summary };
      this.kinds.set(kind, k);
    }
    k.count++;
    if (k.examples.length < EXAMPLES) k.examples.push(example);
  }

  /** A single problem that has no group. */
  add(sentence: string): void {
    this.note(`single:${this.kinds.size}:${sentence}`, sentence, () => sentence);
  }

  count(kind: string): number {
    return this.kinds.get(kind)?.count ?? 0;
  }

  /** In the order first seen (deterministic for identical input). */
  list(): string[] {
    const out: string[] = [];
    for (const k of this.kinds.values()) {
      if (k.count === 1) out.push(k.examples[0]!);
      else out.push(`${k.summary(k.count)}. For example: ${k.examples.map((e) => e.replace(/\.$/, '')).join('; ')}${k.count > k.examples.length ? '; …' : '.'}`);
    }
    return out;
  }
}

/** "1 row", "2 rows". */
export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
