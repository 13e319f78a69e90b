/**
 * The Hohenlohekreis: 16 Gemeinden with AGS, names and centroids copied from
 * shared/data/gemeinden/gemeinden_de.csv (Destatis GV-ISys, Gebietsstand
 * 31.12.2020; "…, Stadt" stripped from the names), their Verbände, a few
 * Ortsteile (centroids approximate, hand-placed) and neighbouring towns.
 */
import type { Regions } from '../../../src/core/schema/index.js';

export interface GemeindeRow {
  slug: string;
  ags: string;
  name: string;
  /** Official name with "Stadt" where it is one (for organisation names). */
  stadt: boolean;
  plz: string;
  lat: number;
  lon: number;
  verband?: string;
  centre?: 'ober' | 'mittel' | 'unter' | 'klein';
  /** Real dialling code; the numbers behind it are fictional (`000-…`). */
  areaCode: string;
}

// Central places: Künzelsau and Öhringen are Mittelzentren. Krautheim and
// Neuenstein as Unterzentren is our best knowledge of the Regionalplan
// Heilbronn-Franken 2020 (to be verified); the others are Kleinzentren, and
// Weißbach and Zweiflingen carry no central-place function (no `centre`).
export const GEMEINDEN: GemeindeRow[] = [
  { slug: 'bretzfeld', ags: '08126011', name: 'Bretzfeld', stadt: false, plz: '74626', lat: 49.177232, lon: 9.440237, centre: 'klein', areaCode: '7946' },
  { slug: 'doerzbach', ags: '08126020', name: 'Dörzbach', stadt: false, plz: '74677', lat: 49.383492, lon: 9.706625, verband: 'gvv-krautheim', centre: 'klein', areaCode: '7937' },
  { slug: 'forchtenberg', ags: '08126028', name: 'Forchtenberg', stadt: true, plz: '74670', lat: 49.287249, lon: 9.562246, verband: 'gvv-mittleres-kochertal', centre: 'klein', areaCode: '7947' },
  { slug: 'ingelfingen', ags: '08126039', name: 'Ingelfingen', stadt: true, plz: '74653', lat: 49.299402, lon: 9.654049, verband: 'vvg-kuenzelsau', centre: 'klein', areaCode: '7940' },
  { slug: 'krautheim', ags: '08126045', name: 'Krautheim', stadt: true, plz: '74238', lat: 49.384904, lon: 9.634435, verband: 'gvv-krautheim', centre: 'unter', areaCode: '6294' },
  { slug: 'kuenzelsau', ags: '08126046', name: 'Künzelsau', stadt: true, plz: '74653', lat: 49.277894, lon: 9.687069, verband: 'vvg-kuenzelsau', centre: 'mittel', areaCode: '7940' },
  { slug: 'kupferzell', ags: '08126047', name: 'Kupferzell', stadt: false, plz: '74635', lat: 49.227563, lon: 9.68958, verband: 'gvv-hohenloher-ebene', centre: 'klein', areaCode: '7944' },
  { slug: 'mulfingen', ags: '08126056', name: 'Mulfingen', stadt: false, plz: '74673', lat: 49.340479, lon: 9.801118, verband: 'gvv-krautheim', centre: 'klein', areaCode: '7938' },
  { slug: 'neuenstein', ags: '08126058', name: 'Neuenstein', stadt: true, plz: '74632', lat: 49.205319, lon: 9.582072, verband: 'gvv-hohenloher-ebene', centre: 'unter', areaCode: '7942' },
  { slug: 'niedernhall', ags: '08126060', name: 'Niedernhall', stadt: true, plz: '74676', lat: 49.295659, lon: 9.614213, verband: 'gvv-mittleres-kochertal', centre: 'klein', areaCode: '7940' },
  { slug: 'oehringen', ags: '08126066', name: 'Öhringen', stadt: true, plz: '74613', lat: 49.200104, lon: 9.501119, verband: 'vvg-oehringen', centre: 'mittel', areaCode: '7941' },
  { slug: 'pfedelbach', ags: '08126069', name: 'Pfedelbach', stadt: false, plz: '74629', lat: 49.17696, lon: 9.503745, verband: 'vvg-oehringen', centre: 'klein', areaCode: '7941' },
  { slug: 'schoental', ags: '08126072', name: 'Schöntal', stadt: false, plz: '74214', lat: 49.344441, lon: 9.52668, centre: 'klein', areaCode: '7943' },
  { slug: 'waldenburg', ags: '08126085', name: 'Waldenburg', stadt: true, plz: '74638', lat: 49.18656, lon: 9.642224, verband: 'gvv-hohenloher-ebene', centre: 'klein', areaCode: '7942' },
  { slug: 'weissbach', ags: '08126086', name: 'Weißbach', stadt: false, plz: '74679', lat: 49.299966, lon: 9.595907, verband: 'gvv-mittleres-kochertal', areaCode: '7947' },
  { slug: 'zweiflingen', ags: '08126094', name: 'Zweiflingen', stadt: false, plz: '74639', lat: 49.25588, lon: 9.518026, verband: 'vvg-oehringen', areaCode: '7948' },
];

