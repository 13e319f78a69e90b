/** The four elements on the draft feed, as a citizen of the chosen Gemeinde sees them in the chosen language. */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { WerkstattResult } from './pipeline.js';
import { languageName } from './language-names.js';
import type { Translate, WsLang } from './text.js';

export interface PreviewState {
  result: WerkstattResult;
  feedUrl: string | undefined;
  elementsReady: boolean;
  gemeinde: string;
  lang: string;
  location: string;
}

export interface PreviewHandlers {
  onGemeinde: (event: Event) => void;
  onLang: (event: Event) => void;
  onLocation: (event: Event) => void;
}

export function previewView(s: PreviewState, uiLang: WsLang, t: Translate, on: PreviewHandlers): TemplateResult {
  const { result } = s;
  if (!s.feedUrl) return html`<p>${t('ws.previewNone')}</p>`;
  const location = s.location || result.locations[0]?.id || '';
  const key = `${s.feedUrl}|${s.gemeinde}|${s.lang}`;
  const gemeinde = s.gemeinde || nothing;
  return html`
    <p>${t('ws.previewHint')}</p>
    <div class="row">
      <label for="preview-gemeinde">${t('ws.previewGemeinde')}</label>
      <select id="preview-gemeinde" @change=${on.onGemeinde}>
        <option value="" ?selected=${!s.gemeinde}>${t('ws.previewAll')}</option>
        ${result.gemeinden.map((g) => html`<option value=${g.ags} ?selected=${g.ags === s.gemeinde}>${g.name}</option>`)}
      </select>
      <label for="preview-lang">${t('ws.previewLang')}</label>
      <select id="preview-lang" @change=${on.onLang}>
        ${result.languages.map((l) => html`<option value=${l} ?selected=${l === s.lang}>${languageName(l, uiLang)}</option>`)}
      </select>
    </div>
    ${!s.elementsReady ? html`<p role="status">…</p>` : keyed(key, html`
      <section class="preview-part" aria-labelledby="pv-finder"><h3 id="pv-finder">${t('ws.el.finder')}</h3>
        <ww-service-finder id="vorschau" feed=${s.feedUrl} gemeinde=${gemeinde} lang=${s.lang}></ww-service-finder></section>
      <section class="preview-part" aria-labelledby="pv-directory"><h3 id="pv-directory">${t('ws.el.directory')}</h3>
        <ww-programme-directory id="vorschau-kurse" feed=${s.feedUrl} gemeinde=${gemeinde} lang=${s.lang}></ww-programme-directory></section>
      <section class="preview-part" aria-labelledby="pv-wegweiser"><h3 id="pv-wegweiser">${t('ws.el.wegweiser')}</h3>
        <ww-wegweiser id="vorschau-weg" feed=${s.feedUrl} gemeinde=${gemeinde} lang=${s.lang}></ww-wegweiser></section>
      ${result.locations.length ? html`<section class="preview-part" aria-labelledby="pv-route"><h3 id="pv-route">${t('ws.el.route')}</h3>
        <p><label for="preview-location">${t('ws.previewLocation')}</label>
          <select id="preview-location" @change=${on.onLocation}>
            ${result.locations.map((l) => html`<option value=${l.id} ?selected=${l.id === location}>${l.name}</option>`)}
          </select></p>
        ${keyed(location, html`<ww-route-time feed=${s.feedUrl} location=${location} from=${gemeinde} lang=${s.lang}></ww-route-time>`)}
      </section>` : nothing}`)}`;
}
