/**
 * A debounce with a longest wait: each `schedule` puts the run off by its delay, but never past
 * `maxWaitMs` after the earliest call still pending (or that call's own delay, when longer). A page
 * that never goes quiet (a spinner redrawn every 150 ms) is still read (crm-pages.md: a debounced
 * MutationObserver), at most once per `maxWaitMs` while it keeps changing.
 */
export function createReadTimer(run: () => void, maxWaitMs: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dueBy: number | undefined;
  const fire = () => {
    dueBy = undefined;
    run();
  };
  return {
    schedule(delay: number): void {
      clearTimeout(timer);
      const now = Date.now();
      dueBy ??= now + Math.max(delay, maxWaitMs);
      timer = setTimeout(fire, Math.max(0, Math.min(delay, dueBy - now)));
    },
    cancel(): void {
      clearTimeout(timer);
      dueBy = undefined;
    },
  };
}
