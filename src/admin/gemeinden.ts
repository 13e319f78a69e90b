/**
 * The official list of German Gemeinden (Destatis GV-ISys, Gebietsstand
 * 31.12.2020, Datenlizenz Deutschland – Namensnennung 2.0), shipped as
 * gemeinden.json (built by test/tools/gemeinden-data.ts) with the CLI and
 * the Werkstatt, so both work for any Kreis in Germany. This module only
 * turns the file's content into a lookup; reading the file is the caller's
 * (src/cli/gemeinden-file.ts, or the Werkstatt's fetch of its own copy).
 */

export interface OfficialGemeinde {
  ags: string;
  /** As Destatis writes it: "Künzelsau, Stadt", "Weiden i.d.OPf.". */
  officialName: string;
  /** For display: the official name without the ", Stadt" style suffix. */
  name: string;
  centroid?: [number, number];
  /** 5-digit Kreis key and name. */
  kreis: string;
  kreisName: string;
  land: string;
}

export interface GemeindeList {
  get(ags: string): OfficialGemeinde | undefined;
  kreisName(ags5: string): string | undefined;
  /** Gemeinden of a Kreis, for "did you mean" by name. */
  inKreis(ags5: string): OfficialGemeinde[];
  readonly size: number;
  readonly source: string;
}

/** The shape of gemeinden.json. */
export interface GemeindeData {
  source: string;
  laender: Record<string, string>;
  kreise: Record<string, string>;
  gemeinden: Array<[string, string, number | null, number | null]>;
}

/** "Flensburg, Stadt" → "Flensburg"; "Halle (Saale), Stadt" → "Halle (Saale)". */
export function displayName(officialName: string): string {
  const comma = officialName.indexOf(', ');
  return comma > 0 ? officialName.slice(0, comma) : officialName;
}

export function gemeindeList(data: GemeindeData): GemeindeList {
  const byAgs = new Map<string, OfficialGemeinde>();
  const byKreis = new Map<string, OfficialGemeinde[]>();
  for (const [ags, officialName, lat, lon] of data.gemeinden) {
    const kreis = ags.slice(0, 5);
    const entry: OfficialGemeinde = {
      ags,
      officialName,
      name: displayName(officialName),
      kreis,
      kreisName: data.kreise[kreis] ?? '',
      land: data.laender[ags.slice(0, 2)] ?? '',
    };
    if (lat !== null && lon !== null) entry.centroid = [lat, lon];
    byAgs.set(ags, entry);
    const list = byKreis.get(kreis);
    if (list) list.push(entry);
    else byKreis.set(kreis, [entry]);
  }
  return {
    get: (ags) => byAgs.get(ags),
    kreisName: (ags5) => data.kreise[ags5],
    inKreis: (ags5) => byKreis.get(ags5) ?? [],
    size: byAgs.size,
    source: data.source,
  };
}
