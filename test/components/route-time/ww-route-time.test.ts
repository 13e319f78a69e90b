/**
 * <ww-route-time> in Chromium: the timetable answer in words, the day choice,
 * estimates as the honest fallback, the visitor's position only after a
 * click, and a live answer only after consent. axe in every state.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
import '../../../src/components/route-time/define.js';
import type { WwRouteTime } from '../../../src/components/route-time/ww-route-time.js';
import { clearFeedCache } from '../../../src/core/load.js';
import { strings as arabic } from '../../../src/i18n/ar.js';
import { freshPage, until } from '../../helpers/wait.js';
import type { Feed } from '../../../src/core/schema/index.js';
import { minimalFeed } from '../../helpers/minimal-feed.js';

const KUENZELSAU = '08126046';
const OEHRINGEN = '08126066';
const worker = setupWorker();

function travelFeed(extra: Partial<NonNullable<Feed['travel']>> = {}): Feed {
  const feed = minimalFeed();
  feed.regions.gemeinden = feed.regions.gemeinden.map((g) => (g.ags === KUENZELSAU ? { ...g, centre: 'mittel' as const } : g));
  feed.regions.gemeinden.push({ ags: '08126045', name: 'Krautheim', centroid: [49.384904, 9.634435] });
  feed.travel = {
    source: { name: 'Testverbund', attribution: 'Fahrplan: Testverbund, CC BY 4.0', validFrom: '2026-11-01', validUntil: '2027-06-30' },
    days: { schoolday: '2026-12-08', holiday: '2026-12-29' },
    window: { from: '07:00', to: '10:00' },
    origins: [KUENZELSAU, OEHRINGEN, '08126045'],
    destinations: ['lra-kuen'],
    matrix: {
      schoolday: [[null], [[45, 40, 50, 3, 1, 470, 850]], [null]],
      holiday: [[null], [[55, 55, 55, 1, 0, 520, null]], [null]],
    },
    ...extra,
  };
  return feed;
}

let served: Feed = travelFeed();
let feedNo = 0;
let url = '';
before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } }));
after(() => worker.stop());
beforeEach(async () => {
  worker.resetHandlers();
  await freshPage(location.href);
  served = travelFeed();
  // A fresh URL per test: no shared request, no last good copy from another test.
  url = `https://kreis.example/travel-${++feedNo}.json`;
  worker.use(http.get(url, () => HttpResponse.json(served)));
});

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function badge(attrs: Record<string, string>): Promise<WwRouteTime> {
  const el = document.createElement('ww-route-time');
  el.feed = url;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await until(() => $(el, '.badge'), 'no badge');
  await el.updateComplete;
  return el;
}

describe('<ww-route-time>', () => {
  it('says how long the bus takes, how often it goes and the last way back, and names its source', async () => {
    const el = await badge({ location: 'lra-kuen', from: OEHRINGEN });
    const line = text($(el, '.line'));
    expect(line).to.contain('ca. 45 Min. mit Bus und Bahn');
    expect(line).to.contain('3 Fahrten');
    expect(line).to.contain('1 × umsteigen');
    expect(line).to.contain('letzte Rückfahrt 14:10');
    expect(line).to.contain('(laut Fahrplan)');
    expect(text($(el, '[part="target"]'))).to.contain('im Planungsziel (45 Min.)');
    expect(text($(el, '[part="source"]'))).to.contain('Testverbund, CC BY 4.0');
    await expect(el).to.be.accessible();
  });

  it('offers the school-day / holiday choice when the two differ, by keyboard', async () => {
    const el = await badge({ location: 'lra-kuen', from: OEHRINGEN });
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="days"] button')];
    expect(buttons.map(text)).to.deep.equal(['Schultag', 'Ferientag']);
    expect(buttons[0]!.getAttribute('aria-pressed')).to.equal('true');
    buttons[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => text($(el, '.line')).includes('55 Min.'), 'the holiday answer did not appear');
    const line = text($(el, '.line'));
    expect(line).to.contain('ca. 55 Min.');
    expect(line).to.contain('1 Fahrt ');
    expect(line).to.contain('keine Rückfahrt am selben Tag');
    expect(el.shadowRoot!.querySelectorAll('[part="days"] button')[1]!.getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('is honest when no bus goes: says so and gives the bike time as an estimate', async () => {
    const el = await badge({ location: 'lra-kuen', from: '08126045' });
    const line = text($(el, '.line'));
    expect(line).to.match(/Mit Bus und Bahn zwischen 07:00 und 10:00 nicht erreichbar — mit dem Fahrrad ca\. \d+–\d+ Min\. \(Schätzung\)/);
    expect($(el, '[part="days"]')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('gives walking and cycling as ranges labelled as estimates, and says when there is no timetable', async () => {
    const bike = await badge({ location: 'lra-kuen', from: OEHRINGEN, mode: 'bike' });
    expect(text($(bike, '.line'))).to.match(/^mit dem Fahrrad ca\. \d+–\d+ Min\. \(Schätzung\)$/);
    served = minimalFeed();
    clearFeedCache();
    url = `https://kreis.example/travel-${++feedNo}.json`;
    worker.use(http.get(url, () => HttpResponse.json(served)));
    const none = await badge({ location: 'lra-kuen', from: OEHRINGEN });
    expect(text($(none, '.line'))).to.match(/^Keine Fahrplandaten für diese Strecke — mit dem Fahrrad ca\. \d+–\d+ Min\./);
  });

  it('uses the visitor’s position only after a click, and never sends it anywhere', async () => {
    let asked = 0;
    const geolocation = {
      getCurrentPosition: (ok: PositionCallback) => {
        asked++;
        ok({ coords: { latitude: 49.201, longitude: 9.502, accuracy: 20 } } as GeolocationPosition);
      },
    };
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation');
    Object.defineProperty(Navigator.prototype, 'geolocation', { configurable: true, get: () => geolocation });
    try {
      const requests: string[] = [];
      worker.events.on('request:start', ({ request }) => requests.push(request.url));
      const el = await badge({ location: 'lra-kuen', from: KUENZELSAU });
      expect(asked).to.equal(0);
      const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === 'Von meinem Standort')!;
      button.click();
      await until(() => text($(el, '.note')).includes('ab Öhringen'), 'the position was not used');
      expect(asked).to.equal(1);
      // Near Öhringen's centre: the timetable row of Öhringen stands in, and the badge says so.
      expect(text($(el, '.note'))).to.contain('ab Öhringen');
      expect(text($(el, '.line'))).to.contain('ca. 45 Min.');
      expect(requests.filter((u) => !u.startsWith(url))).to.deep.equal([]);
      worker.events.removeAllListeners();
      await expect(el).to.be.accessible();
    } finally {
      if (original) Object.defineProperty(Navigator.prototype, 'geolocation', original);
    }
  });

  it('asks a live routing service only after the visitor agrees, and shows its answer', async () => {
    served = travelFeed({ live: { url: 'https://routing.example/api/v1/plan', name: 'Testrouting' } });
    let calls = 0;
    worker.use(http.get('https://routing.example/api/v1/plan', ({ request }) => {
      calls++;
      const params = new URL(request.url).searchParams;
      expect(params.get('fromPlace')).to.match(/^49\.2\d*,9\.5\d*$/);
      return HttpResponse.json({ itineraries: [{ duration: 2580, startTime: '2026-12-08T07:12:00Z', endTime: '2026-12-08T07:55:00Z', transfers: 1 }] });
    }));
    const el = await badge({ location: 'lra-kuen', from: OEHRINGEN });
    expect(text($(el, '#live-note'))).to.contain('routing.example');
    expect(calls).to.equal(0);
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === 'Aktuelle Verbindung abfragen')!.click();
    await until(() => text($(el, '.live')).includes('live'), 'no live answer');
    expect(calls).to.equal(1);
    expect(text($(el, '.live'))).to.match(/ca\. 43 Min\., 1 × umsteigen \(live\)/);
    await expect(el).to.be.accessible();
  });

  it('reads right to left in Arabic', async () => {
    const el = await badge({ location: 'lra-kuen', from: OEHRINGEN, lang: 'ar' });
    expect(text($(el, '.line'))).not.to.contain('mit Bus');
    expect($(el, '.badge')!.getAttribute('aria-label')).to.contain(arabic['route.label']);
    expect($(el, '.badge')!.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });
});
