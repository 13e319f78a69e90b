/**
 * The behaviour every element inherits: feed states (loading, error, last
 * good copy, sample data), the user's language with a visible German
 * fallback, RTL, and keyboard use of the retry button. Checked with axe in
 * every state.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse, delay } from 'msw';
import { html as litHtml } from 'lit';
import { WwElement } from '../../../src/components/shared/ww-element.js';
import { statusStyles, tokens } from '../../../src/components/shared/styles.js';
import { defineElement } from '../../../src/components/shared/define.js';
import { clearFeedCache, loadFeed } from '../../../src/core/load.js';
import { cacheStorageStore } from '../../../src/core/store.js';
import { minimalFeed } from '../../helpers/minimal-feed.js';
import { freshPage, until } from '../../helpers/wait.js';
import { strings as arabic } from '../../../src/i18n/ar.js';
import { strings as ukrainian } from '../../../src/i18n/uk.js';
import { strings as romanian } from '../../../src/i18n/ro.js';
import { germanStrings } from '../../../src/i18n/index.js';

/** A minimal element on the shared base: status, notices, then service names. */
class ProbeElement extends WwElement {
  static override styles = [tokens, statusStyles];
  /** The text of every render, to prove what a visitor could have seen in between. */
  readonly renders: string[] = [];
  protected override updated(changed: Map<PropertyKey, unknown>) {
    super.updated(changed);
    this.renders.push(this.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim());
  }
  override render() {
    const status = this.renderFeedStatus();
    if (status) return status;
    const state = this.feedState.state;
    if (state.status !== 'ready') return null;
    return litHtml`${this.renderFeedNotices()}
      <ul>${state.loaded.feed.services.map((s) => litHtml`<li>${this.renderText(s.name)}</li>`)}</ul>`;
  }
}
defineElement('ww-test-probe', ProbeElement);

const worker = setupWorker();
const FEED = 'https://kreis.example/probe.json';

before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } }));
after(() => worker.stop());
beforeEach(async () => {
  worker.resetHandlers();
  await freshPage(location.href);
});

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const settled = (el: ProbeElement) => until(() => !el.shadowRoot!.querySelector('.status--loading'), 'still loading');