export const G = Object.fromEntries(GEMEINDEN.map((g) => [g.slug, g])) as Record<string, GemeindeRow>;
export const ags = (...slugs: string[]) => slugs.map((s) => {
  const row = G[s];
  if (!row) throw new Error(`unknown Gemeinde ${s}`);
  return row.ags;
});

/** Verwaltungsverbände as listed in the Destatis file (Bretzfeld and Schöntal are on their own). */
export const VERBAENDE = [
  { id: 'vvg-kuenzelsau', name: 'VVG der Stadt Künzelsau', slugs: ['ingelfingen', 'kuenzelsau'] },
  { id: 'vvg-oehringen', name: 'VVG der Stadt Öhringen', slugs: ['oehringen', 'pfedelbach', 'zweiflingen'] },
  { id: 'gvv-hohenloher-ebene', name: 'GVV Hohenloher Ebene', slugs: ['kupferzell', 'neuenstein', 'waldenburg'] },
  { id: 'gvv-krautheim', name: 'GVV Krautheim', slugs: ['doerzbach', 'krautheim', 'mulfingen'] },
  { id: 'gvv-mittleres-kochertal', name: 'GVV Mittleres Kochertal', slugs: ['forchtenberg', 'niedernhall', 'weissbach'] },
];

/**
 * Catchments used by several offices (Jobcenter, Agentur für Arbeit,
 * Sozialamt branch, JMD, Amtsgericht, VHS advice). The split roughly follows
 * the pre-1973 Altkreise Öhringen and Künzelsau and cuts through two
 * Verbände (Kupferzell goes north, Forchtenberg goes south) — on purpose,
 * because real catchments do not always follow Verband lines. Sample data.
 */
export const SUED = ['oehringen', 'pfedelbach', 'zweiflingen', 'bretzfeld', 'neuenstein', 'waldenburg', 'forchtenberg'];
export const NORD = ['kuenzelsau', 'ingelfingen', 'kupferzell', 'niedernhall', 'weissbach', 'doerzbach', 'krautheim', 'mulfingen', 'schoental'];

/** Migration counselling for adults (MBE) follows the Verbände instead. */
export const MBE_CARITAS = ['kuenzelsau', 'ingelfingen', 'doerzbach', 'krautheim', 'mulfingen', 'schoental', 'forchtenberg', 'niedernhall', 'weissbach'];
export const MBE_DIAKONIE = ['oehringen', 'pfedelbach', 'zweiflingen', 'bretzfeld', 'kupferzell', 'neuenstein', 'waldenburg'];

export const ALL = GEMEINDEN.map((g) => g.slug);
export const allExcept = (...slugs: string[]) => ALL.filter((s) => !slugs.includes(s));

