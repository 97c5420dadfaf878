import { yieldToPage } from '../yield-to-page';

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
    if (i + size < items.length) await yieldToPage();
  }
}

/** Appends in place; `push(...items)` overflows the call stack past about 100,000 items. */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
