/** A one-line progress bar on a terminal stream; silent when the stream is not a TTY. */
export function createProgress(stream: NodeJS.WriteStream, total: number, enabled: boolean) {
  const on = enabled && stream.isTTY === true;
  const started = performance.now();
  let last = 0;
  return {
    tick(done: number) {
      if (!on) return;
      const now = performance.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const width = 30;
      const filled = Math.round((done / total) * width);
      const rate = done / Math.max(0.001, (now - started) / 1000);
      stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${rate.toFixed(0)} articles/s`);
    },
    end() { if (on) stream.write('\n'); },
  };
}
