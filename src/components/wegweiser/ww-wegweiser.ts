/**
 * `<ww-wegweiser>`: step-by-step paths through life situations, each step
 * resolved to the office responsible for the person's Gemeinde.
 */
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { WwElement } from '../shared/ww-element.js';
import { statusStyles, tokens } from '../shared/styles.js';
import { formStyles } from '../shared/form-styles.js';
import { resultStyles } from '../shared/result-styles.js';
import { select } from '../shared/form-controls.js';
import { sortedGemeinden } from '../shared/feed-memo.js';
import { paramPrefix, readUrl, writeUrl } from '../shared/url-state.js';
import { pageLink } from '../shared/page-link.js';
import { renderNextBest } from '../shared/next-best.js';
import type { Ui } from '../shared/ui.js';
import type { FeedIndex } from '../../core/feed-index.js';
import { stepContact, visibleQuestions, walkPath, type Answers } from '../../core/pathway.js';
import { LEICHTE_SPRACHE, textOf } from '../../core/text.js';
import type { Pathway, Step, Text } from '../../core/schema/index.js';
import { format, germanStrings, addGerman, type UiKey } from '../../i18n/index.js';
import { deWegweiser } from '../../i18n/de-wegweiser.js';
import '../shared/list-strings.js';
import { loadProgress, saveProgress } from './progress-store.js';
import { renderStepBody, type StepContext } from './step-view.js';

// This element's German strings travel with its code.
addGerman(deWegweiser);

const wegweiserStyles = css`
  .paths { display: grid; gap: 0.75rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr)); }
  .path-button { inline-size: 100%; block-size: 100%; text-align: start; padding: 0.9rem 1rem; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); }
  .path-button strong { display: block; color: var(--_primary); font-size: 1.1em; }
  .steps { display: grid; gap: 0.75rem; counter-reset: step; }
  .step { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.9rem 1rem; background: var(--_surface); }
  .step[aria-current='step'] { border-width: 2px; border-color: var(--_primary); border-inline-start-width: 0.4rem; }
  .step--done .step__title { text-decoration: line-through; color: var(--_muted); }
  .step__head { display: flex; gap: 0.75rem; align-items: flex-start; }
  .step__head input { inline-size: 1.5rem; block-size: 1.5rem; margin-block-start: 0.15rem; flex: none; accent-color: var(--_primary); }
  .step__title { font-weight: 700; font-size: 1.1em; }
  .step__number { color: var(--_muted); font-size: 0.9em; display: block; }
  .step p { margin-block: 0.4rem 0; }
  .office { margin-block: 0.25rem 0.5rem; padding-inline-start: 0.75rem; border-inline-start: 3px solid var(--_surface-alt); }
  .missing { background: var(--_surface-alt); padding: 0.5rem 0.75rem; border-radius: var(--_radius); }
  .questions { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.75rem 1rem; margin-block: 0.75rem; }
  .question { border: 0; margin-block: 0.5rem; }
  .question legend { font-weight: 600; }
  .radio { display: inline-flex; align-items: center; gap: 0.35rem; margin-inline-end: 1rem; min-block-size: 2.25rem; }
  .radio input { inline-size: 1.2rem; block-size: 1.2rem; margin: 0; accent-color: var(--_primary); }
  .progress { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; margin-block: 0.75rem; }
  .title { font-size: 1.4em; font-weight: 700; margin-block: 0.5rem; }
  .columns { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
`;

/** German beside the visitor's language on the printed checklist, to show at the counter. */
function germanUi(ui: Ui): Ui {
  return {
    uiLang: 'de',
    intlLang: 'de',
    t: (key: UiKey, params?: Record<string, string | number>) => format(germanStrings()[key] ?? key, params, 'de'),
    renderText: (value: Text | undefined) => (value === undefined ? nothing : html`<span lang="de">${textOf(value, 'de')}</span>`),
    formatDate: ui.formatDate.bind(ui),
    formatTime: ui.formatTime.bind(ui),
  };
}

const hasEasyText = (pathway: Pathway) =>
  [pathway.title, ...pathway.steps.flatMap((s) => [s.title, s.body])].some((t) => typeof t === 'object' && t !== null && LEICHTE_SPRACHE in t);

