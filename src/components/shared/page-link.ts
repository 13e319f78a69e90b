/** Links between the site's pages that carry the kit's elements. */
import { getConfig } from './config.js';

/** An element's link to another page of the site (attribute, else the script tag's), made absolute. */
export function pageLink(value: string | undefined, fallback: 'finderHref' | 'directoryHref' | 'wegweiserHref'): string | undefined {
  const link = value || getConfig()[fallback];
  if (!link) return undefined;
  try {
    return new URL(link, document.baseURI).href;
  } catch {
    return undefined;
  }
}
