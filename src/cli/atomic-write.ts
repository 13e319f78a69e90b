/**
 * Writing the published feed so that readers (the web server, a sync job)
 * only ever see the old file or the complete new one: write a temporary
 * file next to the target, flush it to disk, check what is actually on
 * disk, then rename it over the target (atomic on the same file system).
 * If anything fails, the old file stays as it was and the temporary file
 * is removed.
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

export interface AtomicWriteOptions {
  /**
   * Called with the bytes read back from the temporary file; throw to keep
   * the old file (e.g. when the new content would not be a valid feed).
   */
  check?: (written: Buffer) => void;
}

export async function writeFileAtomic(path: string, content: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const target = resolve(path);
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  // Keep the permissions of the file being replaced (a web server may need to read it).
  const mode = await stat(target).then((s) => s.mode & 0o777, () => 0o644);
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(temp, 'wx', mode);
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    // Read back: a full disk or a quota can truncate a write without an error on some systems.
    const written = await readFile(temp);
    if (!written.equals(bytes)) throw new Error(`the file written to ${temp} differs from what was meant to be written`);
    options.check?.(written);
    await rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dir);
}

/** Makes the rename itself durable; not possible on every platform (Windows), so best effort. */
async function syncDirectory(dir: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // ignore: the data is written, only crash-durability of the rename is weaker
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
