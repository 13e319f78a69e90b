/**
 * `<ww-route-time>`: how long it takes to get to a place, and whether a bus
 * goes at a time that works — from the feed's timetable, honestly labelled.
 */
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { WwElement } from '../shared/ww-element.js';
import { deRoute } from '../../i18n/de-route.js';
import { addGerman } from '../../i18n/index.js';

import { statusStyles, tokens } from '../shared/styles.js';
import { positionOf, type FeedIndex } from '../../core/feed-index.js';
import { distanceKm } from '../../core/geo.js';
import { locationsOf, nearestPlace } from '../../core/feed-index.js';
import { originPosition, routeTime, type RouteAnswer, type TravelMode } from '../../core/travel.js';
import { liveTransit, type LiveAnswer } from '../../core/travel-live.js';
import { DAY_TYPES, type DayType, type LatLon } from '../../core/schema/index.js';
import { textOf } from '../../core/text.js';
import type { UiKey } from '../../i18n/index.js';
import { renderRouteLine, renderTarget } from './route-view.js';

// This element's German strings travel with its code.
addGerman(deRoute);

/** A position further than this from every computed origin gets estimates only. */
const NEAREST_ORIGIN_KM = 3;

/**
 * Travel time to a place: by bus and train from the feed's precomputed
 * timetable (with departures in the window and the last way back), by bike
 * or on foot as an estimate. Offers the school-day / holiday choice when the
 * two differ, the visitor's own position after a click, and a live answer
 * when the Kreis configured a routing service and the visitor agrees.
 *
 * @tag ww-route-time
 * @fires ww-route - An answer was shown. `detail: { location, from, mode, day, tier, minutes }`.
 * @csspart badge - The whole badge.
 * @csspart line - The answer in words.
 * @csspart target - The planning-target note.
 * @csspart days - The day-type choice; `button` each.
 * @csspart source - The timetable source line.
 * @csspart button - Every button.
 */
export class WwRouteTime extends WwElement {
  static override styles = [tokens, statusStyles, css`
    :host { display: inline-block; max-inline-size: 100%; }
    .badge { display: inline-flex; flex-direction: column; gap: 0.25rem; padding: 0.5rem 0.75rem; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); }
    .line { font-weight: 600; }
    .tier, .source, .note { font-weight: 400; color: var(--_muted); font-size: 0.9em; }
    .target--met { color: var(--_success); }
    .target--missed { color: var(--_warning); }
    .days { display: flex; flex-wrap: wrap; gap: 0.25rem; align-items: center; }
    .days button, .actions button { border: 1px solid var(--_primary); color: var(--_primary); background: var(--_surface); border-radius: var(--_radius); padding: 0.25rem 0.6rem; min-block-size: 2.75rem; }
    .days button[aria-pressed='true'] { background: var(--_primary); color: var(--_on-primary); }
    .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
    p { margin: 0; }
  `];

  /** Service id: the badge uses its place nearest to `from`. */
  @property() service?: string;

  /** Location id of the destination. */
  @property() location?: string;

  /** Origin: 8-digit AGS of a Gemeinde or an Ortsteil id. Default: the page's Gemeinde. */
  @property() from?: string;

  /** `transit` (default), `bike` or `walk`. */
  @property() mode: TravelMode = 'transit';

  /** `schoolday` (default), `holiday`, `saturday` or `sunday`. */
  @property() day: DayType = 'schoolday';

  /** Time (`HH:MM`) the visitor must be there by, e.g. an appointment. */
  @property({ attribute: 'arrive-by' }) arriveBy?: string;

  /** Leave out the day choice, the position button and the live query (compact use in lists). */
  @property({ type: Boolean }) compact = false;