/** A few real Ortsteile; centroids are approximate (hand-placed near the village centre). */
const ORTSTEILE: Record<string, { id: string; name: string; centroid: [number, number] }[]> = {
  kuenzelsau: [
    { id: 'kuenzelsau-gaisbach', name: 'Gaisbach', centroid: [49.2705, 9.708] },
    { id: 'kuenzelsau-kocherstetten', name: 'Kocherstetten', centroid: [49.2937, 9.7535] },
    { id: 'kuenzelsau-amrichshausen', name: 'Amrichshausen', centroid: [49.3085, 9.73] },
  ],
  oehringen: [
    { id: 'oehringen-cappel', name: 'Cappel', centroid: [49.2045, 9.5265] },
    { id: 'oehringen-michelbach', name: 'Michelbach am Wald', centroid: [49.1705, 9.5445] },
    { id: 'oehringen-ohrnberg', name: 'Ohrnberg', centroid: [49.2283, 9.4716] },
  ],
  kupferzell: [{ id: 'kupferzell-eschental', name: 'Eschental', centroid: [49.2455, 9.6635] }],
  forchtenberg: [
    { id: 'forchtenberg-sindringen', name: 'Sindringen', centroid: [49.283, 9.518] },
    { id: 'forchtenberg-ernsbach', name: 'Ernsbach', centroid: [49.287, 9.583] },
  ],
  krautheim: [
    { id: 'krautheim-klepsau', name: 'Klepsau', centroid: [49.4053, 9.6552] },
    { id: 'krautheim-gommersdorf', name: 'Gommersdorf', centroid: [49.3828, 9.6027] },
  ],
  schoental: [
    { id: 'schoental-bieringen', name: 'Bieringen', centroid: [49.3325, 9.5775] },
    { id: 'schoental-oberkessach', name: 'Oberkessach', centroid: [49.364, 9.524] },
  ],
  bretzfeld: [
    { id: 'bretzfeld-bitzfeld', name: 'Bitzfeld', centroid: [49.195, 9.441] },
    { id: 'bretzfeld-adolzfurt', name: 'Adolzfurt', centroid: [49.1615, 9.4635] },
  ],
  pfedelbach: [{ id: 'pfedelbach-untersteinbach', name: 'Untersteinbach', centroid: [49.133, 9.547] }],
  mulfingen: [{ id: 'mulfingen-hollenbach', name: 'Hollenbach', centroid: [49.35, 9.83] }],
  ingelfingen: [{ id: 'ingelfingen-criesbach', name: 'Criesbach', centroid: [49.2925, 9.671] }],
};

function mean(values: number[]): number {
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 1e4) / 1e4;
}

export function buildRegions(): Regions {
  return {
    kreis: {
      ags: '08126',
      name: 'Hohenlohekreis',
      // Plain mean of the Gemeinde centroids: good enough to centre a map.
      centroid: [mean(GEMEINDEN.map((g) => g.lat)), mean(GEMEINDEN.map((g) => g.lon))],
    },
    verbaende: VERBAENDE.map((v) => ({ id: v.id, name: v.name, gemeinden: ags(...v.slugs) })),
    gemeinden: GEMEINDEN.map((g) => {
      const out: Regions['gemeinden'][number] = { ags: g.ags, name: g.name, centroid: [g.lat, g.lon] };
      if (g.verband) out.verband = g.verband;
      if (g.centre) out.centre = g.centre;
      const ots = ORTSTEILE[g.slug];
      if (ots) out.ortsteile = ots;
      return out;
    }),
    neighbours: [
      { id: 'heilbronn', name: 'Heilbronn', ags: '08121000', centroid: [49.140428, 9.217953] },
      { id: 'schwaebisch-hall', name: 'Schwäbisch Hall', ags: '08127076', centroid: [49.111579, 9.739951] },
      { id: 'bad-mergentheim', name: 'Bad Mergentheim', ags: '08128007', centroid: [49.490973, 9.773085] },
    ],
  };
}

export const HEILBRONN = '08121000';
