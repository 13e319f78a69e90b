/**
 * One step of a pathway: what to do and why, the deadline, what to bring,
 * the office responsible for the person's Gemeinde (hours, languages, how to
 * get there, contact) and a person to ask — or, honestly, that the feed
 * knows no office for this Gemeinde, with the Kreis-wide contact.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Step } from '../../core/schema/index.js';
import type { FeedIndex } from '../../core/feed-index.js';
import type { ResponsibleOffice } from '../../core/responsibility.js';
import type { StepContact } from '../../core/pathway.js';
import { serviceHours } from '../../core/queries.js';
import { routeTime } from '../../core/travel.js';
import { renderHoursLine } from '../shared/hours-view.js';
import { contactActions, kreisContact, renderAddress, renderContactActions, safeUrl } from '../shared/contact-view.js';
import { languageName } from '../shared/language-name.js';
import { renderRouteLine } from '../route-time/route-view.js';
import type { Ui } from '../shared/ui.js';

export interface StepContext {
  ui: Ui;
  index: FeedIndex;
  now: Date;
  gemeinde?: string;
  headingLevel: number;
  /** For print: no buttons, no live parts. */
  printing?: boolean;
}

function renderOffice(ctx: StepContext, office: ResponsibleOffice): TemplateResult {
  const { ui, index } = ctx;
  const { service, location } = office;
  const organisation = index.organisations.get(service.organisation);
  const hours = serviceHours(index, service).find((h) => h.location === location)?.hours ?? serviceHours(index, service)[0]?.hours;
  const languages = (service.languages ?? []).map((l) => languageName(ui, l)).join(', ');
  const route = ctx.gemeinde && location && !location.sensitive && !ctx.printing ? routeTime(index, { from: ctx.gemeinde, location: location.id }) : undefined;
  return html`<div class="office" part="office">
    <p><strong>${ui.renderText(service.name, false)}</strong>${organisation ? html` – ${ui.renderText(organisation.name, false)}` : nothing}</p>
    ${location ? html`<p>${renderAddress(ui, location)}</p>` : nothing}
    ${location || hours ? html`<p>${renderHoursLine(ui, hours, ctx.now, index.feed.holidays)}</p>` : nothing}
    ${languages ? html`<p>${ui.t('fact.languages')}: ${languages}</p>` : nothing}
    ${route && (route.transit || route.walk || route.estimate) ? html`<p class="route">${renderRouteLine(ui, route)}</p>` : nothing}
    ${ctx.printing ? nothing : renderContactActions(contactActions(ui, service.contact ?? organisation?.contact, service.booking), ui.t('contact.label'))}
  </div>`;
}

export function renderStepBody(ctx: StepContext, step: Step, contact: StepContact): TemplateResult {
  const { ui, index } = ctx;
  const links = (step.links ?? []).filter((l) => safeUrl(l.url));
  return html`
    ${step.deadline ? html`<p class="deadline" part="deadline"><strong>${ui.t('weg.deadline')}:</strong> ${ui.renderText(step.deadline)}</p>` : nothing}
    ${step.body ? html`<p class="body">${ui.renderText(step.body)}</p>` : nothing}
    ${step.documents?.length
      ? html`<div class="documents"><strong>${ui.t('weg.documents')}:</strong><ul class="bullets">${step.documents.map((d) => html`<li>${ui.renderText(d)}</li>`)}</ul></div>`
      : nothing}
    ${contact.office
      ? html`<div class="where"><strong>${ui.t('weg.where')}:</strong>${renderOffice(ctx, contact.office)}</div>`
      : contact.missing
        ? html`<p class="missing" part="missing">${ui.t('weg.missing', { contact: kreisContact(ui, index) })}</p>`
        : (step.topic || step.service) && !ctx.gemeinde
          ? html`<p class="muted">${ui.t('weg.chooseGemeinde')}</p>`
          : nothing}
    ${contact.helper ? html`<div class="helper"><strong>${ui.t('weg.ask')}:</strong>${renderOffice(ctx, contact.helper)}</div>` : nothing}
    ${links.length && !ctx.printing
      ? html`<p class="links">${ui.t('weg.links')}: ${links.map((l, i) => html`${i ? ', ' : ''}<a href=${safeUrl(l.url)!} rel="noopener noreferrer">${ui.renderText(l.label, false)}</a>`)}</p>`
      : nothing}`;
}