/**
 * Life situations as ordered steps, shaped by a few optional questions, each
 * step with its deadline, documents and the responsible office for the
 * person's Gemeinde; steps can be ticked off (kept in this browser only) and
 * the personal checklist printed in the visitor's language beside German.
 *
 * @tag ww-wegweiser
 * @fires ww-pathway - A pathway was chosen. `detail: { id }`.
 * @fires ww-step - A step was ticked or unticked. `detail: { pathway, step, done }`.
 * @fires ww-print - Before printing the checklist (cancelable). `detail: { document, kind: 'checklist' }`.
 * @csspart choose - The list of life situations.
 * @csspart questions - The optional questions.
 * @csspart progress - Progress line and clear button.
 * @csspart steps - The ordered list of steps; `step` each, `office`, `deadline`, `missing` within.
 * @csspart button - Every button.
 * @csspart status - Loading, error and notice boxes.
 */
export class WwWegweiser extends WwElement {
  static override styles = [tokens, statusStyles, formStyles, resultStyles, wegweiserStyles];

  /** Id of the pathway to show; without it the visitor chooses. */
  @property() pathway?: string;

  /** Heading level of the pathway title (steps one below; default 2). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Address of the site's page with the service finder: the next step when a feed has no pathways. */
  @property({ attribute: 'finder-href' }) finderHref?: string;

