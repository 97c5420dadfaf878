/** Runs `work` after the work queued before it on the same transaction. */
export type InTurn = <T>(tx: object, work: () => Promise<T>) => Promise<T>;

/**
 * A queue per transaction for one kind of read-modify-write of shared rows (per-stage summaries,
 * activity packs): two writes must not interleave, even when a caller does not wait. A failure
 * does not stop the work queued after it. Each kind has its own queue, so one never waits on another.
 */
export function turnQueue(): InTurn {
  const turns = new WeakMap<object, Promise<unknown>>();
  return (tx, work) => {
    const previous = turns.get(tx) ?? Promise.resolve();
    const next = previous.then(work);
    turns.set(
      tx,
      next.catch(() => undefined),
    );
    return next;
  };
}
