/**
 * Puts schema.org JSON-LD of what an element shows into the host page's
 * `<head>` (one `<script type="application/ld+json" data-wegweiser-kit>` per
 * element), so search engines can read the offers. JSON-LD is a data block,
 * never executed, so it works under a strict Content-Security-Policy; the
 * text is escaped so feed text cannot close the element. The code that
 * builds the JSON-LD loads only when an element asks for it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeedIndex } from '../../core/feed-index.js';
import type { Service } from '../../core/schema/index.js';

/** At most this many services go into the page. */
export const JSON_LD_LIMIT = 50;

export interface JsonLdSource {
  index: FeedIndex;
  /** What the element shows, in order (duplicates of a service are skipped). Keep the same array while nothing changes. */
  items: readonly { service: Service }[];
  lang: string;
  /** Page that shows a service, absolute. */
  url?: (service: Service) => string | undefined;
}

export class JsonLdController implements ReactiveController {
  private script: HTMLScriptElement | undefined;
  private shown: { index: FeedIndex; items: readonly { service: Service }[]; lang: string } | undefined;
  private request = 0;

  /** `source` returns undefined while the JSON-LD is off or nothing is ready. */
  constructor(private readonly host: ReactiveControllerHost, private readonly source: () => JsonLdSource | undefined) {
    host.addController(this);
  }

  /** Moved in the page: put the script back with the next update. */
  hostConnected(): void {
    if (this.source()) this.host.requestUpdate();
  }

  hostUpdated(): void {
    // A removed element may still update (a lazy part arriving late): it puts nothing into the page.
    const source = (this.host as unknown as Element).isConnected === false ? undefined : this.source();
    if (!source || !source.items.length) {
      this.remove();
      return;
    }
    const shown = this.shown;
    if (shown && this.script?.isConnected && shown.index === source.index && shown.items === source.items && shown.lang === source.lang) return;
    this.shown = { index: source.index, items: source.items, lang: source.lang };
    const request = ++this.request;
    void import('../../core/jsonld.js').then(({ serviceJsonLd, jsonLdGraph, jsonLdScriptText }) => {
      if (request !== this.request || (this.host as unknown as Element).isConnected === false) return;
      const seen = new Set<string>();
      const nodes: Record<string, unknown>[] = [];
      for (const { service } of source.items) {
        if (seen.has(service.id)) continue;
        seen.add(service.id);
        const url = source.url?.(service);
        nodes.push(serviceJsonLd(source.index, service, { lang: source.lang, ...(url ? { url } : {}) }));
        if (nodes.length >= JSON_LD_LIMIT) break;
      }
      if (!this.script) {
        this.script = document.createElement('script');
        this.script.type = 'application/ld+json';
        this.script.setAttribute('data-wegweiser-kit', '');
      }
      this.script.textContent = jsonLdScriptText(jsonLdGraph(nodes));
      if (!this.script.isConnected) document.head.append(this.script);
    });
  }

  hostDisconnected(): void {
    this.remove();
  }

  /** The current script element, if any (for tests). */
  get element(): HTMLScriptElement | undefined {
    return this.script?.isConnected ? this.script : undefined;
  }

  private remove(): void {
    this.request++;
    this.shown = undefined;
    this.script?.remove();
    this.script = undefined;
  }
}
