/**
 * <ww-service-finder> in real Chromium with the demo feed (Hohenlohekreis):
 * every state a user can reach, checked with axe, driven by the keyboard.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse, delay } from 'msw';
import '../../../src/components/service-finder/define.js';
import type { WwServiceFinder, SearchEventDetail } from '../../../src/components/service-finder/ww-service-finder.js';
import { strings as arabic } from '../../../src/i18n/ar.js';
import { strings as english } from '../../../src/i18n/en.js';
import { minimalFeed } from '../../helpers/minimal-feed.js';
import { freshPage, nextEvent, until } from '../../helpers/wait.js';

const FEED = '/demo/feed.json';
const KUENZELSAU = '08126046';
const OEHRINGEN = '08126066';
const worker = setupWorker();
const startUrl = location.href;

before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } }));
after(() => worker.stop());
beforeEach(async () => {
  worker.resetHandlers();
  await freshPage(startUrl);
});
afterEach(() => history.replaceState(null, '', startUrl));

const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
const $$ = (el: Element, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** A short name for a failure message (chai would try to print the whole element). */
const describeNode = (node: Element | null) => (node ? `<${node.localName}${node.id ? ` id="${node.id}"` : ''}> ${text(node).slice(0, 60)}` : 'nothing');
const titles = (el: Element) => $$(el, '.results .result__title').map((t) => text(t));

async function finder(template = html`<ww-service-finder feed=${FEED} gemeinde=${KUENZELSAU}></ww-service-finder>`) {
  const el = await fixture<WwServiceFinder>(template);
  await until(() => $(el, '.summary:not([aria-busy="true"])') || $(el, '.status--error'), 'finder did not render results');
  await el.updateComplete;
  return el;
}

/** The detail view's code loads with the first entry opened: wait for its heading. */
async function detailOpen(el: WwServiceFinder) {
  await until(() => $(el, '#detail-title'), 'the detail view did not open');
  await el.updateComplete;
}

