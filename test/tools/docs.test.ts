/** The feed reference and its examples stay true to the schema. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DOCS_PATH, renderDocs } from './docs.js';
import { validateFeed } from '../../src/core/validate.js';

const docs = readFileSync(DOCS_PATH, 'utf8');

test('docs/feed.md field reference is generated from the current schema (run `npm run schema`)', () => {
  assert.equal(docs, renderDocs(docs));
});

test('the minimal example in docs/feed.md is a valid feed', () => {
  const blocks = [...docs.matchAll(/```json feed\n([\s\S]*?)```/g)].map((m) => m[1]!);
  assert.ok(blocks.length >= 1);
  for (const block of blocks) {
    const result = validateFeed(JSON.parse(block));
    assert.equal(result.ok, true, JSON.stringify(result.issues));
  }
});

test('every schema definition is documented', () => {
  for (const name of ['Service', 'Location', 'Programme', 'Pathway', 'Step', 'Responsibility', 'CompiledHours', 'Travel']) {
    assert.match(docs, new RegExp(`^### ${name}$`, 'm'), name);
  }
});
