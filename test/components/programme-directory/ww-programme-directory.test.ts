/**
 * <ww-programme-directory> in Chromium: courses by next start, the facts that
 * decide whether someone can go, filters by keyboard, funding deadlines,
 * next steps, calendar files, print, and entries that end by themselves.
 * axe in every state.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
import '../../../src/components/programme-directory/define.js';
import type { WwProgrammeDirectory } from '../../../src/components/programme-directory/ww-programme-directory.js';
import { freshPage, nextEvent, until } from '../../helpers/wait.js';
import { addDays, berlinDate } from '../../../src/core/dates.js';
import type { Feed, Programme } from '../../../src/core/schema/index.js';
import { minimalFeed } from '../../helpers/minimal-feed.js';

const today = berlinDate();
const nextYear = Number(today.slice(0, 4)) + 1;
const worker = setupWorker();
const startUrl = location.href;
let url = '';
let feedNo = 0;

function programmes(): Programme[] {
  return [
    {
      id: 'b1', kind: 'integration-course', title: { de: 'Integrationskurs B1 am Vormittag', ar: 'دورة الاندماج B1 صباحًا' }, provider: 'lra', location: 'lra-kuen',
      levels: ['A2', 'B1'], instructionLanguages: ['de'], status: 'planned', childcare: true, freePlaces: 3, next: ['b2'],
      schedule: { start: addDays(today, 10), recurrence: { days: ['mo', 'tu', 'we', 'th', 'fr'], from: '08:30', to: '12:45' }, hoursTotal: 700 },
      registration: { required: true, deadline: addDays(today, 5), phone: '+49 7940 000-200' },
      cost: { free: false, text: '2,29 € je Stunde; Befreiung möglich' },
    },
    {
      id: 'b2', kind: 'job-language-course', title: 'Berufssprachkurs B2 (abends)', provider: 'lra', location: 'lra-kuen', levels: ['B2'],
      status: 'planned', schedule: { start: addDays(today, 40), recurrence: { days: ['tu', 'th'], from: '18:00', to: '21:15' } }, waitingList: true, freePlaces: 0,
    },
    {
      id: 'cafe', kind: 'language-cafe', title: 'Sprachcafé Künzelsau', provider: 'lra', location: 'lra-kuen', status: 'active', cost: { free: true },
      registration: { required: false }, schedule: { recurrence: { days: ['th'], from: '15:00', to: '17:00', schoolHolidays: 'paused' } },
    },
    {
      id: 'old', kind: 'project', title: 'Projekt, das gestern endete', provider: 'lra', status: 'active', gemeinde: '08126046',
      schedule: { start: addDays(today, -300), end: addDays(today, -1) },
    },
    {
      id: 'fonds', kind: 'funding', title: 'Ehrenamtsfonds des Landkreises', provider: 'lra', status: 'active', funder: { name: 'Hohenlohekreis', level: 'kreis' },
      funding: { applicants: 'Vereine und Initiativen im Landkreis', maxAmountEur: 5000, coFundingPercent: 10, deadline: addDays(today, 7), url: 'https://kreis.example/fonds' },
    },
    {
      id: 'abende', kind: 'event', title: 'Infoabende Ausbildung', provider: 'lra', location: 'lra-kuen', status: 'planned',
      schedule: { sessions: [{ start: `${nextYear}-01-20T18:00:00+01:00`, end: `${nextYear}-01-20T20:00:00+01:00` }, { start: `${nextYear}-07-15T18:00:00+02:00`, end: `${nextYear}-07-15T20:00:00+02:00` }] },
    },
  ];
}

function feed(): Feed {
  return minimalFeed({ programmes: programmes() });
}

before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } }));
after(() => worker.stop());
beforeEach(async () => {
  worker.resetHandlers();
  await freshPage(startUrl);
  url = `https://kreis.example/kurse-${++feedNo}.json`;
  const body = feed();
  worker.use(http.get(url, () => HttpResponse.json(body)));
});
afterEach(() => history.replaceState(null, '', startUrl));

const $ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const titles = (el: Element) => $$(el, '.programme .result__title').map(text);
const entry = (el: Element, title: string) => $$(el, '.programme').find((e) => text(e.querySelector('.result__title')).includes(title))!;

async function directory(attrs = ''): Promise<WwProgrammeDirectory> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<ww-programme-directory feed="${url}" gemeinde="08126046" ${attrs}></ww-programme-directory>`;
  const el = wrapper.querySelector('ww-programme-directory')!;
  await until(() => $(el, '.summary'), 'directory did not render');
  await el.updateComplete;
  return el;
}

describe('<ww-programme-directory>', () => {
  it('lists what can still be attended, by next start, grouped by month; ended entries are gone by themselves', async () => {
    const el = await directory();
    const shown = titles(el);
    expect(shown).not.to.include('Projekt, das gestern endete');
    // B1 starts in 10 days, B2 in 40, the information evenings next year; the Sprachcafé has no start date.
    expect(shown.indexOf('Integrationskurs B1 am Vormittag')).to.be.lessThan(shown.indexOf('Berufssprachkurs B2 (abends)'));
    expect(shown.indexOf('Berufssprachkurs B2 (abends)')).to.be.lessThan(shown.indexOf('Infoabende Ausbildung'));
    expect(text($$(el, '.group-title').at(-1))).to.equal('Regelmäßig, ohne festen Starttermin');
    const headings = $$(el, '.group-title').map(text);
    expect(new Set(headings).size).to.equal(headings.length, `a heading twice: ${headings.join(' | ')}`);
    expect(text($(el, '.summary'))).to.equal('5 Angebote');
    await expect(el).to.be.accessible();
  });

  it('shows the facts that decide whether someone can go', async () => {
    const el = await directory();
    const b1 = text(entry(el, 'Integrationskurs B1'));
    expect(b1).to.contain('Integrationskurs');
    expect(b1).to.contain('geplant');
    expect(b1).to.match(/Mo\.?–Fr\.?, 08:30–12:45/);
    expect(b1).to.contain('700 Unterrichtseinheiten');
    expect(b1).to.contain('A2, B1');
    expect(b1).to.contain('noch 3 Plätze frei');
    expect(b1).to.contain('Anmeldung nötig – bis');
    expect(b1).to.contain('Frist läuft ab');
    expect(b1).to.contain('Kinderbetreuung');
    expect(b1).to.contain('Allee 17, 74653 Künzelsau');
    const b2 = text(entry(el, 'Berufssprachkurs B2'));
    expect(b2).to.contain('Warteliste');
    const cafe = text(entry(el, 'Sprachcafé'));
    expect(cafe).to.match(/jeden Donnerstag, 15:00–17:00 \(nicht in den Schulferien\)/);
    expect(cafe).to.contain('ohne Anmeldung – einfach kommen');
    expect(cafe).to.contain('regelmäßig');
  });

  it('gives funding programmes who may apply, how much, the own share and the deadline', async () => {
    const el = await directory('kind="funding"');
    expect(titles(el)).to.deep.equal(['Ehrenamtsfonds des Landkreises']);
    const fonds = text(entry(el, 'Ehrenamtsfonds'));
    expect(fonds).to.contain('Vereine und Initiativen im Landkreis');
    expect(fonds).to.match(/bis 5\.000\s€/);
    expect(fonds).to.match(/Eigenanteil\s*10\s%/);
    expect(fonds).not.to.contain('regelmäßig');
    expect(fonds).to.contain('Frist läuft ab');
    expect(fonds).to.contain('Hohenlohekreis (Landkreis)');
    await expect(el).to.be.accessible();
  });

  it('keeps wall-clock times right across the daylight-saving change', async () => {
    const el = await directory();
    const evenings = text(entry(el, 'Infoabende'));
    expect(evenings).to.match(/20\.01\.\d{4}, 18:00–20:00 und 1 weiterer Termin/);
  });

  it('filters by time of day with the keyboard, and keeps the filters in the URL', async () => {
    const el = await directory();
    $<HTMLElement>(el, 'details.filters summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => $<HTMLDetailsElement>(el, 'details.filters')!.open, 'the filters did not open');
    $<HTMLInputElement>(el, 'input#time-evening')!.focus();
    await sendKeys({ press: 'Space' });
    await until(() => titles(el).length === 2, 'the time filter did not apply');
    expect(titles(el)).to.deep.equal(['Berufssprachkurs B2 (abends)', 'Infoabende Ausbildung']);
    expect(location.search).to.contain('ww-kurs-time=evening');
    await expect(el).to.be.accessible();
  });

  it('links to the usual next step and moves focus there', async () => {
    const el = await directory();
    const link = entry(el, 'Integrationskurs B1').querySelector<HTMLAnchorElement>('.next a')!;
    expect(text(link)).to.equal('Berufssprachkurs B2 (abends)');
    link.click();
    await until(() => text(el.shadowRoot!.activeElement) === 'Berufssprachkurs B2 (abends)', 'focus did not move to the next step');
  });

  it('searches, and never ends in a dead end', async () => {
    const el = await directory();
    const input = $<HTMLInputElement>(el, 'input[role="combobox"]')!;
    input.focus();
    await sendKeys({ type: 'Sprachcafe' });
    await sendKeys({ press: 'Enter' });
    await until(() => text($(el, '.summary')).includes('Sprachcafe'), 'no search');
    expect(titles(el)).to.deep.equal(['Sprachcafé Künzelsau']);
    // The answer to this query, not a late one for the previous query.
    const heard = nextEvent<{ query: string; results: number }>(el, 'ww-search', (d) => d.query === 'Quantenphysik');
    input.value = '';
    input.focus();
    await sendKeys({ type: 'Quantenphysik' });
    await sendKeys({ press: 'Enter' });
    const event = await heard;
    expect(event.detail.results).to.equal(0);
    await until(() => $(el, '.empty'), 'no empty state');
    expect(text($(el, '.empty'))).to.contain('Ohne „Suchbegriff“ suchen (5 Angebote)');
    await expect(el).to.be.accessible();
  });

  it('makes a calendar file in the browser with the Berlin time zone and the weekly rule', async () => {
    const el = await directory();
    el.addEventListener('ww-calendar', (e) => e.preventDefault(), { once: true });
    const made = oneEvent(el, 'ww-calendar');
    const button = [...entry(el, 'Sprachcafé').querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b).includes('Kalender'))!;
    button.click();
    const { detail } = (await made) as CustomEvent<{ id: string; text: string }>;
    expect(detail.id).to.equal('cafe');
    expect(detail.text).to.contain('BEGIN:VCALENDAR');
    expect(detail.text).to.contain('TZID:Europe/Berlin');
    expect(detail.text).to.match(/RRULE:FREQ=WEEKLY;[^\r\n]*BYDAY=TH/);
    expect(detail.text).to.match(/DTSTART;TZID=Europe\/Berlin:\d{8}T150000/);
  });

  it('prints one entry on its own, right to left in Arabic', async () => {
    const el = await directory('lang="ar"');
    await until(() => $(el, '.ww-root[dir="rtl"]'), 'no right-to-left directory');
    expect(text($(el, '.summary'))).not.to.contain('Angebote');
    await expect(el).to.be.accessible();
    el.addEventListener('ww-print', (e) => e.preventDefault(), { once: true });
    const printing = oneEvent(el, 'ww-print');
    const b1 = $$(el, '.programme').find((e) => text(e).includes('B1'))!;
    [...b1.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.getAttribute('part')?.includes('print'))!.click();
    const { detail } = (await printing) as CustomEvent<{ document: Document; kind: string }>;
    expect(detail.kind).to.equal('entry');
    expect(detail.document.documentElement.dir).to.equal('rtl');
    expect(detail.document.querySelectorAll('.programme').length).to.equal(1);
    expect(text(detail.document.querySelector('.result__title'))).to.contain('دورة الاندماج');
  });

  it('holds up in a hostile page and on a 320 px screen', async () => {
    const hostile = document.createElement('style');
    hostile.textContent = '* { box-sizing: content-box; font: 11px Verdana } li { list-style: disc } a { color: red }';
    document.head.append(hostile);
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await directory();
      const card = $$(el, '.programme')[0]!;
      expect(getComputedStyle(card).listStyleType).to.equal('none');
      expect(parseFloat(getComputedStyle($(el, '.ww-root')!).fontSize)).to.be.at.least(16);
      expect(el.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    } finally {
      hostile.remove();
      await setViewport({ width: 800, height: 600 });
    }
  });
});
