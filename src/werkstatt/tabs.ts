/** The result's tabs (WAI-ARIA tabs pattern: arrow keys, Home and End move and select; one tab stop). */
import { html, type TemplateResult } from 'lit';
import type { Translate } from './text.js';

export const TABS = ['problems', 'preview', 'report', 'compare', 'publish'] as const;
export type Tab = (typeof TABS)[number];

export function tabsView(tabs: readonly Tab[], current: Tab, t: Translate, select: (tab: Tab) => void, root: ParentNode): TemplateResult {
  const onKey = (event: KeyboardEvent) => {
    const i = tabs.indexOf(current);
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length]!;
    select(tab);
    // After the render: focus follows the selection.
    requestAnimationFrame(() => root.querySelector<HTMLElement>(`#tab-${tab}`)?.focus());
  };
  return html`<div role="tablist" @keydown=${onKey}>${tabs.map((tab) => html`<button type="button" role="tab" id="tab-${tab}"
    aria-selected=${String(tab === current)} aria-controls="panel-${tab}" tabindex=${tab === current ? 0 : -1}
    @click=${() => select(tab)}>${t(`ws.tab.${tab}`)}</button>`)}</div>`;
}
