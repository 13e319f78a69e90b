/**
 * <ww-wegweiser> in Chromium with the demo feed's pathways: choose, the
 * optional questions, the path with the responsible office, ticking off
 * (kept in this browser, cleared with one button), the printed checklist
 * beside German, Leichte Sprache, RTL. axe in every state, keyboard use.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/wegweiser/define.js';
import type { WwWegweiser } from '../../../src/components/wegweiser/ww-wegweiser.js';
import { clearFeedCache } from '../../../src/core/load.js';
import { freshPage, until } from '../../helpers/wait.js';

const FEED = '/demo/feed.json';
const KUENZELSAU = '08126046';
const startUrl = location.href;

beforeEach(() => freshPage(startUrl));
afterEach(() => {
  localStorage.clear();
  history.replaceState(null, '', startUrl);
});

const $ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const stepIds = (el: Element) => $$(el, '.step .step__title').map((t) => t.id.replace(/^step-/, ''));

async function wegweiser(attrs = ''): Promise<WwWegweiser> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<ww-wegweiser feed="${FEED}" gemeinde="${KUENZELSAU}" ${attrs}></ww-wegweiser>`;
  const el = wrapper.querySelector('ww-wegweiser')!;
  await until(() => $(el, '.title'), 'no Wegweiser');
  await el.updateComplete;
  return el;
}

describe('<ww-wegweiser>', () => {
  it('lets the visitor choose a life situation by keyboard, with helpers’ paths apart', async () => {
    const el = await wegweiser();
    expect(text($(el, '#choose-title'))).to.equal('Was ist Ihre Lebenslage?');
    const buttons = $$(el, '.path-button');
    expect(buttons.length).to.equal(6);
    expect(text(el.shadowRoot!.querySelector('.group-title'))).to.equal('Für Arbeitgeber und Ehrenamtliche');
    await expect(el).to.be.accessible();
    buttons[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.activeElement?.id === 'path-title', 'focus did not move to the chosen path');
    expect(location.search).to.contain('ww-weg-id=');
  });

  it('shows the general path without any answer, and the questions change it', async () => {
    const el = await wegweiser('pathway="neu-im-landkreis"');
    const general = stepIds(el);
    expect(general).to.include('auslaenderbehoerde');
    expect(general).to.include('kita');
    await expect(el).to.be.accessible();
    // EU citizen: no Ausländerbehörde, no licence conversion.
    const eu = $$(el, 'fieldset.question').find((f) => text(f.querySelector('legend')).includes('EU'))!;
    const yes = [...eu.querySelectorAll<HTMLInputElement>('input[type="radio"]')][0]!;
    yes.focus();
    await sendKeys({ press: 'Space' });
    await until(() => !stepIds(el).includes('auslaenderbehoerde'), 'the answer did not change the path');
    expect(stepIds(el)).not.to.include('fuehrerschein');
    expect(text($(el, '[role="status"]:not(.status)'))).to.match(/\d+ Schritte/);
    await expect(el).to.be.accessible();
  });

  it('resolves each step to the office for the chosen Gemeinde, and says so when none is known', async () => {
    const el = await wegweiser('pathway="neu-im-landkreis"');
    const abh = $$(el, '.step').find((s) => s.querySelector('#step-auslaenderbehoerde'))!;
    expect(text(abh.querySelector('.office'))).to.contain('Ausländerbehörde');
    expect(text(abh.querySelector('.office'))).to.contain('Künzelsau');
    const picker = $<HTMLSelectElement>(el, 'select#weg-home')!;
    picker.value = '08126066';
    picker.dispatchEvent(new Event('change'));
    await until(() => text($$(el, '.step').find((s) => s.querySelector('#step-auslaenderbehoerde'))?.querySelector('.office')).includes('Öhringen'), 'no office for Öhringen');
    const abhOeh = $$(el, '.step').find((s) => s.querySelector('#step-auslaenderbehoerde'))!;
    expect(text(abhOeh.querySelector('.office'))).to.contain('Öhringen');
    // Every step either names an office, says none is known, or needs no office.
    for (const step of $$(el, '.step')) {
      const hasOffice = !!step.querySelector('.office');
      const missing = !!step.querySelector('.missing');
      if (missing) expect(text(step.querySelector('.missing'))).to.contain('Landratsamt');
      expect(hasOffice && missing).to.equal(false);
    }
  });

  it('ticks steps off, marks the current one, keeps the progress over a reload, and clears it with one button', async () => {
    const el = await wegweiser('pathway="neu-im-landkreis"');
    const first = $$(el, '.step')[0]!;
    expect(first.getAttribute('aria-current')).to.equal('step');
    const box = first.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    box.focus();
    await sendKeys({ press: 'Space' });
    await until(() => !$$(el, '.step')[0]!.hasAttribute('aria-current'), 'the ticked step stayed current');
    expect($$(el, '.step')[1]!.getAttribute('aria-current')).to.equal('step');
    expect(text($(el, '[part="progress"]'))).to.match(/^1 von \d+ Schritten erledigt/);
    expect(text($(el, '.visually-hidden[role="status"]'))).to.contain('erledigt');
    expect(localStorage.length).to.equal(1);
    await expect(el).to.be.accessible();

    // A new page load (a new element) finds the tick.
    el.remove();
    clearFeedCache();
    const again = await wegweiser('pathway="neu-im-landkreis"');
    expect($$(again, '.step')[0]!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).to.equal(true);
    $$(again, 'button').find((b) => text(b) === 'Fortschritt löschen')!.click();
    await until(() => !$$(again, '.step')[0]!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked, 'the tick was not cleared');
    expect(localStorage.length).to.equal(0);
  });

  it('prints the personal checklist in the visitor’s language beside German, right to left', async () => {
    const el = await wegweiser('pathway="neu-im-landkreis" lang="ar"');
    await until(() => $(el, '.ww-root[dir="rtl"] [part="progress"]'), 'no Arabic path');
    // Arabic words from the first render on, no German in between.
    expect(text($(el, '[part="progress"]'))).not.to.contain('erledigt');
    expect(text($(el, '[part="progress"]'))).to.match(/[\u0600-\u06FF]/);
    await expect(el).to.be.accessible();
    el.addEventListener('ww-print', (e) => e.preventDefault(), { once: true });
    const printing = oneEvent(el, 'ww-print');
    $$(el, 'button').find((b) => b.getAttribute('part')?.includes('print'))!.click();
    const { detail } = (await printing) as CustomEvent<{ document: Document }>;
    const doc = detail.document;
    expect(doc.documentElement.dir).to.equal('rtl');
    const columns = doc.querySelector('.columns')!;
    expect(columns.children.length).to.equal(2);
    expect(columns.children[1]!.getAttribute('lang')).to.equal('de');
    expect(text(columns.children[1])).to.contain('Wohnung anmelden');
    expect(text(columns.children[0])).not.to.contain('Wohnung anmelden');
  });

  it('switches to Leichte Sprache where the pathway has it', async () => {
    const el = await wegweiser('pathway="neu-im-landkreis"');
    const easy = $$(el, 'button').find((b) => b.getAttribute('part')?.includes('easy'))!;
    expect(easy.getAttribute('aria-pressed')).to.equal('false');
    const before = text($(el, '#path-title'));
    easy.click();
    await until(() => text($(el, '#path-title')) !== before, 'no Leichte Sprache');
    expect($$(el, 'button').find((b) => b.getAttribute('part')?.includes('easy'))!.getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
  });
});
