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
  /** Gemeinden anywhere in Germany with this name (case, accents and "Stadt" aside), for sources without keys (Integreat). */
  named(name: string): OfficialGemeinde[];
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

/** "Augsburg, Stadt", "augsburg", "Stadt Augsburg" → one key. */
export const nameKey = (name: string): string => name.replace(/,.*$/, '').replace(/\b(stadt|gemeinde|markt|landkreis|kreis|samtgemeinde)\b/gi, '')
  .toLowerCase().replace(/ß/g, 'ss').replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]/g, '');

export function gemeindeList(data: GemeindeData): GemeindeList {
  const byAgs = new Map<string, OfficialGemeinde>();
  let byName: Map<string, OfficialGemeinde[]> | undefined;
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
    named: (name) => {
      if (!byName) {
        byName = new Map();
        for (const g of byAgs.values()) {
          const key = nameKey(g.officialName);
          const list = byName.get(key);
          if (list) list.push(g);
          else byName.set(key, [g]);
        }
      }
      return byName.get(nameKey(name)) ?? [];
    },
    size: byAgs.size,
    source: data.source,
  };
}
