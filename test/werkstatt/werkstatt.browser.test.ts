/**
 * The Werkstatt as a Kreis admin uses it, in Chromium: the built page
 * (dist/werkstatt/, as `npm start` serves it) with its worker. Drop the
 * sheets with a broken row, read the error at its cell, fix and drop again,
 * preview, report, compare with a published feed that had far more entries
 * (the guard and its override), download feed.json, switch to English,
 * reload. axe in every state; the tabs by keyboard.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { until } from '../helpers/wait.js';
import { validateFeed } from '../../src/core/validate.js';

const FIXTURE = '/test/fixtures/sheets/vulkaneifel';
const NAMES = ['Alltagswörter', 'Angebote', 'Aufenthaltsstatus', 'Außensprechstunden', 'Fragen', 'Gemeinden', 'Gemeindeverbände', 'Kreis', 'Leistungsarten',
  'Nachbarorte', 'Organisationen', 'Orte', 'Ortsteile', 'Pflege', 'Programme', 'Themen', 'Wege', 'Zeiten', 'Zielgruppen', 'Zuständigkeiten'];

type Ws = HTMLElement & { updateComplete: Promise<boolean> };

async function sheet(name: string): Promise<File> {
  const response = await fetch(`${FIXTURE}/${encodeURIComponent(name)}.csv`);
  if (!response.ok) throw new Error(`fixture ${name}: ${response.status}`);
  return new File([await response.arrayBuffer()], `${name}.csv`, { type: 'text/csv' });
}

const root = (el: Ws) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Ws, selector: string) => root(el).querySelector<T>(selector);
const text = (el: Ws) => root(el).textContent ?? '';

function pick(el: Ws, selector: string, files: File[]): void {
  const input = $<HTMLInputElement>(el, selector)!;
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

function drop(el: Ws, files: File[]): void {
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  $(el, '[data-drop]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
}

async function openWerkstatt(): Promise<Ws> {
  const el = await fixture<Ws>(html`<ww-werkstatt worker="/dist/werkstatt/worker.js" gemeinden="/dist/werkstatt/gemeinden.json"
    template-href="/dist/werkstatt/wegweiser-vorlage.xlsx"></ww-werkstatt>`);
  await until(() => text(el).includes('Noch keine Dateien') || $(el, '.files'), 'the Werkstatt has started');
  return el;
}

const deleteDb = () => new Promise<void>((resolve) => {
  const request = indexedDB.deleteDatabase('wegweiser-werkstatt');
  request.onsuccess = request.onerror = request.onblocked = () => resolve();
});

describe('Werkstatt (dist/werkstatt/)', () => {
  before(async () => {
    await import(/* @vite-ignore */ '/dist/werkstatt/werkstatt.js' as string);
  });
  beforeEach(deleteDb);

  it('from a broken row to a published feed: error at its cell, fix, preview, report, compare with guard, download', async () => {
    const el = await openWerkstatt();
    expect(text(el)).to.include('Vorlage herunterladen');
    expect($<HTMLAnchorElement>(el, 'a[download]')!.getAttribute('href')).to.equal('/dist/werkstatt/wegweiser-vorlage.xlsx');
    await expect(el).to.be.accessible();

    // One cell wrong: a misspelt Gemeinde in Orte.csv, row 2.
    const files = await Promise.all(NAMES.map(sheet));
    const orte = files.find((f) => f.name === 'Orte.csv')!;
    const broken = new File([(await orte.text()).replace(';Daun;;Mainzer Straße 25;', ';Daunn;;Mainzer Straße 25;')], 'Orte.csv', { type: 'text/csv' });
    drop(el, files.map((f) => (f === orte ? broken : f)));
    await until(() => $(el, '[data-summary]'), 'the check is done');
    expect($(el, '[data-summary]')!.dataset.summary).to.equal('errors');
    const group = [...root(el).querySelectorAll('.file-problems')].find((s) => s.querySelector('h3')!.textContent === 'Orte.csv');
    expect(group, 'problems grouped under the file').to.exist;
    const item = [...group!.querySelectorAll('ol.problems > li')].find((li) => li.textContent!.includes('Zeile 2') && li.textContent!.includes('Spalte „Gemeinde“'))!;
    expect(item, 'the error names row and column').to.exist;
    expect(item.querySelector('.sev')!.textContent).to.equal('Fehler');
    item.querySelector<HTMLElement>('details summary')!.click();
    await until(() => item.querySelector('details')!.open, 'the row excerpt opens');
    expect(item.querySelector('td.hit')!.textContent).to.include('Daunn');
    expect(item.textContent).to.include('ähnlich: Daun');
    expect(item.querySelector('table')!.textContent).to.include('Kreisverwaltung Daun');
    expect($(el, '[data-download="feed"]'), 'no feed with errors').to.equal(null);
    await expect(el).to.be.accessible();

    // Fixed in Excel, dropped again: the same name replaces the file.
    pick(el, '#pick-files', [orte]);
    await until(() => $(el, '[data-summary="ok"]'), 'no errors after the fix');
    expect($(el, '[data-changes]')!.textContent).to.match(/1 Fehler behoben, keine neuen Fehler/);
    expect(root(el).querySelectorAll('ul.files li').length).to.equal(NAMES.length);
    await expect(el).to.be.accessible();

    // Tabs by keyboard: Check → Preview.
    $(el, '#tab-problems')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => $(el, '#tab-preview')!.getAttribute('aria-selected') === 'true', 'the preview tab is selected');
    await until(() => root(el).activeElement?.id === 'tab-preview', 'focus follows the tab');
    const finder = () => $(el, 'ww-service-finder');
    await until(() => finder()?.shadowRoot?.textContent?.includes('Was suchen Sie'), 'the finder runs on the draft');
    const select = $<HTMLSelectElement>(el, '#preview-gemeinde')!;
    select.value = [...select.options].find((o) => o.text === 'Kelberg')!.value;
    select.dispatchEvent(new Event('change'));
    await until(() => finder()?.getAttribute('gemeinde') === select.value, 'the preview is for Kelberg');
    await until(() => $(el, 'ww-programme-directory')?.shadowRoot?.querySelector('h3, h2, li'), 'the directory renders');
    await expect(el).to.be.accessible();

    // The report, with its chart.
    $(el, '#tab-report')!.click();
    await until(() => $<HTMLIFrameElement>(el, 'iframe.report'), 'the report is shown');
    expect($<HTMLIFrameElement>(el, 'iframe.report')!.srcdoc).to.include('<svg');
    await expect(el).to.be.accessible();

    // The published feed had many more services: the CLI's 30 % rule refuses, until the admin confirms.
    $(el, '#tab-publish')!.click();
    await until(() => $(el, '[data-download="feed"]'), 'downloads are offered');
    const href = $<HTMLAnchorElement>(el, '[data-download="feed"]')!.href;
    const feedText = await (await fetch(href)).text();
    const feed = JSON.parse(feedText);
    expect(validateFeed(feed).ok, 'the download is a valid published feed').to.equal(true);
    expect(feed.holidays?.public?.length).to.be.greaterThan(0);
    expect(text(el)).to.include('Einbinden in die Seite einer Gemeinde');
    expect($(el, '[data-snippet]')!.textContent).to.match(/data-gemeinde="\d{8}"/);
    const snippets = await (await fetch($<HTMLAnchorElement>(el, '[data-download="snippets"]')!.href)).text();
    expect(snippets.match(/data-gemeinde="\d{8}"/g)!.length, 'one snippet per Gemeinde').to.equal($<HTMLSelectElement>(el, '#embed-gemeinde')!.options.length);
    expect(snippets).to.include('<!-- Kelberg (');
    await expect(el).to.be.accessible();

    const bigger = { ...feed, services: [...feed.services, ...Array.from({ length: 40 }, (_, i) => ({ ...feed.services[0], id: `alt-${i}` }))] };
    $(el, '#tab-compare')!.click();
    await until(() => $(el, '#published-file'), 'the comparison form');
    pick(el, '#published-file', [new File([JSON.stringify(bigger)], 'feed-online.json', { type: 'application/json' })]);
    await until(() => $(el, '[data-guard]'), 'the guard refuses');
    expect($(el, '[data-compared]')!.textContent).to.include('feed-online.json');
    await expect(el).to.be.accessible();
    $(el, '#tab-publish')!.click();
    await until(() => $(el, '[data-blocked="guard"]'), 'publishing is blocked');
    expect($(el, '[data-download="feed"]')).to.equal(null);
    $(el, '#tab-compare')!.click();
    await until(() => $(el, '#override'), 'the override');
    $(el, '#override')!.click();
    $(el, '#tab-publish')!.click();
    await until(() => $(el, '[data-download="feed"]'), 'published after the explicit override');

    // English, then a reload keeps the work.
    [...root(el).querySelectorAll('button')].find((b) => b.textContent === 'English')!.click();
    await until(() => text(el).includes('Wegweiser workshop'), 'English');
    await expect(el).to.be.accessible();
    el.remove();
    const again = await openWerkstatt();
    await until(() => $(again, '[data-summary="ok"]'), 'the work survives a reload');
    expect(text(again)).to.include('Wegweiser workshop');
    expect(root(again).querySelectorAll('ul.files li').length).to.equal(NAMES.length);

    [...root(again).querySelectorAll('button')].find((b) => b.textContent === 'Start over')!.click();
    await until(() => text(again).includes('No files yet'), 'start over clears everything');
    again.remove();
    const fresh = await openWerkstatt();
    expect(text(fresh), 'nothing kept, German again').to.include('Noch keine Dateien');
  });

  it('a file that is no spreadsheet gets a clear error; loose CSV files without the Kreis sheet say what is missing', async () => {
    const el = await openWerkstatt();
    drop(el, [new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])], 'Liste.xls'), await sheet('Angebote')]);
    await until(() => $(el, '[data-summary="errors"]'), 'errors');
    expect(text(el)).to.include('Liste.xls');
    expect(text(el)).to.match(/als „\.xlsx“ oder als CSV/);
    await expect(el).to.be.accessible();
  });

  it('the template workbook as downloaded from the page (Excel, read in the worker) gives a feed and a preview', async () => {
    const el = await openWerkstatt();
    const response = await fetch($<HTMLAnchorElement>(el, 'a[download]')!.href);
    pick(el, '#pick-files', [new File([await response.arrayBuffer()], 'wegweiser-vorlage.xlsx')]);
    await until(() => $(el, '[data-summary="ok"]'), 'no errors in the template');
    expect($(el, 'ul.files li')!.textContent).to.match(/20 Blätter/);
    $(el, '#tab-preview')!.click();
    await until(() => $(el, 'ww-service-finder')?.shadowRoot?.querySelector('form'), 'the preview');
    await expect(el).to.be.accessible();

    // The published feed by its address: a missing one says why and what to do; the demo's is compared.
    $(el, '#tab-compare')!.click();
    await until(() => $(el, '#published-url'), 'the comparison form');
    const load = async (url: string) => {
      $<HTMLInputElement>(el, '#published-url')!.value = url;
      $<HTMLFormElement>(el, 'form')!.requestSubmit();
    };
    await load(`${location.origin}/demo/gibt-es-nicht.json`);
    await until(() => $(el, '[role=alert]'), 'a failed load is explained');
    expect($(el, '[role=alert]')!.textContent).to.match(/HTTP 404.*Datei im Browser herunter/s);
    await load(`${location.origin}/demo/feed.json`);
    await until(() => $(el, '[data-compared]'), 'compared with the published feed');
    expect($(el, '[data-compared]')!.textContent).to.include('/demo/feed.json');
    await expect(el).to.be.accessible();
  });

  it('at 200 % zoom (640 CSS pixels wide) nothing needs sideways scrolling; the file picker is reached by keyboard', async () => {
    await setViewport({ width: 640, height: 900 });
    try {
      const el = await openWerkstatt();
      // From the language switch, Tab goes on through "Neu beginnen" and the template to the file picker.
      [...root(el).querySelectorAll('button')].find((b) => b.textContent === 'Deutsch')!.focus();
      for (let i = 0; i < 8 && root(el).activeElement?.id !== 'pick-files'; i++) await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.id).to.equal('pick-files');
      pick(el, '#pick-files', await Promise.all(NAMES.map(sheet)));
      await until(() => $(el, '[data-summary="ok"]'), 'the check is done');
      const fits = () => document.documentElement.scrollWidth <= window.innerWidth;
      expect(fits(), 'the check fits').to.equal(true);
      $(el, '#tab-publish')!.click();
      await until(() => $(el, '[data-snippet]'), 'the publish tab');
      expect(fits(), 'the publish tab fits').to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 1280, height: 900 });
    }
  });
});
