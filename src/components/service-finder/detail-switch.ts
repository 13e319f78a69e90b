/**
 * Which detail the finder shows for an entry — an office's own view, or a
 * course's or path's (their code loads on first use) — and the entries a
 * deep link may name although the current list does not hold them.
 */
import type { TemplateResult } from 'lit';
import type { FeedIndex } from '../../core/feed-index.js';
import { locationsOf } from '../../core/feed-index.js';
import type { FinderEntry } from '../../core/finder-answer.js';
import { berlinDate } from '../../core/dates.js';
import { textOf } from '../../core/text.js';
import type { WwElement } from '../shared/ww-element.js';
import type { FinderLazyParts } from './lazy-parts.js';
import type { FinderContext } from './result-view.js';

export interface DetailHost {
  ui: Pick<WwElement, 'uiLang' | 'renderLoading'>;
  lazy: FinderLazyParts;
  root: ShadowRoot;
  now: Date;
  back(): void;
  /** The address of an entry's detail. */
  href(key: string): string;
  print(content: TemplateResult, title: string): void;
  emit(name: 'ww-calendar', detail: { id: string; text: string }): boolean;
  directoryHref?: string;
  wegweiserHref?: string;
}

export function renderDetailOf(ctx: FinderContext, detail: FinderEntry, host: DetailHost): TemplateResult {
  const lang = host.ui.uiLang;
  if (detail.kind !== 'service') {
    const other = host.lazy.otherDetail();
    if (!other) return host.ui.renderLoading();
    const actions = {
      back: host.back,
      print: (content: TemplateResult) => host.print(content, detail.kind === 'programme' ? textOf(detail.programme.title, lang) : textOf(detail.pathway.title, lang)),
      root: host.root,
      emit: host.emit,
      href: host.href,
      today: berlinDate(host.now),
      ...(host.directoryHref ? { directoryHref: host.directoryHref } : {}),
      ...(host.wegweiserHref ? { wegweiserHref: host.wegweiserHref } : {}),
    };
    return detail.kind === 'programme' ? other.renderProgrammeDetail(ctx, detail, actions) : other.renderPathwayDetail(ctx, detail, actions);
  }
  const view = host.lazy.detailView();
  if (!view) return host.ui.renderLoading();
  return view.renderDetail(ctx, detail, {
    back: host.back,
    print: () => host.print(view.renderDetail({ ...ctx, detailHref: () => '', openDetail: () => undefined }, detail, { back: () => undefined, print: () => undefined, pageUrl: '' }), textOf(detail.service.name, lang)),
    pageUrl: host.href(detail.service.id),
  });
}

/** A deep link may name an entry the current filters leave out: it still opens (courses and paths once their code is in). */
export function entryOutsideResults(index: FeedIndex, key: string, lazy: FinderLazyParts, now: Date): FinderEntry | undefined {
  const service = index.services.get(key);
  if (!service) return /^(programme|pathway):/.test(key) ? lazy.otherDetail()?.outsideEntry(index, key, berlinDate(now)) : undefined;
  const location = locationsOf(index, service)[0];
  return location ? { kind: 'service', service, location } : { kind: 'service', service };
}
