/**
 * Access to the files of a GTFS feed, given as a zip or as a folder. Files
 * are only ever streamed: a zip entry through yauzl's `openReadStream`
 * (entries are found through the central directory, in any order), a
 * folder's file through `fs.createReadStream`.
 */
import { createReadStream, type Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { GtfsError } from './errors.js';

export interface GtfsSource {
  /** The path as given. */
  readonly path: string;
  readonly kind: 'zip' | 'folder';
  has(file: string): boolean;
  /** Uncompressed size in bytes (0 when absent). */
  size(file: string): number;
  open(file: string): Promise<Readable>;
  close(): void;
}

const systemError = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export async function openGtfsSource(path: string): Promise<GtfsSource> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new GtfsError(`The GTFS feed "${path}" does not exist. Give the path of a GTFS zip file or of a folder with the GTFS .txt files.`);
    throw new GtfsError(`The GTFS feed "${path}" cannot be read: ${systemError(e)}.`);
  }
  if (info.isDirectory()) return openFolder(path);
  if (!info.isFile()) throw new GtfsError(`The GTFS feed "${path}" is neither a zip file nor a folder.`);
  return openZip(path);
}

async function listTxt(dir: string): Promise<Map<string, { full: string; size: number }>> {
  const files = new Map<string, { full: string; size: number }>();
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    throw new GtfsError(`The GTFS folder "${dir}" cannot be read: ${systemError(e)}.`);
  }
  for (const e of entries) {
    if (!e.isFile() || !e.name.toLowerCase().endsWith('.txt')) continue;
    const full = join(dir, e.name);
    files.set(e.name.toLowerCase(), { full, size: (await stat(full)).size });
  }
  return files;
}

async function openFolder(path: string): Promise<GtfsSource> {
  let files = await listTxt(path);
  if (!files.has('stops.txt')) {
    // An unpacked zip often leaves the files one folder down.
    const subdirs = (await readdir(path, { withFileTypes: true })).filter((e) => e.isDirectory() && !e.name.startsWith('.') && e.name !== '__MACOSX');
    if (subdirs.length === 1) {
      const inner = await listTxt(join(path, subdirs[0]!.name));
      if (inner.has('stops.txt')) files = inner;
    }
  }
  return {
    path,
    kind: 'folder',
    has: (file) => files.has(file),
    size: (file) => files.get(file)?.size ?? 0,
    open: async (file) => {
      const f = files.get(file);
      if (!f) throw new GtfsError(`${file} is missing in the GTFS folder "${path}".`, file);
      const stream = createReadStream(f.full, { highWaterMark: 1 << 20 });
      await new Promise<void>((resolve, reject) => {
        stream.once('open', () => resolve());
        stream.once('error', (e) => reject(new GtfsError(`${file} in "${path}" cannot be read: ${systemError(e)}.`, file)));
      });
      return stream;
    },
    close: () => undefined,
  };
}

async function openZip(path: string): Promise<GtfsSource> {
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, strictFileNames: false, validateEntrySizes: true });
  } catch (e) {
    throw new GtfsError(`"${path}" is not a GTFS zip file (${systemError(e)}). Give a zip file or a folder with the GTFS .txt files.`);
  }
  // Keep, for each file name, the entry nearest to the root (some zips
  // wrap the feed in a folder; macOS adds __MACOSX/ copies).
  const entries = new Map<string, { entry: Entry; depth: number }>();
  try {
    for await (const entry of zip.eachEntry()) {
      const name = entry.fileName;
      if (name.endsWith('/') || name.startsWith('__MACOSX/')) continue;
      const base = basename(name).toLowerCase();
      if (!base.endsWith('.txt')) continue;
      const depth = name.split('/').length - 1;
      const old = entries.get(base);
      if (!old || depth < old.depth) entries.set(base, { entry, depth });
    }
  } catch (e) {
    zip.close();
    throw new GtfsError(`"${path}" is not a readable zip file (${systemError(e)}).`);
  }
  return {
    path,
    kind: 'zip',
    has: (file) => entries.has(file),
    size: (file) => entries.get(file)?.entry.uncompressedSize ?? 0,
    open: async (file) => {
      const e = entries.get(file);
      if (!e) throw new GtfsError(`${file} is missing in the GTFS zip "${path}".`, file);
      try {
        return await zip.openReadStreamPromise(e.entry);
      } catch (err) {
        throw new GtfsError(`${file} in the zip "${path}" cannot be unpacked: ${systemError(err)}.`, file);
      }
    },
    close: () => zip.close(),
  };
}
