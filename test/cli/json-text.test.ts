import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locatePointers, parseJson } from '../../src/admin/json-text.js';

function problem(text: string) {
  const r = parseJson(text);
  assert.equal(r.ok, false, `should fail: ${text}`);
  return (r as Extract<typeof r, { ok: false }>).problem;
}

test('parses valid JSON, ignoring a UTF-8 BOM (Excel)', () => {
  assert.deepEqual(parseJson('\uFEFF{"a": [1, 2]}'), { ok: true, value: { a: [1, 2] } });
});

test('syntax errors: line, column and a sentence that says what to do', () => {
  const cases: Array<[string, string, number, number]> = [
    ['{\n  "a": 1\n  "b": 2\n}', 'json-missing-comma', 3, 3],
    ['{\n  "a": [1, 2,]\n}', 'json-trailing-comma', 2, 13],
    ['{\n  "a": 1,\n}', 'json-trailing-comma', 2, 9],
    ["{'a': 1}", 'json-single-quote', 1, 2],
    ['{"a": 1 // note\n}', 'json-comment', 1, 9],
    ['{"a": "line\nbreak"}', 'json-newline-in-string', 1, 7],
    ['{"a": "x\\q"}', 'json-bad-escape', 1, 9],
    ['{"lat": 49,28}', 'json-decimal-comma', 1, 12],
    ['{"a": True}', 'json-bad-literal', 1, 7],
    ['{"a": NaN}', 'json-bad-literal', 1, 7],
    ['{"a": 1', 'json-unexpected-end', 1, 8],
    ['{"a": 1} {"b": 2}', 'json-trailing-text', 1, 10],
    ['   ', 'json-empty', 1, 1],
    ['{a: 1}', 'json-expected-key', 1, 2],
    ['{"a" 1}', 'json-missing-colon', 1, 6],
    ['{"a": 01}', 'json-bad-number', 1, 8],
  ];
  for (const [text, code, line, column] of cases) {
    const p = problem(text);
    assert.deepEqual([p.code, p.line, p.column], [code, line, column], JSON.stringify(text));
    assert.ok(p.message.de.length > 10 && p.message.en.length > 10);
  }
  assert.match(problem('{"a": 1,}').message.de, /Komma zu viel/);
});

test('the excerpt of a long minified line is cut around the problem', () => {
  const text = `{"a": "${'x'.repeat(5000)}" "b": 1}`;
  const p = problem(text);
  assert.ok(p.excerpt.length < 110, p.excerpt);
  assert.equal(p.excerpt[p.caret], '"');
});

test('locates pointers (with escapes) and only those', () => {
  const text = '{\n  "services": [\n    {"id": "a"},\n    {"id": "b", "a/b": {"x~y": 1}}\n  ],\n  "z": null\n}';
  const found = locatePointers(text, ['/services/1/id', '/services/1/a~1b/x~0y', '/z', '/nope/0', '']);
  assert.deepEqual(found.get('/services/1/id'), { line: 4, column: 12 });
  assert.deepEqual(found.get('/services/1/a~1b/x~0y'), { line: 4, column: 32 });
  assert.deepEqual(found.get('/z'), { line: 6, column: 8 });
  assert.deepEqual(found.get(''), { line: 1, column: 1 });
  assert.equal(found.has('/nope/0'), false);
});

test('deep nesting does not crash the scanner', () => {
  const deep = '['.repeat(100_000) + ']'.repeat(99_999);
  const p = problem(deep);
  assert.ok(p.code.startsWith('json-'));
});
