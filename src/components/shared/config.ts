/**
 * Page-wide defaults for every element, read from the embed script tag
 * (`data-feed`, `data-gemeinde`, `data-lang`, …). Kept per copy of the kit:
 * two copies on one page each read their own script tag.
 */
export interface KitConfig {
  feed?: string;
  gemeinde?: string;
  lang?: string;
  /** Map tile URL template; only used after the user asks for the map. */
  tiles?: string;
  tilesAttribution?: string;
  /** The site's pages with the other elements, so that each can point to the next best step. */
  finderHref?: string;
  directoryHref?: string;
  wegweiserHref?: string;
}

const config: KitConfig = {};

export function getConfig(): Readonly<KitConfig> {
  return config;
}

export function setConfig(values: KitConfig): void {
  for (const [key, value] of Object.entries(values) as Array<[keyof KitConfig, string | undefined]>) {
    if (value !== undefined && value !== '') config[key] = value;
  }
}
