/**
 * The CLI's copy of the official Gemeinde list: src/cli/data/gemeinden.json
 * (copied by the build to dist/cli/data/), read once per process (about 30 ms).
 */
import { readFileSync } from 'node:fs';
import { gemeindeList, type GemeindeData, type GemeindeList } from '../admin/gemeinden.js';

const DATA_FILE = new URL('./data/gemeinden.json', import.meta.url);
let cached: GemeindeList | undefined;

export function loadGemeinden(): GemeindeList {
  return (cached ??= gemeindeList(JSON.parse(readFileSync(DATA_FILE, 'utf8')) as GemeindeData));
}
