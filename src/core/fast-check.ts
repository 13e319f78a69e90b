/**
 * A fast yes/no check of a feed against the valibot schema, for the common
 * case of a valid feed in the browser. valibot copies every object while it
 * validates (about 100 ms for 10,000 services, mostly garbage collection);
 * this walks the same schema objects and allocates nothing. When it says no,
 * valibot runs and produces the issues, so valibot stays the validator of
 * record. A test checks that both agree on valid and broken feeds.
 *
 * Only the schema and action types the feed schema uses are supported; any
 * other type makes `compileCheck` throw, and the caller uses valibot alone.
 */

type Check = (value: unknown) => boolean;

interface SchemaLike {
  kind: string;
  type: string;
  entries?: Record<string, SchemaLike>;
  rest?: SchemaLike;
  item?: SchemaLike;
  items?: SchemaLike[];
  options?: unknown[];
  wrapped?: SchemaLike;
  key?: SchemaLike;
  value?: SchemaLike;
  literal?: unknown;
  pipe?: Array<SchemaLike & { requirement?: unknown }>;
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object';
/** valibot skips these keys in records and rest entries (prototype pollution guard). */
const isPlainKey = (object: object, key: string) =>
  Object.prototype.hasOwnProperty.call(object, key) && key !== '__proto__' && key !== 'prototype' && key !== 'constructor';
const isOptional = (schema: SchemaLike) => schema.type === 'optional' || schema.type === 'exact_optional' || schema.type === 'nullish';

function action(step: SchemaLike & { requirement?: unknown }): Check | undefined {
  if (step.kind === 'metadata') return undefined;
  const r = step.requirement as never;
  switch (step.type) {
    case 'regex': {
      const re = r as RegExp;
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
      throw new Error(`fast-check: unsupported action ${step.type}`);
  }
}

function entriesCheck(entries: Record<string, SchemaLike>): Array<[string, Check, boolean]> {
  return Object.entries(entries).map(([key, schema]) => [key, compileCheck(schema), isOptional(schema)]);
}

/** Builds a checker that answers like `v.is(schema, value)` without copying anything. */
export function compileCheck(schema: SchemaLike): Check {
  if (schema.pipe) {
    const base = compileCheck(schema.pipe[0]!);
    const actions = schema.pipe.slice(1).map(action).filter((a): a is Check => !!a);
    return (v) => {
      if (!base(v)) return false;
      for (const a of actions) if (!a(v)) return false;
      return true;
    };
  }
  switch (schema.type) {
    case 'string':
      return (v) => typeof v === 'string';
    case 'number':
      return (v) => typeof v === 'number' && !Number.isNaN(v);
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'null':
      return (v) => v === null;
    case 'literal': {
      const literal = schema.literal;
      return (v) => v === literal;
    }
    case 'picklist': {
      const options = new Set(schema.options);
      return (v) => options.has(v);
    }
    case 'optional': {
      const inner = compileCheck(schema.wrapped!);
      return (v) => v === undefined || inner(v);
    }
    case 'array': {
      const item = compileCheck(schema.item!);
      return (v) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
        return true;
      };
    }
    case 'tuple': {
      const items = schema.items!.map(compileCheck);
      return (v) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < items.length; i++) if (!items[i]!(v[i])) return false;
        return true;
      };
    }
    case 'union': {
      const options = (schema.options as SchemaLike[]).map(compileCheck);
      return (v) => {
        for (const option of options) if (option(v)) return true;
        return false;
      };
    }
    case 'object':
    case 'object_with_rest': {
      const entries = entriesCheck(schema.entries!);
      const known = new Set(Object.keys(schema.entries!));
      const rest = schema.rest ? compileCheck(schema.rest) : undefined;
      return (v) => {
        if (!isObject(v)) return false;
        for (const [key, check, optional] of entries) {
          const value = v[key];
          if (value === undefined) {
            if (!optional || key in v) {
              // valibot: a present key whose value is undefined is checked like any value.
              if (!check(value)) return false;
            }
          } else if (!check(value)) return false;
        }
        if (rest) {
          for (const key in v) {
            if (isPlainKey(v, key) && !known.has(key) && !rest(v[key])) return false;
          }
        }
        return true;
      };
    }
    case 'record': {
      const key = compileCheck(schema.key!);
      const value = compileCheck(schema.value!);
      return (v) => {
        if (!isObject(v)) return false;
        for (const k in v) {
          if (isPlainKey(v, k) && (!key(k) || !value(v[k]))) return false;
        }
        return true;
      };
    }
    default:
      throw new Error(`fast-check: unsupported schema ${schema.type}`);
  }
}
