/**
 * `<ww-service-finder>`: find the right office or offer for one's Gemeinde,
 * see whether it is open, and reach a person.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { WwElement } from '../shared/ww-element.js';
import { deFinder } from '../../i18n/de-finder.js';
import { addGerman } from '../../i18n/index.js';

import { statusStyles, tokens } from '../shared/styles.js';
import { formStyles } from '../shared/form-styles.js';
import '../shared/list-strings.js';
import { Combobox, type ComboOption } from '../shared/combobox.js';
import { loadSearch, searchIfReady } from '../shared/search-loader.js';
import { paramPrefix, readUrl, urlWith, writeUrl } from '../shared/url-state.js';
import type { FeedIndex } from '../../core/feed-index.js';
import type { FinderEntry } from '../../core/finder-answer.js';
import type { SearchKind } from '../../core/search.js';
import {
  emptyFilters, entryKey, filtersFromUrl, filtersToUrl, headingIdOf, URL_KEYS, withoutFilter, type FinderFilters,
} from './finder-state.js';
import type { FinderContext } from './result-view.js';
import { renderList, renderPrintList, summaryText } from './list-view.js';
import { entryOutsideResults, renderDetailOf } from './detail-switch.js';
import { renderChips, renderFilters, renderHomePicker, type FilterPatch } from './filters-view.js';
import { renderMapContainer, renderMapToggle, tilesHost } from './map-toggle.js';
import { FinderLazyParts } from './lazy-parts.js';
import { FinderResults, otherCards } from './finder-results.js';
import { resultStyles as finderStyles } from '../shared/result-styles.js';
import type { UiKey } from '../../i18n/index.js';

// This element's German strings travel with its code.
addGerman(deFinder);

/** Results shown at first and per "show more". */
const PAGE = 20;
/** What the search field suggests while typing. */
const SUGGEST_KINDS: SearchKind[] = ['topic', 'service', 'programme', 'pathway', 'place'];
/** Typing pauses this long before the result list follows. */
const TYPING_PAUSE_MS = 350;

/** `detail` of the `ww-search` event: what was asked and how many results it got. */
export interface SearchEventDetail {
  query: string;
  filters: Omit<FinderFilters, 'q' | 'detail'>;
  gemeinde?: string;
  /** 0 means an unmet need: worth counting in the site's analytics. */
  results: number;
}

interface SuggestTarget {
  kind: SearchKind;
  id: string;
}

/**
 * Finds services for the person's Gemeinde: search with suggestions, facet
 * filters kept in the page URL, "Zuständig für Sie" first, a detail view,
 * a map on demand and print.
 *
 * @tag ww-service-finder
 * @fires ww-search - A search or filter change was made. `detail: { query, filters, gemeinde, results }`; `results === 0` marks an unmet need.
 * @fires ww-detail - An entry was opened. `detail: { id }`.
 * @fires ww-print - Before printing (cancelable). `detail: { document, kind: 'entry' | 'list' }`.
 * @csspart search - The search field with its label, buttons and suggestions.
 * @csspart input - The search input.
 * @csspart suggestions - The suggestion list; `suggestion` for each option.
 * @csspart filters - The filter disclosure; `filters-toggle` its summary.
 * @csspart chips - Active filters; `chip` each.
 * @csspart home - The Gemeinde (and status) picker.
 * @csspart summary - The line with the number of results.
 * @csspart results - The result list; `result` each item, `result-link` its title link.
 * @csspart responsible - The "Zuständig für Sie" marker.
 * @csspart facts - The facts of a result; `hours`, `address`, `provider` within.
 * @csspart actions - Contact actions; `action` each.
 * @csspart detail - The detail view.
 * @csspart map - The map area.
 * @csspart button - Every button; also `submit`, `clear`, `reset`, `back`, `print`, `more`, `map-toggle`.
 * @csspart status - Loading, error and notice boxes.
 */
export class WwServiceFinder extends WwElement {
  static override styles = [tokens, statusStyles, formStyles, finderStyles];

  /** Topic id to start with (e.g. `sprache`). */
  @property() topic?: string;

  /** Audience id to start with (e.g. `frauen`). */
  @property() audience?: string;

  /** Search text to start with. */
  @property() query?: string;

  /** Start with "open now" checked. */
  @property({ type: Boolean, attribute: 'open-now' }) openNow = false;

