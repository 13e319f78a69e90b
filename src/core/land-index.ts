/**
 * What a page needs to recognise a Land index (core/land.ts has the rest:
 * checking it, listing its Gemeinden, picking a Gemeinde's files, merging
 * the border extracts). Kept apart so that a page with one Kreis
 * feed never loads the Land code (load.ts imports land-load.ts on demand).
 */
export const LAND_INDEX_FORMAT = 'wegweiser-land-index';

/** An extract: a neighbour's offers within `nearKm` of some of this Kreis's Gemeinden. */
export interface LandNear {
  /** 5-digit key of the neighbouring Kreis. */
  kreis: string;
  /** File name relative to the index (content-hashed, never changes its content). */
  file: string;
  bytes: number;
  /** The last three digits of the AGS of this Kreis's Gemeinden that need the extract. */
  gemeinden: string[];
}

export interface LandKreis {
  ags: string;
  name: string;
  /** The shard: a feed v1 file relative to the index (content-hashed name). */
  feed: string;
  bytes: number;
  /** Gemeinden of the Kreis: last three digits of the AGS → name (the Kreis is the first five). */
  gemeinden: Record<string, string>;
  near?: LandNear[];
}

export interface LandIndex {
  format: typeof LAND_INDEX_FORMAT;
  version: string;
  land: { ags: string; name: string; state: string };
  generatedAt: string;
  /** Offers of a neighbouring Kreis within this distance of a Gemeinde's centre reach it through an extract. */
  nearKm: number;
  kreise: LandKreis[];
}

export const isLandIndex = (json: unknown): boolean =>
  typeof json === 'object' && json !== null && (json as { format?: unknown }).format === LAND_INDEX_FORMAT;
