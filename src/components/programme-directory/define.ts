/** Registers `<ww-programme-directory>` (once per page, whichever copy of the kit comes first). */
import { defineElement } from '../shared/define.js';
import { WwProgrammeDirectory } from './ww-programme-directory.js';

defineElement('ww-programme-directory', WwProgrammeDirectory);

export { WwProgrammeDirectory };

declare global {
  interface HTMLElementTagNameMap {
    'ww-programme-directory': WwProgrammeDirectory;
  }
}
