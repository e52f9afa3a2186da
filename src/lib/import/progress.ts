/** A progress bar on a terminal, nothing elsewhere (CI logs stay clean). */
import cliProgress from 'cli-progress';

/** Progress over input bytes, with the article count as payload. */
export interface Progress {
  advance(bytes: number): void;
  article(): void;
  stop(): void;
}

/** Creates a progress bar on stderr when it is a terminal and `enabled`; a no-op otherwise. */
export function createProgress(totalBytes: number, enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY || totalBytes === 0) {
    return { advance() {}, article() {}, stop() {} };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'importing [{bar}] {percentage}% | {articles} articles | {eta_formatted} left',
      hideCursor: true,
      etaBuffer: 200,
    },
    cliProgress.Presets.shades_classic,
  );
  let articles = 0;
  bar.start(totalBytes, 0, { articles });
  return {
    advance: (bytes) => bar.increment(bytes, { articles }),
    article: () => {
      articles += 1;
      if (articles % 64 === 0) bar.update({ articles });
    },
    stop: () => {
      bar.update({ articles });
      bar.stop();
    },
  };
}
