/** The Wege sheet (rows of one pathway → its steps) and the Fragen sheet (its questions), with conditions and jumps. */
import type { SheetPlace } from './problems.js';
import { compact, type RowReader } from './row.js';
import { steward } from './build-rows.js';
import { readList, ID_PATTERN } from './values.js';
import type { Built, Entry } from './build.js';

export interface QuestionRow {
  pathway: string;
  value: Record<string, unknown>;
  place: SheetPlace;
  unit: string;
}

/**
 * "herkunft=eu,efta; familie=ja" → `{ herkunft: ['eu', 'efta'], familie: ['ja'] }`:
 * questions separated by `;`, the answers that count by `,`.
 */
export function readCondition(r: RowReader, key: string, text = r.get(key)): Record<string, string[]> | undefined {
  if (!text) return undefined;
  const out: Record<string, string[]> = {};
  for (const part of readList(text)) {
    const m = /^([^=:]+)[=:](.+)$/.exec(part);
    const question = m?.[1]?.trim() ?? '';
    const answers = readList(m?.[2] ?? '', true);
    if (!m || !ID_PATTERN.test(question) || !answers.length || !answers.every((a) => ID_PATTERN.test(a))) {
      r.error(key, 'cell-condition', `„${part}“ ist keine Bedingung. Schreiben Sie „Frage-ID=Antwort-ID“, z. B. „herkunft=eu“ (mehrere Antworten mit Komma, mehrere Fragen mit ;).`,
        `"${part}" is not a condition. Write "question-id=answer-id", e.g. "herkunft=eu" (several answers with commas, several questions with ;).`);
      return undefined;
    }
    out[question] = [...new Set([...(out[question] ?? []), ...answers])];
  }
  return out;
}

/** Weiter-wenn / Weiter-zu: jumps, `|`-separated and matched by position. */
function jumps(r: RowReader): Array<Record<string, unknown>> {
  const steps = r.get('nextStep') ? r.get('nextStep').split('|').map((s) => s.trim()) : [];
  const whens = r.get('nextWhen') ? r.get('nextWhen').split('|').map((s) => s.trim()) : [];
  if (whens.length > steps.length) {
    r.error('nextStep', 'cell-required', `Zu jeder Bedingung in „${r.header('nextWhen')}“ gehört ein Ziel in „${r.header('nextStep')}“ (mit | getrennt, in derselben Reihenfolge).`,
      `Each condition in "${r.header('nextWhen')}" needs a target in "${r.header('nextStep')}" (separated by |, in the same order).`);
  }
  return steps.map((step, i) => {
    if (!ID_PATTERN.test(step)) r.error('nextStep', 'cell-id', `„${step}“ ist keine Schritt-ID.`, `"${step}" is not a step id.`);
    return compact({ when: whens[i] ? readCondition(r, 'nextWhen', whens[i]) : undefined, step });
  });
}

/** Links + Link-Texte → step links (label and address belong together by position). */
function links(r: RowReader): Array<Record<string, unknown>> {
  const urls = readList(r.get('links'));
  const labels = r.textList('linkLabels');
  if (urls.length !== labels.length) {
    r.error(urls.length > labels.length ? 'linkLabels' : 'links', 'cell-links', `Zu jedem Link gehört ein Text: ${urls.length} Adressen, ${labels.length} Texte. Ergänzen Sie „${r.header('links')}“ und „${r.header('linkLabels')}“ in derselben Reihenfolge.`,
      `Each link needs a text: ${urls.length} addresses, ${labels.length} texts. Fill in "${r.header('links')}" and "${r.header('linkLabels')}" in the same order.`);
  }
  return urls.map((url, i) => ({ label: labels[i], url })).filter((l) => l.label !== undefined);
}

