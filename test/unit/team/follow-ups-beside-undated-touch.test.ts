import { describe, expect, it } from 'vitest';
import { at, contact, email, JORDAN, reply, undated } from '../metrics/builders';
import { teamViewOf } from './team-cache';

/**
 * metrics.md "Gone cold": no touch in either direction for longer than the follow-up limit (14
 * days); "next touch due": the planned spacing after the step done last. A touch whose date the
 * page printed in a form Touchline could not read (kept with its dateText, no timestamp) is a
 * touch of unknown date: it may be newer than the last dated one. The contact panel says so beside
 * gone cold and the next step ("… is not counted: one may be newer."), and cannot date a next step
 * at all when every outbound touch is undated; the team page's follow-ups say what the panel says.
 * Test clock: Fri 20 Nov 2026, 07:00 in Los Angeles; mid-market cadence 0 email, 2 call, 4 email …
 */
describe('team follow-ups beside a touch of unknown date', () => {
  it('says gone cold with the panel’s caveat: the undated email may be newer', async () => {
    // Dated email Tue 20 Oct (31 days ago), then "Tuesday at 9:12 AM", which may be this week.
    const view = await teamViewOf({
      activities: [
        email(at('2026-10-20 09:00'), 'Route pricing v2'),
        undated('Tuesday at 9:12 AM', { title: 'Following up: fleet pilot', contactKeys: [JORDAN] }),
      ],
      contacts: [contact()],
    });
    const jordan = view.followUps.find((f) => f.contactKey === JORDAN);
    expect(jordan?.kind).toBe('gone-cold');
    expect(jordan?.reason).toBe(
      'No touch either way for 31 days (follow-up limit 14). (1 touch without a readable date is not counted: one may be newer.)',
    );
  });

  it('gives an overdue step with the same caveat', async () => {
    // Email Tue 17 Nov: step 2 (call) due Thu 19 Nov, 2 business days later: overdue on Fri 20, not
    // yet a gap (3 business days is the spacing plus the grace), so not gone cold. The undated email
    // may be a later step already done.
    const view = await teamViewOf({
      activities: [
        email(at('2026-11-17 09:00'), 'Route pricing v2'),
        undated('Wednesday at 8:05 AM', { title: 'Checking in', contactKeys: [JORDAN] }),
      ],
      contacts: [contact()],
    });
    const jordan = view.followUps.find((f) => f.contactKey === JORDAN);
    expect(jordan?.kind).toBe('overdue');
    expect(jordan?.reason).toBe(
      'step 2 (call) was due 2026-11-19 (1 touch without a readable date is not counted: one may be newer.)',
    );
  });

  it('lists no overdue step when every outbound touch has no readable date', async () => {
    // Jordan wrote on Mon 16 Nov; the rep's emails to Jordan are all undated. The cadence has begun
    // on a day nobody knows, so no step can be dated (the panel: "… the next step cannot be dated"),
    // never "step 1 was due" since Jordan was created.
    const view = await teamViewOf({
      activities: [
        reply(at('2026-11-16 10:00'), 'Question about the fleet pilot'),
        undated('Tuesday at 9:12 AM', { title: 'Re: Question about the fleet pilot', contactKeys: [JORDAN] }),
      ],
      contacts: [contact()],
    });
    expect(view.followUps.filter((f) => f.contactKey === JORDAN)).toEqual([]);
  });
});
