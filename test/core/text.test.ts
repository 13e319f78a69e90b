import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveText, directionOf, languageChain, textOf } from '../../src/core/text.js';

const name = { de: 'Ausländerbehörde', en: 'Immigration office', ar: 'دائرة الأجانب', 'de-x-ls': 'Amt für Ausländer' };

test('uses the requested language when the feed has it', () => {
  assert.deepEqual(resolveText(name, 'ar'), { text: 'دائرة الأجانب', lang: 'ar', dir: 'rtl', fallback: false });
  assert.equal(resolveText(name, 'en-GB')!.text, 'Immigration office');
  assert.equal(resolveText(name, 'en-GB')!.fallback, false);
});

test('falls back to German and says so', () => {
  const r = resolveText(name, 'uk')!;
  assert.equal(r.text, 'Ausländerbehörde');
  assert.equal(r.lang, 'de');
  assert.equal(r.fallback, true);
  assert.equal(resolveText('Sprachcafé', 'fa')!.fallback, true);
  assert.equal(resolveText('Sprachcafé', 'de')!.fallback, false);
});

test('Leichte Sprache is its own variant and falls back to standard German visibly', () => {
  assert.deepEqual(resolveText(name, 'de-x-ls'), { text: 'Amt für Ausländer', lang: 'de-x-ls', dir: 'ltr', fallback: false });
  const r = resolveText({ de: 'Bürgerbüro' }, 'de-x-ls')!;
  assert.equal(r.text, 'Bürgerbüro');
  assert.equal(r.fallback, true);
  assert.deepEqual(languageChain('de-x-ls'), ['de-x-ls', 'de']);
});

test('an empty translation counts as missing', () => {
  assert.equal(resolveText({ de: 'Jobcenter', en: '  ' }, 'en')!.text, 'Jobcenter');
});

test('knows which scripts run right to left', () => {
  for (const lang of ['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'ku-Arab']) assert.equal(directionOf(lang), 'rtl', lang);
  for (const lang of ['de', 'uk', 'tr', 'ku', 'de-x-ls']) assert.equal(directionOf(lang), 'ltr', lang);
});

test('textOf gives a plain string, empty for nothing', () => {
  assert.equal(textOf(undefined), '');
  assert.equal(textOf(name, 'en'), 'Immigration office');
});
