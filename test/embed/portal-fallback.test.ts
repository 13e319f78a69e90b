/**
 * When the portal file cannot be loaded (here: the source entry, beside which
 * there is no portal/ folder), a page with several elements still gets each
 * element from its own chunk.
 */
import { expect } from '@open-wc/testing';
import { until } from '../helpers/wait.js';

describe('a page with several elements, portal file missing', () => {
  it('falls back to the per-element code and every element works', async () => {
    document.body.innerHTML = `
      <ww-wegweiser feed="/demo/feed.json" gemeinde="08126046" no-url></ww-wegweiser>
      <ww-route-time feed="/demo/feed.json" gemeinde="08126046"></ww-route-time>`;
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = '/src/embed.ts';
      script.addEventListener('load', () => resolve());
      script.addEventListener('error', () => reject(new Error('embed failed')));
      document.head.append(script);
    });
    await until(() => customElements.get('ww-wegweiser') && customElements.get('ww-route-time'), 'the elements were not defined after the portal file failed');
    const wegweiser = document.querySelector('ww-wegweiser')!;
    await until(() => wegweiser.shadowRoot?.querySelector('h2, h3, ol, ul'), 'the Wegweiser shows nothing');
    expect(customElements.get('ww-service-finder'), 'elements not on the page stay unloaded').to.equal(undefined);
    await expect(wegweiser).to.be.accessible();
  });
});
