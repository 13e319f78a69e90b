/**
 * Builds src/cli/data/gemeinden.json from the official Gemeinde list
 * (../shared/data/gemeinden/gemeinden_de.csv, Destatis GV-ISys, Gebietsstand
 * 31.12.2020), so the CLI knows every German Gemeinde without ../shared.
 *
 * Run: npx tsx test/tools/gemeinden-data.ts [path/to/gemeinden_de.csv]
 *
 * Output: one Gemeinde per line (diffs stay readable), Kreis and Land names
 * stored once. Official names are kept as they are ("Künzelsau, Stadt");
 * the CLI derives the display name ("Künzelsau").
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DEFAULT_CSV = fileURLToPath(new URL('../../../shared/data/gemeinden/gemeinden_de.csv', import.meta.url));
const OUT = fileURLToPath(new URL('../../src/cli/data/gemeinden.json', import.meta.url));

/** RFC 4180 fields of one line: quoted fields may contain commas ("Flensburg, Stadt") and doubled quotes. */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { fields.push(field); field = ''; }
    else field += c;
  }
  fields.push(field);
  return fields;
}

/** Some areas (coastal waters) have no centroid: empty → null, not 0. */
function coordinate(field: string | undefined): number | null {
  const n = field?.trim() ? Number(field) : NaN;
  return Number.isFinite(n) ? n : null;
}

function main(csvPath: string): void {
  const lines = readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = splitCsvLine(lines[0] ?? '');
  const col = (name: string) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`column "${name}" missing in ${csvPath}`);
    return index;
  };
  const [AGS, NAME, KREIS, LAND, LAT, LON] = ['ags', 'name', 'kreis', 'land', 'lat', 'lon'].map(col) as [number, number, number, number, number, number];
  const laender: Record<string, string> = {};
  const kreise: Record<string, string> = {};
  const rows: string[] = [];
  for (const line of lines.slice(1)) {
    const f = splitCsvLine(line);
    const ags = f[AGS] ?? '';
    if (!/^\d{8}$/.test(ags)) throw new Error(`bad AGS in line: ${line}`);
    laender[ags.slice(0, 2)] ??= f[LAND] ?? '';
    if (f[KREIS]) kreise[ags.slice(0, 5)] ??= f[KREIS];
    rows.push(JSON.stringify([ags, f[NAME], coordinate(f[LAT]), coordinate(f[LON])]));
  }
  const meta = {
    source: 'Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV-ISys, Gebietsstand 31.12.2020',
    licence: 'Datenlizenz Deutschland – Namensnennung 2.0 (https://www.govdata.de/dl-de/by-2-0)',
    columns: ['ags', 'officialName', 'lat', 'lon'],
  };
  const json = [
    '{',
    ...Object.entries(meta).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)},`),
    `"laender": ${JSON.stringify(laender)},`,
    `"kreise": ${JSON.stringify(kreise)},`,
    '"gemeinden": [',
    rows.join(',\n'),
    ']',
    '}',
    '',
  ].join('\n');
  writeFileSync(OUT, json);
  console.log(`${rows.length} Gemeinden, ${Object.keys(kreise).length} Kreise → ${OUT} (${(json.length / 1024).toFixed(0)} KiB)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv[2] ?? DEFAULT_CSV);
