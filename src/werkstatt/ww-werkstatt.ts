/**
 * `<ww-werkstatt>`: the Kreis admin's page. Drop the spreadsheets, read the
 * check, preview the four elements on the draft, read the report, compare
 * with the published feed, download feed.json and the embed snippets. The
 * work runs in a worker (runner.ts) over the same admin module as the CLI;
 * the files stay in this browser (store.ts).
 *
 * @attr worker - URL of the worker script (default: worker.js beside this module's page)
 * @attr gemeinden - URL of the official Gemeinde list (default: gemeinden.json beside the page)
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localZoneIsBerlin } from '../admin/hours/zone.js';
import type { FeedDiff } from '../admin/feed-diff.js';
import type { DroppedFile, Progress, WerkstattResult } from './pipeline.js';
import { createRunner, type Runner } from './runner.js';
import { clearWork, loadWork, saveWork, type SavedWork } from './store.js';
import { sizeText, translator, type WsLang } from './text.js';
import { werkstattStyles } from './styles.js';
import { problemChanges, problemsView, summaryView, type Changes } from './problems-view.js';
import { previewView } from './preview-view.js';
import { compareView, guardDrops } from './compare-view.js';
import { allSnippets, publishView } from './publish-view.js';
import { filesFromDrop, filesFromInput } from './drop-files.js';
import { TABS, tabsView, type Tab } from './tabs.js';
import { draftFeed, objectUrl } from './draft-urls.js';

const DEFAULT_KIT = 'https://www.landkreis.example/wegweiser/wegweiser-kit.js';
const DEFAULT_FEED = 'https://www.landkreis.example/wegweiser/feed.json';

export class WwWerkstatt extends LitElement {
  static override styles = werkstattStyles;

  @property() worker = '';
  @property() gemeinden = '';
  @property({ attribute: 'template-href' }) templateHref = 'wegweiser-vorlage.xlsx';
  @property({ attribute: 'readme-href' }) readmeHref = 'vorlage-README.md';

  @state() private uiLang: WsLang = document.documentElement.lang.startsWith('en') ? 'en' : 'de';
  @state() private files: DroppedFile[] = [];
  @state() private allowUnknown = false;
  @state() private running = false;
  @state() private progress: Progress | undefined;
  @state() private result: WerkstattResult | undefined;
  @state() private changes: Changes | undefined;
  @state() private failure: string | undefined;
  @state() private tab: Tab = 'problems';
  @state() private over = false;
  @state() private announce = '';
  @state() private storageOk = true;
  @state() private restored = false;
  @state() private published: { name: string; text: string } | undefined;
  @state() private diff: FeedDiff | undefined;
  @state() private compareMessage: string | undefined;
  @state() private override = false;
  @state() private feedUrl = DEFAULT_FEED;
  @state() private kitUrl = DEFAULT_KIT;
  @state() private previewGemeinde = '';
  @state() private previewLang = 'de';
  @state() private previewLocation = '';
  @state() private embedGemeinde = '';
  @state() private elementsReady = false;
  @state() private runnerMode: Runner['mode'] | undefined;

  private runner: Promise<Runner> | undefined;
  private draft = draftFeed();
  private sourceHref = objectUrl('application/json');
  private reportHref = objectUrl('text/html');
  private snippetsHref = objectUrl('text/plain');
  private snippetsText: string | undefined;
  private reportDoc: string | undefined;
  private runCount = 0;

  private get t() {
    return translator(this.uiLang);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.restore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.draft.set(undefined);
    this.sourceHref.set(undefined);
    this.reportHref.set(undefined);
    this.snippetsHref.set(undefined);
  }

  private getRunner(): Promise<Runner> {
    const base = document.baseURI;
    this.runner ??= createRunner(new URL(this.worker || 'worker.js', base), new URL(this.gemeinden || 'gemeinden.json', base)).then((r) => {
      this.runnerMode = r.mode;
      return r;
    });
    return this.runner;
  }

  private async restore(): Promise<void> {
    const saved = await loadWork();
    if (saved) {
      this.files = saved.files ?? [];
      this.published = saved.published;
      if (saved.feedUrl) this.feedUrl = saved.feedUrl;
      if (saved.kitUrl) this.kitUrl = saved.kitUrl;
      if (saved.lang === 'en' || saved.lang === 'de') this.uiLang = saved.lang;
    }
    this.restored = true;
    this.dispatchEvent(new CustomEvent('ww-werkstatt-ready', { bubbles: true, composed: true }));
    if (this.files.length) await this.run();
  }

  private async persist(): Promise<void> {
    const work: SavedWork = { files: this.files, feedUrl: this.feedUrl, kitUrl: this.kitUrl, lang: this.uiLang, ...(this.published ? { published: this.published } : {}) };
    this.storageOk = await saveWork(work);
  }

  /** Files with a path already there replace it (fix in Excel, drop again); new ones are added. */
  private async addFiles(added: DroppedFile[]): Promise<void> {
    if (!added.length) return;
    const key = (f: DroppedFile) => `${f.folder}/${f.name}`;
    const byKey = new Map(this.files.map((f) => [key(f), f]));
    for (const f of added) byKey.set(key(f), f);
    this.files = [...byKey.values()];
    await this.persist();
    await this.run();
  }

  private async removeFile(file: DroppedFile): Promise<void> {
    this.files = this.files.filter((f) => f !== file);
    this.announce = this.t('ws.removed', { name: file.name });
    await this.persist();
    if (this.files.length) {
      await this.run();
    } else {
      this.result = undefined;
      this.draft.set(undefined);
      this.sourceHref.set(undefined);
    }
  }

  private async run(): Promise<void> {
    const id = ++this.runCount;
    this.running = true;
    this.failure = undefined;
    this.progress = undefined;
    try {
      const runner = await this.getRunner();
      const result = await runner.run({ files: this.files, now: new Date(), allowUnknown: this.allowUnknown }, (p) => {
        if (id === this.runCount) this.progress = p;
      });
      if (id !== this.runCount) return;
      const previous = this.result;
      this.changes = previous ? problemChanges(previous, result) : undefined;
      if (previous?.sourceText && result.sourceText && this.changes) {
        const d = await runner.compare(previous.sourceText, result.sourceText);
        if (d) {
          const sum = (k: 'added' | 'removed' | 'changed') => Object.values(d.collections).reduce((n, c) => n + c[k].length, 0);
          this.changes = { ...this.changes, entries: { added: sum('added'), removed: sum('removed'), changed: sum('changed') } };
        }
      }
      this.result = result;
      this.draft.set(result.feedText);
      this.sourceHref.set(result.sourceText);
      if (!result.languages.includes(this.previewLang)) this.previewLang = 'de';
      // A new draft is a new decision: the override is asked again (as the CLI's --force, per run).
      this.override = false;
      if (this.published && result.feedText) this.diff = await runner.compare(this.published.text, result.feedText);
      else this.diff = undefined;
      this.announce = this.summaryText(result);
    } catch (error) {
      if (id === this.runCount) {
        this.failure = this.t('ws.failed', { message: (error as Error).message }) + (location.protocol === 'file:' ? ` ${this.t('ws.fileProtocol')}` : '');
      }
    } finally {
      if (id === this.runCount) this.running = false;
    }
  }

  private summaryText(result: WerkstattResult): string {
    return result.errors
      ? this.t('ws.summary.errors', { errors: result.errors, warnings: result.warnings })
      : this.t('ws.summary.ok', { warnings: result.warnings, entries: result.entries ?? 0, bytes: sizeText(result.stats?.bytes ?? 0, this.uiLang) });
  }

  private async startOver(): Promise<void> {
    this.runCount++;
    await clearWork();
    Object.assign(this, { files: [], result: undefined, changes: undefined, failure: undefined, published: undefined, diff: undefined,
      override: false, running: false, progress: undefined, tab: 'problems', compareMessage: undefined });
    this.draft.set(undefined);
    this.sourceHref.set(undefined);
    this.announce = this.t('ws.startOverDone');
  }

  protected override updated(changed: PropertyValues<this>): void {
    if ((changed.has('tab' as keyof WwWerkstatt) || changed.has('result' as keyof WwWerkstatt)) && this.tab === 'preview' && this.result?.feedText && !this.elementsReady) {
      void import('./preview-elements.js').then(({ loadPreviewElements }) => loadPreviewElements()).then(() => {
        this.elementsReady = true;
      });
    }
  }

  private async setPublished(name: string, text: string): Promise<void> {
    this.compareMessage = undefined;
    try {
      JSON.parse(text);
    } catch {
      this.compareMessage = this.t('ws.compareNotJson', { name });
      return;
    }
    this.published = { name, text };
    this.override = false;
    await this.persist();
    if (this.result?.feedText) this.diff = await (await this.getRunner()).compare(text, this.result.feedText);
  }

  private async loadPublishedUrl(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const url = String(new FormData(event.target as HTMLFormElement).get('url') ?? '').trim();
    if (!url) return;
    this.feedUrl = url;
    try {
      const response = await fetch(url, { credentials: 'omit', cache: 'no-store' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      await this.setPublished(url, await response.text());
    } catch (error) {
      this.compareMessage = this.t('ws.compareFailed', { url, reason: (error as Error).message });
    }
  }

  private async copy(text: string, name: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.announce = this.t('ws.copied', { name });
    } catch {
      this.announce = this.t('ws.copyFailed');
    }
  }

  private setLang(lang: WsLang): void {
    this.uiLang = lang;
    void this.persist();
  }

  private blocked(): 'errors' | 'guard' | undefined {
    if (!this.result?.feedText) return 'errors';
    return guardDrops(this.diff).length && !this.override ? 'guard' : undefined;
  }

  override render() {
    const t = this.t;
    return html`
      <div lang=${this.uiLang}>
        <header class="bar">
          <div><h1>${t('ws.title')}</h1><p>${t('ws.lead')}</p></div>
          <div class="row" role="group" aria-label=${t('ws.language')}>
            <button type="button" lang="de" aria-pressed=${String(this.uiLang === 'de')} @click=${() => this.setLang('de')}>Deutsch</button>
            <button type="button" lang="en" aria-pressed=${String(this.uiLang === 'en')} @click=${() => this.setLang('en')}>English</button>
            <button type="button" @click=${() => this.startOver()} ?disabled=${!this.files.length && !this.published}>${t('ws.startOver')}</button>
          </div>
        </header>
        <main>
          ${localZoneIsBerlin() ? nothing : html`<p class="note warn">${t('ws.zoneWarning')}</p>`}
          ${this.storageOk ? nothing : html`<p class="note warn">${t('ws.noStorage')}</p>`}
          ${this.runnerMode === 'page' ? html`<p class="note">${t('ws.pageMode')}</p>` : nothing}
          ${this.sheetsView()}
          ${this.result ? this.resultView(this.result) : nothing}
        </main>
        <div class="visually-hidden" role="status" aria-live="polite">${this.announce}</div>
      </div>`;
  }

  private sheetsView() {
    const t = this.t;
    const onDrop = async (event: DragEvent) => {
      event.preventDefault();
      this.over = false;
      await this.addFiles(await filesFromDrop(event));
    };
    return html`<section aria-labelledby="sheets-title">
      <h2 id="sheets-title">${t('ws.step.sheets')}</h2>
      <p>${t('ws.sheetsHint')}</p>
      <p class="row"><a class="button" href=${this.templateHref} download>${t('ws.template')}</a> <a href=${this.readmeHref}>${t('ws.templateReadme')}</a></p>
      <div class="drop ${this.over ? 'over' : ''}" data-drop
        @dragover=${(e: DragEvent) => { e.preventDefault(); this.over = true; }}
        @dragleave=${() => { this.over = false; }} @drop=${onDrop}>
        <p>${t('ws.drop')}</p>
        <div class="row center">
          <input id="pick-files" class="visually-hidden" type="file" multiple accept=".xlsx,.csv,.tsv,.txt"
            @change=${async (e: Event) => this.addFiles(await filesFromInput(e.target as HTMLInputElement))}>
          <label class="button primary" for="pick-files">${t('ws.pickFiles')}</label>
          <input id="pick-folder" class="visually-hidden" type="file" multiple webkitdirectory
            @change=${async (e: Event) => this.addFiles(await filesFromInput(e.target as HTMLInputElement))}>
          <label class="button" for="pick-folder">${t('ws.pickFolder')}</label>
        </div>
      </div>
      <p><input id="allow-unknown" type="checkbox" .checked=${this.allowUnknown}
        @change=${(e: Event) => { this.allowUnknown = (e.target as HTMLInputElement).checked; if (this.files.length) void this.run(); }}>
        <label for="allow-unknown">${t('ws.allowUnknown')}</label></p>
      ${this.filesView()}
      ${this.running ? this.progressView() : nothing}
      ${this.failure ? html`<p class="note bad" role="alert">${this.failure}</p>` : nothing}
    </section>`;
  }

  private filesView() {
    const t = this.t;
    if (!this.files.length) return this.restored ? html`<p>${t('ws.noFiles')}</p>` : nothing;
    const sheetsOf = (f: DroppedFile) => {
      const path = f.folder ? `${f.folder}/${f.name}` : f.name;
      const sheets = this.result?.units.flatMap((u) => u.sheets).filter((s) => s.file === path) ?? [];
      return sheets.length ? t('ws.fileRows', { sheets: sheets.length, rows: sheets.reduce((n, s) => n + s.rows, 0) }) : '';
    };
    return html`<details class="files" ?open=${this.files.length <= 8}><summary class="files-title">${t('ws.files')} (${this.files.length})</summary>
      <ul class="files">${this.files.map((f) => html`<li>
        <span class="name">${f.folder ? `${f.folder}/` : ''}${f.name}</span><span class="place">${sheetsOf(f)}</span>
        <button type="button" aria-label=${t('ws.remove', { name: f.name })} @click=${() => this.removeFile(f)}>✕</button>
      </li>`)}</ul></details>`;
  }

  private progressView() {
    const t = this.t;
    const p = this.progress;
    const text = !p ? '…' : p.stage === 'read' ? t('ws.stage.read', { file: p.file ?? '', done: p.done + 1, total: p.total }) : t(`ws.stage.${p.stage}`);
    const value = !p ? 0 : p.stage === 'read' ? (p.done / Math.max(1, p.total)) * 0.4 : { import: 0.5, compile: 0.8, report: 0.9 }[p.stage];
    return html`<div data-progress><label for="progress">${t('ws.progress')}</label>
      <progress id="progress" max="1" .value=${value}></progress><p role="status">${text}</p></div>`;
  }

  private resultView(result: WerkstattResult) {
    const t = this.t;
    const lang = this.uiLang;
    const panel = (tab: Tab) => {
      switch (tab) {
        case 'problems': return problemsView(result, this.changes, lang, t);
        case 'preview': return previewView({ result, feedUrl: this.draft.url, elementsReady: this.elementsReady, gemeinde: this.previewGemeinde, lang: this.previewLang, location: this.previewLocation }, lang, t, {
          onGemeinde: (e) => { this.previewGemeinde = (e.target as HTMLSelectElement).value; },
          onLang: (e) => { this.previewLang = (e.target as HTMLSelectElement).value; },
          onLocation: (e) => { this.previewLocation = (e.target as HTMLSelectElement).value; },
        });
        case 'report': return this.reportView(result);
        case 'compare': return compareView({ diff: this.diff, publishedName: this.published?.name, message: this.compareMessage, override: this.override, feedUrl: this.published?.name.startsWith('http') ? this.published.name : '' }, lang, t, {
          onFile: async (e) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) await this.setPublished(file.name, await file.text());
          },
          onUrl: (e) => void this.loadPublishedUrl(e),
          onOverride: (e) => { this.override = (e.target as HTMLInputElement).checked; },
        });
        case 'publish': return publishView({ result, blocked: this.blocked(), compared: !!this.diff, hrefs: { ...(this.draft.url ? { feed: this.draft.url } : {}), ...(this.sourceHref.url ? { source: this.sourceHref.url } : {}), snippets: this.snippetsUrl(result) }, feedUrl: this.feedUrl, kitUrl: this.kitUrl, gemeinde: this.embedGemeinde }, lang, t, {
          onFeedUrl: (e) => { this.feedUrl = (e.target as HTMLInputElement).value; void this.persist(); },
          onKitUrl: (e) => { this.kitUrl = (e.target as HTMLInputElement).value; void this.persist(); },
          onGemeinde: (e) => { this.embedGemeinde = (e.target as HTMLSelectElement).value; },
          onCopy: (text, name) => void this.copy(text, name),
        });
      }
    };
    return html`<section aria-label=${t('ws.tabs')} data-result>
      ${this.tab === 'problems' ? nothing : summaryView(result, lang, t)}
      ${tabsView(TABS, this.tab, t, (tab) => { this.tab = tab; }, this.renderRoot)}
      <div role="tabpanel" id="panel-${this.tab}" aria-labelledby="tab-${this.tab}" tabindex="0">${panel(this.tab)}</div>
    </section>`;
  }

  /** The object URL of all snippets, renewed when the addresses or the Gemeinden change. */
  private snippetsUrl(result: WerkstattResult): string {
    const text = allSnippets(result, this.kitUrl, this.feedUrl, this.uiLang);
    if (text !== this.snippetsText) {
      this.snippetsText = text;
      this.snippetsHref.set(text);
    }
    return this.snippetsHref.url ?? '';
  }

  private reportView(result: WerkstattResult) {
    const t = this.t;
    if (!result.reportHtml) return html`<p>${t('ws.reportNone')}</p>`;
    const doc = result.reportHtml[this.uiLang];
    if (doc !== this.reportDoc) {
      this.reportDoc = doc;
      this.reportHref.set(doc);
    }
    return html`<p><a class="button" href=${this.reportHref.url ?? ''} download=${this.uiLang === 'de' ? 'bericht.html' : 'report.html'}>${t('ws.reportDownload')}</a></p>
      <iframe class="report" title=${t('ws.reportTitle')} sandbox="allow-same-origin" .srcdoc=${doc}></iframe>`;
  }
}
