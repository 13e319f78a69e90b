/** Publishing: the downloads (only when the check and the guard allow), the embed snippet per Gemeinde, and where to put the file. */
import { html, nothing, type TemplateResult } from 'lit';
import type { WerkstattResult } from './pipeline.js';
import { sizeText, type Translate, type WsLang } from './text.js';

/** The HTML a Gemeinde pastes into its page (script tag once, the finder where it should be). */
export function embedSnippet(kitUrl: string, feedUrl: string, ags: string, lang: WsLang): string {
  const others = lang === 'de' ? 'Weitere Elemente' : 'More elements';
  return `<script type="module" src="${kitUrl}"\n        data-feed="${feedUrl}"\n        data-gemeinde="${ags}"></script>\n\n`
    + `<ww-service-finder></ww-service-finder>\n\n<!-- ${others}: <ww-programme-directory></ww-programme-directory>, <ww-wegweiser></ww-wegweiser> -->\n`;
}

/** Every Gemeinde's snippet in one text file, for handing out. */
export function allSnippets(result: WerkstattResult, kitUrl: string, feedUrl: string, lang: WsLang): string {
  return result.gemeinden.map((g) => `<!-- ${g.name} (${g.ags}) -->\n${embedSnippet(kitUrl, feedUrl, g.ags, lang)}`).join('\n');
}

export interface PublishState {
  result: WerkstattResult;
  blocked: 'errors' | 'guard' | undefined;
  compared: boolean;
  hrefs: { feed?: string; source?: string; snippets?: string };
  feedUrl: string;
  kitUrl: string;
  gemeinde: string;
}

export interface PublishHandlers {
  onFeedUrl: (event: Event) => void;
  onKitUrl: (event: Event) => void;
  onGemeinde: (event: Event) => void;
  onCopy: (text: string, name: string) => void;
}

export function publishView(s: PublishState, lang: WsLang, t: Translate, on: PublishHandlers): TemplateResult {
  const { result } = s;
  const gemeinde = result.gemeinden.find((g) => g.ags === s.gemeinde) ?? result.gemeinden[0];
  const snippet = gemeinde ? embedSnippet(s.kitUrl, s.feedUrl, gemeinde.ags, lang) : '';
  return html`
    ${s.blocked === 'errors' ? html`<p class="note bad" data-blocked="errors">${t('ws.publishBlocked')}</p>` : nothing}
    ${s.blocked === 'guard' ? html`<p class="note bad" data-blocked="guard">${t('ws.publishGuarded')}</p>` : nothing}
    ${!s.blocked && !s.compared ? html`<p class="note">${t('ws.publishNotCompared')}</p>` : nothing}
    ${!s.blocked && s.hrefs.feed ? html`<div class="downloads">
      <a class="button primary" href=${s.hrefs.feed} download="feed.json" data-download="feed">${t('ws.downloadFeed', { bytes: sizeText(result.stats?.bytes ?? 0, lang) })}</a>
      ${s.hrefs.source ? html`<a class="button" href=${s.hrefs.source} download="feed.source.json" data-download="source">${t('ws.downloadSource')}</a>` : nothing}
      <p class="place">${t('ws.downloadNote', { generatedAt: result.generatedAt })}</p>
    </div>` : nothing}
    <h3>${t('ws.embedTitle')}</h3>
    <p><label for="feed-url">${t('ws.feedUrl')}</label><br><input id="feed-url" type="url" .value=${s.feedUrl} @change=${on.onFeedUrl}></p>
    <p><label for="kit-url">${t('ws.kitUrl')}</label><br><input id="kit-url" type="url" .value=${s.kitUrl} @change=${on.onKitUrl}></p>
    ${gemeinde ? html`
      <p><label for="embed-gemeinde">${t('ws.embedGemeinde')}</label><br>
        <select id="embed-gemeinde" @change=${on.onGemeinde}>
          ${result.gemeinden.map((g) => html`<option value=${g.ags} ?selected=${g.ags === gemeinde.ags}>${g.name} (${g.ags})</option>`)}
        </select></p>
      <figure>
        <figcaption>${t('ws.snippetLabel', { name: gemeinde.name })}</figcaption>
        <pre class="snippet" data-snippet><code>${snippet}</code></pre>
      </figure>
      <p class="row"><button type="button" @click=${() => on.onCopy(snippet, gemeinde.name)}>${t('ws.copy')}</button>
        ${s.hrefs.snippets ? html`<a class="button" href=${s.hrefs.snippets} download="einbau-schnipsel.txt" data-download="snippets">${t('ws.allSnippets', { count: result.gemeinden.length })}</a>` : nothing}</p>` : nothing}
    <h3>${t('ws.hostingTitle')}</h3>
    <ul>
      <li>${t('ws.host.server')}</li>
      <li>${t('ws.host.typo3')}</li>
      <li>${t('ws.host.wordpress')}</li>
    </ul>`;
}
