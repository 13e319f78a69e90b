/**
 * <ww-service-finder json-ld>: schema.org JSON-LD of the results in the
 * host page's <head>, kept up to date, removed again; feed text cannot break
 * out of the script element and nothing is executed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
import '../../../src/components/service-finder/define.js';
import type { WwServiceFinder } from '../../../src/components/service-finder/ww-service-finder.js';
import { minimalFeed } from '../../helpers/minimal-feed.js';
import { freshPage, until } from '../../helpers/wait.js';

const FEED = 'https://kreis.example/jsonld.json';
const HOSTILE = '</script><script>window.__wwJsonLdPwned = 1</script><!--';
const worker = setupWorker();
const startUrl = location.href;

const scripts = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"][data-wegweiser-kit]')];
const graph = (script: HTMLScriptElement) => JSON.parse(script.textContent ?? '') as { '@context': string; '@graph': Record<string, unknown>[] };

function feed() {
  const f = minimalFeed();
  f.organisations[0]!.kind = 'authority';
  f.services.push({
    id: 'sprachkurs',
    organisation: 'lra',
    name: { de: `Sprachkurs ${HOSTILE}` },
    summary: 'Deutsch für Anfänger & Fortgeschrittene \u2028 <b>fett</b>',
    topics: ['sprache'],
    access: ['walk-in'],
    at: [{ location: 'lra-kuen' }],
  });
  return f;
}

let violations = 0;
const onViolation = () => violations++;

before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } }));
after(() => worker.stop());
beforeEach(async () => {
  worker.resetHandlers();
  worker.use(http.get(FEED, () => HttpResponse.json(feed())));
  await freshPage(startUrl);
  violations = 0;
  document.addEventListener('securitypolicyviolation', onViolation);
});
afterEach(() => {
  document.removeEventListener('securitypolicyviolation', onViolation);
  history.replaceState(null, '', startUrl);
});

async function finder(template = html`<ww-service-finder json-ld no-url feed=${FEED} gemeinde="08126046"></ww-service-finder>`) {
  const el = await fixture<WwServiceFinder>(template);
  await until(() => el.shadowRoot!.querySelector('.summary:not([aria-busy="true"])'), 'finder did not render results');
  await el.updateComplete;
  return el;
}

describe('<ww-service-finder json-ld>', () => {
  it('puts the results as JSON-LD into <head>, escaped, never executed', async () => {
    const before = document.querySelectorAll('script').length;
    const el = await finder();
    await until(() => scripts().length === 1, 'no JSON-LD script in <head>');
    const script = scripts()[0]!;
    const data = graph(script);
    expect(data['@context']).to.equal('https://schema.org');
    const names = data['@graph'].map((n) => n.name);
    expect(names).to.include('Ausländerbehörde');
    expect(names).to.include(`Sprachkurs ${HOSTILE}`);
    const office = data['@graph'].find((n) => n.identifier === 'abh-lra')!;
    expect(office['@type']).to.equal('GovernmentService');
    expect(String(office.url)).to.contain('detail=abh-lra');
    // The raw text has no '<' at all: the hostile name could not end the element.
    expect(script.textContent).not.to.contain('<');
    expect(script.textContent).to.contain('\\u003c/script\\u003e');
    expect(document.querySelectorAll('script').length).to.equal(before + 1);
    expect([...document.querySelectorAll('script')].filter((s) => s !== script && s.textContent?.includes('__wwJsonLdPwned'))).to.have.length(0);
    expect(script.nextElementSibling?.tagName ?? '').not.to.equal('SCRIPT');
    // A script element would have run when it was inserted: nothing ran.
    expect(typeof (window as unknown as { __wwJsonLdPwned?: number }).__wwJsonLdPwned).to.equal('undefined');
    expect(violations).to.equal(0);
    el.remove();
    expect(scripts()).to.have.length(0);
    // A removed element that still updates (a lazy part arriving late) puts nothing back.
    el.requestUpdate();
    await el.updateComplete;
    await import('../../../src/core/jsonld.js');
    expect(scripts()).to.have.length(0);
  });

  it('follows the results, and goes away when the attribute is removed', async () => {
    const el = await finder(html`<ww-service-finder json-ld no-url feed=${FEED} gemeinde="08126046" topic="aufenthalt"></ww-service-finder>`);
    await until(() => scripts().length === 1 && graph(scripts()[0]!)['@graph'].length === 1, 'JSON-LD of the topic\'s results');
    expect(graph(scripts()[0]!)['@graph'][0]!.identifier).to.equal('abh-lra');
    el.topic = 'sprache';
    await el.updateComplete;
    await until(() => graph(scripts()[0]!)['@graph'].some((n) => n.identifier === 'sprachkurs'), 'JSON-LD did not follow the results');
    expect(scripts()).to.have.length(1);
    el.jsonLd = false;
    await until(() => scripts().length === 0, 'JSON-LD stayed after the attribute went');
    el.setAttribute('json-ld', '');
    await until(() => scripts().length === 1, 'JSON-LD did not come back');
    el.remove();
    expect(scripts()).to.have.length(0);
  });

  it('adds nothing without the attribute', async () => {
    const el = await finder(html`<ww-service-finder no-url feed=${FEED} gemeinde="08126046"></ww-service-finder>`);
    // The JSON-LD code is only loaded for json-ld: with the results on screen, there is nothing to wait for.
    expect(el.shadowRoot!.querySelectorAll('.results > .result').length).to.be.greaterThan(0);
    expect(scripts()).to.have.length(0);
  });
});
