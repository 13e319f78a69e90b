/** Registers `<ww-wegweiser>` (once per page, whichever copy of the kit comes first). */
import { defineElement } from '../shared/define.js';
import { WwWegweiser } from './ww-wegweiser.js';

defineElement('ww-wegweiser', WwWegweiser);

export { WwWegweiser };

declare global {
  interface HTMLElementTagNameMap {
    'ww-wegweiser': WwWegweiser;
  }
}
