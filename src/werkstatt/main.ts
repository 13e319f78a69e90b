/** The Werkstatt page's entry: registers `<ww-werkstatt>` (guarded) and hides the loading note. */
import { WwWerkstatt } from './ww-werkstatt.js';

if (!customElements.get('ww-werkstatt')) customElements.define('ww-werkstatt', WwWerkstatt);
document.getElementById('loading-note')?.setAttribute('hidden', '');

declare global {
  interface HTMLElementTagNameMap {
    'ww-werkstatt': WwWerkstatt;
  }
}