  @state() private chosen = '';
  @state() private answers: Answers = {};
  @state() private home = '';
  @state() private done = new Set<string>();
  @state() private announcement = '';
  private loadedFor = '';
  private easyFrom: string | null | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
  }

  private get urlPrefix(): string {
    return `${paramPrefix(this)}weg-`;
  }

  private onPopState = (): void => {
    this.chosen = readUrl(this.urlPrefix, ['id']).get('id')?.[0] ?? this.pathway ?? '';
  };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('pathway')) this.chosen = readUrl(this.urlPrefix, ['id']).get('id')?.[0] ?? this.pathway ?? '';
    if (!this.hasUpdated || changed.has('gemeinde')) this.home = this.effectiveGemeinde ?? '';
    const key = `${this.effectiveFeed}#${this.chosen}`;
    if (key !== this.loadedFor && this.effectiveFeed && this.chosen) {
      this.loadedFor = key;
      this.done = loadProgress(this.effectiveFeed, this.chosen);
    }
  }

  private choose(id: string): void {
    this.chosen = id;
    this.answers = {};
    writeUrl(this.urlPrefix, { id: id || undefined }, true);
    this.focusAfterRender(id ? '#path-title' : '#choose-title');
    if (id) this.emit('ww-pathway', { id });
  }

  private toggle(pathway: Pathway, step: Step, steps: Step[], done: boolean): void {
    const next = new Set(this.done);
    if (done) next.add(step.id);
    else next.delete(step.id);
    this.done = next;
    saveProgress(this.effectiveFeed ?? '', pathway.id, next);
    const following = steps.find((s) => !next.has(s.id));
    this.announcement = done
      ? `${this.t('weg.doneAnnounce', { step: textOf(step.title, this.uiLang) })}${following ? ` ${this.t('weg.current')}: ${textOf(following.title, this.uiLang)}.` : ''}`
      : '';
    this.emit('ww-step', { pathway: pathway.id, step: step.id, done });
  }

  private clearProgress(pathway: Pathway): void {
    this.done = new Set();
    saveProgress(this.effectiveFeed ?? '', pathway.id, this.done);
    this.announcement = this.t('weg.cleared');
  }

  private toggleEasy = (): void => {
    if (this.uiLang.toLowerCase() === LEICHTE_SPRACHE) {
      if (this.easyFrom) this.setAttribute('lang', this.easyFrom);
      else this.removeAttribute('lang');
    } else {
      this.easyFrom = this.getAttribute('lang');
      this.setAttribute('lang', LEICHTE_SPRACHE);
    }
  };

  override render(): TemplateResult {
    const status = this.renderFeedStatus();
    const state = this.feedState.state;
    if (status || state.status !== 'ready') return html`<div class="ww-root wegweiser" dir=${this.uiDir}>${status}</div>`;
    const index = state.index;
    const pathway = this.chosen ? index.pathways.get(this.chosen) : undefined;
    return html`<div class="ww-root wegweiser" dir=${this.uiDir} lang=${this.uiLang}>
      ${this.renderFeedNotices()}
      ${this.chosen && !pathway ? html`<p class="status status--stale" role="status">${this.t('weg.unknownPathway')}</p>` : nothing}
      ${pathway ? this.renderPathway(index, pathway) : this.renderChooser(index)}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </div>`;
  }

  private renderChooser(index: FeedIndex): TemplateResult {
    const all = [...index.pathways.values()];
    // A feed without pathways: say so and offer the next best step, never an empty frame.
    if (!all.length) {
      return html`<div role="heading" aria-level=${this.headingLevel} class="title" id="choose-title" tabindex="-1">${this.t('weg.choose')}</div>
        <p class="status status--note" part="status empty">${this.t('weg.none')}</p>
        ${renderNextBest(this, index, pageLink(this.finderHref, 'finderHref'))}`;
    }
    const forHelpers = (p: Pathway) => (p.audience ?? []).some((a) => a === 'arbeitgeber' || a === 'ehrenamtliche');
    const group = (list: Pathway[]) => html`<ul class="paths" part="choose">${list.map((p) => html`<li>
      <button type="button" class="path-button" part="button path" @click=${() => this.choose(p.id)}>
        <strong>${this.renderText(p.title)}</strong>${p.summary ? html`<span>${this.renderText(p.summary, false)}</span>` : nothing}
      </button></li>`)}</ul>`;
    const helpers = all.filter(forHelpers);
    return html`<div role="heading" aria-level=${this.headingLevel} class="title" id="choose-title" tabindex="-1">${this.t('weg.choose')}</div>
      <p>${this.t('weg.chooseHint')}</p>
      ${group(all.filter((p) => !forHelpers(p)))}
      ${helpers.length ? html`<div role="heading" aria-level=${this.headingLevel + 1} class="group-title">${this.t('weg.forHelpers')}</div>${group(helpers)}` : nothing}`;
  }

  private renderPathway(index: FeedIndex, pathway: Pathway): TemplateResult {
    const steps = walkPath(pathway, this.answers);
    const current = steps.find((s) => !this.done.has(s.id));
    const doneCount = steps.filter((s) => this.done.has(s.id)).length;
    const ctx: StepContext = { ui: this, index, now: new Date(), ...(this.home ? { gemeinde: this.home } : {}), headingLevel: this.headingLevel + 1 };
    const gemeinden = sortedGemeinden(index);
    const easyAvailable = hasEasyText(pathway) && (this.uiLang.toLowerCase().startsWith('de'));
    return html`
      ${this.pathway ? nothing : html`<p><button type="button" class="link-button" part="button back" @click=${() => this.choose('')}><span aria-hidden="true" class="flip">←</span> ${this.t('weg.all')}</button></p>`}
      <div role="heading" aria-level=${this.headingLevel} class="title" id="path-title" tabindex="-1">${this.renderText(pathway.title)}</div>
      ${pathway.summary ? html`<p>${this.renderText(pathway.summary)}</p>` : nothing}
      ${easyAvailable ? html`<p><button type="button" class="button-secondary" part="button easy" aria-pressed=${this.uiLang.toLowerCase() === LEICHTE_SPRACHE ? 'true' : 'false'} @click=${this.toggleEasy}>${this.t('weg.easy')}</button></p>` : nothing}
      <div class="home">${select('weg-home', this.t('weg.gemeinde'), this.home, this.t('filter.homeAny'), gemeinden.map((g) => ({ id: g.ags, label: g.name ?? g.ags })), (home) => (this.home = home))}</div>
      ${this.renderQuestions(pathway)}
      <div class="progress" part="progress">
        <span>${this.t('weg.progress', { done: doneCount, count: steps.length })}</span>
        ${doneCount ? html`<button type="button" class="link-button" part="button clear" @click=${() => this.clearProgress(pathway)}>${this.t('weg.clear')}</button>` : nothing}
        <button type="button" class="button-secondary" part="button print" @click=${() => void this.print(index, pathway, steps)}>${this.t('weg.print')}</button>
        <span class="muted">${this.t('weg.progressNote')}</span>
      </div>
      <ol class="steps" part="steps">
        ${steps.map((step, i) => {
          const isDone = this.done.has(step.id);
          const titleId = `step-${step.id}`;
          return html`<li class="step${isDone ? ' step--done' : ''}" part="step" aria-current=${step === current ? 'step' : nothing} aria-labelledby=${titleId}>
            <div class="step__head">
              <input type="checkbox" id=${`done-${step.id}`} .checked=${isDone} aria-labelledby=${`done-label-${step.id} ${titleId}`}
                @change=${(e: Event) => this.toggle(pathway, step, steps, (e.target as HTMLInputElement).checked)} />
              <div>
                <span class="step__number"><span id=${`done-label-${step.id}`}>${this.t('weg.done')}:</span> ${this.t('weg.step', { n: i + 1 })}${step === current ? html` · ${this.t('weg.current')}` : nothing}</span>
                <div role="heading" aria-level=${this.headingLevel + 1} class="step__title" id=${titleId}>${this.renderText(step.title)}</div>
              </div>
            </div>
            ${renderStepBody(ctx, step, stepContact(index, step, { ...(this.home ? { gemeinde: this.home } : {}) }))}
          </li>`;
        })}
      </ol>`;
  }

  private renderQuestions(pathway: Pathway): TemplateResult | typeof nothing {
    const questions = visibleQuestions(pathway, this.answers);
    if (!questions.length) return nothing;
    const answer = (question: string, option: string) => {
      const next = { ...this.answers };
      if (option) next[question] = option;
      else delete next[question];
      this.answers = next;
      this.announcement = this.t('weg.stepCount', { count: walkPath(pathway, next).length });
    };
    return html`<div class="questions" part="questions">
      <p><strong>${this.t('weg.questions')}</strong><br /><span class="muted">${this.t('weg.questionsHint')}</span></p>
      ${questions.map((q) => html`<fieldset class="question">
        <legend>${this.renderText(q.text)}</legend>
        ${[...q.options.map((o) => ({ id: o.id, label: this.renderText(o.label, false) })), { id: '', label: html`${this.t('weg.noAnswer')}` }].map((o) => html`<label class="radio">
          <input type="radio" name=${`q-${q.id}`} .checked=${(this.answers[q.id] ?? '') === o.id} @change=${() => answer(q.id, o.id)} />${o.label}
        </label>`)}
      </fieldset>`)}
    </div>`;
  }

  /** The personal checklist: steps, offices, addresses, hours, what to bring — beside German when the visitor reads another language. */
  private async print(index: FeedIndex, pathway: Pathway, steps: Step[]): Promise<void> {
    const [{ printJob }, { printStyles }] = await Promise.all([import('../shared/print.js'), import('../shared/print-styles.js')]);
    const german = this.uiLang.toLowerCase() === 'de' ? undefined : germanUi(this);
    const column = (ui: Ui, step: Step) => html`<div lang=${ui.uiLang}>
      <div class="step__title">${this.done.has(step.id) ? '☑' : '☐'} ${ui.renderText(step.title)}</div>
      ${renderStepBody({ ui, index, now: new Date(), ...(this.home ? { gemeinde: this.home } : {}), headingLevel: 2, printing: true }, step, stepContact(index, step, { ...(this.home ? { gemeinde: this.home } : {}) }))}
    </div>`;
    const content = html`<div role="heading" aria-level="1" class="print__title">${this.t('weg.printTitle')}: ${this.renderText(pathway.title, false)}</div>
      <ol class="steps">${steps.map((step) => html`<li class="step">${german ? html`<div class="columns">${column(this, step)}${column(german, step)}</div>` : column(this, step)}</li>`)}</ol>`;
    await printJob(this.shadowRoot!, {
      title: textOf(pathway.title, this.uiLang), lang: this.uiLang, dir: this.uiDir, content,
      url: location.href, linkLabel: this.t('print.link'),
      styles: [tokens, formStyles, resultStyles, printStyles, wegweiserStyles],
    }, (document) => this.emit('ww-print', { document, kind: 'checklist' }));
  }
}
