/** Walking a pathway: conditions, jumps, loops, and who is responsible for each step. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createIndex } from '../../src/core/feed-index.js';
import { stepContact, visibleQuestions, walkPath } from '../../src/core/pathway.js';
import type { Pathway } from '../../src/core/schema/index.js';
import { kreisFeed, KRAUTHEIM, OEHRINGEN } from '../helpers/kreis-feed.js';

const pathway: Pathway = {
  id: 'neu',
  title: 'Neu',
  questions: [
    { id: 'eu', text: 'EU?', options: [{ id: 'yes', label: 'Ja' }, { id: 'no', label: 'Nein' }] },
    { id: 'kids', text: 'Kinder?', when: { eu: ['no'] }, options: [{ id: 'yes', label: 'Ja' }, { id: 'no', label: 'Nein' }] },
  ],
  steps: [
    { id: 'anmelden', title: 'Anmelden', next: [{ when: { eu: ['yes'] }, step: 'beratung' }] },
    { id: 'abh', title: 'Ausländerbehörde', topic: 'aufenthalt', when: { eu: ['no'] } },
    { id: 'kita', title: 'Kita', when: { kids: ['yes'] }, topic: 'kita-gibt-es-nicht' },
    { id: 'beratung', title: 'Beratung', topic: 'beratung', helper: 'beratung' },
    { id: 'zurueck', title: 'Zurück', next: [{ when: { eu: ['no'] }, step: 'abh' }] },
  ],
};

const ids = (steps: { id: string }[]) => steps.map((s) => s.id);

test('without answers every step shows; answers hide and jump', () => {
  assert.deepEqual(ids(walkPath(pathway, {})), ['anmelden', 'abh', 'kita', 'beratung', 'zurueck']);
  // EU citizens jump from "anmelden" straight to "beratung".
  assert.deepEqual(ids(walkPath(pathway, { eu: 'yes' })), ['anmelden', 'beratung', 'zurueck']);
  assert.deepEqual(ids(walkPath(pathway, { eu: 'no', kids: 'no' })), ['anmelden', 'abh', 'beratung', 'zurueck']);
});

test('a jump back into visited steps ends the walk instead of looping', () => {
  const steps = walkPath(pathway, { eu: 'no', kids: 'yes' });
  assert.deepEqual(ids(steps), ['anmelden', 'abh', 'kita', 'beratung', 'zurueck']);
});

test('questions show only when their own condition holds', () => {
  assert.deepEqual(visibleQuestions(pathway, {}).map((q) => q.id), ['eu', 'kids']);
  assert.deepEqual(visibleQuestions(pathway, { eu: 'yes' }).map((q) => q.id), ['eu']);
});

test('each step resolves to the office for the Gemeinde; unknown topics are reported as missing', () => {
  const index = createIndex(kreisFeed());
  const [, abh, kita, beratung] = pathway.steps;
  assert.equal(stepContact(index, abh!, { gemeinde: OEHRINGEN, today: '2026-12-01' }).office?.service.id, 'abh-oeh');
  assert.equal(stepContact(index, abh!, { gemeinde: KRAUTHEIM, today: '2026-12-01' }).office?.service.id, 'abh-lra');
  assert.deepEqual(stepContact(index, kita!, { gemeinde: OEHRINGEN, today: '2026-12-01' }), { missing: true });
  const contact = stepContact(index, beratung!, { gemeinde: OEHRINGEN, today: '2026-12-01' });
  assert.ok(contact.office && contact.helper);
  // Without a Gemeinde nothing is resolved and nothing is called missing: the UI asks for the Gemeinde.
  assert.deepEqual(stepContact(index, abh!, { today: '2026-12-01' }), { missing: false });
});