describe('WwElement (shared behaviour)', () => {
  it('shows an accessible loading state while the feed is on its way', async () => {
    worker.use(http.get(FEED, async () => {
      await delay('infinite');
      return HttpResponse.json({});
    }));
    const el = await fixture<ProbeElement>(html`<ww-test-probe feed=${FEED}></ww-test-probe>`);
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent).to.contain('Angebote werden geladen');
    await expect(el).to.be.accessible();
  });

  it('renders feed text as text, never as HTML', async () => {
    const feed = minimalFeed();
    feed.services[0]!.name = '<img src=x onerror="window.__pwned=1">Ausländerbehörde<script>window.__pwned=2</script>';
    worker.use(http.get(FEED, () => HttpResponse.json(feed)));
    const el = await fixture<ProbeElement>(html`<ww-test-probe feed=${FEED}></ww-test-probe>`);
    await settled(el);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(shadowText(el)).to.contain('<img src=x');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('explains a missing feed in German with a retry button that works from the keyboard', async () => {
    let fail = true;
    worker.use(http.get(FEED, () => (fail ? new HttpResponse(null, { status: 503 }) : HttpResponse.json(minimalFeed()))));
    const el = await fixture<ProbeElement>(html`<ww-test-probe feed=${FEED}></ww-test-probe>`);
    await settled(el);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('können gerade nicht angezeigt werden');
    expect(alert.textContent).to.contain('503');
    await expect(el).to.be.accessible();

    fail = false;
    el.shadowRoot!.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.querySelector('li'), 'no results after retry');
    expect(shadowText(el)).to.contain('Ausländerbehörde');
  });

  it('speaks the user\'s language and lays out right-to-left for Arabic', async () => {
    worker.use(http.get(FEED, () => HttpResponse.error()));
    const wrapper = await fixture(html`<div lang="ar" dir="rtl"><ww-test-probe feed=${FEED}></ww-test-probe></div>`);
    const el = wrapper.querySelector<ProbeElement>('ww-test-probe')!;
    await settled(el);
    // The first words the visitor sees are Arabic: no German message while the language loads.
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(arabic['error.title']);
    await expect(el).to.be.accessible();
  });

  it('shows no German words to a visitor of another language while that language loads', async () => {
    worker.use(http.get(FEED, async () => {
      await delay('infinite');
      return HttpResponse.json({});
    }));
    // Romanian: a language pack no other test in this file has loaded.
    const el = await fixture<ProbeElement>(html`<ww-test-probe feed=${FEED} lang="ro"></ww-test-probe>`);
    await until(() => el.shadowRoot!.textContent!.includes(romanian['status.loading']), 'no Romanian loading message');
    const german = germanStrings()['status.loading'];
    expect(el.renders.filter((t) => t.includes(german))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('marks feed text that is only in German, and uses the translation where there is one', async () => {
    const feed = minimalFeed();
    worker.use(http.get(FEED, () => HttpResponse.json(feed)));
    const ar = await fixture<ProbeElement>(html`<ww-test-probe feed=${FEED} lang="ar"></ww-test-probe>`);
    await settled(ar);
    const item = ar.shadowRoot!.querySelector('li span')!;
    expect(item.textContent).to.equal('دائرة الأجانب');
    expect(item.getAttribute('dir')).to.equal('rtl');

    const uk = await fixture<ProbeElement>(html`<ww-test-probe feed=${FEED} lang="uk"></ww-test-probe>`);
    await settled(uk);
    expect(shadowText(uk)).to.contain(ukrainian['text.fallback']);
    expect(uk.shadowRoot!.querySelector('li span')!.getAttribute('lang')).to.equal('de');
    await expect(uk).to.be.accessible();
  });

  it('shows the last good copy with its date when the server is down, and says it is sample data', async () => {
    const store = cacheStorageStore()!;
    worker.use(http.get(FEED, () => HttpResponse.json(minimalFeed())));
    await loadFeed(FEED, { store, now: () => new Date('2026-11-28T09:00:00Z') });
    clearFeedCache();
    worker.use(http.get(FEED, () => HttpResponse.error()));
    const el = await fixture<ProbeElement>(html`<ww-test-probe feed=${FEED}></ww-test-probe>`);
    await settled(el);
    expect(shadowText(el)).to.contain('Keine Verbindung zum Server');
    expect(shadowText(el)).to.contain('28. November 2026');
    expect(shadowText(el)).to.contain('Beispieldaten');
    expect(shadowText(el)).to.contain('Ausländerbehörde');
    await expect(el).to.be.accessible();
  });

  it('says clearly when no feed is configured', async () => {
    const el = await fixture<ProbeElement>(html`<ww-test-probe></ww-test-probe>`);
    await settled(el);
    expect(shadowText(el)).to.contain('Es ist keine Datenquelle eingestellt');
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
  });

  it('emits ww-* events that cross the shadow boundary', async () => {
    worker.use(http.get(FEED, () => HttpResponse.json(minimalFeed())));
    const el = await fixture<ProbeElement>(html`<ww-test-probe feed=${FEED}></ww-test-probe>`);
    let detail: unknown;
    document.addEventListener('ww-probe', (e) => (detail = (e as CustomEvent).detail), { once: true });
    (el as unknown as { emit: (n: string, d: unknown) => void }).emit('ww-probe', { results: 0 });
    expect(detail).to.deep.equal({ results: 0 });
  });

  it('does not throw when a second copy registers the same element', () => {
    class Other extends WwElement {}
    expect(() => defineElement('ww-test-probe', Other)).not.to.throw();
    expect(customElements.get('ww-test-probe')).to.equal(ProbeElement);
  });
});
