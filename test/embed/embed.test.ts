/**
 * The one-script-tag entry: configuration from its own script tag, no
 * globals, no cookies or storage, and a second copy on the page does no harm.
 */
import { expect } from '@open-wc/testing';
import { until } from '../helpers/wait.js';
import { getConfig } from '../../src/components/shared/config.js';

function addScript(src: string, data: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    for (const [key, value] of Object.entries(data)) script.dataset[key] = value;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`failed to load ${src}`)));
    document.head.append(script);
  });
}

describe('embed entry (src/embed.ts)', () => {
  const globalsBefore = new Set(Object.getOwnPropertyNames(window));

  before(async () => {
    await addScript('/src/embed.ts', { feed: 'data/feed.json', gemeinde: '08126046', lang: 'uk' });
  });

  it('reads page-wide defaults from its own script tag, resolving the feed URL against the page', () => {
    const config = getConfig();
    expect(config.feed).to.equal(new URL('data/feed.json', document.baseURI).href);
    expect(config.gemeinde).to.equal('08126046');
    expect(config.lang).to.equal('uk');
  });

  it('adds no globals, sets no cookies and stores nothing', () => {
    const added = Object.getOwnPropertyNames(window).filter((name) => !globalsBefore.has(name) && !name.startsWith('__WTR'));
    expect(added).to.deep.equal([]);
    expect(document.cookie).to.equal('');
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
  });

  it('loads an element’s code only when its tag appears on the page', async () => {
    expect(customElements.get('ww-service-finder')).to.equal(undefined);
    const finder = document.createElement('ww-service-finder');
    finder.setAttribute('feed', '/demo/feed.json');
    document.body.append(finder);
    await until(() => customElements.get('ww-service-finder') && finder.shadowRoot, 'ww-service-finder was not loaded');
    finder.remove();
  });

  it('a second copy of the kit on the same page loads without errors', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    await addScript('/src/embed.ts?copy=2', { feed: 'other.json' });
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
  });
});
