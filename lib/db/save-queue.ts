import type { PageReading, SaveSummary } from './save-reading';

interface Waiting {
  reading: PageReading;
  resolve(summary: SaveSummary): void;
  reject(error: unknown): void;
}

/**
 * Group commit: a reading that arrives while a save is running waits and goes into the next
 * transaction with every other reading that arrived meanwhile. A lone reading is saved at once;
 * a burst (several tabs, a long timeline re-read) costs a few commits instead of one each.
 * Each caller is still answered only after the transaction holding its reading has committed.
 */
export function createSaveQueue(save: (batch: PageReading[]) => Promise<SaveSummary[]>) {
  let waiting: Waiting[] = [];
  let running = false;

  function flush(): void {
    const batch = waiting;
    waiting = [];
    running = true;
    save(batch.map((w) => w.reading))
      .then(
        (summaries) => {
          for (const [i, w] of batch.entries()) w.resolve(summaries[i] as SaveSummary);
        },
        (error) => {
          for (const w of batch) w.reject(error);
        },
      )
      .finally(() => {
        running = false;
        if (waiting.length > 0) flush();
      });
  }

  return (reading: PageReading): Promise<SaveSummary> =>
    new Promise((resolve, reject) => {
      waiting.push({ reading, resolve, reject });
      if (!running) flush();
    });
}
