/** Registers `<ww-route-time>` (once per page, whichever copy of the kit comes first). */
import { defineElement } from '../shared/define.js';
import { WwRouteTime } from './ww-route-time.js';

defineElement('ww-route-time', WwRouteTime);

export { WwRouteTime };

declare global {
  interface HTMLElementTagNameMap {
    'ww-route-time': WwRouteTime;
  }
}
