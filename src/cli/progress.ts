// A progress bar on stderr for long jobs (import, export). Drawn only when stderr is a terminal, so pipes, logs
// and CI output stay clean; redrawn at most ten times a second.
export interface Progress {
  tick(done: number): void;
  finish(): void;
}

const SILENT: Progress = { tick: () => undefined, finish: () => undefined };

/** `label` e.g. "校验"; `total` the number of items. Small jobs get no bar. */
export function progressBar(label: string, total: number, minTotal = 200): Progress {
  const err = process.stderr;
  if (!err.isTTY || total < minTotal) return SILENT;
  const width = 30;
  let last = 0;
  const draw = (done: number) => {
    const share = Math.min(1, done / total);
    const full = Math.round(share * width);
    err.write(`\r${label} [${'█'.repeat(full)}${'░'.repeat(width - full)}] ${done}/${total} ${Math.round(share * 100)}%`);
  };
  return {
    tick(done) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      draw(done);
    },
    finish() {
      draw(total);
      err.write('\n');
    },
  };
}
