/**
 * Fields the format does not know ("titel" instead of "title"): the schema
 * silently drops them, so the information would vanish without a word.
 * Walks the valibot schema alongside the data and suggests the field that
 * was probably meant. The same misspelling in many entries is one warning.
 */
import type { FeedIssue } from '../core/errors.js';
import { toPointer } from '../core/errors.js';
import { closestMatch } from '../core/check.js';
import { FeedSchema } from '../core/schema/index.js';

/** The parts of valibot's schema objects this walk reads. */
interface SchemaNode {
  type: string;
  entries?: Record<string, SchemaNode>;
  rest?: SchemaNode;
  item?: SchemaNode;
  items?: SchemaNode[];
  options?: SchemaNode[];
  wrapped?: SchemaNode;
  value?: SchemaNode;
}

/** German (and common other) names for fields, checked before spelling distance. */
const SYNONYMS: Record<string, string[]> = {
  title: ['titel', 'name', 'überschrift', 'ueberschrift'],
  name: ['titel', 'title', 'bezeichnung', 'namen'],
  description: ['beschreibung', 'text', 'desc'],
  summary: ['zusammenfassung', 'kurzbeschreibung', 'kurztext'],
  address: ['adresse', 'anschrift'],
  street: ['strasse', 'straße', 'str'],
  postcode: ['plz', 'postleitzahl', 'zip', 'postalcode', 'postal_code'],
  city: ['ort', 'stadt', 'town'],
  phone: ['telefon', 'tel', 'telephone', 'telefonnummer'],
  email: ['mail', 'e-mail', 'e_mail'],
  website: ['webseite', 'homepage', 'url', 'internet'],
  languages: ['sprachen', 'sprache', 'language'],
  hours: ['öffnungszeiten', 'oeffnungszeiten', 'openinghours', 'opening_hours', 'opening-hours', 'zeiten'],
  topics: ['themen', 'thema', 'topic', 'kategorien', 'categories'],
  audiences: ['zielgruppen', 'zielgruppe', 'audience'],
  cost: ['kosten', 'preis', 'gebühr', 'gebuehr'],
  geo: ['koordinaten', 'coordinates', 'position', 'latlon', 'lage', 'location'],
  access: ['zugang'],
  at: ['orte', 'standorte', 'locations'],
  provider: ['träger', 'traeger', 'anbieter'],
  organisation: ['organization', 'träger', 'traeger', 'anbieter'],
  childcare: ['kinderbetreuung'],
  interpreter: ['dolmetscher', 'dolmetscherin'],
  contact: ['kontakt'],
  validUntil: ['gültigbis', 'gueltigbis', 'gültig_bis', 'gueltig_bis', 'enddatum', 'valid_until'],
  validFrom: ['gültigab', 'gueltigab', 'gültig_ab', 'gueltig_ab', 'startdatum', 'valid_from'],
  reviewed: ['geprüft', 'geprueft', 'lastreviewed', 'last_reviewed', 'überprüft', 'ueberprueft', 'review'],
  gemeinde: ['municipality', 'kommune'],
  documents: ['unterlagen', 'dokumente'],
  steps: ['schritte'],
  questions: ['fragen'],
  sensitive: ['geschützt', 'geschuetzt', 'vertraulich', 'private'],
};

const normalise = (key: string) => key.toLowerCase().replace(/[\s_-]/g, '');

/** The field the author probably meant, among the fields allowed here. */
export function suggestField(key: string, allowed: string[]): string | undefined {
  const lower = key.toLowerCase();
  const exact = allowed.find((a) => normalise(a) === normalise(key));
  if (exact) return exact;
  for (const candidate of allowed) if (SYNONYMS[candidate]?.some((s) => normalise(s) === normalise(lower))) return candidate;
  return closestMatch(key, allowed);
}

interface Unknown { path: Array<string | number>; key: string; count: number; allowed: string[] }

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The union member the data most likely meant: same shape, most keys known. */
function pickOption(options: SchemaNode[], data: unknown): SchemaNode | undefined {
  if (Array.isArray(data)) return options.find((o) => o.type === 'array' || o.type === 'tuple');
  if (!isPlainObject(data)) return undefined;
  let best: SchemaNode | undefined;
  let bestScore = -1;
  for (const option of options) {
    const node = unwrap(option);
    if (!node.entries) continue;
    const score = Object.keys(data).filter((k) => k in node.entries!).length + (node.rest ? 0.5 : 0);
    if (score > bestScore) { best = node; bestScore = score; }
  }
  return best;
}

