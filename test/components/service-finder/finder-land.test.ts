/**
 * <ww-service-finder> with a Land index as `feed` (the compiled test Land in
 * test/fixtures/land/compiled: Stadtkreis Heilbronn, Landkreis Heilbronn,
 * Neckar-Odenwald-Kreis), in real Chromium: only the visitor's Kreis's shard
 * is loaded, a border Gemeinde also sees the neighbour's offers near it, no
 * Gemeinde asks for one, and a missing shard shows the error state.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
import '../../../src/components/service-finder/define.js';
import type { WwServiceFinder } from '../../../src/components/service-finder/ww-service-finder.js';
import type { LandIndex } from '../../../src/core/land.js';
import { freshPage, until } from '../../helpers/wait.js';

const INDEX = '/test/fixtures/land/compiled/index.json';
const GUNDELSHEIM = '08125039'; // 2 km from Haßmersheim (Neckar-Odenwald-Kreis)
const EPPINGEN = '08125026'; // no other Kreis's offer within 10 km
const worker = setupWorker();
const startUrl = location.href;
/** Every request the page made, to show which files were loaded. */
const seen: string[] = [];
const onRequest = ({ request }: { request: Request }) => void seen.push(new URL(request.url).pathname);

before(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
  worker.events.on('request:start', onRequest);
});
after(() => worker.stop());
beforeEach(async () => {
  worker.resetHandlers();
  await freshPage(startUrl);
  seen.length = 0;
});
afterEach(() => history.replaceState(null, '', startUrl));

const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const titles = (el: Element) => [...root(el).querySelectorAll('.results .result__title')].map((t) => text(t));

async function finder(gemeinde?: string) {
  const el = await fixture<WwServiceFinder>(gemeinde
    ? html`<ww-service-finder feed=${INDEX} gemeinde=${gemeinde} no-url></ww-service-finder>`
    : html`<ww-service-finder feed=${INDEX} no-url></ww-service-finder>`);
  await until(() => $(el, '.summary:not([aria-busy="true"])') || $(el, '.status--error') || $(el, '.status--choose'), 'the finder did not settle');
  await el.updateComplete;
  return el;
}

const files = () => seen.filter((p) => p.startsWith('/test/fixtures/land/compiled/')).map((p) => p.replace(/^.*\//, '').replace(/\.[0-9a-f]{10}\./, '.#.'));

describe('<ww-service-finder> with a Land index', () => {
  it('a border Gemeinde sees its Kreis\'s offers and the neighbour\'s near it', async () => {
    const el = await finder(GUNDELSHEIM);
    const list = titles(el);
    expect(list).to.include('Migrationsberatung Gundelsheim');
    expect(list).to.include('Integrationsmanagement Haßmersheim');
    expect(list).to.include('Ausländerbehörde Neckar-Odenwald-Kreis');
    expect(list).not.to.include('Jugendmigrationsdienst Buchen');
    expect(list).not.to.include('Ausländerbehörde der Stadt Heilbronn');
    expect(files()).to.have.members(['index.json', '08125.#.json', '08125-near-08225.#.json']);
    await expect(el).to.be.accessible();
  });

  it('an inner Gemeinde loads only its Kreis\'s shard', async () => {
    const el = await finder(EPPINGEN);
    const list = titles(el);
    expect(list).to.include('Sprachcafé Eppingen');
    expect(list.some((t) => t.includes('Haßmersheim'))).to.equal(false);
    expect(files()).to.have.members(['index.json', '08125.#.json']);
    await expect(el).to.be.accessible();
  });

  it('without a Gemeinde asks for one, grouped by Kreis, then loads that Kreis', async () => {
    const el = await finder();
    const choose = $(el, '.status--choose')!;
    expect(text(choose)).to.contain('Bitte wählen Sie Ihre Gemeinde');
    const select = $<HTMLSelectElement>(el, '#ww-choose')!;
    expect([...select.querySelectorAll('optgroup')].map((g) => g.label)).to.deep.equal(['Stadtkreis Heilbronn', 'Landkreis Heilbronn', 'Neckar-Odenwald-Kreis']);
    expect(files()).to.deep.equal(['index.json'], 'no shard before the choice');
    await expect(el).to.be.accessible();

    select.value = GUNDELSHEIM;
    select.dispatchEvent(new Event('change'));
    await until(() => $(el, '.summary:not([aria-busy="true"])'), 'no results after choosing');
    await el.updateComplete;
    expect(titles(el)).to.include('Integrationsmanagement Haßmersheim');
    await expect(el).to.be.accessible();
  });

  it('a missing shard shows the same error state as a missing feed', async () => {
    const index = (await (await fetch(INDEX)).json()) as LandIndex;
    const shard = new URL(index.kreise[1]!.feed, new URL(INDEX, location.href)).href;
    worker.use(http.get(shard, () => new HttpResponse('not found', { status: 404 })));
    const el = await finder(EPPINGEN);
    await until(() => $(el, '[role="alert"]'), 'no error message');
    expect(text($(el, '[role="alert"]'))).to.contain('Die Angebote können gerade nicht angezeigt werden');
    expect(text($(el, '[role="alert"]'))).to.contain('404');
    await expect(el).to.be.accessible();
  });
});