/** Rows with the same Weg-ID become one pathway; the pathway's own columns are read from its first row that has them. */
export function buildPathways(rows: RowReader[], unit: string, out: Built, signatureOf: (cells: string[]) => string): void {
  const byId = new Map<string, Entry>();
  for (const r of rows) {
    const id = r.id('pathway');
    const deadlineDays = r.get('deadlineDays');
    const days = deadlineDays && /^\d+$/.test(deadlineDays) ? Number(deadlineDays) : undefined;
    if (deadlineDays && days === undefined) r.error('deadlineDays', 'cell-number', `„${deadlineDays}“ ist keine Zahl von Tagen (z. B. 14).`, `"${deadlineDays}" is not a number of days (e.g. 14).`);
    const step = compact({
      id: r.id('id'), title: r.requiredText('title', { de: 'Der Titel des Schritts', en: 'The step title' }), body: r.t('body'), deadline: r.t('deadline'), deadlineDays: days,
      documents: r.textList('documents'), topic: r.id('topic', false), serviceType: r.id('serviceType', false), service: r.id('service', false), helper: r.id('helper', false),
      links: links(r), when: readCondition(r, 'when'), next: jumps(r),
    });
    if (!id) continue;
    let entry = byId.get(id);
    if (!entry) {
      entry = {
        collection: 'pathways', key: id, place: r.place(), unit, steps: [], signature: '',
        value: { id, title: r.t('pathwayTitle'), summary: r.t('pathwaySummary'), audience: r.ids('pathwayAudiences'), steps: [], steward: steward(r), reviewed: r.date('reviewed'), validFrom: r.date('validFrom'), validUntil: r.date('validUntil') },
      };
      byId.set(id, entry);
      out.entries.push(entry);
    } else {
      entry.value.title ??= r.t('pathwayTitle');
      entry.value.summary ??= r.t('pathwaySummary');
      if (!(entry.value.audience as string[]).length) entry.value.audience = r.ids('pathwayAudiences');
      entry.value.steward ??= steward(r);
      entry.value.reviewed ??= r.date('reviewed');
      entry.value.validFrom ??= r.date('validFrom');
      entry.value.validUntil ??= r.date('validUntil');
    }
    (entry.value.steps as unknown[]).push(step);
    entry.steps!.push(r.place());
    entry.signature += signatureOf(r.raw.cells);
  }
  for (const entry of byId.values()) {
    entry.value = compact(entry.value);
    if (!entry.value.title) {
      rows[0]!.ctx.problems.error({ ...entry.place, column: 'Weg-Titel' }, 'cell-required', `Der Weg „${entry.key}“ hat keinen Titel. Tragen Sie ihn in der ersten Zeile des Wegs in „Weg-Titel“ ein.`, `Pathway "${entry.key}" has no title. Enter it in "Weg-Titel" in the pathway's first row.`);
    }
  }
}

/** A question: „eu=Aus einem EU-Land; andere=…“ (translations list only the texts, in the same order). */
export function questionRow(r: RowReader, unit: string): QuestionRow | undefined {
  const pathway = r.id('pathway');
  const id = r.id('id');
  const text = r.requiredText('text', { de: 'Die Frage', en: 'The question' });
  const items = r.textList('options');
  if (!r.get('options')) r.required('options', { de: 'Die Antworten', en: 'The answers' });
  const options = items.map((item) => {
    const map = typeof item === 'string' ? { de: item } : item;
    const m = /^([^=]+)=(.+)$/.exec(map.de!);
    const optionId = m?.[1]?.trim();
    if (!m || !optionId || !ID_PATTERN.test(optionId)) {
      r.error('options', 'cell-option', `„${map.de}“: Jede Antwort braucht eine Kennung und einen Text, „ID=Text“, z. B. „eu=Aus einem EU-Land“.`, `"${map.de}": each answer needs an id and a text, "id=text", e.g. "eu=From an EU country".`);
      return undefined;
    }
    const label: Record<string, string> = { de: m[2]!.trim() };
    for (const [lang, t] of Object.entries(map)) if (lang !== 'de') label[lang] = t.replace(/^[^=]*=/, '').trim();
    return { id: optionId, label: Object.keys(label).length > 1 ? label : label.de };
  }).filter((o): o is { id: string; label: string | Record<string, string> } => !!o);
  if (r.get('options') && items.length === options.length && options.length < 2) {
    r.error('options', 'cell-option', 'Eine Frage braucht mindestens zwei Antworten (; getrennt).', 'A question needs at least two answers (;-separated).');
  }
  if (!pathway || !id || !text || options.length < 2) return undefined;
  return { pathway, value: compact({ id, text, when: readCondition(r, 'when'), options }), place: r.place(), unit };
}
