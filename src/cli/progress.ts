/** @module cli/progress — progress on stderr: a redrawn bar on a terminal, one line per stage elsewhere. */
import cliProgress from 'cli-progress';

export interface StageProgress {
  /** Reports `done` of `total` (null while unknown) in `stage`. */
  update(stage: string, done: number, total: number | null): void;
  /** Clears the bar; call before printing results. */
  stop(): void;
}

/**
 * A stage-aware progress reporter. On a TTY it redraws one bar per stage; in pipes and CI logs it
 * prints one line when a stage starts, so logs stay readable.
 * @example const p = createStageProgress({ stream: process.stderr, label: 'dream' }); p.update('mine', 3, 10); p.stop();
 */
export function createStageProgress({
  stream,
  label,
  enabled = true,
}: {
  stream: NodeJS.WriteStream;
  label: string;
  enabled?: boolean;
}): StageProgress {
  const tty = stream.isTTY === true;
  const bar = new cliProgress.SingleBar(
    { stream, format: ` ${label} {stage} [{bar}] {percentage}%`, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let stage = '';
  return {
    update(next, done, total) {
      if (!enabled) return;
      if (!tty) {
        if (next !== stage) stream.write(`${label}: ${next}…\n`);
        stage = next;
        return;
      }
      const size = total ?? Math.max(done, 1);
      if (next !== stage) {
        if (stage) bar.stop();
        bar.start(size, done, { stage: next.padEnd(10) });
        stage = next;
      } else {
        bar.setTotal(size);
        bar.update(done, { stage: next.padEnd(10) });
      }
    },
    stop() {
      if (tty && stage) bar.stop();
      stage = '';
    },
  };
}
