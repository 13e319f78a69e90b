/** Registers the German strings of the list building blocks (search field, filters, empty state, print). */
import { deLists } from '../../i18n/de-lists.js';
import { deKinds } from '../../i18n/de-kinds.js';
import { addGerman } from '../../i18n/index.js';

addGerman(deLists);
addGerman(deKinds);
