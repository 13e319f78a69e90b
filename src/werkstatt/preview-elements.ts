/** The four elements for the preview, loaded when the preview is first opened (the kit's own registrations). */
import { ELEMENT_LOADERS } from '../loaders.js';

export async function loadPreviewElements(): Promise<void> {
  await Promise.all(Object.values(ELEMENT_LOADERS).map((load) => load()));
}