  @state() private chosenDay: DayType | undefined;
  @state() private position: LatLon | undefined;
  @state() private positionState: 'idle' | 'asking' | 'failed' = 'idle';
  @state() private live: { state: 'idle' | 'asking' | 'done' | 'none' | 'failed'; answer?: LiveAnswer } = { state: 'idle' };
  private announced = '';

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('day')) this.chosenDay = undefined;
    if (changed.has('from') || changed.has('location') || changed.has('service')) {
      this.position = undefined;
      this.live = { state: 'idle' };
    }
  }

  private origin(index: FeedIndex): { id?: string; position?: LatLon; note?: string } {
    if (this.position) {
      // The nearest computed origin stands in for the position, when it is close enough.
      let best: { id: string; km: number } | undefined;
      for (const id of index.feed.travel?.origins ?? []) {
        const at = originPosition(index, id);
        if (!at) continue;
        const km = distanceKm(this.position, at);
        if (!best || km < best.km) best = { id, km };
      }
      if (best && best.km <= NEAREST_ORIGIN_KM) return { id: best.id, position: this.position, note: this.placeName(index, best.id) };
      return { position: this.position };
    }
    const id = this.from || this.effectiveGemeinde;
    return id ? { id, ...(originPosition(index, id) ? { position: originPosition(index, id)! } : {}) } : {};
  }

  private placeName(index: FeedIndex, id: string): string {
    for (const g of index.gemeinden.values()) {
      if (g.ags === id) return g.name ?? id;
      const ortsteil = g.ortsteile?.find((o) => o.id === id);
      if (ortsteil) return `${ortsteil.name} (${g.name ?? g.ags})`;
    }
    return id;
  }

  /** The destination: the location, or the service's place nearest to the origin. */
  private destination(index: FeedIndex, from: LatLon | undefined): string | undefined {
    if (this.location) return this.location;
    const service = this.service ? index.services.get(this.service) : undefined;
    if (!service) return undefined;
    return nearestPlace(index, locationsOf(index, service).filter((l) => !l.sensitive), from).location?.id;
  }

  private answer(index: FeedIndex): { answer?: RouteAnswer; origin: ReturnType<WwRouteTime['origin']>; location?: string } {
    const origin = this.origin(index);
    const location = this.destination(index, origin.position);
    if (!location) return { origin };
    const day = this.chosenDay ?? (DAY_TYPES.includes(this.day) ? this.day : 'schoolday');
    const from = origin.id ?? origin.position;
    if (!from) return { origin, location };
    const answer = routeTime(index, { from, location, mode: this.mode, day });
    return answer ? { answer, origin, location } : { origin, location };
  }

  private askPosition = (): void => {
    if (!('geolocation' in navigator)) {
      this.positionState = 'failed';
      return;
    }
    this.positionState = 'asking';
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        // Kept in this element's memory only; never stored or sent (except to a live service the visitor asks).
        this.position = [pos.coords.latitude, pos.coords.longitude];
        this.positionState = 'idle';
      },
      () => (this.positionState = 'failed'),
      { maximumAge: 300_000, timeout: 15_000 },
    );
  };

  private async askLive(index: FeedIndex, location: string, from: LatLon): Promise<void> {
    const endpoint = index.feed.travel?.live?.url;
    const place = index.locations.get(location);
    const to = place ? positionOf(index, place) : undefined;
    if (!endpoint || !to) return;
    this.live = { state: 'asking' };
    try {
      const answer = await liveTransit(endpoint, from, to, new Date());
      this.live = answer ? { state: 'done', answer } : { state: 'none' };
    } catch {
      this.live = { state: 'failed' };
    }
  }

  override render(): TemplateResult {
    const status = this.renderFeedStatus();
    const state = this.feedState.state;
    if (status || state.status !== 'ready') return html`<span class="ww-root" dir=${this.uiDir}>${status}</span>`;
    const index = state.index;
    const { answer, origin, location } = this.answer(index);
    if (!answer || !location) return html`<span class="ww-root badge" part="badge">${this.t('route.noData')}</span>`;
    this.announce(answer, location);
    const day = answer.day;
    const days = answer.otherDay && !this.compact ? [day, answer.otherDay.day].sort((a, b) => DAY_TYPES.indexOf(a) - DAY_TYPES.indexOf(b)) : [];
    const liveHost = index.feed.travel?.live?.url ? new URL(index.feed.travel.live.url).host : undefined;
    const destination = index.locations.get(location);
    return html`<div class="ww-root badge" part="badge" dir=${this.uiDir} lang=${this.uiLang} role="group"
        aria-label=${`${this.t('route.label')}: ${destination ? textOf(destination.name, this.uiLang) : ''}`}>
      <p class="line" part="line">${renderRouteLine(this, answer)}</p>
      ${origin.note ? html`<p class="note">${this.t('route.hereNearest', { place: origin.note })}</p>` : nothing}
      ${this.renderArriveBy(answer)}
      ${renderTarget(this, answer)}
      ${days.length
        ? html`<div class="days" part="days" role="group" aria-label=${this.t('route.dayChoice')}>
            <span class="note">${this.t('route.dayChoice')}:</span>
            ${days.map((d) => html`<button type="button" part="button" aria-pressed=${d === day ? 'true' : 'false'} @click=${() => (this.chosenDay = d)}>${this.t(`route.day.${d}` as UiKey)}</button>`)}
          </div>`
        : nothing}
      ${this.compact ? nothing : this.renderActions(index, location, origin.position, liveHost)}
      ${answer.attribution && answer.tier === 'timetable' ? html`<p class="source" part="source">${this.t('route.source', { source: answer.attribution })}</p>` : nothing}
    </div>`;
  }

  private renderArriveBy(answer: RouteAnswer): TemplateResult | typeof nothing {
    const first = answer.transit?.firstArrival;
    if (!this.arriveBy || first === null || first === undefined || !/^\d\d:\d\d$/.test(this.arriveBy)) return nothing;
    const [h, m] = this.arriveBy.split(':').map(Number) as [number, number];
    const by = h * 60 + m;
    return html`<p class=${first <= by ? 'target--met' : 'target--missed'}>${this.t(first <= by ? 'route.arriveBy' : 'route.arriveLate', { time: this.formatTime(first), by: this.formatTime(by) })}</p>`;
  }

  private renderActions(index: FeedIndex, location: string, from: LatLon | undefined, liveHost: string | undefined): TemplateResult {
    const live = this.live;
    return html`<div class="actions">
        ${!this.position ? html`<button type="button" part="button" @click=${this.askPosition} aria-describedby="here-note">${this.t('route.here')}</button>` : nothing}
        ${liveHost && from && this.mode === 'transit' && live.state === 'idle'
          ? html`<button type="button" part="button" aria-describedby="live-note" @click=${() => this.askLive(index, location, from)}>${this.t('route.live')}</button>`
          : nothing}
      </div>
      ${!this.position ? html`<p class="note" id="here-note">${this.t('route.hereNote')}</p>` : nothing}
      ${this.positionState === 'failed' ? html`<p class="note" role="status">${this.t('route.hereFailed')}</p>` : nothing}
      ${liveHost && live.state === 'idle' && from ? html`<p class="note" id="live-note">${this.t('route.liveConsent', { host: liveHost })}</p>` : nothing}
      <p role="status" class="live">${live.state === 'done' && live.answer
        ? html`${this.t('route.liveResult', {
            departure: this.formatDate(live.answer.departure, { timeStyle: 'short' }),
            arrival: this.formatDate(live.answer.arrival, { timeStyle: 'short' }),
            minutes: live.answer.minutes,
            count: live.answer.transfers,
          })} <span class="tier">(${this.t('route.tierLive')})</span>`
        : live.state === 'none' ? this.t('route.liveNone') : live.state === 'failed' ? this.t('route.liveFailed') : ''}</p>`;
  }

  /** Tells the site (for its own statistics) what was shown, once per answer. */
  private announce(answer: RouteAnswer, location: string): void {
    const key = `${location}|${answer.day}|${answer.mode}|${answer.tier}`;
    if (key === this.announced) return;
    this.announced = key;
    const minutes = answer.transit?.typical ?? answer.estimate?.low ?? null;
    queueMicrotask(() => this.emit('ww-route', { location, from: this.from ?? this.effectiveGemeinde ?? null, mode: answer.mode, day: answer.day, tier: answer.tier, minutes }));
  }
}
