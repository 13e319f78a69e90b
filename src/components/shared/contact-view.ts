/** Addresses and contact actions (call, e-mail, website, booking) as real links. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Booking, Contact, Location } from '../../core/schema/index.js';
import type { Ui } from './ui.js';
import type { FeedIndex } from '../../core/feed-index.js';
import { textOf } from '../../core/text.js';

/** `tel:` wants digits: "07940 18-0" → "tel:07940180". */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** Only web addresses become links: a feed cannot smuggle in `javascript:` URLs. */
export const safeUrl = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);

export function renderAddress(ui: Ui, location: Location | undefined): TemplateResult | typeof nothing {
  if (!location) return nothing;
  if (location.sensitive || !location.address) {
    return html`<span class="address" part="address">${ui.t(location.sensitive ? 'place.onRequest' : 'place.noAddress')}</span>`;
  }
  const a = location.address;
  return html`<span class="address" part="address">${a.street}, ${a.postcode} ${a.city}${a.extra ? html` (${ui.renderText(a.extra, false)})` : nothing}</span>`;
}

export interface ContactAction {
  href: string;
  label: string;
  kind: 'phone' | 'email' | 'website' | 'booking';
}

/** Contact actions in a useful order, without duplicates (a booking phone that is also the main phone). */
export function contactActions(ui: Ui, contact: Contact | undefined, booking?: Booking): ContactAction[] {
  const out: ContactAction[] = [];
  const seen = new Set<string>();
  const add = (kind: ContactAction['kind'], href: string | undefined, label: string) => {
    if (!href || seen.has(href)) return;
    seen.add(href);
    out.push({ kind, href, label });
  };
  const bookingUrl = safeUrl(booking?.url);
  if (bookingUrl) add('booking', bookingUrl, ui.t('contact.book'));
  if (contact?.phone) add('phone', telHref(contact.phone), ui.t('contact.call', { phone: contact.phone }));
  if (booking?.phone) add('phone', telHref(booking.phone), ui.t('contact.call', { phone: booking.phone }));
  if (contact?.email) add('email', `mailto:${contact.email}`, ui.t('contact.email', { email: contact.email }));
  if (booking?.email) add('email', `mailto:${booking.email}`, ui.t('contact.email', { email: booking.email }));
  const website = safeUrl(contact?.website);
  if (website) add('website', website, ui.t('contact.website'));
  return out;
}

export function renderContactActions(actions: ContactAction[], label: string): TemplateResult | typeof nothing {
  if (!actions.length) return nothing;
  return html`<ul class="actions" part="actions" aria-label=${label}>
    ${actions.map((a) => html`<li><a class="action action--${a.kind}" part="action" href=${a.href} rel=${a.kind === 'website' || a.kind === 'booking' ? 'noopener noreferrer' : nothing}>${a.label}</a></li>`)}
  </ul>`;
}

/** A Gemeinde's (or neighbouring town's) name for an AGS. */
export function gemeindeName(index: FeedIndex, ags: string | undefined): string | undefined {
  if (!ags) return undefined;
  return index.gemeinden.get(ags)?.name ?? index.feed.regions.neighbours?.find((n) => n.ags === ags || n.id === ags)?.name;
}

/** The Landratsamt's contact, for "ask the Kreis" when the feed has no better answer. */
export function kreisContact(ui: Ui, index: FeedIndex): string {
  const { name, contact } = index.feed.publisher;
  return [textOf(name, ui.uiLang), contact.phone, contact.email].filter(Boolean).join(', ');
}
