import { describe, expect, it } from 'vitest';
import { notReadSchema } from '../../../lib/schema/read-result';

/** An `activities` entry may say only older items were not loaded (`part: 'older'`), and nothing else. */
describe('a notRead entry’s part', () => {
  it('keeps "older" and leaves it out where absent', () => {
    const older = { field: 'activities', reason: 'older timeline items are behind a "Load more" control' };
    expect(notReadSchema.parse({ ...older, part: 'older' })).toEqual({ ...older, part: 'older' });
    expect(notReadSchema.parse(older)).toEqual(older);
  });

  it('refuses any other part', () => {
    expect(notReadSchema.safeParse({ field: 'activities', reason: 'filtered', part: 'newer' }).success).toBe(false);
  });
});
