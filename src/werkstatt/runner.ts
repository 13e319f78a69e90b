/**
 * Runs the Werkstatt pipeline in a worker; where the browser gives none (a
 * page opened from a folder, a strict policy), on the page itself, with a
 * pause for the page after each step.
 */
import type { FeedDiff } from '../admin/feed-diff.js';
import type { GemeindeData } from '../admin/gemeinden.js';
import type { FromWorker, ToWorker } from './messages.js';
import type { DroppedFile, Progress, WerkstattResult } from './pipeline.js';

export interface RunRequest {
  files: DroppedFile[];
  now: Date;
  allowUnknown: boolean;
}

export interface Runner {
  run(request: RunRequest, onProgress: (p: Progress) => void): Promise<WerkstattResult>;
  compare(before: string, after: string): Promise<FeedDiff | undefined>;
  /** `worker` or `page` (the fallback), for the page to say so. */
  readonly mode: 'worker' | 'page';
}

type Pending = { resolve: (value: never) => void; reject: (error: Error) => void; onProgress?: (p: Progress) => void };

/** Waits until the worker said it is there; undefined when it cannot start. */
function startWorker(url: URL): Promise<Worker | undefined> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(url, { type: 'module' });
    } catch {
      resolve(undefined);
      return;
    }
    const ready = (event: MessageEvent<FromWorker>) => {
      if (event.data.type !== 'ready') return;
      worker.removeEventListener('message', ready);
      resolve(worker);
    };
    worker.addEventListener('message', ready);
    worker.addEventListener('error', () => resolve(undefined), { once: true });
  });
}

function workerRunner(worker: Worker, gemeindenUrl: string): Runner {
  const pending = new Map<number, Pending>();
  let next = 1;
  worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    const m = event.data;
    if (m.type === 'ready') return;
    const waiting = pending.get(m.id);
    if (!waiting) return;
    if (m.type === 'progress') {
      waiting.onProgress?.(m.progress);
      return;
    }
    pending.delete(m.id);
    if (m.type === 'failed') waiting.reject(new Error(m.message));
    else waiting.resolve((m.type === 'result' ? m.result : m.diff) as never);
  });
  const send = <T>(message: ToWorker, onProgress?: (p: Progress) => void) => new Promise<T>((resolve, reject) => {
    pending.set(message.id, { resolve: resolve as (value: never) => void, reject, ...(onProgress ? { onProgress } : {}) });
    worker.postMessage(message);
  });
  return {
    mode: 'worker',
    run: (request, onProgress) => send<WerkstattResult>({
      type: 'run', id: next++, files: request.files, now: request.now.toISOString(), allowUnknown: request.allowUnknown, gemeindenUrl,
    }, onProgress),
    compare: (before, after) => send<FeedDiff | undefined>({ type: 'compare', id: next++, before, after }),
  };
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function pageRunner(gemeindenUrl: string): Runner {
  let gemeinden: Promise<GemeindeData> | undefined;
  return {
    mode: 'page',
    async run(request, onProgress) {
      const { runWerkstatt } = await import('./pipeline.js');
      gemeinden ??= fetch(gemeindenUrl).then((r) => r.json() as Promise<GemeindeData>);
      return runWerkstatt({
        files: request.files, gemeindeData: await gemeinden, now: request.now, allowUnknown: request.allowUnknown,
        onProgress: async (p) => {
          onProgress(p);
          await pause();
        },
      });
    },
    async compare(before, after) {
      const { compareFeeds } = await import('./pipeline.js');
      return compareFeeds(before, after);
    },
  };
}

export async function createRunner(workerUrl: URL, gemeindenUrl: URL): Promise<Runner> {
  const worker = await startWorker(workerUrl);
  return worker ? workerRunner(worker, gemeindenUrl.href) : pageRunner(gemeindenUrl.href);
}
