/**
 * The Werkstatt's worker: reads, imports, compiles and reports off the main
 * thread, so that 10,000 rows never freeze the page. It fetches the official
 * Gemeinde list once, from the page's own folder.
 */
import { compareFeeds, runWerkstatt } from './pipeline.js';
import type { GemeindeData } from '../admin/gemeinden.js';
import type { ToWorker, FromWorker } from './messages.js';

let gemeinden: Promise<GemeindeData> | undefined;

const post = (message: FromWorker) => (self as unknown as Worker).postMessage(message);

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  void (async () => {
    try {
      if (message.type === 'run') {
        gemeinden ??= fetch(message.gemeindenUrl).then((r) => {
          if (!r.ok) throw new Error(`gemeinden.json: HTTP ${r.status}`);
          return r.json() as Promise<GemeindeData>;
        });
        const result = await runWerkstatt({
          files: message.files, gemeindeData: await gemeinden, now: new Date(message.now), allowUnknown: message.allowUnknown,
          onProgress: (progress) => post({ type: 'progress', id: message.id, progress }),
        });
        post({ type: 'result', id: message.id, result });
      } else {
        post({ type: 'compared', id: message.id, diff: compareFeeds(message.before, message.after) });
      }
    } catch (error) {
      gemeinden = undefined;
      post({ type: 'failed', id: message.id, message: String((error as Error)?.message ?? error) });
    }
  })();
});
post({ type: 'ready' });
