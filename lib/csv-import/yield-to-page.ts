/** A task's budget before the import gives the page back its thread (long-task threshold is 50 ms). */
export const SLICE_MS = 25;

/** Ends the current task so input and painting can run before the import goes on. */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
