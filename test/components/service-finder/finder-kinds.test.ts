/**
 * <ww-service-finder> on a Kreis the kit was not tuned on (the Vogelsberg
 * test feed): one list for offices, courses, funding programmes and
 * Wegweiser paths; the office responsible for the chosen Gemeinde first even
 * when its text lacks the word; offices for other Gemeinden last and marked,
 * never dropped; filters that only apply to offices say what they hide; no
 * raw id in any label. axe in every state, keyboard where it matters.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
import '../../../src/components/service-finder/define.js';
import type { WwServiceFinder } from '../../../src/components/service-finder/ww-service-finder.js';
import { berlinDate } from '../../../src/core/dates.js';
import type { Feed } from '../../../src/core/schema/index.js';
import { vogelsbergFeed } from '../../fixtures/vogelsberg/feed.js';
import { freshPage, until } from '../../helpers/wait.js';

const LAUTERBACH = '06535011';
const SCHOTTEN = '06535016';
const worker = setupWorker();
const startUrl = location.href;
let feedNo = 0;
let url = '';

function serve(feed: Feed): void {
  url = `https://vogelsberg.example/feed-${++feedNo}.json`;
  worker.use(http.get(url, () => HttpResponse.json(feed)));
}

before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } }));
after(() => worker.stop());
beforeEach(async () => {
  worker.resetHandlers();
  await freshPage(startUrl);
  serve(vogelsbergFeed(berlinDate()));
});
afterEach(() => history.replaceState(null, '', startUrl));

const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
const $$ = (el: Element, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const cards = (el: Element) => $$(el, '.results > .result');
const titleOf = (card: Element) => text(card.querySelector('.result__title'));

async function finder(attrs: { gemeinde?: string; query?: string } = {}): Promise<WwServiceFinder> {
  const el = await fixture<WwServiceFinder>(html`<ww-service-finder feed=${url} gemeinde=${attrs.gemeinde ?? ''} query=${attrs.query ?? ''}></ww-service-finder>`);
  await until(() => $(el, '.summary:not([aria-busy="true"])'), 'the finder did not answer');
  await el.updateComplete;
  return el;
}

async function search(el: WwServiceFinder, words: string): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input[role="combobox"]')!;
  input.focus();
  input.select();
  await sendKeys({ type: words });
  await sendKeys({ press: 'Enter' });
  await until(() => text($(el, '.summary:not([aria-busy="true"])')).includes(`„${words}“`), `no answer for ${words}`);
  await el.updateComplete;
}

describe('<ww-service-finder> on a Kreis it has never seen', () => {
  it('finds courses among the offices, each marked with what it is and the facts people choose by', async () => {
    const el = await finder();
    await search(el, 'Intergrationskurs');
    const course = cards(el).find((c) => titleOf(c) === 'Integrationskurs am Vormittag')!;
    expect(course, 'the course is in the list despite the typo').to.exist;
    expect(text(course.querySelector('[part="kind"]'))).to.match(/^Kurs · beginnt am \d\d\.\d\d\.\d{4}$/);
    expect(text(course)).to.contain('A1, A2, B1');
    expect(text(course)).to.contain('Kosten können übernommen werden');
    expect(text(course)).to.contain('noch 4 Plätze frei');
    // The ended course of last year is gone by itself.
    expect(cards(el).map(titleOf)).not.to.include('Integrationskurs Herbst 2026');
    await expect(el).to.be.accessible();
  });

  it('finds funding programmes with their deadline, and opens a course with the keyboard and back', async () => {
    const el = await finder();
    await search(el, 'Foerderung Verein');
    const funding = cards(el)[0]!;
    expect(titleOf(funding)).to.contain('Integration im Verein');
    expect(text(funding.querySelector('[part="kind"]'))).to.match(/^Förderprogramm · Frist \d\d\.\d\d\.\d{4}$/);
    await search(el, 'Integrationskurs Alsfeld');
    const link = cards(el)[0]!.querySelector<HTMLAnchorElement>('.result__title a')!;
    expect(text(link)).to.equal('Integrationskurs Alsfeld (abends)');
    link.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => root(el).activeElement?.id === 'detail-title', 'the course detail did not open with the focus on its title');
    expect(text($(el, '.detail'))).to.contain('Warteliste');
    expect($(el, '.detail button[part~="calendar"]')).to.exist;
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, 'button[part~="back"]')!.click();
    await until(() => root(el).activeElement?.closest('.result__title'), 'focus did not return to the card');
  });

  it('finds a Wegweiser path and opens it for the visitor’s Gemeinde', async () => {
    const el = await finder({ gemeinde: SCHOTTEN });
    await search(el, 'Einbürgerung');
    const path = cards(el).find((c) => c.matches('.result--pathway'))!;
    expect(path, 'the path is in the list').to.exist;
    expect(text(path.querySelector('[part="kind"]'))).to.equal('Wegweiser · 3 Schritte');
    path.querySelector<HTMLAnchorElement>('.result__title a')!.click();
    await until(() => $(el, 'ww-wegweiser')?.shadowRoot?.querySelector('.step'), 'the Wegweiser did not open');
    const steps = $(el, 'ww-wegweiser')!.shadowRoot!;
    expect(text(steps.querySelector('.step .office'))).to.contain('Einbürgerungsbehörde');
    await expect(el).to.be.accessible();
  });

  it('puts the office responsible for the Gemeinde first although only another office’s text has the word', async () => {
    const el = await finder({ gemeinde: LAUTERBACH });
    await search(el, 'Mietzuschuss');
    const [first, ...rest] = cards(el);
    expect(titleOf(first!)).to.equal('Wohngeldstelle der Stadt Lauterbach');
    expect(text(first!.querySelector('[part="responsible"]'))).to.contain('Zuständig für Sie');
    const kreis = rest.find((c) => titleOf(c) === 'Wohngeldstelle des Kreises')!;
    expect(text(kreis.querySelector('[part="others-only"]'))).to.equal('Für andere Gemeinden zuständig');
    await expect(el).to.be.accessible();
  });

  it('never leaves a Gemeinde with nothing: offices for other Gemeinden stay in the list, after the own ones', async () => {
    serve(vogelsbergFeed(berlinDate()));
    const el = await fixture<WwServiceFinder>(html`<ww-service-finder feed=${url} gemeinde=${SCHOTTEN} topic="kita"></ww-service-finder>`);
    await until(() => cards(el).length > 0, 'no Kita offers');
    const titles = cards(el).map(titleOf);
    expect(titles[0]).to.equal('Kinderbetreuung Schotten');
    const others = cards(el).filter((c) => c.querySelector('[part="others-only"]'));
    expect(others.map(titleOf)).to.have.members(['Kita-Platz in Lauterbach', 'Kindertagesstätten der Stadt Alsfeld']);
    expect(titles.indexOf('Kita-Platz in Lauterbach')).to.be.greaterThan(titles.indexOf('Fachdienst Kindertagespflege'));
  });

  it('says which courses a filter for offices leaves out, and shows them again on request', async () => {
    const el = await finder();
    await search(el, 'Deutschkurs');
    const before = cards(el).length;
    expect(cards(el).some((c) => c.matches('.result--programme'))).to.equal(true);
    await until(() => $(el, 'input#access-walk-in'), 'no access filter');
    $<HTMLInputElement>(el, 'input#access-walk-in')!.click();
    await until(() => $(el, '[part~="hidden"]'), 'no note about the hidden courses');
    expect(cards(el).every((c) => !c.matches('.result--programme'))).to.equal(true);
    expect(text($(el, '[part~="hidden"]'))).to.match(/\d+ weitere Treffer .* nicht gezeigt/);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, 'button[part~="show-hidden"]')!.click();
    await until(() => cards(el).length === before, 'the courses did not come back');
  });

  it('filters by kind and by what it costs', async () => {
    const el = await finder();
    // The filters' controls load in idle time: wait for them.
    await until(() => $(el, 'select#kind'), 'no kind filter');
    const kind = $<HTMLSelectElement>(el, 'select#kind')!;
    kind.value = 'funding';
    kind.dispatchEvent(new Event('change'));
    await until(() => cards(el).length === 2 && cards(el).every((c) => text(c.querySelector('[part="kind"]')).startsWith('Förderprogramm')), 'not only the funding programmes');
    kind.value = '';
    kind.dispatchEvent(new Event('change'));
    const cost = $<HTMLSelectElement>(el, 'select#cost')!;
    cost.value = 'refundable';
    cost.dispatchEvent(new Event('change'));
    const refundable = ['Integrationskurs am Vormittag', 'Sport für alle beim TSV Lauterbach'];
    await until(() => cards(el).map(titleOf).sort().join('|') === refundable.sort().join('|'), 'not only what can be refunded');
    await expect(el).to.be.accessible();
  });

  it('shows no raw id anywhere: every option, chip and badge has a name', async () => {
    const feed = vogelsbergFeed(berlinDate());
    const ids = new Set([
      ...feed.topics, ...(feed.audiences ?? []), ...(feed.statuses ?? []), ...(feed.serviceTypes ?? []),
    ].map((t) => t.id));
    const el = await finder({ gemeinde: LAUTERBACH });
    $<HTMLElement>(el, 'details.filters')!.setAttribute('open', '');
    await until(() => $(el, 'select#topic'), 'no filters');
    for (const id of ['audience', 'topic', 'status']) {
      const picker = $<HTMLSelectElement>(el, `select#${id}`);
      if (picker) {
        picker.value = picker.options[1]!.value;
        picker.dispatchEvent(new Event('change'));
      }
    }
    await until(() => $$(el, '.chip').length >= 2, 'no chips');
    await search(el, 'Beratung');
    const labels = $$(el, 'option, .chip, .badge, dt, dd, label, legend, .result__title').map(text);
    expect(labels.filter((label) => ids.has(label) || [...ids].some((id) => label.split(/[\s,·()]+/).includes(id)))).to.deep.equal([]);
  });
});
