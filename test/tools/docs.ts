/**
 * Writes the field reference of docs/feed.md from the JSON Schema (itself
 * derived from the valibot source), between the GENERATED markers. The prose
 * around it is hand-written. A test fails when the reference is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildJsonSchema } from './schema.js';

type Json = Record<string, any>;

export const DOCS_PATH = fileURLToPath(new URL('../../docs/feed.md', import.meta.url));
const BEGIN = '<!-- BEGIN GENERATED REFERENCE (npm run schema) -->';
const END = '<!-- END GENERATED REFERENCE -->';

const anchor = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

const FORMATS: Record<string, string> = {
  '^\\d{8}$': '8-digit AGS',
  '^\\d{5}$': '5 digits',
  '\\S': 'non-empty',
  '^\\d+\\.\\d+$': '`MAJOR.MINOR`',
  '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$': 'date `YYYY-MM-DD`',
  '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$': 'date-time with offset',
  '^([01]\\d|2[0-3]):[0-5]\\d$': 'time `HH:MM`',
};

function typeOf(schema: Json): string {
  if (!schema) return 'any';
  if (schema.$ref) {
    const name = String(schema.$ref).split('/').pop()!;
    return `[${name}](#${anchor(name)})`;
  }
  if (schema.const !== undefined) return '`' + JSON.stringify(schema.const) + '`';
  if (schema.enum) return schema.enum.map((e: unknown) => '`' + JSON.stringify(e) + '`').join(' | ');
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(' or ');
  if (schema.type === 'array') {
    if (Array.isArray(schema.items)) return `[${schema.items.map(typeOf).join(', ')}]`;
    const min = schema.minItems ? ` (at least ${schema.minItems})` : '';
    return `list of ${typeOf(schema.items)}${min}`;
  }
  if (schema.type === 'object') {
    if (schema.properties) return 'object';
    if (schema.additionalProperties) return `map → ${typeOf(schema.additionalProperties)}`;
    return 'object';
  }
  if (schema.type === 'string' && schema.pattern) return `string (${FORMATS[schema.pattern] ?? '`' + schema.pattern + '`'})`;
  if (schema.type === 'number' && (schema.minimum !== undefined || schema.maximum !== undefined)) {
    return `number ${schema.minimum ?? ''}…${schema.maximum ?? ''}`;
  }
  return schema.type ?? 'any';
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function section(title: string, schema: Json, out: string[], level: number): void {
  const target = schema.type === 'array' && schema.items && !schema.items.$ref ? schema.items : schema;
  if (!target.properties) return;
  out.push(`${'#'.repeat(level)} ${title}`, '');
  if (schema.description) out.push(schema.description, '');
  out.push('| field | type | required | meaning |', '|---|---|---|---|');
  const required = new Set<string>(target.required ?? []);
  const nested: Array<[string, Json]> = [];
  for (const [key, prop] of Object.entries<Json>(target.properties)) {
    let shown = prop;
    const inner = prop.type === 'array' ? prop.items : prop;
    if (inner && inner.type === 'object' && inner.properties) {
      nested.push([`${title}.${key}`, prop]);
      shown = { ...prop, description: prop.description };
    }
    const type = inner && inner.type === 'object' && inner.properties
      ? (prop.type === 'array' ? `list of [${title}.${key}](#${anchor(`${title}.${key}`)})` : `[${title}.${key}](#${anchor(`${title}.${key}`)})`)
      : typeOf(shown);
    out.push(`| \`${key}\` | ${cell(type)} | ${required.has(key) ? 'yes' : ''} | ${cell(prop.description ?? '')} |`);
  }
  out.push('');
  for (const [name, prop] of nested) section(name, prop, out, level);
}

export function renderReference(): string {
  const schema = buildJsonSchema() as Json;
  const out: string[] = [];
  section('Feed', schema, out, 3);
  for (const [name, def] of Object.entries<Json>(schema.$defs ?? {})) {
    if (def.properties) section(name, def, out, 3);
    else {
      out.push(`### ${name}`, '', `${typeOf(def)}${def.description ? ' — ' + def.description : ''}`, '');
    }
  }
  return out.join('\n');
}

export function renderDocs(current: string): string {
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  if (start < 0 || end < 0) throw new Error(`docs/feed.md lacks the markers ${BEGIN} … ${END}`);
  return current.slice(0, start + BEGIN.length) + '\n\n' + renderReference() + '\n' + current.slice(end);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(DOCS_PATH, renderDocs(readFileSync(DOCS_PATH, 'utf8')));
  console.log('wrote', DOCS_PATH);
}
