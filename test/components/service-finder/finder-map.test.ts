/**
 * The finder's lazily loaded map, mounted (as the finder does) into a div in
 * a shadow root: what a user sees and can do with mouse, keyboard and
 * buttons, that it stays silent on the network without a tile server, that
 * axe finds nothing, and that it leaves no globals and no leftovers.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { tokens } from '../../../src/components/shared/styles.js';
import { until } from '../../helpers/wait.js';
import type * as FinderMapModule from '../../../src/components/service-finder/map/finder-map.js';
import type { MapMarker, MapOptions, FinderMap } from '../../../src/components/service-finder/map/finder-map.js';

let globalsBefore: Set<string>;
let mod: typeof FinderMapModule;
let globalsAfterImport: string[] = [];

before(async () => {
  globalsBefore = new Set(Object.keys(window));
  mod = await import('../../../src/components/service-finder/map/finder-map.js');
  globalsAfterImport = Object.keys(window).filter((key) => !globalsBefore.has(key));
});

/** A stand-in for <ww-service-finder>: a shadow root with the kit's tokens, its own sheet and a sized map div. */
class MapTestHost extends HTMLElement {
  readonly canvas: HTMLDivElement;
  readonly ownSheet = new CSSStyleSheet();
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    this.ownSheet.replaceSync(':host { display: block; } .map__canvas { width: 640px; height: 420px; }');
    root.adoptedStyleSheets = [tokens.styleSheet!, this.ownSheet];
    this.canvas = document.createElement('div');
    this.canvas.className = 'map__canvas';
    root.append(this.canvas);
  }
}
customElements.define('ww-test-map-host', MapTestHost);

const strings = {
  region: 'Karte der Ergebnisse',
  zoomIn: 'Hineinzoomen',
  zoomOut: 'Herauszoomen',
  panNorth: 'Karte nach Norden verschieben',
  panSouth: 'Karte nach Süden verschieben',
  panEast: 'Karte nach Osten verschieben',
  panWest: 'Karte nach Westen verschieben',
  cluster: '{count} Angebote – hineinzoomen',
  noTiles: 'Ohne Hintergrundkarte: Punkte zeigen die Gemeinden.',
};

const areas = [
  { id: '08126046', label: 'Künzelsau', lat: 49.2817, lon: 9.6903 },
  { id: '08126066', label: 'Öhringen', lat: 49.2003, lon: 9.5025 },
  { id: '08126047', label: 'Krautheim', lat: 49.3857, lon: 9.6352 },
];
const markers: MapMarker[] = [
  { id: 'auslaender', label: 'Ausländerbehörde – Landratsamt Künzelsau', lat: 49.281, lon: 9.69, highlight: true },
  { id: 'kfz', label: 'Kfz-Zulassung – Landratsamt Künzelsau', lat: 49.281, lon: 9.69 },
  { id: 'jobcenter', label: 'Jobcenter – Künzelsau', lat: 49.2816, lon: 9.6915 },
  { id: 'vhs', label: 'Volkshochschule – Öhringen', lat: 49.2, lon: 9.503 },
  { id: 'beratung', label: 'Migrationsberatung – Krautheim', lat: 49.386, lon: 9.635 },
];

const mounted: Array<{ map: FinderMap; host: MapTestHost }> = [];

async function mount(extra: Partial<MapOptions> = {}, hostDir?: string) {
  const host = document.createElement('ww-test-map-host') as MapTestHost;
  if (hostDir) host.dir = hostDir;
  document.body.append(host);
  const selected: string[] = [];
  const map = mod.mountMap(host.canvas, { markers, areas, strings, onSelect: (id) => selected.push(id), ...extra });
  mounted.push({ map, host });
  await nextFrame();
  return { host, map, selected, canvas: host.canvas, root: host.shadowRoot! };
}

afterEach(async () => {
  for (const { map, host } of mounted.splice(0)) {
    map.destroy();
    host.remove();
  }
  await emulateMedia({ reducedMotion: 'no-preference' });
});

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const byLabel = (root: ParentNode, label: string) => root.querySelector<HTMLElement>(`[aria-label="${label}"]`);
const labels = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((el) => el.getAttribute('aria-label'));
const centre = (el: Element) => {
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
};
const areaEl = (root: ParentNode, name: string) =>
  [...root.querySelectorAll('.ww-area')].find((el) => el.textContent === name)!.querySelector('.ww-area-dot')!;
