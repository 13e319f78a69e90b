/** The comparison with the published feed, and the publish guard (the CLI's rule: at most 30 % fewer entries). */
import { html, nothing, type TemplateResult } from 'lit';
import { DEFAULT_DROP_THRESHOLD, DIFF_COLLECTIONS, dropList, dropsBeyond, type Drop, type FeedDiff } from '../admin/feed-diff.js';
import type { Translate, WsLang } from './text.js';

/** Drops beyond the CLI's threshold; empty = safe. */
export const guardDrops = (diff: FeedDiff | undefined): Drop[] => (diff && diff.before > 0 ? dropsBeyond(diff, DEFAULT_DROP_THRESHOLD) : []);

const LIST = 30;

function ids(label: string, list: string[]): TemplateResult | typeof nothing {
  if (!list.length) return nothing;
  return html`<details><summary>${label} (${list.length})</summary><p>${list.slice(0, LIST).join(', ')}${list.length > LIST ? ' …' : ''}</p></details>`;
}

export interface CompareHandlers {
  onFile: (event: Event) => void;
  onUrl: (event: SubmitEvent) => void;
  onOverride: (event: Event) => void;
}

export function compareView(state: {
  diff: FeedDiff | undefined; publishedName: string | undefined; message: string | undefined; override: boolean; feedUrl: string;
}, lang: WsLang, t: Translate, on: CompareHandlers): TemplateResult {
  const { diff } = state;
  const drops = guardDrops(diff);
  return html`
    <p>${t('ws.compareHint')}</p>
    <div class="row">
      <label for="published-file">${t('ws.compareFile')}</label>
      <input id="published-file" type="file" accept=".json,application/json" @change=${on.onFile}>
    </div>
    <form class="row" @submit=${on.onUrl}>
      <label for="published-url">${t('ws.compareUrl')}</label>
      <input id="published-url" name="url" type="url" inputmode="url" placeholder="https://www.landkreis.example/wegweiser/feed.json" .value=${state.feedUrl}>
      <button type="submit">${t('ws.compareLoad')}</button>
    </form>
    <p class="place">${t('ws.compareUrlNote')}</p>
    ${state.message ? html`<p class="note bad" role="alert">${state.message}</p>` : nothing}
    ${!diff ? html`<p>${t('ws.compareNone')}</p>` : html`
      <p data-compared>${t('ws.compareWith', { name: state.publishedName ?? '', before: diff.before, after: diff.after })}</p>
      ${drops.length ? html`<div class="note bad" data-guard>
        <p>${t('ws.guard', { drops: dropList(drops, lang) })}</p>
        <p><input id="override" type="checkbox" .checked=${state.override} @change=${on.onOverride}> <label for="override">${t('ws.override')}</label></p>
      </div>` : nothing}
      <table>
        <caption class="visually-hidden">${t('ws.tab.compare')}</caption>
        <thead><tr><th scope="col">${t('ws.col.collection')}</th><th scope="col">${t('ws.col.before')}</th><th scope="col">${t('ws.col.after')}</th>
          <th scope="col">${t('ws.added')}</th><th scope="col">${t('ws.removedEntries')}</th><th scope="col">${t('ws.changed')}</th></tr></thead>
        <tbody>${DIFF_COLLECTIONS.map((c) => {
          const d = diff.collections[c];
          return html`<tr><th scope="row">${t(`ws.coll.${c}`)}</th><td class="num">${d.before}</td><td class="num">${d.after}</td>
            <td class="num">${d.added.length}</td><td class="num">${d.removed.length}</td><td class="num">${d.changed.length}</td></tr>`;
        })}</tbody>
      </table>
      ${DIFF_COLLECTIONS.every((c) => !diff.collections[c].added.length && !diff.collections[c].removed.length && !diff.collections[c].changed.length)
        ? html`<p>${t('ws.noChanges')}</p>`
        : DIFF_COLLECTIONS.map((c) => {
          const d = diff.collections[c];
          if (!d.added.length && !d.removed.length && !d.changed.length) return nothing;
          return html`<h3>${t(`ws.coll.${c}`)}</h3>${ids(t('ws.added'), d.added)}${ids(t('ws.removedEntries'), d.removed)}${ids(t('ws.changed'), d.changed)}`;
        })}`}`;
}
