/**
 * Checks parsed JSON against the compact schema table (see
 * schema/compact.ts). A valid feed is confirmed without copying anything;
 * for an invalid one every problem is located (JSON Pointer) and coded with
 * the schema's message key, ready for `core/messages.ts`.
 */
import type { CompactNode, CompactSchema } from './schema/compact.js';
import { toPointer, type RawIssue } from './errors.js';

type Check = (value: unknown) => boolean;
type Path = Array<string | number>;

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object';
/** valibot skips these keys in records and rest entries (prototype-pollution guard); so do we. */
const isPlainKey = (object: object, key: string) =>
  Object.prototype.hasOwnProperty.call(object, key) && key !== '__proto__' && key !== 'prototype' && key !== 'constructor';

function describe(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? text.slice(0, 57) + '…' : text;
}

export class SchemaChecker {
  /** One compiled check per node, built on first use (shared nodes such as Text once). */
  private readonly cache: Array<Check | undefined>;

  constructor(private readonly schema: CompactSchema) {
    this.cache = new Array(schema.nodes.length);
  }

  private compiled(i: number): Check {
    return (this.cache[i] ??= this.compile(this.schema.nodes[i]!));
  }

  private compile(node: CompactNode): Check {
    const cache = this.cache;
    // Resolved at call time, so a node may refer to one compiled later.
    const at = (i: number): Check => (v) => (cache[i] ?? this.compiled(i))(v);
    switch (node[0]) {
      case 's':
        return (v) => typeof v === 'string';
      case 'n':
        return (v) => typeof v === 'number' && !Number.isNaN(v);
      case 'b':
        return (v) => typeof v === 'boolean';
      case 'z':
        return (v) => v === null;
      case 'l': {
        const literal = node[1];
        return (v) => v === literal;
      }
      case 'e': {
        const options = new Set(node[1]);
        return (v) => options.has(v);
      }
      case '?': {
        const inner = at(node[1]);
        return (v) => v === undefined || inner(v);
      }
      case 'p': {
        const base = at(node[1]);
        const actions = node[2].map(([action, requirement]) => actionCheck(action, requirement));
        return (v) => {
          if (!base(v)) return false;
          for (const check of actions) if (!check(v)) return false;
          return true;
        };
      }
      case 'a': {
        const item = at(node[1]);
        return (v) => {
          if (!Array.isArray(v)) return false;
          for (let n = 0; n < v.length; n++) if (!item(v[n])) return false;
          return true;
        };
      }
      case 't': {
        const items = node[1].map(at);
        return (v) => {
          if (!Array.isArray(v)) return false;
          for (let n = 0; n < items.length; n++) if (!items[n]!(v[n])) return false;
          return true;
        };
      }
      case 'u': {
        const options = node[1].map(at);
        return (v) => {
          for (const check of options) if (check(v)) return true;
          return false;
        };
      }
      case 'r': {
        const key = at(node[1]);
        const value = at(node[2]);
        return (v) => {
          if (!isObject(v)) return false;
          for (const k in v) if (isPlainKey(v, k) && (!key(k) || !value(v[k]))) return false;
          return true;
        };
      }
      case 'o': {
        const entries = node[1].map(([key, i, optional]) => [key, at(i), optional] as const);
        const known = new Set(node[1].map(([key]) => key));
        const rest = node[2] >= 0 ? at(node[2]) : undefined;
        return (v) => {
          if (!isObject(v)) return false;
          for (const [key, check, optional] of entries) {
            if (key in v) {
              if (!check(v[key])) return false;
            } else if (!optional) return false;
          }
          if (rest) for (const k in v) if (isPlainKey(v, k) && !known.has(k) && !rest(v[k])) return false;
          return true;
        };
      }
    }
  }

  /** True when the value fits the schema. Allocates nothing for a valid feed. */
  valid(value: unknown): boolean {
    return this.compiled(this.schema.root)(value);
  }

