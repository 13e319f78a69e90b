/**
 * Fetching a region's answers from an Integreat CMS (`--url … --region …`):
 * the API v3 endpoints in every language of the region, each request with a
 * timeout and retries, progress on stderr, and a plain sentence when the
 * machine is offline. `--save` keeps the answers for an offline re-run.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { classifyAnswer, type Answer } from '../admin/integreat/answers.js';
import { InputError } from '../admin/input-error.js';

export interface FetchOptions {
  url: string;
  region: string;
  /** Per request, in ms (default 30 s). */
  timeoutMs?: number;
  /** Attempts per request (default 3), with a growing pause between them. */
  attempts?: number;
  save?: string;
  progress: (text: string) => void;
  fetch?: typeof fetch;
}

const OFFLINE = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ENETUNREACH', 'EHOSTUNREACH', 'ECONNRESET']);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

function apiBase(url: string): string {
  const trimmed = url.replace(/\/+$/, '');
  return /\/api\/v3$/.test(trimmed) ? trimmed : `${trimmed}/api/v3`;
}

async function getJson(url: string, options: FetchOptions, optional: boolean): Promise<unknown> {
  const attempts = options.attempts ?? 3;
  const doFetch = options.fetch ?? fetch;
  let last = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const response = await doFetch(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 30_000), headers: { accept: 'application/json' } });
      if (response.status === 404 && optional) return undefined;
      if (response.ok) {
        const text = await response.text();
        try {
          return JSON.parse(text);
        } catch {
          throw new InputError({ de: `${url} antwortet nicht mit JSON (Anfang: „${text.slice(0, 60)}“). Stimmt die Adresse des Integreat-Servers?`, en: `${url} does not answer with JSON (starts with "${text.slice(0, 60)}"). Is the Integreat server's address right?` });
        }
      }
      last = `HTTP ${response.status}`;
      // A client error will not change on a retry.
      if (response.status < 500 && response.status !== 429) break;
    } catch (error) {
      if (error instanceof InputError) throw error;
      const e = error as Error & { cause?: { code?: string } };
      const code = e.cause?.code ?? '';
      if (OFFLINE.has(code)) {
        last = code;
        if (attempt === attempts) {
          throw new InputError({
            de: `Keine Verbindung zu ${new URL(url).host} (${code}). Ist der Rechner offline oder die Adresse falsch? Laden Sie die Antworten auf einem Rechner mit Netz (--save <ordner>) und geben Sie dann den Ordner an.`,
            en: `No connection to ${new URL(url).host} (${code}). Is this machine offline, or the address wrong? Fetch the answers on a machine with a network (--save <folder>) and then give that folder.`,
          });
        }
      } else {
        last = e.name === 'TimeoutError' ? `keine Antwort in ${Math.round((options.timeoutMs ?? 30_000) / 1000)} s` : e.message;
      }
    }
    if (attempt < attempts) {
      options.progress(`  … ${last}, neuer Versuch ${attempt + 1}/${attempts}`);
      await pause(250 * 2 ** attempt);
    }
  }
  throw new InputError({ de: `${url} ließ sich nicht laden (${last}, ${attempts} Versuche).`, en: `${url} could not be loaded (${last}, ${attempts} attempts).` });
}

export async function fetchRegion(options: FetchOptions): Promise<Answer[]> {
  const base = apiBase(options.url);
  const region = options.region;
  const answers: Answer[] = [];
  const take = async (name: string, url: string, optional: boolean) => {
    options.progress(`Lade ${name} …`);
    const json = await getJson(url, options, optional);
    if (json === undefined) return;
    if (options.save) {
      await mkdir(options.save, { recursive: true });
      await writeFile(join(options.save, `${name.replace(/\//g, '_')}.json`), `${JSON.stringify(json, null, 2)}\n`);
    }
    const classified = classifyAnswer(name, json);
    if (!classified.ok) throw new InputError(classified.message);
    answers.push({ ...classified.answer, region, ...(name.split('/')[1] && name.split('/').length === 3 ? { lang: name.split('/')[1]! } : {}) });
  };
  await take('regions', `${base}/regions/`, true);
  await take(`${region}/languages`, `${base}/${region}/languages/`, false);
  const langs = answers.filter((a) => a.endpoint === 'languages').flatMap((a) => a.items.map((l) => String(l.code)));
  if (!langs.length) throw new InputError({ de: `Die Region „${region}“ nennt keine Sprachen.`, en: `The region "${region}" names no languages.` });
  await take(`${region}/de/location-categories`, `${base}/${region}/de/location-categories/`, true);
  await take(`${region}/extras`, `${base}/${region}/de/extras/`, true);
  let n = 0;
  for (const lang of langs) {
    n++;
    options.progress(`Sprache ${n}/${langs.length}: ${lang}`);
    await take(`${region}/${lang}/locations`, `${base}/${region}/${lang}/locations/`, false);
    await take(`${region}/${lang}/events`, `${base}/${region}/${lang}/events/?combine_recurring=True`, true);
    await take(`${region}/${lang}/pages`, `${base}/${region}/${lang}/pages/`, true);
  }
  return answers;
}