  /** Heading level of result titles (the page's outline decides; default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Map tile URL template (`https://…/{z}/{x}/{y}.png`); default: the feed's `map.tiles`, then `data-tiles`. */
  @property() tiles?: string;

  /** Attribution of the tiles, required with `tiles`. */
  @property({ attribute: 'tiles-attribution' }) tilesAttribution?: string;

  /** Do not mirror the filters into the page URL. */
  @property({ type: Boolean, attribute: 'no-url' }) noUrl = false;

  /** Address of the site's page with the programme directory (course details link there as well). */
  @property({ attribute: 'directory-href' }) directoryHref?: string;

  /** Address of the site's page with the Wegweiser (paths open there as well). */
  @property({ attribute: 'wegweiser-href' }) wegweiserHref?: string;

  /** Put schema.org JSON-LD of the current results (up to 50) into the page's `<head>`, for search engines. */
  @property({ type: Boolean, attribute: 'json-ld' }) jsonLd = false;

  @state() private filters: FinderFilters = emptyFilters();
  @state() private shown = PAGE;
  @state() private now = new Date();

  private readonly answer = new FinderResults(this);
  /** Everything listed: offices, courses, funding programmes, paths. */
  private get entries(): FinderEntry[] {
    return this.answer.entries;
  }
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private clock: ReturnType<typeof setInterval> | undefined;
  /** The map and the detail view, loaded on first use. */
  private readonly lazy = new FinderLazyParts(this);
  /** Schema.org data for the host page: its code loads only when a site sets `json-ld`. */
  private jsonLdLoading = false;
  private loadJsonLd(): void {
    if (this.jsonLdLoading) return;
    this.jsonLdLoading = true;
    void import('../shared/jsonld-controller.js').then(({ JsonLdController }) => {
      new JsonLdController(this, () => {
        const state = this.feedState.state;
        return this.jsonLd && state.status === 'ready' && this.answer.index === state.index
          ? { index: state.index, items: this.answer.services, lang: this.uiLang, url: (s) => this.detailHref(s.id) }
          : undefined;
      });
      this.requestUpdate();
    });
  }
  private readonly combobox = new Combobox<SuggestTarget>(this, 'q', {
    input: (text) => this.onType(text),
    select: (option) => this.onSuggestion(option),
    submit: (text) => this.commit({ q: text.trim(), detail: '' }),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    // "Open now" and "opens at" move with the clock.
    this.clock = setInterval(() => (this.now = new Date()), 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    clearInterval(this.clock);
    clearTimeout(this.typingTimer);
  }

  private defaults(): FinderFilters {
    return {
      ...emptyFilters(),
      q: this.query ?? '',
      topic: this.topic ?? '',
      audience: this.audience ?? '',
      open: this.openNow,
      gemeinde: this.effectiveGemeinde ?? '',
    };
  }

  private readFilters(): FinderFilters {
    const defaults = this.defaults();
    return this.noUrl ? defaults : filtersFromUrl(readUrl(paramPrefix(this), URL_KEYS), defaults);
  }

  private onPopState = (): void => {
    this.filters = this.readFilters();
    this.combobox.setValue(this.filters.q);
  };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const attributes = ['topic', 'audience', 'query', 'openNow', 'gemeinde'] as const;
    if (!this.hasUpdated || attributes.some((a) => changed.has(a))) {
      this.filters = this.readFilters();
      this.combobox.setValue(this.filters.q);
    }
    const state = this.feedState.state;
    if (state.status === 'ready') this.answer.compute(state.index, this.filters, this.uiLang, this.now);
    if (this.jsonLd) this.loadJsonLd();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const state = this.feedState.state;
    if (state.status === 'ready') this.lazy.syncMap(state.index, this.answer.services, this.tiles, this.tilesAttribution);
  }

  // ---- interaction ----

  private onType(text: string): void {
    const state = this.feedState.state;
    if (state.status === 'ready') {
      const search = searchIfReady(state.index, this.uiLang);
      if (search) {
        const options: ComboOption<SuggestTarget>[] = text.trim()
          ? search.suggest(text, { limit: 8, kinds: SUGGEST_KINDS }).map((s) => ({
              key: `${s.kind}:${s.id}`,
              label: s.label,
              kind: this.t(`suggest.${s.kind}` as UiKey),
              value: { kind: s.kind, id: s.id },
            }))
          : [];
        this.combobox.setOptions(options);
      } else {
        void loadSearch(state.index, this.uiLang).then(() => this.onType(this.combobox.value));
      }
    }
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => this.commit({ q: text.trim(), detail: '' }, false, false), TYPING_PAUSE_MS);
  }

