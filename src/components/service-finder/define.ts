/** Registers `<ww-service-finder>` (once per page, whichever copy of the kit comes first). */
import { defineElement } from '../shared/define.js';
import { WwServiceFinder } from './ww-service-finder.js';

defineElement('ww-service-finder', WwServiceFinder);

export { WwServiceFinder };

declare global {
  interface HTMLElementTagNameMap {
    'ww-service-finder': WwServiceFinder;
  }
}
