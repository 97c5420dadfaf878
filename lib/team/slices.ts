/**
 * Gives the page's main thread back between slices of work, so typing, scrolling and the
 * progress line stay live while the team view is computed over 100,000 activities.
 * `scheduler.yield` keeps the task's priority where the browser has it; a macrotask otherwise.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Rows handled between two yields: about a few milliseconds of parsing or merging. */
export const SLICE_ROWS = 2_000;

/** Runs `work` on each slice of `items`, yielding between slices. */
export async function inSlices<T>(
  items: readonly T[],
  size: number,
  work: (slice: readonly T[]) => void | Promise<void>,
) {
  for (let i = 0; i < items.length; i += size) {
    await work(items.slice(i, i + size));
    if (i + size < items.length) await yieldToMain();
  }
}

/** Appends in place; `push(...items)` overflows the call stack past about 100,000 items. */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