  private onSuggestion(option: ComboOption<SuggestTarget>): void {
    clearTimeout(this.typingTimer);
    const { kind, id } = option.value;
    const state = this.feedState.state;
    if (kind === 'topic') {
      this.combobox.setValue('');
      this.commit({ topic: id, q: '', detail: '' });
    } else if (kind === 'place' && state.status === 'ready' && state.index.gemeinden.has(id)) {
      this.combobox.setValue('');
      this.commit({ ort: id, q: '', detail: '' });
    } else if (kind === 'service' || kind === 'programme' || kind === 'pathway') {
      const key = kind === 'service' ? id : `${kind}:${id}`;
      this.commit({ q: option.label, detail: key }, true, false);
      this.emit('ww-detail', { id: key });
      this.focusAfterRender('#detail-title');
    } else {
      this.commit({ q: option.label, detail: '' });
    }
  }

  /**
   * Applies a change: new filters, the URL (a history entry for finished
   * steps), and a `ww-search` event once the results are known.
   */
  private commit(patch: FilterPatch, push = true, announce = true): void {
    clearTimeout(this.typingTimer);
    const next = { ...this.filters, ...patch };
    if (patch.q !== undefined) this.combobox.setValue(patch.q);
    this.filters = next;
    // A new question starts at the top of the list; opening and closing an entry keeps the place.
    if (Object.keys(patch).some((key) => key !== 'detail')) this.shown = PAGE;
    if (!this.noUrl) writeUrl(paramPrefix(this), filtersToUrl(next, this.effectiveGemeinde ?? ''), push);
    if (announce && !next.detail) {
      void this.answer.settled().then(() => {
        const { q, detail: _d, ...filters } = this.filters;
        this.emit<SearchEventDetail>('ww-search', {
          query: q,
          filters,
          ...(this.filters.gemeinde ? { gemeinde: this.filters.gemeinde } : {}),
          results: this.entries.length,
        });
      });
    }
  }

  private change = (patch: FilterPatch): void => this.commit({ ...patch, detail: '' });

  private reset = (): void => {
    const { q, gemeinde, status } = this.filters;
    this.commit({ ...emptyFilters(), q, gemeinde, status });
  };

  private detailHref = (id: string): string => urlWith(paramPrefix(this), filtersToUrl({ ...this.filters, detail: id }, this.effectiveGemeinde ?? ''));

  private openDetail = (id: string, event: Event): void => {
    event.preventDefault();
    this.openMapEntry(id);
  };

  /** A map marker was activated. @internal */
  openMapEntry(id: string): void {
    this.commit({ detail: id }, true, false);
    this.emit('ww-detail', { id });
    this.focusAfterRender('#detail-title');
  }

  private closeDetail = (): void => {
    const key = this.filters.detail;
    const position = this.entries.findIndex((e) => entryKey(e) === key);
    if (position >= this.shown) this.shown = Math.ceil((position + 1) / PAGE) * PAGE;
    this.commit({ detail: '' }, true, false);
    const entry = this.entries[position];
    if (entry) this.focusAfterRender(`#${CSS.escape(headingIdOf(entry))} a`);
  };

  private showMore = (): void => {
    const first = this.entries[this.shown];
    this.shown += PAGE;
    if (first) this.focusAfterRender(`#${CSS.escape(headingIdOf(first))} a`);
  };

  private context(index: FeedIndex): FinderContext {
    return {
      ui: this,
      index,
      now: this.now,
      ...(this.filters.gemeinde ? { home: this.filters.gemeinde } : {}),
      headingLevel: this.headingLevel,
      ...(this.effectiveFeed ? { feed: this.effectiveFeed } : {}),
      detailHref: this.detailHref,
      openDetail: this.openDetail,
    };
  }

  /** Printing is rare: its code (and the QR code) loads on the first click. */
  private async print(kind: 'entry' | 'list', content: TemplateResult, title: string): Promise<void> {
    const url = kind === 'entry' ? this.detailHref(this.filters.detail) : urlWith(paramPrefix(this), filtersToUrl({ ...this.filters, detail: '' }, ''));
    const [{ printJob }, { printStyles }] = await Promise.all([import('../shared/print.js'), import('../shared/print-styles.js')]);
    void printJob(this.shadowRoot!, {
      title,
      lang: this.uiLang,
      dir: this.uiDir,
      content,
      url,
      linkLabel: this.t('print.link'),
      styles: [tokens, formStyles, finderStyles, printStyles],
    }, (document) => this.emit('ww-print', { document, kind }));
  }