function unwrap(node: SchemaNode): SchemaNode {
  let n = node;
  while (n.wrapped) n = n.wrapped;
  return n;
}

/** Whether data under this schema node can hold an object at all (a travel matrix of numbers cannot: skipped). */
const holdsObjects = new WeakMap<SchemaNode, boolean>();
function canHoldObject(node: SchemaNode): boolean {
  const known = holdsObjects.get(node);
  if (known !== undefined) return known;
  holdsObjects.set(node, true); // cycles: assume yes
  const n = unwrap(node);
  const children = [n.item, n.rest, n.value, ...(n.items ?? []), ...(n.options ?? []), ...Object.values(n.entries ?? {})].filter((c): c is SchemaNode => typeof c === 'object' && c !== null && typeof (c as SchemaNode).type === 'string');
  const result = !!n.entries || children.some(canHoldObject);
  holdsObjects.set(node, result);
  return result;
}

function walk(schema: SchemaNode, data: unknown, path: Array<string | number>, found: Map<string, Unknown>): void {
  const node = unwrap(schema);
  if (typeof data !== 'object' || data === null || !canHoldObject(node)) return;
  switch (node.type) {
    case 'object':
    case 'object_with_rest':
    case 'loose_object':
    case 'strict_object': {
      if (!isPlainObject(data) || !node.entries) return;
      for (const key of Object.keys(data)) {
        path.push(key);
        const entry = node.entries[key];
        if (entry) walk(entry, data[key], path, found);
        else if (node.rest) walk(node.rest, data[key], path, found);
        else if (node.type !== 'loose_object') {
          // One warning per field name and place in the format, however many entries repeat it.
          const shape = path.map((p) => (typeof p === 'number' ? '*' : p)).join('/');
          const seen = found.get(shape);
          if (seen) seen.count++;
          else found.set(shape, { path: [...path], key, count: 1, allowed: Object.keys(node.entries) });
        }
        path.pop();
      }
      return;
    }
    case 'array':
      if (!Array.isArray(data) || !node.item) return;
      for (let i = 0; i < data.length; i++) { path.push(i); walk(node.item, data[i], path, found); path.pop(); }
      return;
    case 'tuple':
      if (!Array.isArray(data) || !node.items) return;
      node.items.forEach((item, i) => { path.push(i); walk(item, data[i], path, found); path.pop(); });
      return;
    case 'record':
      if (!isPlainObject(data) || !node.value) return;
      for (const key of Object.keys(data)) { path.push(key); walk(node.value, data[key], path, found); path.pop(); }
      return;
    case 'union':
    case 'variant': {
      const option = pickOption(node.options ?? [], data);
      if (option) walk(option, data, path, found);
      return;
    }
    default:
  }
}

/** Warnings for fields the format does not know, anywhere in the (parsed, possibly invalid) feed. */
export function unknownFields(json: unknown): FeedIssue[] {
  const found = new Map<string, Unknown>();
  walk(FeedSchema as unknown as SchemaNode, json, [], found);
  return [...found.values()].map(({ path, key, count, allowed }) => {
    const hint = suggestField(key, allowed);
    const more = count > 1 ? { de: ` (${count}-mal, z. B. hier)`, en: ` (${count} times, e.g. here)` } : { de: '', en: '' };
    return {
      pointer: toPointer(path),
      severity: 'warning' as const,
      code: 'unknown-field',
      message: {
        de: `Das Feld „${key}“ kennt das Format nicht${more.de}; es wird ignoriert.${hint ? ` Meinten Sie „${hint}“?` : ` Erlaubt sind hier: ${allowed.join(', ')}.`}`,
        en: `The format does not know the field "${key}"${more.en}; it is ignored.${hint ? ` Did you mean "${hint}"?` : ` Allowed here: ${allowed.join(', ')}.`}`,
      },
    };
  });
}
