/** A progress bar on stderr for long runs (only on a terminal; quiet in pipes and with --json). */
import cliProgress from 'cli-progress';

export interface Progress {
  update: (done: number, total: number) => void;
  stop: () => void;
}

export function progressBar(label: string): Progress | undefined {
  if (!process.stderr.isTTY) return undefined;
  const bar = new cliProgress.SingleBar({
    format: `${label} [{bar}] {percentage}% · {eta_formatted}`,
    stream: process.stderr,
    hideCursor: true,
    clearOnComplete: false,
  }, cliProgress.Presets.shades_classic);
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(Math.max(1, total), 0);
        started = true;
      }
      bar.setTotal(Math.max(1, total));
      bar.update(Math.min(done, total));
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
