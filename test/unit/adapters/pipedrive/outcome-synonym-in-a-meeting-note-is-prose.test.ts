import { describe, expect, it } from 'vitest';
import { readNotedActivity } from './noted-activity-page';

/**
 * metrics.md: "Meetings held: meetings whose time has passed and that were not cancelled or marked
 * no-show". The everyday synonyms reps write in a subject ("Demo – called off", "Demo –
 * postponed") say what came of the meeting there only: a held kickoff whose note says "Called off
 * the RFP with the other vendor, chose us" was held. Pipedrive's own outcome words in a note line
 * still count ("Cancelled – client asked to move it").
 */
describe('a done Pipedrive meeting whose note opens with an outcome synonym', () => {
  it('a kickoff with the note "Called off the RFP with the other vendor, chose us" is held', () => {
    const meeting = readNotedActivity(
      'en-US',
      'Meeting',
      'Kickoff',
      'Called off the RFP with the other vendor, chose us',
    );
    expect(meeting?.type).toBe('meeting');
    expect(meeting?.outcome).toBe('held');
  });

  it('a note opening with Pipedrive’s own word still says the meeting was cancelled', () => {
    const meeting = readNotedActivity('en-US', 'Meeting', 'Kickoff', 'Cancelled – client asked to move it');
    expect(meeting?.outcome).toBe('cancelled');
  });
});
