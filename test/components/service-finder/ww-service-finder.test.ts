/**
 * <ww-service-finder> in real Chromium with the demo feed (Hohenlohekreis):
 * every state a user can reach, checked with axe, driven by the keyboard.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse, delay } from 'msw';
import '../../../src/components/service-finder/define.js';
import type { WwServiceFinder, SearchEventDetail } from '../../../src/components/service-finder/ww-service-finder.js';
import { clearFeedCache } from '../../../src/core/load.js';
import { minimalFeed } from '../../helpers/minimal-feed.js';

const FEED = '/demo/feed.json';
const KUENZELSAU = '08126046';
const OEHRINGEN = '08126066';
const worker = setupWorker();
const startUrl = location.href;

before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } }));
after(() => worker.stop());
beforeEach(async () => {
  worker.resetHandlers();
  clearFeedCache();
  await caches.delete('wegweiser-kit-feeds-v1');
  history.replaceState(null, '', startUrl);
});
afterEach(() => history.replaceState(null, '', startUrl));

const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
const $$ = (el: Element, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const titles = (el: Element) => $$(el, '.results .result__title').map((t) => text(t));

async function finder(template = html`<ww-service-finder feed=${FEED} gemeinde=${KUENZELSAU}></ww-service-finder>`) {
  const el = await fixture<WwServiceFinder>(template);
  await waitUntil(() => $(el, '.summary') || $(el, '.status--error'), 'finder did not render results', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

/** The detail view's code loads with the first entry opened: wait for its heading. */
async function detailOpen(el: WwServiceFinder) {
  await waitUntil(() => $(el, '#detail-title'), 'the detail view did not open', { timeout: 5000 });
  await el.updateComplete;
}

async function search(el: WwServiceFinder, words: string) {
  $<HTMLInputElement>(el, 'input[role="combobox"]')!.focus();
  await sendKeys({ type: words });
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => text($(el, '.summary')).includes(words) , `no results line for ${words}`, { timeout: 8000 });
  await el.updateComplete;
}

