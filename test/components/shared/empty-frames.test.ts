/**
 * No empty frame anywhere: each element on a feed that lacks its data says
 * what is missing and offers the next best step (the site's finder page, the
 * Kreis to ask, the bike as an estimate). axe in each state.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
import '../../../src/components/wegweiser/define.js';
import '../../../src/components/programme-directory/define.js';
import '../../../src/components/route-time/define.js';
import type { Feed } from '../../../src/core/schema/index.js';
import { minimalFeed } from '../../helpers/minimal-feed.js';
import { freshPage, until } from '../../helpers/wait.js';

const worker = setupWorker();
const startUrl = location.href;
let feedNo = 0;
let url = '';

function serve(feed: Feed): void {
  url = `https://kreis.example/empty-${++feedNo}.json`;
  worker.use(http.get(url, () => HttpResponse.json(feed)));
}

before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } }));
after(() => worker.stop());
beforeEach(async () => {
  worker.resetHandlers();
  await freshPage(startUrl);
});

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('elements on a feed without their data', () => {
  it('the Wegweiser says there are no paths yet and points to the finder and the Kreis', async () => {
    serve(minimalFeed({ pathways: [] }));
    const el = await fixture(html`<ww-wegweiser feed=${url} gemeinde="08126046" finder-href="/ankommen/finder.html"></ww-wegweiser>`);
    await until(() => el.shadowRoot!.querySelector('[part~="empty"]'), 'no word about the missing paths');
    const root = el.shadowRoot!;
    expect(text(root.querySelector('[part~="empty"]'))).to.contain('noch keine Wegweiser');
    const link = root.querySelector<HTMLAnchorElement>('[part="finder-link"]')!;
    expect(link.href).to.equal(new URL('/ankommen/finder.html', location.href).href);
    expect(text(root.querySelector('[part="next-best"]'))).to.contain('integration@example.org');
    await expect(el).to.be.accessible();
  });

  it('the programme directory says there are no courses yet and names the Kreis to ask', async () => {
    serve(minimalFeed({ programmes: [] }));
    const el = await fixture(html`<ww-programme-directory feed=${url}></ww-programme-directory>`);
    await until(() => el.shadowRoot!.querySelector('.empty'), 'no empty state');
    const empty = text(el.shadowRoot!.querySelector('.empty'));
    expect(empty).to.contain('noch keine Kurse, Gruppen oder Förderprogramme');
    expect(empty).to.contain('Landratsamt Testkreis');
    expect(el.shadowRoot!.querySelector('[part="finder-link"]')).to.equal(null, 'no finder page configured: no link');
    await expect(el).to.be.accessible();
  });

  it('the route time without a timetable gives the bike time as an estimate instead of nothing', async () => {
    serve(minimalFeed());
    const el = await fixture(html`<ww-route-time feed=${url} location="lra-kuen" from="08126066"></ww-route-time>`);
    await until(() => el.shadowRoot!.querySelector('.line'), 'no line');
    expect(text(el.shadowRoot!.querySelector('.line'))).to.match(/Keine Fahrplandaten .* mit dem Fahrrad ca\. \d+–\d+ Min\./);
    await expect(el).to.be.accessible();
  });
});
