/**
 * The detail of one service: every place with its hours and accessibility,
 * how to book, what to bring, consultation days elsewhere, and a way to tell
 * the entry's steward that something is out of date (a mailto link: the kit
 * itself sends nothing).
 */
import { deFinderDetail } from '../../i18n/de-finder-detail.js';
import { addGerman } from '../../i18n/index.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { Accessibility, Service } from '../../core/schema/index.js';
import type { FinderResult } from '../../core/finder.js';
import { textOf } from '../../core/text.js';
import { renderWeek } from '../shared/hours-week.js';
import { contactActions, renderAddress, renderContactActions } from '../shared/contact-view.js';
import type { Ui } from '../shared/ui.js';
import { gemeindeName, placeSuffix, renderFacts, renderResponsible, type FinderContext } from './result-view.js';
import type { UiKey } from '../../i18n/index.js';

addGerman(deFinderDetail);

function renderAccessibility(ui: Ui, a: Accessibility | undefined): TemplateResult | typeof nothing {
  if (!a) return nothing;
  const items: Array<TemplateResult | string> = [];
  if (a.wheelchair) items.push(ui.t(`a11y.wheelchair-${a.wheelchair}` as UiKey));
  if (a.toilet) items.push(ui.t('a11y.toilet'));
  if (a.hearingLoop) items.push(ui.t('a11y.hearingLoop'));
  if (a.parking) items.push(ui.t('a11y.parking'));
  if (a.text) items.push(html`${ui.renderText(a.text)}`);
  if (!items.length) return nothing;
  return html`<p><strong>${ui.t('detail.accessibility')}:</strong> ${items.map((item, i) => html`${i ? ' · ' : ''}${item}`)}</p>`;
}

/** A mailto link to the entry's steward (or the Kreis), with the entry named in the subject. */
export function reportHref(ctx: FinderContext, service: Service, pageUrl: string): string | undefined {
  const feed = ctx.index.feed;
  const steward = service.steward ? feed.stewards?.find((s) => s.id === service.steward) : undefined;
  const email = steward?.email ?? feed.publisher.contact.email;
  if (!email) return undefined;
  const subject = ctx.ui.t('report.subject', { name: textOf(service.name), id: service.id });
  const body = ctx.ui.t('report.body', { url: pageUrl });
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

export interface DetailActions {
  back(): void;
  print(): void;
  pageUrl: string;
}

/** The detail shows the full travel-time badge (day choice, own position, live answer): its code loads with the first detail. */
let badgeLoading: Promise<unknown> | undefined;
function loadTravelBadge(): void {
  badgeLoading ??= import('../route-time/define.js').catch(() => (badgeLoading = undefined));
}

export function renderDetail(ctx: FinderContext, result: FinderResult, actions: DetailActions): TemplateResult {
  if (ctx.home) loadTravelBadge();
  const { ui, index } = ctx;
  const { service } = result;
  const organisation = index.organisations.get(service.organisation);
  const report = reportHref(ctx, service, actions.pageUrl);
  const places = (service.at ?? []).map((at) => ({ at, location: index.locations.get(at.location) })).filter((p) => p.location);
  // The place that serves the person comes first.
  places.sort((a, b) => Number(b.location === result.location) - Number(a.location === result.location));
  const booking = service.booking;
  return html`<article class="detail" part="detail" aria-labelledby="detail-title">
    <p class="detail__nav">
      <button type="button" class="link-button" part="button back" @click=${actions.back}>
        <span aria-hidden="true" class="flip">←</span> ${ui.t('detail.back')}
      </button>
    </p>
    ${renderResponsible(ctx, result)}
    <div role="heading" aria-level=${ctx.headingLevel} id="detail-title" class="detail__title" tabindex="-1">${ui.renderText(service.name)}</div>
    ${organisation ? html`<p class="result__provider" part="provider">${ui.renderText(organisation.name, false)}</p>` : nothing}
    ${service.summary ? html`<p>${ui.renderText(service.summary)}</p>` : nothing}
    ${service.description ? html`<p class="detail__description">${ui.renderText(service.description)}</p>` : nothing}
    ${renderFacts(ctx, result, true)}
    ${service.eligibility?.text ? html`<p><strong>${ui.t('detail.eligibility')}:</strong> ${ui.renderText(service.eligibility.text)}</p>` : nothing}
    ${renderContactActions(contactActions(ui, service.contact ?? organisation?.contact, booking), ui.t('contact.label'))}

    ${booking?.text || booking?.leadTime
      ? html`<section class="detail__section" aria-labelledby="detail-booking">
          <div role="heading" aria-level=${ctx.headingLevel + 1} class="section-title" id="detail-booking">${ui.t('detail.booking')}</div>
          ${booking.text ? html`<p>${ui.renderText(booking.text)}</p>` : nothing}
          ${booking.leadTime ? html`<p>${ui.renderText(booking.leadTime)}</p>` : nothing}
        </section>`
      : nothing}

    ${service.documents?.length
      ? html`<section class="detail__section" aria-labelledby="detail-documents">
          <div role="heading" aria-level=${ctx.headingLevel + 1} class="section-title" id="detail-documents">${ui.t('detail.documents')}</div>
          <ul class="bullets">${service.documents.map((d) => html`<li>${ui.renderText(d)}</li>`)}</ul>
        </section>`
      : nothing}

    ${places.map(({ at, location }, i) => html`<section class="detail__section" aria-labelledby=${`detail-place-${i}`}>
      <div role="heading" aria-level=${ctx.headingLevel + 1} class="section-title" id=${`detail-place-${i}`}>${ui.renderText(location!.name, false)}</div>
      <p>${renderAddress(ui, location)}${placeSuffix(index, location!)}</p>
      ${location!.transitStop ? html`<p>${ui.t('fact.stop')}: ${location!.transitStop}</p>` : nothing}
      ${at.note ? html`<p>${ui.renderText(at.note)}</p>` : nothing}
      ${renderWeek(ui, at.hours ?? location!.hours, ui.t('detail.hoursAt', { place: textOf(location!.name, ui.uiLang) }))}
      ${renderAccessibility(ui, location!.accessibility)}
    </section>`)}

    ${service.outreach?.length
      ? html`<section class="detail__section" aria-labelledby="detail-outreach">
          <div role="heading" aria-level=${ctx.headingLevel + 1} class="section-title" id="detail-outreach">${ui.t('detail.outreach')}</div>
          ${service.outreach.map((o) => {
            const place = o.location ? index.locations.get(o.location) : undefined;
            const name = gemeindeName(index, o.gemeinde) ?? o.gemeinde;
            return html`<div class="outreach">
              <p><strong>${name}</strong>${place ? html` – ${ui.renderText(place.name, false)}, ${renderAddress(ui, place)}` : nothing}</p>
              ${o.note ? html`<p>${ui.renderText(o.note)}</p>` : nothing}
              ${renderWeek(ui, o.hours, ui.t('detail.hoursAt', { place: name }))}
            </div>`;
          })}
        </section>`
      : nothing}

    <p class="detail__footer">
      <button type="button" part="button print" class="button-secondary" @click=${actions.print}>${ui.t('print.entry')}</button>
      ${report ? html`<a href=${report} part="report">${ui.t('report.link')}</a>` : nothing}
    </p>
  </article>`;
}