describe('<ww-service-finder>', () => {
  it('shows an accessible loading state, then results for the Gemeinde', async () => {
    worker.use(http.get('https://kreis.example/slow.json', async () => {
      await delay('infinite');
      return HttpResponse.json({});
    }));
    const loading = await fixture<WwServiceFinder>(html`<ww-service-finder feed="https://kreis.example/slow.json"></ww-service-finder>`);
    expect(text($(loading, '[role="status"]'))).to.contain('Angebote werden geladen');
    await expect(loading).to.be.accessible();

    const el = await finder();
    expect(text($(el, '.summary'))).to.match(/^\d+ Angebote$/);
    expect($$(el, '.results > .result').length).to.equal(20);
    expect(text($(el, '.status--sample'))).to.contain('Beispieldaten');
    await expect(el).to.be.accessible();
  });

  it('puts the office responsible for the chosen Gemeinde first and marks it', async () => {
    const el = await finder(html`<ww-service-finder feed=${FEED} gemeinde=${OEHRINGEN} topic="aufenthalt"></ww-service-finder>`);
    const first = $(el, '.results > .result')!;
    // How to get there from the visitor's Gemeinde, from the feed's (sample) timetable.
    const travel = [...$(el, '.results')!.querySelectorAll('.fact')].find((f) => text(f.querySelector('dt')) === 'Anfahrt');
    expect(text(travel)).to.match(/Min\./);
    expect(text(first.querySelector('[part="responsible"]'))).to.contain('Zuständig für Sie');
    expect(text(first.querySelector('.result__title'))).to.contain('Öhringen');

    // The picker changes the Gemeinde: Künzelsau is served by the Landratsamt.
    const picker = $<HTMLSelectElement>(el, 'select#home')!;
    picker.value = KUENZELSAU;
    picker.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const firstNow = $(el, '.results > .result')!;
    expect(text(firstNow.querySelector('[part="responsible"]'))).to.contain('Künzelsau');
    expect(text(firstNow.querySelector('.result__provider'))).to.contain('Landratsamt');
    await expect(el).to.be.accessible();
  });

  it('says where the responsible office is when it lies in another Gemeinde', async () => {
    const el = await finder(html`<ww-service-finder feed=${FEED} gemeinde="08126039" topic="aufenthalt"></ww-service-finder>`);
    expect(text($(el, '.results > .result [part="responsible"]'))).to.contain('Das Amt sitzt in Künzelsau');
  });

  it('suggests topics, services and places while typing (APG combobox) and takes one with the keyboard', async () => {
    const el = await finder();
    const input = $<HTMLInputElement>(el, 'input[role="combobox"]')!;
    input.focus();
    await sendKeys({ type: 'Deutsch' });
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'no suggestions', { timeout: 8000 });
    const options = $$(el, '[role="option"]');
    expect(options.length).to.be.greaterThan(0);
    expect(text($(el, '.combobox [role="status"]'))).to.match(/Vorschläge?/);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const active = input.getAttribute('aria-activedescendant')!;
    expect(root(el).getElementById(active)!.getAttribute('aria-selected')).to.equal('true');
    const chosen = text(root(el).getElementById(active));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    if (chosen.startsWith('Angebot')) await detailOpen(el);
    // A topic becomes a filter chip, a service opens its detail, a text becomes the query.
    const changed = text($(el, '.chips')) || text($(el, '#detail-title')) || text($(el, '.summary'));
    expect(changed).to.contain(chosen.replace(/^(Thema|Angebot|Ort): /, '').slice(0, 6));
    if ($(el, '#detail-title')) $<HTMLButtonElement>(el, 'button[part~="back"]')!.click();
    await el.updateComplete;
    expect($(el, 'input[role="combobox"]')!.getAttribute('aria-expanded')).to.equal('false');

    // Escape closes the list, a second Escape clears the field.
    const field = $<HTMLInputElement>(el, 'input[role="combobox"]')!;
    field.focus();
    field.select();
    await sendKeys({ type: 'Arb' });
    await waitUntil(() => field.getAttribute('aria-expanded') === 'true', 'no suggestions for Arb', { timeout: 8000 });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(field.value).to.equal('');
  });

  it('finds citizens’ words and announces the number of results', async () => {
    const el = await finder();
    await search(el, 'Ausländeramt');
    expect(text($(el, '.summary'))).to.match(/\d+ Angebote? für „Ausländeramt“/);
    expect(titles(el)[0]).to.contain('Ausländerbehörde');
    expect($(el, '.summary')!.getAttribute('role')).to.equal('status');
  });

  it('keeps query and filters in the URL: deep links work and Back restores the previous list', async () => {
    history.replaceState(null, '', `${startUrl}${startUrl.includes('?') ? '&' : '?'}ww-topic=sprache&ww-free=1`);
    const el = await finder();
    expect(text($(el, '.chips'))).to.contain('Kostenlos');
    const before = text($(el, '.summary'));

    const free = $$(el, '.chip').find((chip) => text(chip).includes('Kostenlos'))!;
    free.click();
    await el.updateComplete;
    expect(location.search).not.to.contain('ww-free');
    expect(location.search).to.contain('ww-topic=sprache');

    const popped = oneEvent(window, 'popstate');
    history.back();
    await popped;
    await el.updateComplete;
    expect(location.search).to.contain('ww-free=1');
    expect(text($(el, '.summary'))).to.equal(before);
  });

  it('never ends in a dead end: suggests dropping a filter, shows the nearest offer and tells analytics', async () => {
    const el = await finder(html`<ww-service-finder feed=${FEED} gemeinde=${KUENZELSAU} topic="kita"></ww-service-finder>`);
    const heard = oneEvent(el, 'ww-search');
    const childcareBox = $<HTMLInputElement>(el, 'input#childcare')!;
    childcareBox.click();
    const event = (await heard) as CustomEvent<SearchEventDetail>;
    await el.updateComplete;
    if (event.detail.results === 0) {
      expect($(el, '.empty')).to.exist;
      expect(text($(el, '.relax'))).to.contain('Ohne „Kinderbetreuung“ suchen');
      expect(event.detail.filters.topic).to.equal('kita');
      await expect(el).to.be.accessible();
    }

    history.replaceState(null, '', startUrl);
    const plain = await finder();
    const nothingHeard = oneEvent(plain, 'ww-search');
    await search(plain, 'Quantenphysik');
    const none = (await nothingHeard) as CustomEvent<SearchEventDetail>;
    expect(none.detail.results).to.equal(0);
    expect(none.detail.query).to.equal('Quantenphysik');
    expect(text($(plain, '.summary'))).to.contain('Keine Angebote für „Quantenphysik“');
    expect($$(plain, '.relax button').map(text).join(' ')).to.contain('Ohne „Suchbegriff“ suchen');
    await expect(plain).to.be.accessible();
  });

  it('opens a detail view with hours, what to bring and a report link; Back returns focus to the entry', async () => {
    const el = await finder(html`<ww-service-finder feed=${FEED} gemeinde=${KUENZELSAU} topic="aufenthalt"></ww-service-finder>`);
    const link = $<HTMLAnchorElement>(el, '.results .result__title a')!;
    expect(link.href).to.contain('ww-detail=');
    link.focus();
    await sendKeys({ press: 'Enter' });
    await detailOpen(el);
    const title = $(el, '#detail-title')!;
    expect(root(el).activeElement).to.equal(title);
    expect(location.search).to.contain('ww-detail=');
    expect($(el, 'table.week')).to.exist;
    expect($<HTMLAnchorElement>(el, 'a[part="report"]')!.href).to.match(/^mailto:.+subject=/);
    // The full travel-time badge sits in the detail.
    const badge = $(el, 'ww-route-time')!;
    await waitUntil(() => badge.shadowRoot?.querySelector('.line'), 'no travel badge', { timeout: 5000 });
    expect(text(badge.shadowRoot!.querySelector('.line'))).to.match(/Min\./);
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, 'button[part~="back"]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).activeElement?.closest('.result__title')).to.exist;
    expect(location.search).not.to.contain('ww-detail=');
  });

  it('shows more results on request, and coming back from an entry keeps the place in the list', async () => {
    const el = await finder();
    $<HTMLButtonElement>(el, 'button[part~="more"]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect($$(el, '.results > .result').length).to.equal(40);
    // Focus moves to the first newly shown result.
    expect(root(el).activeElement).to.equal($$(el, '.results > .result')[20]!.querySelector('.result__title a'));
    const link = $$(el, '.results > .result')[30]!.querySelector<HTMLAnchorElement>('.result__title a')!;
    link.click();
    await detailOpen(el);
    $<HTMLButtonElement>(el, 'button[part~="back"]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect($$(el, '.results > .result').length).to.equal(40);
    expect(text(root(el).activeElement)).to.equal(text($$(el, '.results > .result')[30]!.querySelector('.result__title a')));
  });

  it('hides the address of protected places', async () => {
    const el = await finder();
    await search(el, 'Frauenhaus');
    const card = $$(el, '.results > .result').find((c) => text(c).includes('Kinderschutzhaus'))!;
    expect(text(card.querySelector('[part="address"]'))).to.equal('Adresse auf Anfrage');
  });

  it('explains an unreachable feed in the user’s language', async () => {
    worker.use(http.get('https://kreis.example/down.json', () => new HttpResponse('nope', { status: 503 })));
    const el = await finder(html`<ww-service-finder feed="https://kreis.example/down.json" lang="en"></ww-service-finder>`);
    await waitUntil(() => text($(el, '[role="alert"]')).includes('503'), 'no English error', { timeout: 5000 });
    expect(text($(el, '[role="alert"]'))).to.contain('server');
    await expect(el).to.be.accessible();
  });

  it('lays out right-to-left in Arabic', async () => {
    const el = await finder(html`<ww-service-finder feed=${FEED} gemeinde=${KUENZELSAU} lang="ar"></ww-service-finder>`);
    await waitUntil(() => !text($(el, '.combobox__label')).includes('Was suchen'), 'Arabic strings did not load', { timeout: 5000 });
    expect($(el, '.finder')!.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle($(el, '.combobox__label')!).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('shows the map only on request, without any third-party request, and keeps it reachable by keyboard', async () => {
    const el = await finder(html`<ww-service-finder feed=${FEED} gemeinde=${KUENZELSAU} topic="beratung"></ww-service-finder>`);
    expect($(el, '.leaflet-container')).to.be.null;
    const toggle = $<HTMLButtonElement>(el, 'button[part~="map-toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await waitUntil(() => $(el, '.leaflet-container'), 'map did not load', { timeout: 8000 });
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const foreign = performance.getEntriesByType('resource').filter((r) => !r.name.startsWith(location.origin));
    expect(foreign.map((r) => r.name)).to.deep.equal([]);
    expect(text($(el, '.map'))).to.contain('Ohne Hintergrundkarte');
    await expect(el).to.be.accessible();
  });

  it('prints the list and an entry on their own, with a link and QR code back', async () => {
    const el = await finder(html`<ww-service-finder feed=${FEED} gemeinde=${KUENZELSAU} topic="aufenthalt" lang="ar"></ww-service-finder>`);
    await waitUntil(() => $(el, '.finder[dir="rtl"]'), 'no rtl', { timeout: 5000 });
    el.addEventListener('ww-print', (e) => e.preventDefault(), { once: true });
    const printing = oneEvent(el, 'ww-print');
    $<HTMLButtonElement>(el, 'button[part~="print"]')!.click();
    const { detail } = (await printing) as CustomEvent<{ document: Document; kind: string }>;
    expect(detail.kind).to.equal('list');
    const doc = detail.document;
    expect(doc.documentElement.dir).to.equal('rtl');
    expect(doc.querySelectorAll('.result').length).to.be.greaterThan(0);
    expect(doc.querySelector('svg.qr path')!.getAttribute('d')).to.match(/^M\d/);
    expect(doc.querySelector('.url')!.textContent).to.contain('ww-topic=aufenthalt');
  });

  it('holds up in a hostile page and does not leak its own styles', async () => {
    const hostile = document.createElement('style');
    hostile.textContent = '* { box-sizing: content-box; font: 11px Verdana } li { list-style: disc } a { color: red }';
    document.head.append(hostile);
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div><ul><li id="outside">outside</li></ul>
        <ww-service-finder feed=${FEED} gemeinde=${KUENZELSAU}></ww-service-finder></div>`);
      const el = wrapper.querySelector('ww-service-finder')!;
      await waitUntil(() => $(el, '.summary'), 'no results', { timeout: 8000 });
      const item = $(el, '.results > .result')!;
      expect(getComputedStyle(item).listStyleType).to.equal('none');
      expect(getComputedStyle(item).boxSizing).to.equal('border-box');
      expect(getComputedStyle($(el, '.result__title a')!).color).not.to.equal('rgb(255, 0, 0)');
      expect(parseFloat(getComputedStyle($(el, '.finder')!).fontSize)).to.be.at.least(16);
      expect(getComputedStyle($(el, '.finder')!).fontFamily).not.to.contain('Verdana');
      expect(getComputedStyle(wrapper.querySelector('#outside')!).listStyleType).to.equal('disc');
      await expect(el).to.be.accessible();
    } finally {
      hostile.remove();
    }
  });

  it('works with a small feed it has never seen: German text marked where a language is missing', async () => {
    worker.use(http.get('https://kreis.example/small.json', () => HttpResponse.json(minimalFeed())));
    const el = await finder(html`<ww-service-finder feed="https://kreis.example/small.json" lang="en" gemeinde="08126066"></ww-service-finder>`);
    await waitUntil(() => text($(el, '.combobox__label')) === 'What are you looking for?', 'English strings did not load', { timeout: 5000 });
    const card = $(el, '.results > .result')!;
    expect(text(card.querySelector('.result__title'))).to.equal('Immigration office');
    // The summary exists only in German: shown, and said so.
    expect(text(card.querySelector('.result__summary'))).to.contain('Aufenthaltstitel');
    expect(text(card.querySelector('.result__summary .fallback-note'))).to.equal('(only available in German)');
    expect(card.querySelector('.result__summary [lang="de"]')).to.exist;
    // No statuses or audiences in this feed: their pickers are left out instead of showing empty lists.
    expect($(el, 'select#status')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await finder();
      $<HTMLElement>(el, 'details.filters')!.setAttribute('open', '');
      await el.updateComplete;
      expect(el.scrollWidth).to.be.at.most(320);
      expect($(el, '.finder')!.scrollWidth).to.be.at.most(el.clientWidth);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('can be used with the keyboard alone: search, open, go back', async () => {
    const el = await finder();
    $<HTMLInputElement>(el, 'input[role="combobox"]')!.focus();
    await sendKeys({ type: 'Jobcenter' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text($(el, '.summary')).includes('Jobcenter'), 'no results', { timeout: 8000 });
    // Tab through to the first result and open it.
    let guard = 0;
    while (!root(el).activeElement?.closest('.result__title') && guard++ < 40) await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.closest('.result__title')).to.exist;
    await sendKeys({ press: 'Enter' });
    await detailOpen(el);
    expect(root(el).activeElement?.id).to.equal('detail-title');
    // The way back sits right before the heading.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(root(el).activeElement?.getAttribute('part')).to.contain('back');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).activeElement?.closest('.result__title')).to.exist;
  });
});
