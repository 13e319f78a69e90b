/**
 * Base class of every `ww-*` element: the shared attributes (`feed`,
 * `gemeinde`, `lang`) with defaults from the embed script tag and the page,
 * UI strings in the user's language, the feed state, and the loading /
 * error / out-of-date notices every element shows the same way.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FeedController } from './feed-controller.js';
import { getConfig } from './config.js';
import { format, germanStrings, loadStrings, stringsIfLoaded, type UiKey, type UiStrings } from '../../i18n/index.js';
import { deepActiveElement } from './focus.js';
import { directionOf, resolveText, type Direction, type ResolvedText } from '../../core/text.js';
import { berlinDate } from '../../core/dates.js';
import type { Text } from '../../core/schema/index.js';

/** The Gemeinde choice for a Land index, once its chunk is in (`false`: the chunk could not be loaded). */
let chooser: typeof import('./choose-gemeinde.js').renderChooseGemeinde | false | undefined;

/** `lang` of the nearest ancestor, looking through shadow roots (an element inside another element). */
function inheritedLang(node: Element): string {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element && current.getAttribute('lang')) return current.getAttribute('lang')!;
    const parent: Node | null = (current as Element).parentNode;
    current = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return '';
}

/** Intl formatters are costly to create and a result list formats hundreds of times: kept per language and options. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function dateTimeFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, options);
    formatters.set(key, format);
  }
  return format;
}

export class WwElement extends LitElement {
  /** URL of the feed. Default: the embed script's `data-feed`. */
  @property() feed?: string;

  /** 8-digit AGS of the user's Gemeinde. Default: the embed script's `data-gemeinde`. */
  @property() gemeinde?: string;

  /** BCP 47 language of the UI and texts. Default: `data-lang`, then the page's `lang`. */
  @property() override lang = '';

  @state() protected strings: UiStrings = germanStrings();

  /**
   * The visitor's language pack is still on its way and nothing has been
   * shown yet: the element shows a wordless loading state instead of a flash
   * of German to an English or Arabic visitor. (A later language switch keeps
   * the old words until the new ones are there.)
   */
  @state() private stringsPending = false;

  protected readonly feedState = new FeedController(this);

  /** See `focusAfterRender`. */
  private pendingFocus: { selector: string; from: Element | null } | undefined;

  /**
   * Focuses an element of the shadow root once it is rendered: after opening
   * a view, showing more results, going back. Kept until the target exists
   * (a view's code may still be loading), but dropped as soon as the visitor
   * has put the focus somewhere else themselves: their choice wins.
   */
  protected focusAfterRender(selector: string): void {
    this.pendingFocus = { selector, from: deepActiveElement() };
  }

  /** The language in effect: attribute, script tag, then the page. */
  get uiLang(): string {
    return this.getAttribute('lang') || getConfig().lang || inheritedLang(this.parentElement ?? this) || 'de';
  }

  get uiDir(): Direction {
    return directionOf(this.uiLang);
  }

  get effectiveFeed(): string | undefined {
    return this.feed || getConfig().feed;
  }

  get effectiveGemeinde(): string | undefined {
    return this.gemeinde || getConfig().gemeinde;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // First render, or a new feed URL (the script tag's default counts from the start).
    if (changed.has('feed') || changed.has('gemeinde') || !this.hasUpdated) this.feedState.load(this.effectiveFeed, false, this.effectiveGemeinde);
    if (changed.has('lang') || !this.hasUpdated) {
      const lang = this.uiLang;
      const ready = stringsIfLoaded(lang);
      if (ready) {
        this.strings = ready;
        this.stringsPending = false;
      } else {
        if (!this.hasUpdated) this.stringsPending = true;
        // A pack that fails to load resolves to German: the element never waits forever.
        void loadStrings(lang).then((strings) => {
          if (lang !== this.uiLang) return;
          this.strings = strings;
          this.stringsPending = false;
        });
      }
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const pending = this.pendingFocus;
    if (!pending) return;
    const now = deepActiveElement();
    if (now && now !== pending.from && now !== document.body && now.isConnected) {
      this.pendingFocus = undefined;
      return;
    }
    const target = this.shadowRoot?.querySelector<HTMLElement>(pending.selector);
    if (target) {
      this.pendingFocus = undefined;
      target.focus();
    }
  }

  /** A UI string in the user's language. @internal (for the kit's views) */
  t(key: UiKey, params?: Record<string, string | number>): string {
    return format(this.strings[key] ?? germanStrings()[key] ?? key, params, this.intlLang);
  }

  /** A feed text in the user's language, falling back to German (see `renderText`). */
  protected text(value: Text | undefined): ResolvedText | undefined {
    return resolveText(value, this.uiLang);
  }

  /** Feed text as text (never HTML), marked with its language and a visible note when it fell back. @internal */
  renderText(value: Text | undefined, note = true): TemplateResult | typeof nothing {
    const resolved = this.text(value);
    if (!resolved) return nothing;
    if (!resolved.fallback) return html`<span lang=${resolved.lang} dir=${resolved.dir}>${resolved.text}</span>`;
    const key: UiKey = this.uiLang.toLowerCase() === 'de-x-ls' ? 'text.fallbackLs' : 'text.fallback';
    return html`<span lang=${resolved.lang} dir=${resolved.dir}>${resolved.text}</span>${note
        ? html` <span class="fallback-note">(${this.t(key)})</span>`
        : nothing}`;
  }

  /** A date (`YYYY-MM-DD`) or instant in the user's language, in Berlin time. @internal */
  formatDate(iso: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
    const date = iso.length === 10 ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
    try {
      return dateTimeFormat(this.intlLang, { timeZone: 'Europe/Berlin', ...options }).format(date);
    } catch {
      return iso.slice(0, 10);
    }
  }

  /** A wall-clock time given in minutes after midnight ("08:30"), in the user's language. @internal */
  formatTime(minutes: number): string {
    const wrapped = ((minutes % 1440) + 1440) % 1440;
    try {
      return dateTimeFormat(this.intlLang, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1, 0, wrapped));
    } catch {
      return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
    }
  }

  /** The language tag for `Intl` (Leichte Sprache formats as German). */
  get intlLang(): string {
    return this.uiLang.toLowerCase() === 'de-x-ls' ? 'de' : this.uiLang;
  }

  /** Dispatches a `ww-*` event that bubbles out of the shadow root, for the site's own analytics. */
  protected emit<T>(name: `ww-${string}`, detail: T): boolean {
    return this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: true }));
  }

  protected retry(): void {
    chooser ||= undefined; // a choice chunk that failed gets another try too
    this.feedState.load(this.effectiveFeed, true, this.effectiveGemeinde);
  }

  /**
   * The notices above an element's content: loading, error (with the reason
   * in the user's language), last good copy, out-of-date feed, sample data.
   * Returns `undefined` when content can be shown.
   */
  protected renderFeedStatus(): TemplateResult | undefined {
    if (this.stringsPending) {
      return html`<div class="status status--loading" role="status" aria-busy="true" part="status">
        <span class="spinner" aria-hidden="true"></span>
      </div>`;
    }
    const s = this.feedState.state;
    if (s.status === 'idle' || s.status === 'loading') return this.renderLoading();
    // A Land index without the visitor's Gemeinde (only that error carries `land`): the choice, its own chunk.
    if (s.status === 'error' && s.error.land && chooser !== false) {
      if (chooser) return chooser((key) => this.t(key), s.error.land, (ags) => (this.gemeinde = ags));
      import('./choose-gemeinde.js').then(
        (m) => (chooser = m.renderChooseGemeinde),
        () => (chooser = false),
      ).finally(() => this.requestUpdate());
      return this.renderLoading();
    }
    if (s.status === 'error') {
      // (Without the choice's chunk, a Land index's "choose a Gemeinde" is a loading failure to retry.)
      const code = s.error.land ? 'network' : s.error.code;
      const reason = this.feedState.missingUrl
        ? this.t('error.no-feed')
        : this.t(`error.${code}` as UiKey, { status: s.error.status ?? '' });
      return html`<div class="status status--error" role="alert" part="status error">
        <p class="status__title">${this.t('error.title')}</p>
        <p>${reason}</p>
        ${this.feedState.missingUrl ? nothing : html`<p><button type="button" part="button" @click=${this.retry}>${this.t('status.retry')}</button></p>`}
      </div>`;
    }
    return undefined;
  }

  /** "Angebote werden geladen …": the feed, or a part of the element still on its way. @internal */
  renderLoading(): TemplateResult {
    return html`<div class="status status--loading" role="status" part="status"><span class="spinner" aria-hidden="true"></span>${this.t('status.loading')}</div>`;
  }

  /** Notices shown above content that is usable but needs a caveat. */
  protected renderFeedNotices(): TemplateResult | typeof nothing {
    const s = this.feedState.state;
    if (s.status !== 'ready') return nothing;
    const { loaded } = s;
    const notices: TemplateResult[] = [];
    if (loaded.source === 'stored') {
      notices.push(html`<p class="status status--stale" role="status" part="status stale">
        ${this.t('status.stale', { date: this.formatDate(loaded.receivedAt, { dateStyle: 'long', timeStyle: 'short' }) })}
      </p>`);
    }
    const validUntil = loaded.feed.validUntil;
    if (validUntil && validUntil < berlinDate()) {
      notices.push(html`<p class="status status--stale" part="status outdated">${this.t('status.outdated', { date: this.formatDate(validUntil) })}</p>`);
    }
    if (loaded.feed.sample) notices.push(html`<p class="status status--sample" part="status sample">${this.t('status.sample')}</p>`);
    return notices.length ? html`${notices}` : nothing;
  }
}
