/**
 * `<ww-programme-directory>`: the courses, groups, projects and funding
 * programmes of the Kreis that a person can actually attend or apply to.
 */
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { WwElement } from '../shared/ww-element.js';
import { dePrograms } from '../../i18n/de-programmes.js';
import { addGerman } from '../../i18n/index.js';

import { statusStyles, tokens } from '../shared/styles.js';
import { formStyles } from '../shared/form-styles.js';
import '../shared/list-strings.js';
import { resultStyles } from '../shared/result-styles.js';
import { Combobox, type ComboOption } from '../shared/combobox.js';
import { loadSearch, preloadSearch, searchIfReady } from '../shared/search-loader.js';
import { paramPrefix, readUrl, urlWith, writeUrl } from '../shared/url-state.js';
import { pageLink } from '../shared/page-link.js';
import { renderNextBest } from '../shared/next-best.js';
import { hasEnded } from '../../core/queries.js';
import { checkbox, select } from '../shared/form-controls.js';
import { languageName } from '../shared/language-name.js';
import { once, sortedGemeinden } from '../shared/feed-memo.js';
import type { FeedIndex } from '../../core/feed-index.js';
import { directoryEntries, type DirectoryEntry } from '../../core/programme-list.js';
import { berlinDate } from '../../core/dates.js';
import { textOf } from '../../core/text.js';
import { COST_CATEGORIES, LEVELS, PROGRAMME_KINDS, type Programme } from '../../core/schema/index.js';
import type { UiKey } from '../../i18n/index.js';
import {
  activeDirectoryFilters, DIRECTORY_KEYS, directoryFiltersFromUrl, directoryFiltersToUrl, directoryQuery, emptyDirectoryFilters,
  TIMES_OF_DAY, type DirectoryFilters,
} from './directory-state.js';
import { renderEntry, type DirectoryContext } from './entry-view.js';

// This element's German strings travel with its code.
addGerman(dePrograms);

const PAGE = 20;
const TYPING_PAUSE_MS = 350;

/**
 * Lists the dated and ongoing offers of the Kreis by next start, with the
 * facts that decide whether someone can go, filters kept in the page URL,
 * "add to calendar" (.ics made in the browser) and print.
 *
 * @tag ww-programme-directory
 * @fires ww-search - A search or filter change. `detail: { query, filters, results }`; `results === 0` marks an unmet need.
 * @fires ww-calendar - A calendar file was made. `detail: { id }`.
 * @fires ww-print - Before printing (cancelable). `detail: { document, kind: 'entry' | 'list' }`.
 * @csspart search - The search field; also `input`, `suggestions`.
 * @csspart filters - The filter disclosure.
 * @csspart summary - The number of results.
 * @csspart group - A month heading.
 * @csspart entry - One programme; `kind`, `phase`, `deadline` badges, `facts`, `next`, `actions` within.
 * @csspart button - Every button; also `calendar`, `print`, `more`.
 * @csspart status - Loading, error and notice boxes.
 */
export class WwProgrammeDirectory extends WwElement {
  static override styles = [tokens, statusStyles, formStyles, resultStyles, css`
    .group-title { font-weight: 700; font-size: 1.1em; margin-block: 1rem 0.5rem; }
    .badges .badge { font-size: 0.9em; }
    .badge--deadline { border-inline-start-color: var(--_warning); font-weight: 600; }
    .entry-actions { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; margin-block-start: 0.5rem; }
    .more summary { cursor: pointer; min-block-size: 2.75rem; display: flex; align-items: center; }
    .next { margin-block-start: 0.4rem; }
  `];

  /** Kind to start with (e.g. `integration-course`, `funding`). */
  @property() kind?: string;

  /** Topic id to start with. */
  @property() topic?: string;

  /** Language level to start with (`alpha`, `A1` … `C2`). */
  @property() level?: string;

  /** Heading level of the month headings (entries one below; default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Do not mirror the filters into the page URL. */
  @property({ type: Boolean, attribute: 'no-url' }) noUrl = false;

  /** Address of the site's page with the service finder: the next step when a feed has no programmes. */
  @property({ attribute: 'finder-href' }) finderHref?: string;

  @state() private filters: DirectoryFilters = emptyDirectoryFilters();
  @state() private shown = PAGE;
  @state() private today = berlinDate();

