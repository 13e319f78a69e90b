/**
 * "Bitte wählen Sie Ihre Gemeinde": the feed is a Land index and no Gemeinde
 * of that Land is set, so the visitor chooses one (grouped by Kreis) and only
 * that Kreis's shard is loaded. Its own chunk: pages with one Kreis feed
 * never need it.
 */
import { html, type TemplateResult } from 'lit';
import { landGemeinden, type LandIndex } from '../../core/land.js';
import { addGerman } from '../../i18n/index.js';
import { deLand } from '../../i18n/de-land.js';
import type { UiKey } from '../../i18n/index.js';

addGerman(deLand);

export function renderChooseGemeinde(t: (key: UiKey) => string, land: LandIndex, choose: (ags: string) => void): TemplateResult {
  const pick = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    if (value) choose(value);
  };
  return html`<div class="status status--choose" part="status choose">
    <p class="status__title" id="ww-choose-title">${t('error.gemeinde')}</p>
    <p><label for="ww-choose">${t('land.choose')}</label>
    <select id="ww-choose" part="select" aria-describedby="ww-choose-title" @change=${pick}>
      <option value="">${t('land.pick')}</option>
      ${landGemeinden(land).map((k) => html`<optgroup label=${k.name}>${k.gemeinden.map((g) => html`<option value=${g.ags}>${g.name}</option>`)}</optgroup>`)}
    </select></p>
  </div>`;
}
