/** Dropped or picked files (and folders) as the pipeline's DroppedFile list. Hidden and Excel lock files (~$…) are skipped. */
import type { DroppedFile } from './pipeline.js';

const skipped = (name: string) => name.startsWith('.') || name.startsWith('~$');

async function fromFile(file: File, folder: string): Promise<DroppedFile> {
  return { name: file.name, folder, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** From `<input type=file>` (with `webkitdirectory`, each file's folder comes from its relative path). */
export async function filesFromInput(input: HTMLInputElement): Promise<DroppedFile[]> {
  const files = [...(input.files ?? [])].filter((f) => !skipped(f.name));
  const out = await Promise.all(files.map((f) => {
    const relative = f.webkitRelativePath || '';
    const folder = relative.includes('/') ? relative.slice(0, relative.lastIndexOf('/')) : '';
    return fromFile(f, folder);
  }));
  input.value = '';
  return out;
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

async function walk(entry: FileSystemEntry, folder: string, out: Array<Promise<DroppedFile>>): Promise<void> {
  if (skipped(entry.name)) return;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push(fromFile(file, folder));
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const path = folder ? `${folder}/${entry.name}` : entry.name;
  // readEntries gives at most 100 at a time.
  for (let batch = await readEntries(reader); batch.length; batch = await readEntries(reader)) {
    for (const child of batch) await walk(child, path, out);
  }
}

/** From a drop: files, and folders walked through. */
export async function filesFromDrop(event: DragEvent): Promise<DroppedFile[]> {
  const transfer = event.dataTransfer;
  if (!transfer) return [];
  const entries = [...transfer.items].map((item) => item.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => !!e);
  if (!entries.length) return Promise.all([...transfer.files].filter((f) => !skipped(f.name)).map((f) => fromFile(f, '')));
  const out: Array<Promise<DroppedFile>> = [];
  for (const entry of entries) await walk(entry, '', out);
  return Promise.all(out);
}