  private entries: DirectoryEntry[] = [];
  private entriesKey = '';
  private entriesIndex: FeedIndex | undefined;
  private searchPending = false;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private clock: ReturnType<typeof setInterval> | undefined;
  private readonly combobox = new Combobox<string>(this, 'pq', {
    input: (text) => this.onType(text),
    select: (option) => this.commit({ q: option.label }),
    submit: (text) => this.commit({ q: text.trim() }),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    // "Next start" follows the visitor's date, also past midnight.
    this.clock = setInterval(() => (this.today = berlinDate()), 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    clearInterval(this.clock);
    clearTimeout(this.typingTimer);
  }

  private get urlPrefix(): string {
    return `${paramPrefix(this)}kurs-`;
  }

  private readFilters(): DirectoryFilters {
    const defaults = { ...emptyDirectoryFilters(), kind: this.kind ?? '', topic: this.topic ?? '', level: this.level ?? '' };
    return this.noUrl ? defaults : directoryFiltersFromUrl(readUrl(this.urlPrefix, DIRECTORY_KEYS), defaults);
  }

  private onPopState = (): void => {
    this.filters = this.readFilters();
    this.combobox.setValue(this.filters.q);
  };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('kind') || changed.has('topic') || changed.has('level')) {
      this.filters = this.readFilters();
      this.combobox.setValue(this.filters.q);
    }
    const state = this.feedState.state;
    if (state.status === 'ready') this.computeEntries(state.index);
  }

  private computeEntries(index: FeedIndex): void {
    const search = this.filters.q ? searchIfReady(index, this.uiLang) : undefined;
    const key = JSON.stringify([this.filters, this.today, this.uiLang, !!search]);
    if (key === this.entriesKey && this.entriesIndex === index) return;
    this.entriesKey = key;
    this.entriesIndex = index;
    preloadSearch(index, this.uiLang);
    const query = { ...directoryQuery(this.filters), today: this.today };
    if (this.filters.q) {
      if (!search) {
        this.searchPending = true;
        void loadSearch(index, this.uiLang).then(() => {
          this.searchPending = false;
          this.requestUpdate();
        });
        this.entries = [];
        return;
      }
      query.hits = search.search(this.filters.q, { kinds: ['programme'], limit: 500, today: this.today });
    }
    this.searchPending = false;
    this.entries = directoryEntries(index, query);
  }