const areaDistance = (root: ParentNode) => {
  const a = centre(areaEl(root, 'Künzelsau'));
  const b = centre(areaEl(root, 'Öhringen'));
  return Math.hypot(a.x - b.x, a.y - b.y);
};
const button = (root: ParentNode, name: string) => root.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`)!;

describe('finder map (lazily loaded Leaflet map)', () => {
  it('creates no window globals (Leaflet ESM build, no window.L)', async () => {
    expect(globalsAfterImport).to.deep.equal([]);
    await mount();
    expect(Object.keys(window).filter((key) => !globalsBefore.has(key))).to.deep.equal([]);
    expect((window as { L?: unknown }).L).to.equal(undefined);
  });

  it('is a labelled, left-to-right region with its styles appended to the shadow root once', async () => {
    const { host, canvas, root } = await mount({}, 'rtl');
    expect(canvas.getAttribute('role')).to.equal('region');
    expect(canvas.getAttribute('aria-label')).to.equal('Karte der Ergebnisse');
    expect(canvas.dir).to.equal('ltr');
    expect(root.adoptedStyleSheets.slice(0, 2)).to.deep.equal([tokens.styleSheet, host.ownSheet]);
    expect(root.adoptedStyleSheets).to.have.length(4);
    // Leaflet's CSS applies inside the shadow root: panes are positioned absolutely.
    expect(getComputedStyle(root.querySelector('.leaflet-pane')!).position).to.equal('absolute');
    // On an RTL page the controls keep their places: zoom on the left, pan on the right.
    const box = canvas.getBoundingClientRect();
    expect(centre(button(root, 'Hineinzoomen')).x).to.be.below(box.left + box.width / 2);
    expect(centre(button(root, 'Karte nach Osten verschieben')).x).to.be.above(box.left + box.width / 2);

    // Tab order inside the map: the zoom and pan buttons before the markers.
    const focusable = [...canvas.querySelectorAll<HTMLElement>('button, [tabindex="0"]')];
    expect(focusable.slice(0, 6).map((el) => el.getAttribute('aria-label'))).to.deep.equal([
      strings.zoomIn,
      strings.zoomOut,
      strings.panNorth,
      strings.panWest,
      strings.panEast,
      strings.panSouth,
    ]);
    expect(focusable.slice(6).every((el) => el.matches('.ww-marker, .ww-cluster'))).to.equal(true);

    // A second map in the same root adds no second copy.
    const second = mod.mountMap(root.appendChild(document.createElement('div')), { markers: [], areas, strings, onSelect: () => {} });
    expect(root.adoptedStyleSheets).to.have.length(4);
    second.destroy();
  });

  it('shows Gemeinden and results with their names, a cluster for close results, and passes axe', async () => {
    const { host, root } = await mount();
    expect([...root.querySelectorAll('.ww-area-label')].map((el) => el.textContent)).to.have.members([
      'Künzelsau',
      'Öhringen',
      'Krautheim',
    ]);
    expect(labels(root, '.ww-marker')).to.have.members(['Volkshochschule – Öhringen', 'Migrationsberatung – Krautheim']);
    const cluster = byLabel(root, '3 Angebote – hineinzoomen')!;
    expect(cluster, 'cluster of the three Künzelsau results').to.exist;
    expect(cluster.textContent).to.contain('3');
    expect(cluster.getAttribute('role')).to.equal('button');
    expect(cluster.tabIndex).to.equal(0);
    // It holds the "zuständig" result: marked with a star, not by colour alone.
    expect(cluster.querySelector('.ww-cluster-badge')).to.exist;
    for (const marker of root.querySelectorAll<HTMLElement>('.ww-marker')) {
      expect(marker.getAttribute('role')).to.equal('button');
      expect(marker.tabIndex).to.equal(0);
      expect(marker.title).to.equal(marker.getAttribute('aria-label'));
      expect(marker.getBoundingClientRect().width).to.be.at.least(24);
      expect(marker.getBoundingClientRect().height).to.be.at.least(24);
    }
    await expect(host).to.be.accessible();
  });

  it('opens a result from the keyboard (Enter and Space) and by click', async () => {
    const { root, selected } = await mount();
    byLabel(root, 'Volkshochschule – Öhringen')!.focus();
    await sendKeys({ press: 'Enter' });
    byLabel(root, 'Migrationsberatung – Krautheim')!.focus();
    await sendKeys({ press: 'Space' });
    byLabel(root, 'Volkshochschule – Öhringen')!.click();
    expect(selected).to.deep.equal(['vhs', 'beratung', 'vhs']);
  });

  it('zooms into a cluster from the keyboard: its results appear and focus stays on the map', async () => {
    const { host, root } = await mount();
    byLabel(root, '3 Angebote – hineinzoomen')!.focus();
    await sendKeys({ press: 'Enter' });
    // The Jobcenter splits off; the two offices in one building are still a cluster, now focused.
    await until(() => byLabel(root, 'Jobcenter – Künzelsau'), 'cluster did not open');
    await until(() => root.activeElement === byLabel(root, '2 Angebote – hineinzoomen'), 'focus did not move to the nearest cluster');
    await sendKeys({ press: 'Enter' });
    await until(() => byLabel(root, 'Kfz-Zulassung – Landratsamt Künzelsau'), 'second cluster did not open');
    expect(root.querySelector('.ww-cluster')).to.equal(null);
    expect(labels(root, '.ww-marker')).to.include.members([
      'Ausländerbehörde – Landratsamt Künzelsau',
      'Kfz-Zulassung – Landratsamt Künzelsau',
      'Jobcenter – Künzelsau',
    ]);
    await until(() => root.activeElement?.classList.contains('ww-marker'), 'focus did not move to a result');
    // The two offices in one building sit side by side, both reachable.
    const a = centre(byLabel(root, 'Ausländerbehörde – Landratsamt Künzelsau')!);
    const b = centre(byLabel(root, 'Kfz-Zulassung – Landratsamt Künzelsau')!);
    expect(Math.abs(a.x - b.x)).to.be.at.least(20);
    // The responsible office is drawn with a star, the others with a dot.
    expect(byLabel(root, 'Ausländerbehörde – Landratsamt Künzelsau')!.querySelector('polygon.ww-glyph')).to.exist;
    expect(byLabel(root, 'Kfz-Zulassung – Landratsamt Künzelsau')!.querySelector('circle.ww-glyph')).to.exist;
    await expect(host).to.be.accessible();
  });

  it('zooms and pans with buttons (no dragging needed)', async () => {
    const { root } = await mount();
    const before = areaDistance(root);
    const zoomIn = button(root, 'Hineinzoomen');
    zoomIn.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => Math.abs(areaDistance(root) / before - 2) < 0.05, 'zoom in did not double the distances');
    button(root, 'Herauszoomen').click();
    await until(() => Math.abs(areaDistance(root) / before - 1) < 0.05, 'zoom out did not restore the distances');
    await until(() => !root.querySelector('.leaflet-zoom-anim'), 'zoom animation did not end');

    const start = centre(areaEl(root, 'Künzelsau'));
    const north = button(root, 'Karte nach Norden verschieben');
    north.focus();
    await sendKeys({ press: 'Space' });
    await until(() => centre(areaEl(root, 'Künzelsau')).y - start.y > 100, 'pan north did not move the map');
    button(root, 'Karte nach Westen verschieben').click();
    await until(() => centre(areaEl(root, 'Künzelsau')).x - start.x > 150, 'pan west did not move the map');
    for (const name of Object.values(strings).slice(1, 7)) {
      const el = button(root, name);
      expect(el.type).to.equal('button');
      expect(el.getBoundingClientRect().width).to.be.at.least(24);
      expect(el.getBoundingClientRect().height).to.be.at.least(24);
    }
  });

  it('still pans with the arrow keys when the map itself has focus', async () => {
    const { canvas, root } = await mount();
    const start = centre(areaEl(root, 'Künzelsau'));
    canvas.focus();
    await sendKeys({ press: 'ArrowUp' });
    await until(() => Math.abs(centre(areaEl(root, 'Künzelsau')).y - start.y - 80) < 1, 'arrow up did not pan');
    // Leaflet ignores keys while a pan animates: wait until it has ended.
    await until(() => !root.querySelector('.leaflet-pan-anim'), 'the pan did not end');
    await sendKeys({ press: 'ArrowRight' });
    await until(() => start.x - centre(areaEl(root, 'Künzelsau')).x > 60, 'arrow right did not pan');
  });

  it('moves without animation when the user prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { root } = await mount();
    const before = areaDistance(root);
    // At once: no tween, not even the kit's 0.01 ms reduced-motion transitions.
    button(root, 'Hineinzoomen').click();
    expect(areaDistance(root) / before).to.be.closeTo(2, 0.05);
    const y = centre(areaEl(root, 'Künzelsau')).y;
    button(root, 'Karte nach Norden verschieben').click();
    expect(centre(areaEl(root, 'Künzelsau')).y - y).to.be.closeTo(140, 2);
  });

  it('makes no request at all without a tile server, and says so', async () => {
    const since = performance.now();
    const { root } = await mount();
    // Whatever Leaflet would load comes from an element it creates (img, a style with url()): there is none.
    expect(root.querySelector('img, image, link, iframe, [style*="url("]')).to.equal(null);
    const requests = performance.getEntriesByType('resource').filter((e) => e.startTime >= since);
    expect(requests.map((e) => e.name)).to.deep.equal([]);
    expect(root.querySelector('.leaflet-tile')).to.equal(null);
    const note = root.querySelector('.ww-map-note')!;
    expect(note.textContent).to.equal(strings.noTiles);
    expect(note.getBoundingClientRect().height).to.be.above(0);
    expect(root.querySelector('.leaflet-control-attribution')).to.equal(null);
  });

  it('requests tiles from the configured server only, and shows its attribution as safe text', async () => {
    const url = `${location.origin}/tiles/{z}/{x}/{y}.png`;
    const attribution =
      '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>-Mitwirkende<img src=x onerror="window.__pwnedMap=1">';
    // The kit's own sanitiser chunk (DOMPurify) is not a request to the tile server: load it first.
    await import('dompurify');
    const since = performance.now();
    const { host, root } = await mount({ tiles: { url, attribution, maxZoom: 18 } });
    await until(() => root.querySelectorAll('img.leaflet-tile').length > 0, 'no tiles');
    const tiles = [...root.querySelectorAll<HTMLImageElement>('img.leaflet-tile')];
    expect(tiles.every((img) => img.src.startsWith(`${location.origin}/tiles/`))).to.equal(true);
    await until(() => performance.getEntriesByType('resource').some((e) => e.startTime >= since && e.name.includes('/tiles/')), 'no tile request');
    const requests = performance.getEntriesByType('resource').filter((e) => e.startTime >= since);
    expect(requests.every((e) => e.name.startsWith(`${location.origin}/tiles/`)), requests.map((e) => e.name).join('\n')).to.equal(true);

    const credit = root.querySelector<HTMLElement>('.leaflet-control-attribution')!;
    // The attribution arrives with the sanitiser's chunk.
    await until(() => credit.textContent?.includes('OpenStreetMap'), 'no attribution');
    expect(credit.textContent).to.contain('OpenStreetMap-Mitwirkende');
    expect(credit.querySelector('a[href="https://www.openstreetmap.org/copyright"]')).to.exist;
    expect(credit.querySelector('img')).to.equal(null);
    expect(credit.getBoundingClientRect().height).to.be.above(0);
    expect(root.querySelector('.ww-map-note')).to.equal(null);
    expect((window as { __pwnedMap?: number }).__pwnedMap).to.equal(undefined);
    await expect(host).to.be.accessible();
  });

  it('replaces the results on update()', async () => {
    const { root, map } = await mount();
    map.update([{ id: 'tafel', label: 'Tafelladen – Öhringen', lat: 49.201, lon: 9.505 }]);
    expect(labels(root, '.ww-marker, .ww-cluster')).to.deep.equal(['Tafelladen – Öhringen']);
    // Results outside the current view bring the view to them.
    map.update([{ id: 'far', label: 'Beratung – Berlin', lat: 52.52, lon: 13.405 }]);
    const far = byLabel(root, 'Beratung – Berlin')!;
    const box = root.querySelector('.map__canvas')!.getBoundingClientRect();
    const at = centre(far);
    expect(at.x > box.left && at.x < box.right && at.y > box.top && at.y < box.bottom).to.equal(true);
    map.update([]);
    expect(root.querySelector('.ww-marker, .ww-cluster')).to.equal(null);
    expect(root.querySelectorAll('.ww-area')).to.have.length(3);
  });

  it('fits itself once it becomes visible (invalidateSize)', async () => {
    const host = document.createElement('ww-test-map-host') as MapTestHost;
    host.hidden = true;
    document.body.append(host);
    const map = mod.mountMap(host.canvas, { markers, areas, strings, onSelect: () => {} });
    mounted.push({ map, host });
    host.hidden = false;
    map.invalidateSize();
    await nextFrame();
    const box = host.canvas.getBoundingClientRect();
    for (const name of ['Künzelsau', 'Öhringen', 'Krautheim']) {
      const at = centre(areaEl(host.shadowRoot!, name));
      expect(at.x > box.left && at.x < box.right && at.y > box.top && at.y < box.bottom, name).to.equal(true);
    }
  });

  it('keeps markers visible in forced-colors mode (system colours, no colour forcing)', async () => {
    const { root } = await mount();
    const forced = [...root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])].find(
      (rule): rule is CSSMediaRule =>
        rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active') && rule.cssText.includes('.ww-marker'),
    );
    expect(forced).to.exist;
    const text = [...forced!.cssRules].map((r) => r.cssText).join('\n');
    expect(text).to.match(/\.ww-marker[^{]*\{[^}]*forced-color-adjust: none/);
    expect(text).to.match(/\.ww-marker--highlight[^{]*\{[^}]*color: highlight/i);
    expect(text).to.match(/\.ww-shape \{[^}]*fill: currentcolor/i);
  });

  it('leaves an empty container on destroy()', async () => {
    const { canvas, map, root, host } = await mount();
    map.destroy();
    expect(canvas.childNodes).to.have.length(0);
    expect(canvas.hasAttribute('role')).to.equal(false);
    expect(canvas.hasAttribute('tabindex')).to.equal(false);
    expect(canvas.className).to.equal('map__canvas');
    expect(root.adoptedStyleSheets[1]).to.equal(host.ownSheet);
    map.destroy(); // twice is harmless
  });

  it('ships leaflet.css unchanged apart from whitespace, comments and url() declarations', async () => {
    const { leafletCss } = await import('../../../src/components/service-finder/map/leaflet-css.js');
    const source = await (await fetch('/node_modules/leaflet/dist/leaflet.css')).text();
    const expected = leafletCssRules(source).join('\n');
    if (leafletCss !== expected) {
      console.log(`map/leaflet-css.ts is out of date; its rules should be:\n${leafletCssRules(source).map((r) => JSON.stringify(r)).join(',\n')}`);
    }
    expect(leafletCss).to.equal(expected);
  });
});

/** The transformation map/leaflet-css.ts was made with: one rule a line, no comments, no url(). */
function leafletCssRules(source: string): string[] {
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  const rules = (css: string): string[] => {
    const out: string[] = [];
    let i = 0;
    while (i < css.length) {
      const open = css.indexOf('{', i);
      if (open < 0) break;
      const head = squash(css.slice(i, open)).replace(/\s*,\s*/g, ',');
      let depth = 1;
      let j = open + 1;
      for (; depth > 0 && j < css.length; j++) depth += css[j] === '{' ? 1 : css[j] === '}' ? -1 : 0;
      const body = css.slice(open + 1, j - 1);
      if (head.startsWith('@')) {
        const inner = rules(body);
        if (inner.length) out.push(`${head}{${inner.join('')}}`);
      } else {
        const decls = body
          .split(';')
          .map(squash)
          .filter((d) => d && !d.includes('url('))
          .map((d) => d.replace(/\s*:\s*/, ':'));
        if (decls.length) out.push(`${head}{${decls.join(';')}}`);
      }
      i = j;
    }
    return out;
  };
  return rules(source.replace(/\/\*[\s\S]*?\*\//g, ''));
}