  /** Every problem (up to `max`), with its JSON Pointer and message key. */
  problems(value: unknown, max: number): { issues: RawIssue[]; total: number } {
    const issues: RawIssue[] = [];
    let total = 0;
    const push = (path: Path, code: string, found?: unknown) => {
      total++;
      if (issues.length >= max) return;
      const issue: RawIssue = { pointer: toPointer(path), severity: 'error', code };
      if (found !== undefined) issue.found = describe(found);
      issues.push(issue);
    };
    const walk = (i: number, v: unknown, path: Path): void => {
      if (this.compiled(i)(v)) return;
      const node = this.schema.nodes[i]!;
      switch (node[0]) {
        case '?':
          return walk(node[1], v, path);
        case 'p':
          if (!this.compiled(node[1])(v)) return walk(node[1], v, path);
          for (const [action, requirement, code] of node[2]) {
            if (!actionCheck(action, requirement)(v)) return push(path, code, v);
          }
          return;
        case 'o':
          if (!isObject(v)) return push(path, node[3], v);
          for (const [key, child, optional] of node[1]) {
            if (key in v) walk(child, v[key], [...path, key]);
            else if (!optional) push([...path, key], 'missing');
          }
          if (node[2] >= 0) {
            const known = new Set(node[1].map(([key]) => key));
            for (const k in v) if (isPlainKey(v, k) && !known.has(k)) walk(node[2], v[k], [...path, k]);
          }
          return;
        case 'a':
          if (!Array.isArray(v)) return push(path, node[2], v);
          return v.forEach((x, n) => walk(node[1], x, [...path, n]));
        case 't':
          if (!Array.isArray(v)) return push(path, node[2], v);
          return node[1].forEach((child, n) => walk(child, v[n], [...path, n]));
        case 'r':
          if (!isObject(v)) return push(path, node[3], v);
          for (const k in v) {
            if (!isPlainKey(v, k)) continue;
            if (!this.compiled(node[1])(k)) walk(node[1], k, [...path, k]);
            walk(node[2], v[k], [...path, k]);
          }
          return;
        case 'u':
          return this.reportUnion(node, v, path, push, walk);
        default:
          return push(path, node[node.length - 1] as string, v);
      }
    };
    walk(this.schema.root, value, []);
    return { issues, total };
  }

  /**
   * A union failed: when exactly one branch is of the value's kind (an object
   * for a text map, say), its problems are the telling ones; otherwise the
   * union's own message.
   */
  private reportUnion(node: ['u', number[], string], v: unknown, path: Path, push: (p: Path, c: string, f?: unknown) => void, walk: (i: number, v: unknown, p: Path) => void): void {
    const sameKind = node[1].filter((i) => this.baseKind(i) === kindOf(v));
    if (sameKind.length !== 1) return push(path, node[2], v);
    const branch = this.schema.nodes[this.unwrap(sameKind[0]!)]!;
    // A text map without German: say exactly that.
    if (node[2] === 'text' && branch[0] === 'o' && isObject(v) && !('de' in v)) return push(path, 'text-de');
    walk(sameKind[0]!, v, path);
  }

  private unwrap(i: number): number {
    const node = this.schema.nodes[i]!;
    return node[0] === 'p' || node[0] === '?' ? this.unwrap(node[1]) : i;
  }

  private baseKind(i: number): string {
    const node = this.schema.nodes[this.unwrap(i)]!;
    return { s: 'string', n: 'number', b: 'boolean', z: 'null', o: 'object', r: 'object', a: 'array', t: 'array' }[node[0] as string] ?? 'other';
  }
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function actionCheck(action: string, requirement: unknown): Check {
  const r = requirement as number;
  switch (action) {
    case 'regex': {
      const [source, flags] = requirement as [string, string];
      const re = new RegExp(source, flags);
      return (v) => re.test(v as string);
    }
    case 'min_length':
      return (v) => (v as { length: number }).length >= r;
    case 'max_length':
      return (v) => (v as { length: number }).length <= r;
    case 'min_value':
      return (v) => (v as number) >= r;
    case 'max_value':
      return (v) => (v as number) <= r;
    case 'integer':
      return (v) => Number.isInteger(v);
    default:
      return () => false;
  }
}
