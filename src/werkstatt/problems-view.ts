/** The check: errors and warnings grouped by file and sheet, each with the row it points at. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ProblemView, WerkstattResult } from './pipeline.js';
import { sizeText, type Translate, type WsLang } from './text.js';

/** Shown per file; the count of the rest is given. */
const PER_FILE = 200;

export const problemKey = (p: ProblemView): string =>
  `${p.code}|${p.place?.file ?? ''}|${p.place?.sheet ?? ''}|${p.place?.row ?? ''}|${p.place?.column ?? ''}|${p.message.de}`;

function excerpt(p: ProblemView, t: Translate): TemplateResult | typeof nothing {
  const e = p.excerpt;
  if (!e || !p.place) return nothing;
  // Only the filled cells, and always the one the problem is about.
  const shown = e.header.map((_, i) => i).filter((i) => (e.cells[i] ?? '').trim() !== '' || i === e.column);
  return html`<details class="excerpt">
    <summary>${t('ws.showRow', { row: p.place.row ?? '' })}</summary>
    <table>
      <caption class="visually-hidden">${t('ws.rowCaption', { file: p.place.file, sheet: p.place.sheet ?? '', row: p.place.row ?? '' })}</caption>
      <thead><tr>${shown.map((i) => html`<th scope="col">${e.header[i]}</th>`)}</tr></thead>
      <tbody><tr>${shown.map((i) => i === e.column
        ? html`<td class="hit"><span class="visually-hidden">${t('ws.cellMarked')}: </span>${e.cells[i] ?? ''}</td>`
        : html`<td>${e.cells[i] ?? ''}</td>`)}</tr></tbody>
    </table>
  </details>`;
}

/** A CSV file is its one sheet: "Orte.csv" needs no "Blatt „Orte“". */
const sameName = (file: string, sheet: string) => (file.split('/').pop() ?? '').replace(/\.(csv|tsv|txt)$/i, '') === sheet.replace(/\.(csv|tsv|txt)$/i, '');

function item(p: ProblemView, lang: WsLang, t: Translate): TemplateResult {
  const where = [
    p.place?.sheet && !sameName(p.place.file, p.place.sheet) ? t('ws.sheet', { sheet: p.place.sheet }) : '',
    p.place?.row !== undefined ? t('ws.row', { row: p.place.row }) : '',
    p.place?.column ? t('ws.column', { column: p.place.column }) : '',
  ].filter(Boolean).join(', ');
  return html`<li>
    <span class="sev ${p.severity}">${t(p.severity === 'error' ? 'ws.error' : 'ws.warning')}</span>${where ? html`<span class="place">${where}:</span> ` : nothing}
    <span>${p.message[lang]}</span>
    ${excerpt(p, t)}
  </li>`;
}

export function summaryView(result: WerkstattResult, lang: WsLang, t: Translate): TemplateResult {
  return result.errors
    ? html`<p class="note bad" data-summary="errors">${t('ws.summary.errors', { errors: result.errors, warnings: result.warnings })}</p>`
    : html`<p class="note good" data-summary="ok">${t('ws.summary.ok', { warnings: result.warnings, entries: result.entries ?? 0, bytes: sizeText(result.stats?.bytes ?? 0, lang) })}</p>`;
}

export interface Changes {
  fixed: number;
  added: number;
  warningsFixed: number;
  warningsAdded: number;
  entries?: { added: number; removed: number; changed: number };
}

/** What changed since the previous run: problems fixed and new. */
export function problemChanges(before: WerkstattResult, after: WerkstattResult): Changes {
  const keys = (r: WerkstattResult, severity: ProblemView['severity']) => new Set(r.problems.filter((p) => p.severity === severity).map(problemKey));
  const delta = (severity: ProblemView['severity']) => {
    const old = keys(before, severity);
    const now = keys(after, severity);
    return [[...old].filter((k) => !now.has(k)).length, [...now].filter((k) => !old.has(k)).length] as const;
  };
  const [fixed, added] = delta('error');
  const [warningsFixed, warningsAdded] = delta('warning');
  return { fixed, added, warningsFixed, warningsAdded };
}

export function problemsView(result: WerkstattResult, changes: Changes | undefined, lang: WsLang, t: Translate): TemplateResult {
  const byFile = new Map<string, ProblemView[]>();
  for (const p of result.problems) {
    const file = p.place?.file ?? '';
    if (!byFile.has(file)) byFile.set(file, []);
    byFile.get(file)!.push(p);
  }
  return html`
    ${summaryView(result, lang, t)}
    ${changes ? html`<p data-changes>${t('ws.changes', { fixed: changes.fixed, added: changes.added, warningsFixed: changes.warningsFixed, warningsAdded: changes.warningsAdded })}
      ${changes.entries ? t('ws.entryChanges', changes.entries) : ''}</p>` : nothing}
    ${result.problems.length === 0 ? html`<p>${t('ws.noProblems')}</p>` : nothing}
    ${[...byFile].map(([file, list]) => html`<section class="file-problems">
      <h3>${file || t('ws.general')}</h3>
      <ol class="problems">${list.slice(0, PER_FILE).map((p) => item(p, lang, t))}</ol>
      ${list.length > PER_FILE ? html`<p>${t('ws.more', { count: list.length - PER_FILE })}</p>` : nothing}
    </section>`)}`;
}
