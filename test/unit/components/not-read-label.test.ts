import { describe, expect, it } from 'vitest';
import { notReadLabel } from '../../../components/not-read-label';
import { readableReason } from '../../../components/reason-dates';

describe("a notRead entry's field in a rep's words", () => {
  it('names timeline items from 1, as the page shows them, with the part that was not read', () => {
    expect(notReadLabel('activities[2].type')).toBe('Activity 3 type');
    expect(notReadLabel('activities[0].timestamp')).toBe('Activity 1 date');
    expect(notReadLabel('record.activities[4].direction')).toBe('Activity 5 direction');
    expect(notReadLabel('activities.outcome')).toBe('Activity outcome');
  });

  it('names whole fields with or without "record."', () => {
    expect(notReadLabel('stageHistory')).toBe('Stage history');
    expect(notReadLabel('record.contacts')).toBe('Deal contacts');
    expect(notReadLabel('activities')).toBe('Activity timeline');
    expect(notReadLabel('record.closeDate')).toBe('Close date');
  });

  it('keeps fields the adapter already wrote in words', () => {
    expect(notReadLabel('type of "Quarterly review"')).toBe('type of "Quarterly review"');
  });
});

describe("an adapter's reason with instants in it", () => {
  it("shows them as dates in the user's zone, the rest of the reason unchanged", () => {
    const reason = 'moves share the time 2026-10-01T15:00:00.000Z: the history before them is left out';
    expect(readableReason(reason, 'America/Los_Angeles')).toBe(
      'moves share the time 1 Oct 2026, 08:00: the history before them is left out',
    );
  });
});