  // ---- rendering ----

  override render(): TemplateResult {
    const status = this.renderFeedStatus();
    const state = this.feedState.state;
    if (status || state.status !== 'ready') return html`<div class="ww-root finder" dir=${this.uiDir}>${status}</div>`;
    const index = state.index;
    const ctx = this.context(index);
    const key = this.filters.detail;
    const detail = key ? this.entries.find((e) => entryKey(e) === key) ?? entryOutsideResults(index, key, this.lazy, this.now) : undefined;
    // A deep link to a course or path waits for their code instead of showing the list first.
    if (!detail && /^(programme|pathway):/.test(key) && !this.lazy.otherDetail() && !this.answer.pending) {
      return html`<div class="ww-root finder" dir=${this.uiDir} lang=${this.uiLang}>${this.renderLoading()}</div>`;
    }
    return html`<div class="ww-root finder" dir=${this.uiDir} lang=${this.uiLang}>
      ${this.renderFeedNotices()}
      ${detail ? this.renderDetailView(ctx, detail) : this.renderSearch(index, ctx)}
    </div>`;
  }

  private renderDetailView(ctx: FinderContext, detail: FinderEntry): TemplateResult {
    return renderDetailOf(ctx, detail, {
      ui: this,
      lazy: this.lazy,
      root: this.shadowRoot!,
      now: this.now,
      back: this.closeDetail,
      href: this.detailHref,
      print: (content, title) => void this.print('entry', content, title),
      emit: (name, value) => this.emit(name, value),
      ...(this.directoryHref ? { directoryHref: this.directoryHref } : {}),
      ...(this.wegweiserHref ? { wegweiserHref: this.wegweiserHref } : {}),
    });
  }

  private renderSearch(index: FeedIndex, ctx: FinderContext): TemplateResult {
    const entries = this.entries;
    const rest = entries.length - this.shown;
    return html`
      <form role="search" aria-label=${this.t('search.label')} class="searchform" part="form" @submit=${(e: Event) => {
        e.preventDefault();
        this.commit({ q: this.combobox.value.trim(), detail: '' });
      }}>
        ${this.combobox.render({
          label: this.t('search.label'),
          hint: this.t('search.hint'),
          submit: this.t('search.submit'),
          clear: this.t('search.clear'),
          count: (n) => this.t('search.suggestions', { count: n }),
        })}
      </form>
      ${renderHomePicker(this, index, this.filters, this.change)}
      ${renderFilters(this, this.filters, this.lazy.filtersBody()?.renderFiltersBody(this, index, this.filters, this.change, this.reset), () => this.lazy.filtersBody(true))}
      ${renderChips(this, index, this.filters, this.change)}
      <div class="summary" part="summary" role="status" aria-busy=${this.answer.pending ? 'true' : 'false'}>${summaryText(this, this.answer, this.filters.q)}</div>
      ${this.answer.hidden.length ? otherCards()?.renderHidden(this, this.answer.hidden, () => this.change({ open: false, access: [] })) : nothing}
      ${entries.length
        ? html`<div class="toolbar">
            ${renderMapToggle(this, this.lazy.mapShown, tilesHost(index, this.tiles, this.tilesAttribution), this.lazy.toggleMap)}
            <button type="button" class="button-secondary" part="button print" @click=${() => void this.print('list', renderPrintList(ctx, this.answer, this.filters.q), this.t('print.listTitle'))}>${this.t('print.list')}</button>
          </div>`
        : nothing}
      ${renderMapContainer(this, this.lazy.mapShown, this.lazy.mapFailed)}
      ${renderList({
        ctx,
        answer: this.answer,
        shown: this.shown,
        deps: [this.strings, this.now, this.filters.gemeinde, this.headingLevel],
        more: rest > 0
          ? html`<p><button type="button" class="button-secondary" part="button more" @click=${this.showMore}>${this.t('results.more', { count: Math.min(PAGE, rest), total: rest })}</button></p>`
          : nothing,
        relax: (filter) => this.commit({ ...withoutFilter(this.filters, filter), detail: '' }),
      })}
    `;
  }
}
