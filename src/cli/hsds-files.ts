/** An HSDS tabular export on disk (a folder of CSV files with its datapackage.json), read for `wegweiser import hsds`. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { packagePaths, parseTable, type TabularRead } from '../admin/hsds/tabular.js';
import type { Rec } from '../admin/hsds/util.js';

/** Reads the CSV files a datapackage.json lists; without a usable one, every *.csv of the folder. */
export async function readTabularDir(dir: string): Promise<TabularRead> {
  const warnings: string[] = [];
  let paths: Array<{ name: string; path: string }> | undefined;
  const pkgText = await readFile(join(dir, 'datapackage.json'), 'utf8').catch(() => undefined);
  if (pkgText !== undefined) {
    paths = packagePaths(pkgText);
    if (!paths) warnings.push(`${join(dir, 'datapackage.json')}: not JSON (${pkgText.slice(0, 40).trim()}); reading every *.csv of the folder`);
  } else {
    warnings.push(`${join(dir, 'datapackage.json')}: missing; reading every *.csv of the folder`);
  }
  paths ??= (await readdir(dir)).filter((f) => f.endsWith('.csv')).sort().map((f) => ({ name: f.replace(/\.csv$/, ''), path: f }));
  const tables: Record<string, Rec[]> = {};
  for (const { name, path } of paths) {
    const file = join(dir, path);
    try {
      tables[name] = parseTable(await readFile(file, 'utf8'));
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`);
    }
  }
  return { tables, warnings };
}