async function search(el: WwServiceFinder, words: string) {
  $<HTMLInputElement>(el, 'input[role="combobox"]')!.focus();
  await sendKeys({ type: words });
  await sendKeys({ press: 'Enter' });
  await until(() => text($(el, '.summary:not([aria-busy="true"])')).includes(words), `no results line for ${words}`);
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
    await until(() => text($(el, '.results > .result [part="responsible"]')).includes('Künzelsau'), 'the office for Künzelsau did not come first');
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
    await until(() => input.getAttribute('aria-expanded') === 'true', 'no suggestions');
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
    // A topic becomes a filter chip, a service opens its detail, a text becomes the query.
    const taken = chosen.replace(/^(Thema|Angebot|Kurs|Wegweiser|Ort): /, '').slice(0, 6);
    await until(() => [text($(el, '.chips')), text($(el, '#detail-title')), text($(el, '.summary'))].some((t) => t.includes(taken)), `the suggestion ${chosen} was not taken`);
    if ($(el, '#detail-title')) {
      $<HTMLButtonElement>(el, 'button[part~="back"]')!.click();
      await until(() => $(el, 'input[role="combobox"]'), 'no way back from the detail');
    }
    await el.updateComplete;
    expect($(el, 'input[role="combobox"]')!.getAttribute('aria-expanded')).to.equal('false');

    // Escape closes the list, a second Escape clears the field.
    const field = $<HTMLInputElement>(el, 'input[role="combobox"]')!;
    field.focus();
    field.select();
    await sendKeys({ type: 'Arb' });
    await until(() => field.getAttribute('aria-expanded') === 'true', 'no suggestions for Arb');
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
    expect(location.search).to.contain('ww-free=1');
    await until(() => text($(el, '.summary')) === before, 'Back did not restore the list');
  });

  it('never ends in a dead end: suggests dropping a filter, shows the nearest offer and tells analytics', async () => {
    history.replaceState(null, '', `${startUrl}${startUrl.includes('?') ? '&' : '?'}ww-topic=kita&ww-kind=service`);
    const el = await finder();
    // The demo's Kita offices offer no childcare of their own (only a parents' evening does: not an office).
    const heard = nextEvent<SearchEventDetail>(el, 'ww-search', (d) => d.filters.childcare);
    await until(() => $(el, 'input#childcare'), 'the filters did not load');
    const childcareBox = $<HTMLInputElement>(el, 'input#childcare')!;
    childcareBox.click();
    const event = await heard;
    expect(event.detail.results).to.equal(0);
    expect(event.detail.filters.topic).to.equal('kita');
    await until(() => $(el, '.empty'), 'no empty state');
    expect(text($(el, '.relax'))).to.contain('Ohne „Kinderbetreuung“ suchen');
    await expect(el).to.be.accessible();

    history.replaceState(null, '', startUrl);
    const plain = await finder();
    const nothingHeard = nextEvent<SearchEventDetail>(plain, 'ww-search', (d) => d.query === 'Quantenphysik');
    await search(plain, 'Quantenphysik');
    const none = await nothingHeard;
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
    expect(root(el).activeElement === title, `focus is on ${describeNode(root(el).activeElement)}`).to.equal(true);
    expect(location.search).to.contain('ww-detail=');
    expect($(el, 'table.week')).to.exist;
    expect($<HTMLAnchorElement>(el, 'a[part="report"]')!.href).to.match(/^mailto:.+subject=/);
    // The full travel-time badge sits in the detail.
    const badge = $(el, 'ww-route-time')!;
    await until(() => badge.shadowRoot?.querySelector('.line'), 'no travel badge');
    expect(text(badge.shadowRoot!.querySelector('.line'))).to.match(/Min\./);
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, 'button[part~="back"]')!.click();
    await until(() => root(el).activeElement?.closest('.result__title'), 'focus did not return to the entry');
    expect(location.search).not.to.contain('ww-detail=');
  });

  it('never takes the focus away from a visitor who has moved on', async () => {
    const all = await finder();
    const firstId = $(all, '.results > .result .result__title')!.id;
    const id = firstId.replace(/^r-/, '');
    all.remove();
    // A deep link to an entry the Kita filter leaves out: going back, there is no card to return to.
    history.replaceState(null, '', `${startUrl}${startUrl.includes('?') ? '&' : '?'}ww-topic=kita&ww-detail=${encodeURIComponent(id)}`);
    const el = await fixture<WwServiceFinder>(html`<ww-service-finder feed=${FEED} gemeinde=${KUENZELSAU}></ww-service-finder>`);
    await detailOpen(el);
    $<HTMLButtonElement>(el, 'button[part~="back"]')!.click();
    await until(() => $(el, '.summary'), 'no list after Back');
    expect(root(el).getElementById(firstId)).to.equal(null);
    const field = $<HTMLInputElement>(el, 'input[role="combobox"]')!;
    field.focus();
    // The card appears once the filter is removed; the visitor is in the search field by then.
    $$(el, '.chip')[0]!.click();
    await until(() => root(el).getElementById(firstId), 'the entry did not come back into the list');
    await el.updateComplete;
    expect(root(el).activeElement === field, `focus is on ${describeNode(root(el).activeElement)}`).to.equal(true);
  });

  it('shows more results on request, and coming back from an entry keeps the place in the list', async () => {
    const el = await finder();
    $<HTMLButtonElement>(el, 'button[part~="more"]')!.click();
    await until(() => $$(el, '.results > .result').length === 40, 'no more results');
    // Focus moves to the first newly shown result.
    await until(() => root(el).activeElement === $$(el, '.results > .result')[20]!.querySelector('.result__title a'), 'focus did not move to the first new result');
    const link = $$(el, '.results > .result')[30]!.querySelector<HTMLAnchorElement>('.result__title a')!;
    link.click();
    await detailOpen(el);
    $<HTMLButtonElement>(el, 'button[part~="back"]')!.click();
    await until(() => root(el).activeElement?.closest('.result__title'), 'focus did not return to the list');
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
    // The English words for a server error, never a German message first.
    const title = english['error.title'];
    await until(() => $(el, '[role="alert"]'), 'no error message');
    expect(text($(el, '[role="alert"]'))).to.contain(title);
    expect(text($(el, '[role="alert"]'))).to.contain('503');
    expect(text($(el, '[role="alert"]'))).to.contain('server');
    await expect(el).to.be.accessible();
  });

  it('lays out right-to-left in Arabic', async () => {
    const el = await finder(html`<ww-service-finder feed=${FEED} gemeinde=${KUENZELSAU} lang="ar"></ww-service-finder>`);
    await until(() => $(el, '.combobox__label'), 'no search field');
    expect(text($(el, '.combobox__label'))).to.equal(arabic['search.label']);
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
    await until(() => $(el, '.leaflet-container'), 'map did not load');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const foreign = performance.getEntriesByType('resource').filter((r) => !r.name.startsWith(location.origin));
    expect(foreign.map((r) => r.name)).to.deep.equal([]);
    expect(text($(el, '.map'))).to.contain('Ohne Hintergrundkarte');
    await expect(el).to.be.accessible();
  });

  it('prints the list and an entry on their own, with a link and QR code back', async () => {
    const el = await finder(html`<ww-service-finder feed=${FEED} gemeinde=${KUENZELSAU} topic="aufenthalt" lang="ar"></ww-service-finder>`);
    await until(() => $(el, '.finder[dir="rtl"] .results'), 'no rtl results');
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
      await until(() => $(el, '.summary'), 'no results');
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
    expect(text($(el, '.combobox__label'))).to.equal('What are you looking for?');
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
      await until(() => $(el, 'details.filters select#topic'), 'the filters did not load');
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
    await until(() => text($(el, '.summary')).includes('Jobcenter'), 'no results');
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
    await until(() => root(el).activeElement?.closest('.result__title'), 'focus did not return to the entry');
  });
});
