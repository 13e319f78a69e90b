/**
 * Reads a feed from a file or an http(s) URL, with a size limit that is
 * checked before anything is buffered, and clear messages for the usual
 * mishaps (wrong path, a folder, no permission, a 404, a timeout).
 */
import { open } from 'node:fs/promises';
import type { LocalisedMessage } from '../core/errors.js';
import { InputError } from '../admin/input-error.js';
import { decodeInput, megabytes, parseInput, type InputText, type Loaded } from '../admin/inspect.js';

export type { InputText } from '../admin/inspect.js';
export { megabytes } from '../admin/inspect.js';

export { InputError } from '../admin/input-error.js';

export interface ReadOptions {
  maxBytes: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export const isUrl = (source: string): boolean => /^https?:\/\//i.test(source);


/** `bytes` undefined: the download was stopped at the limit, the full size is unknown. */
function tooLarge(name: string, bytes: number | undefined, maxBytes: number): InputError {
  const size = bytes === undefined
    ? { de: 'ist größer als die Grenze', en: 'is larger than the limit' }
    : { de: `ist ${megabytes(bytes)} MB groß, mehr als die Grenze`, en: `is ${megabytes(bytes)} MB, more than the limit` };
  return new InputError({
    de: `„${name}“ ${size.de} von ${megabytes(maxBytes)} MB. Ein Feed für einen Kreis hat meist 1–3 MB. Ist es die richtige Datei? Die Grenze lässt sich mit --max-size <MB> ändern.`,
    en: `"${name}" ${size.en} of ${megabytes(maxBytes)} MB. A Kreis feed is usually 1–3 MB. Is it the right file? Change the limit with --max-size <MB>.`,
  });
}

export async function readInput(source: string, options: ReadOptions): Promise<InputText> {
  const bytes = isUrl(source) ? await fetchLimited(source, options) : await readFileLimited(source, options.maxBytes);
  return decodeInput(source, bytes);
}

async function readFileLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
    const stat = await handle.stat();
    if (stat.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (stat.size > maxBytes) throw tooLarge(path, stat.size, maxBytes);
    return await handle.readFile();
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(fileErrorSentence(path, error as NodeJS.ErrnoException));
  } finally {
    await handle?.close();
  }
}

function fileErrorSentence(path: string, error: NodeJS.ErrnoException): LocalisedMessage {
  switch (error.code) {
    case 'ENOENT':
      return { de: `Die Datei „${path}“ gibt es nicht. Stimmt der Pfad?`, en: `The file "${path}" does not exist. Is the path right?` };
    case 'EISDIR':
      return { de: `„${path}“ ist ein Ordner, keine Datei.`, en: `"${path}" is a folder, not a file.` };
    case 'EACCES':
    case 'EPERM':
      return { de: `Keine Berechtigung, „${path}“ zu lesen.`, en: `No permission to read "${path}".` };
    default:
      return { de: `„${path}“ kann nicht gelesen werden: ${error.message}`, en: `"${path}" cannot be read: ${error.message}` };
  }
}

async function fetchLimited(url: string, options: ReadOptions): Promise<Uint8Array> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const timedOut = (error as Error)?.name === 'TimeoutError';
    const reason = String((error as { cause?: { code?: string } })?.cause?.code ?? (error as Error)?.message ?? error);
    throw new InputError(timedOut
      ? { de: `${url} hat nicht innerhalb von ${timeoutMs / 1000} Sekunden geantwortet.`, en: `${url} did not answer within ${timeoutMs / 1000} seconds.` }
      : { de: `${url} ist nicht erreichbar (${reason}). Stimmt die Adresse, besteht eine Internetverbindung?`, en: `${url} cannot be reached (${reason}). Is the address right, is there a connection?` });
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new InputError({
      de: `Der Server antwortet auf ${url} mit ${response.status} ${response.statusText}${response.status === 404 ? ' – die Adresse gibt es nicht' : ''}.`.replace(/ +\./, '.'),
      en: `The server answered ${url} with ${response.status} ${response.statusText}.`.replace(/ +\./, '.'),
    });
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > options.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(url, declared, options.maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    // Node's web streams are async-iterable; the DOM typings do not say so.
    for await (const chunk of (response.body ?? []) as unknown as AsyncIterable<Uint8Array>) {
      received += chunk.byteLength;
      if (received > options.maxBytes) throw tooLarge(url, undefined, options.maxBytes);
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError({ de: `Die Übertragung von ${url} brach ab: ${String((error as Error).message)}`, en: `The transfer of ${url} broke off: ${String((error as Error).message)}` });
  }
  return Buffer.concat(chunks);
}

/** Reads and parses a JSON file or URL; syntax and encoding problems come back with line and column. Throws InputError (exit 2). */
export async function loadJson(source: string, maxBytes: number): Promise<Loaded> {
  return parseInput(await readInput(source, { maxBytes }));
}