  private onType(text: string): void {
    const state = this.feedState.state;
    if (state.status === 'ready') {
      const search = searchIfReady(state.index, this.uiLang);
      if (search) {
        const options: ComboOption<string>[] = text.trim()
          ? search.suggest(text, { limit: 8, kinds: ['programme'] }).map((s) => ({ key: s.id, label: s.label, value: s.id }))
          : [];
        this.combobox.setOptions(options);
      } else {
        void loadSearch(state.index, this.uiLang).then(() => this.onType(this.combobox.value));
      }
    }
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => this.commit({ q: text.trim() }, false, false), TYPING_PAUSE_MS);
  }

  private commit(patch: Partial<DirectoryFilters>, push = true, announce = true): void {
    clearTimeout(this.typingTimer);
    if (patch.q !== undefined) this.combobox.setValue(patch.q);
    this.filters = { ...this.filters, ...patch };
    this.shown = PAGE;
    if (!this.noUrl) writeUrl(this.urlPrefix, directoryFiltersToUrl(this.filters), push);
    if (announce) {
      void this.settled().then(() => {
        const { q, ...filters } = this.filters;
        this.emit('ww-search', { query: q, filters, results: this.entries.length });
      });
    }
  }

  private async settled(): Promise<void> {
    await this.updateComplete;
    const state = this.feedState.state;
    if (this.searchPending && state.status === 'ready') {
      await loadSearch(state.index, this.uiLang);
      await this.updateComplete;
    }
  }

  private addToCalendar = async (programme: Programme): Promise<void> => {
    const state = this.feedState.state;
    if (state.status !== 'ready') return;
    const { programmeToIcs, icsFileName } = await import('../../core/ics.js');
    const text = programmeToIcs(state.index, programme, {
      lang: this.uiLang,
      now: new Date(),
      url: `${urlWith(this.urlPrefix, {})}#${this.anchor(programme.id)}`,
      holidays: state.index.feed.holidays?.school ?? [],
    });
    if (!text) return;
    if (!this.emit('ww-calendar', { id: programme.id, text })) return;
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = icsFileName(programme);
    link.hidden = true;
    this.shadowRoot!.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  private anchor = (id: string): string => `kurs-${id}`;

  private show = (id: string, event: Event): void => {
    event.preventDefault();
    const position = this.entries.findIndex((e) => e.programme.id === id);
    if (position < 0) return;
    if (position >= this.shown) this.shown = Math.ceil((position + 1) / PAGE) * PAGE;
    this.focusAfterRender(`#${CSS.escape(this.anchor(id))}`);
    this.requestUpdate();
  };

  private async print(kind: 'entry' | 'list', content: TemplateResult, title: string): Promise<void> {
    const [{ printJob }, { printStyles }] = await Promise.all([import('../shared/print.js'), import('../shared/print-styles.js')]);
    await printJob(this.shadowRoot!, {
      title, lang: this.uiLang, dir: this.uiDir, content,
      url: urlWith(this.urlPrefix, directoryFiltersToUrl(this.filters)),
      linkLabel: this.t('print.link'),
      styles: [tokens, formStyles, resultStyles, printStyles],
    }, (document) => this.emit('ww-print', { document, kind }));
  }

  private context(index: FeedIndex, printing = false): DirectoryContext {
    const home = this.effectiveGemeinde;
    return {
      ui: this, index, today: this.today, headingLevel: this.headingLevel + 1,
      ...(home ? { home } : {}),
      addToCalendar: (p) => void this.addToCalendar(p),
      print: (entry) => void this.print('entry', html`<ul class="results">${renderEntry(this.context(index, true), entry)}</ul>`, textOf(entry.programme.title, this.uiLang)),
      show: this.show,
      anchor: printing ? (id) => `print-${id}` : this.anchor,
    };
  }

  override render(): TemplateResult {
    const status = this.renderFeedStatus();
    const state = this.feedState.state;
    if (status || state.status !== 'ready') return html`<div class="ww-root directory" dir=${this.uiDir}>${status}</div>`;
    const index = state.index;
    return html`<div class="ww-root directory" dir=${this.uiDir} lang=${this.uiLang}>
      ${this.renderFeedNotices()}
      <form role="search" aria-label=${this.t('programme.search')} class="searchform" part="form" @submit=${(e: Event) => {
        e.preventDefault();
        this.commit({ q: this.combobox.value.trim() });
      }}>
        ${this.combobox.render({
          label: this.t('programme.search'),
          hint: this.t('programme.searchHint'),
          submit: this.t('search.submit'),
          clear: this.t('search.clear'),
          count: (n) => this.t('search.suggestions', { count: n }),
        })}
      </form>
      ${this.renderFilters(index)}
      <div class="summary" part="summary" role="status">${this.summary()}</div>
      ${this.entries.length
        ? html`<div class="toolbar"><button type="button" class="button-secondary" part="button print" @click=${() => void this.print('list', this.renderList(index, true), this.t('programme.listTitle'))}>${this.t('print.list')}</button></div>
          ${guard([this.entries, this.shown, this.strings, this.headingLevel], () => this.renderList(index, false))}
          ${this.entries.length > this.shown
            ? html`<p><button type="button" class="button-secondary" part="button more" @click=${this.showMore}>${this.t('results.more', { count: Math.min(PAGE, this.entries.length - this.shown), total: this.entries.length - this.shown })}</button></p>`
            : nothing}`
        : this.searchPending ? nothing : this.renderEmpty(index)}
    </div>`;
  }

  private showMore = (): void => {
    const first = this.entries[this.shown];
    this.shown += PAGE;
    if (first) this.focusAfterRender(`#${CSS.escape(this.anchor(first.programme.id))}`);
  };

  private summary(): string {
    if (this.searchPending) return this.t('search.preparing');
    const count = this.entries.length;
    if (!count) return this.filters.q ? this.t('results.noneFor', { query: this.filters.q }) : this.t('programme.none');
    return this.filters.q ? this.t('programme.countFor', { count, query: this.filters.q }) : this.t('programme.count', { count });
  }

  /** Entries grouped by the month of their next start; regular offers without a date last. */
  private renderList(index: FeedIndex, printing: boolean): TemplateResult {
    const ctx = this.context(index, printing);
    const shown = printing ? this.entries.slice(0, 100) : this.entries.slice(0, this.shown);
    const groups: Array<{ key: string; entries: DirectoryEntry[] }> = [];
    for (const entry of shown) {
      const key = this.filters.q ? 'hits' : entry.next && entry.phase !== 'ongoing' ? entry.next.slice(0, 7) : 'regular';
      const last = groups[groups.length - 1];
      if (last?.key === key) last.entries.push(entry);
      else groups.push({ key, entries: [entry] });
    }
    return html`${groups.map((group) => html`<section class="group" part="group">
      ${group.key === 'hits' ? nothing : html`<div role="heading" aria-level=${this.headingLevel} class="group-title">${group.key === 'regular' ? this.t('programme.regular') : this.formatDate(`${group.key}-15`, { month: 'long', year: 'numeric' })}</div>`}
      <ol class="results">${group.entries.map((entry) => renderEntry(ctx, entry))}</ol>
    </section>`)}`;
  }

  private renderFilters(index: FeedIndex): TemplateResult {
    const f = this.filters;
    const change = (patch: Partial<DirectoryFilters>) => this.commit(patch);
    const count = activeDirectoryFilters(f);
    // Option lists depend only on the feed: not recomputed on every keystroke.
    const kinds = once(index, 'programme-kinds', () => {
      const used = new Set([...index.programmes.values()].map((p) => p.kind));
      return PROGRAMME_KINDS.filter((k) => used.has(k));
    });
    const languages = once(index, 'instruction-languages', () =>
      [...new Set([...index.programmes.values()].flatMap((p) => p.instructionLanguages ?? []).map((l) => l.split('-')[0]!.toLowerCase()))].sort());
    const gemeinden = sortedGemeinden(index);
    const costs = once(index, 'programme-costs', () => {
      const used = new Set([...index.programmes.values()].map((p) => p.cost?.category ?? (p.cost?.free ? 'free' : undefined)).filter((c) => c !== undefined));
      return used.size > 1 || [...used].some((c) => c !== 'free') ? COST_CATEGORIES.filter((c) => used.has(c) && c !== 'donation') : [];
    });
    return html`<details class="filters" part="filters">
      <summary part="filters-toggle">${this.t('filter.title')}${count ? html` <span class="count">(${this.t('filter.active', { count })})</span>` : nothing}</summary>
      <div class="filters__body">
        ${select('kind', this.t('programme.kind'), f.kind, this.t('programme.kindAny'), kinds.map((k) => ({ id: k, label: this.t(`kind.${k}` as UiKey) })), (kind) => change({ kind }))}
        ${select('level', this.t('programme.level'), f.level, this.t('programme.levelAny'), LEVELS.map((l) => ({ id: l, label: l === 'alpha' ? this.t('level.alpha') : l })), (level) => change({ level }))}
        ${select('lang', this.t('programme.language'), f.lang, this.t('filter.spokenAny'), languages.map((l) => ({ id: l, label: languageName(this, l) })), (lang) => change({ lang }))}
        ${select('ort', this.t('filter.place'), f.ort, this.t('filter.placeAny'), gemeinden.map((g) => ({ id: g.ags, label: g.name ?? g.ags })), (ort) => change({ ort }))}
        <fieldset class="group">
          <legend>${this.t('programme.timeOfDay')}</legend>
          ${TIMES_OF_DAY.map((t) => checkbox(`time-${t}`, this.t(`time.${t}` as UiKey), f.time.includes(t), (on) => change({ time: on ? [...f.time, t] : f.time.filter((x) => x !== t) })))}
        </fieldset>
        <fieldset class="group">
          <legend>${this.t('filter.more')}</legend>
          ${checkbox('childcare', this.t('filter.childcare'), f.childcare, (childcare) => change({ childcare }))}
          ${costs.length ? nothing : checkbox('free', this.t('filter.free'), f.free, (free) => change({ free }))}
          ${checkbox('noreg', this.t('programme.noRegistrationFilter'), f.noreg, (noreg) => change({ noreg }))}
          ${checkbox('places', this.t('programme.placesFilter'), f.places, (places) => change({ places }))}
        </fieldset>
        ${costs.length
          ? select('cost', this.t('filter.cost'), f.cost, this.t('filter.costAny'), costs.map((c) => ({ id: c, label: this.t(`costcat.${c}` as UiKey) })), (cost) => change({ cost: cost as DirectoryFilters['cost'], free: false }))
          : nothing}
        ${count ? html`<p><button type="button" class="link-button" part="button reset" @click=${() => this.commit({ ...emptyDirectoryFilters(), q: f.q })}>${this.t('filter.reset')}</button></p>` : nothing}
      </div>
    </details>`;
  }

  private renderEmpty(index: FeedIndex): TemplateResult {
    const f = this.filters;
    // Nothing of this kind in the feed at all: say so and offer the next best step.
    if (![...index.programmes.values()].some((p) => !hasEnded(p, this.today))) {
      return html`<div class="empty" part="empty">
        <p>${this.t('programme.noneInFeed')}</p>
        ${renderNextBest(this, index, pageLink(this.finderHref, 'finderHref'))}
      </div>`;
    }
    // Without the search words: how many would the filters alone give?
    const withoutWords = f.q ? directoryEntries(index, { ...directoryQuery(f), today: this.today }).length : 0;
    return html`<div class="empty" part="empty">
      <p>${this.t('empty.intro')}</p>
      <ul class="relax">
        ${withoutWords ? html`<li><button type="button" class="link-button" @click=${() => this.commit({ q: '' })}>${this.t('empty.relax', { filter: this.t('relax.query'), count: withoutWords })}</button></li>` : nothing}
        ${activeDirectoryFilters(f) ? html`<li><button type="button" class="link-button" @click=${() => this.commit({ ...emptyDirectoryFilters(), q: f.q })}>${this.t('filter.reset')}</button></li>` : nothing}
      </ul>
    </div>`;
  }
}
