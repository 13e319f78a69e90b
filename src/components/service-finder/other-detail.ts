/**
 * The finder's detail of a course or funding programme (the directory's own
 * entry view: facts, registration, calendar file, next steps) and of a
 * Wegweiser path (the Wegweiser itself, for the visitor's Gemeinde). Loaded
 * on the first such entry opened.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Programme } from '../../core/schema/index.js';
import type { PathwayResult, ProgrammeResult } from '../../core/finder-answer.js';
import { directoryEntry } from '../../core/programme-list.js';
import { nextStart } from '../../core/queries.js';
import { addGerman } from '../../i18n/index.js';
import { dePrograms } from '../../i18n/de-programmes.js';
import { deKindCards } from '../../i18n/de-kind-cards.js';
import { renderEntry } from '../programme-directory/entry-view.js';
import { pageLink } from '../shared/page-link.js';
import type { FinderContext } from './result-view.js';

addGerman(dePrograms);
addGerman(deKindCards);

export interface OtherDetailActions {
  back(): void;
  /** Prints the entry (the programme's card on its own). */
  print(content: TemplateResult, title: string): void;
  /** Where a calendar file is offered for download; `emit` may cancel it (`ww-calendar`). */
  root: ShadowRoot;
  emit(name: 'ww-calendar', detail: { id: string; text: string }): boolean;
  /** The address of a course's detail, written into its calendar entry. */
  href(key: string): string;
  today: string;
  /** Where the site's own directory or Wegweiser page is, if it has one (the element's attributes; the script tag's otherwise). */
  directoryHref?: string;
  wegweiserHref?: string;
}

let wegweiserLoading: Promise<unknown> | undefined;
function loadWegweiser(): void {
  wegweiserLoading ??= import('../wegweiser/define.js').catch(() => (wegweiserLoading = undefined));
}

function backButton(ctx: FinderContext, back: () => void): TemplateResult {
  return html`<p class="detail__nav">
    <button type="button" class="link-button" part="button back" @click=${back}>
      <span aria-hidden="true" class="flip">←</span> ${ctx.ui.t('detail.back')}
    </button>
  </p>`;
}

/** A deep link to a course or path the current list does not hold: it still opens. */
export function outsideEntry(index: FinderContext['index'], key: string, today: string): ProgrammeResult | PathwayResult | undefined {
  const [kind, id = ''] = key.split(/:(.*)/s);
  const programme = kind === 'programme' ? index.programmes.get(id) : undefined;
  if (programme) {
    const next = nextStart(programme, today);
    return next ? { kind: 'programme', programme, next } : { kind: 'programme', programme };
  }
  const pathway = kind === 'pathway' ? index.pathways.get(id) : undefined;
  return pathway ? { kind: 'pathway', pathway } : undefined;
}

/** A calendar file of a course, made in the browser (the directory's own code). */
async function addToCalendar(ctx: FinderContext, actions: OtherDetailActions, programme: Programme): Promise<void> {
  const { programmeToIcs, icsFileName } = await import('../../core/ics.js');
  const text = programmeToIcs(ctx.index, programme, {
    lang: ctx.ui.uiLang, now: new Date(), url: actions.href(`programme:${programme.id}`), holidays: ctx.index.feed.holidays?.school ?? [],
  });
  if (!text || !actions.emit('ww-calendar', { id: programme.id, text })) return;
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: icsFileName(programme), hidden: true });
  actions.root.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function renderProgrammeDetail(ctx: FinderContext, result: ProgrammeResult, actions: OtherDetailActions): TemplateResult {
  const { ui, index } = ctx;
  const entry = directoryEntry(result.programme, actions.today);
  const current = result.programme.id;
  const dirCtx = {
    ui, index, today: actions.today, headingLevel: ctx.headingLevel,
    ...(ctx.home ? { home: ctx.home } : {}),
    addToCalendar: (programme: Programme) => void addToCalendar(ctx, actions, programme),
    print: () => actions.print(html`<ul class="results">${renderEntry({ ...dirCtx, anchor: (id: string) => `print-${id}` }, entry)}</ul>`, ''),
    // The usual next course opens in the finder too.
    show: (id: string, event: Event) => ctx.openDetail(`programme:${id}`, event),
    // This entry's heading is the detail's title: it takes the focus when the detail opens.
    anchor: (id: string) => (id === current ? 'detail-title' : `kurs-${id}`),
  };
  const directory = pageLink(actions.directoryHref, 'directoryHref');
  return html`<div class="detail" part="detail">
    ${backButton(ctx, actions.back)}
    <ul class="results">${renderEntry(dirCtx, entry)}</ul>
    ${directory ? html`<p><a href=${directory} part="directory-link">${ui.t('detail.allProgrammes')}</a></p>` : nothing}
  </div>`;
}

export function renderPathwayDetail(ctx: FinderContext, result: PathwayResult, actions: OtherDetailActions): TemplateResult {
  loadWegweiser();
  const { ui } = ctx;
  const p = result.pathway;
  const page = pageLink(actions.wegweiserHref, 'wegweiserHref');
  const elsewhere = page ? `${page}${page.includes('?') ? '&' : '?'}ww-weg-id=${encodeURIComponent(p.id)}` : undefined;
  return html`<article class="detail" part="detail" aria-labelledby="detail-title">
    ${backButton(ctx, actions.back)}
    <div role="heading" aria-level=${ctx.headingLevel} id="detail-title" class="detail__title" tabindex="-1">${ui.renderText(p.title)}</div>
    ${elsewhere ? html`<p><a href=${elsewhere} part="wegweiser-link">${ui.t('detail.openWegweiser')}</a></p>` : nothing}
    <ww-wegweiser pathway=${p.id} lang=${ui.uiLang} gemeinde=${ctx.home ?? nothing} feed=${ctx.feed ?? nothing} heading-level=${ctx.headingLevel + 1}></ww-wegweiser>
  </article>`;
}
