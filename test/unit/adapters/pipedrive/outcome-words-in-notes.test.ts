import { describe, expect, it } from 'vitest';
import { item, personPage, read } from './hashed-person-page';

/**
 * Pipedrive activities carry the rep's notes under the subject; these entries have no outcome line.
 * metrics.md: a meeting is held once "marked done or completed by the CRM"; a call's connect counts
 * only a connected outcome, and an outcome the page does not show is "unknown". Words in the notes
 * about something else (a busy season, an earlier meeting that was cancelled) are not this entry's
 * outcome.
 */
describe("Pipedrive person: outcome words in an activity's notes", () => {
  const reading = read(
    personPage({
      history: [
        item({
          icon: 'Call',
          done: true,
          subject: 'Call with Maya',
          date: 'Nov 17, 2026 3:10 PM',
          body: 'Reached Maya. Busy season starts in March, so she wants the pilot live by February.',
        }),
        item({
          icon: 'Meeting',
          done: true,
          subject: 'Pricing workshop',
          date: 'Nov 12, 2026 10:00 AM',
          body: 'Moved from last week after their CFO cancelled. Walked through pricing with the whole team.',
        }),
      ],
    }),
  );
  const byTitle = (t: string) => reading.activities.find((a) => a.title === t);

  it('does not read the call as busy', () => {
    expect(['connected', 'unknown']).toContain(byTitle('Call with Maya')?.outcome);
  });

  it('reads the meeting marked done as held', () => {
    expect(byTitle('Pricing workshop')?.outcome).toBe('held');
  });
});
