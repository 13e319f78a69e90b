/**
 * Bench of `wegweiser import sheets`: 10,000 rows (4,000 Angebote, 4,000
 * Orte, 2,000 Zeiten) as CSV in a temporary folder, imported once.
 * Target: ≤ 5 s. Run alone with `npx tsx test/bench/import-bench.ts`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importSheetsCommand } from '../../src/cli/commands/import-sheets.js';
import { loadGemeinden } from '../../src/cli/gemeinden-file.js';

const HOURS = ['Mo-Fr 8-12 Uhr', 'Mo-Fr 08:00-12:00', 'Di + Do 14-17 Uhr', 'Mo.-Fr. 8:00-12:00', 'Mo-Do 8-12 und 13-16 Uhr, Fr 8-12 Uhr', 'Mo-We 09:00-12:00; Th 14:00-18:00'];

export function writeRows(dir: string, services = 4000, locations = 4000, hours = 2000): number {
  const gemeinden = loadGemeinden().inKreis('08126');
  writeFileSync(join(dir, 'Kreis.csv'), 'Kreis-AGS;Bundesland;E-Mail\n08126;BW;integration@landkreis.example\n');
  writeFileSync(join(dir, 'Organisationen.csv'), `ID;Name;Art\n${Array.from({ length: 20 }, (_, i) => `org-${i};Träger ${i};Verein`).join('\n')}\n`);
  const orte = ['ID;Name;Gemeinde;Straße;PLZ;Ort;Öffnungszeiten;Rollstuhl;Stand;Pflege'];
  for (let i = 0; i < locations; i++) {
    const g = gemeinden[i % gemeinden.length]!;
    orte.push(`ort-${i};Beratungsstelle ${i};${i % 2 ? g.name : g.ags};Hauptstraße ${i % 90 + 1};74653;${g.name};"${HOURS[i % HOURS.length]}";${i % 3 ? 'ja' : 'x'};2026-10-01;integration@landkreis.example`);
  }
  writeFileSync(join(dir, 'Orte.csv'), `${orte.join('\n')}\n`);
  const angebote = ['ID;Organisation;Name;Kurzbeschreibung;Themen;Sprachen;Zugang;Kostenlos;Orte;Zuständig-für-Gemeinden;Stand'];
  for (let i = 0; i < services; i++) {
    angebote.push(`svc-${i};org-${i % 20};Angebot ${i};Beratung und Begleitung Nummer ${i}.;${['sprache', 'beratung', 'arbeit'][i % 3]};Deutsch; Englisch;Termin; offene Sprechstunde;ja;ort-${i % locations};${gemeinden[i % gemeinden.length]!.name};2026-10-01`.replace('Deutsch; Englisch', '"Deutsch; Englisch"').replace('Termin; offene Sprechstunde', '"Termin; offene Sprechstunde"'));
  }
  writeFileSync(join(dir, 'Angebote.csv'), `${angebote.join('\n')}\n`);
  const zeiten = ['Angebot-ID;Ort-ID;Öffnungszeiten'];
  for (let i = 0; i < hours; i++) zeiten.push(`svc-${i};ort-${i % locations};"${HOURS[(i + 2) % HOURS.length]}"`);
  writeFileSync(join(dir, 'Zeiten.csv'), `${zeiten.join('\n')}\n`);
  return services + locations + hours;
}

export async function importBench(): Promise<Array<Array<string | number>>> {
  const dir = mkdtempSync(join(tmpdir(), 'ww-import-bench-'));
  try {
    const rows = writeRows(dir);
    const start = performance.now();
    const code = await importSheetsCommand({ inputs: [dir], output: join(dir, 'quelle.json'), json: true, lang: 'de', today: '2026-12-01', out: () => {}, err: () => {} });
    const seconds = (performance.now() - start) / 1000;
    if (code !== 0) throw new Error(`import failed with exit code ${code}`);
    return [[rows, Number(seconds.toFixed(2)), Math.round(rows / seconds)]];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log('rows | seconds | rows per second (target ≤ 5 s)');
  for (const row of await importBench()) console.log(row.join(' | '));
}
