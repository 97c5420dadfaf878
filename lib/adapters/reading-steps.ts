import { withReadingMemo } from './reading-memo';

/**
 * A reading written as a generator that yields wherever it may be paused (after each timeline
 * item, between the parts of a record): the content script runs it in slices and gives the page
 * its thread back between them (issue 11), tools and tests run it at once. Both get the same
 * result, since a yield only marks a place and carries nothing.
 */
export type ReadingSteps<T> = Generator<void, T, void>;

/** Runs every step of a reading in one go, with one memo: the synchronous read. */
export function readAtOnce<T>(steps: ReadingSteps<T>): T {
  return withReadingMemo(() => {
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  });
}
