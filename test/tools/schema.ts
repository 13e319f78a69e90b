/**
 * Derives the published JSON Schema from the valibot source of truth.
 * `npm run schema` writes docs/feed-v1.schema.json; a test fails when the
 * committed file is out of date.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FeedSchema } from '../../src/core/schema/index.js';
import * as P from '../../src/core/schema/primitives.js';
import * as L from '../../src/core/schema/places.js';
import * as S from '../../src/core/schema/services.js';
import * as G from '../../src/core/schema/programmes.js';
import * as W from '../../src/core/schema/pathways.js';
import * as T from '../../src/core/schema/travel.js';

/** Named parts become `definitions` so the JSON Schema stays readable. */
export const DEFINITIONS = {
  Text: P.Text, Ags8: P.Ags8, Id: P.Id, IsoDate: P.IsoDate, Url: P.Url, Email: P.Email, Phone: P.Phone,
  LatLon: P.LatLon, LangTag: P.LangTag, Contact: P.Contact, Cost: P.Cost, Steward: P.Steward,
  CompiledHours: L.CompiledHours, OpeningHours: L.OpeningHours, Address: L.Address, Location: L.Location,
  Gemeinde: L.Gemeinde, Term: S.Term, Organisation: S.Organisation, Service: S.Service,
  Responsibility: S.Responsibility, Programme: G.Programme, Schedule: G.Schedule, Pathway: W.Pathway,
  Step: W.Step, Question: W.Question, Condition: W.Condition, Travel: T.Travel, TravelCell: T.TravelCell,
};

export function buildJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(FeedSchema, { target: 'draft-07', errorMode: 'throw', definitions: DEFINITIONS }) as Record<string, unknown>;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://wegweiser-kit.de/schema/feed-v1.schema.json',
    title: 'wegweiser-kit feed, format v1',
    ...schema,
  };
}

export const SCHEMA_PATH = fileURLToPath(new URL('../../docs/feed-v1.schema.json', import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  
  writeFileSync(SCHEMA_PATH, JSON.stringify(buildJsonSchema(), null, 2) + '\n');
  console.log('wrote', SCHEMA_PATH);
}
