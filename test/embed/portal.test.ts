/**
 * A Kreis portal page: the built script tag (dist/, `npm run build` first)
 * finds several kinds of element and loads all four in one file
 * (dist/portal/), not the per-element chunks; the script tag's defaults
 * reach the elements in that file.
 */
import { expect } from '@open-wc/testing';
import { until } from '../helpers/wait.js';

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

const requested = () => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);

describe('a page with several elements (dist/wegweiser-kit.js → dist/portal/)', () => {
  it('loads the four elements as one file, and the script tag’s feed and Gemeinde reach them', async () => {
    document.body.innerHTML = `
      <main>
        <h1>Neu im Landkreis</h1>
        <h2>Beratung und Ämter</h2>
        <ww-service-finder no-url></ww-service-finder>
        <h2>Kurse und Angebote</h2>
        <ww-programme-directory no-url></ww-programme-directory>
      </main>`;
    const globalsBefore = new Set(Object.getOwnPropertyNames(window));
    await addScript('/dist/wegweiser-kit.js', { feed: '/demo/feed.json', gemeinde: '08126046' });
    const finder = document.querySelector('ww-service-finder')!;
    const directory = document.querySelector('ww-programme-directory')!;
    // Configured only by the script tag: results mean the portal file got its defaults.
    await until(() => finder.shadowRoot?.querySelector('.results > .result') && directory.shadowRoot?.querySelector('.result, li'), 'the elements from the portal file showed no results');
    const files = requested();
    expect(files).to.include('/dist/portal/wegweiser-portal.js');
    expect(files.filter((f) => /\/dist\/chunks\/(service-finder|programme-directory|shared)-/.test(f)), 'per-element chunks').to.deep.equal([]);
    // Elements added later are defined by the portal file too.
    expect(customElements.get('ww-wegweiser')).to.exist;
    expect(customElements.get('ww-route-time')).to.exist;
    expect(Object.getOwnPropertyNames(window).filter((n) => !globalsBefore.has(n) && !n.startsWith('__WTR'))).to.deep.equal([]);
    await expect(finder).to.be.accessible();
    await expect(directory).to.be.accessible();
  });
});
