import { describe, expect, it } from 'vitest';
import { contactPanel, JORDAN, loggedCallOnDeal, teamView } from './logged-call-on-deal';

/**
 * metrics.md "Gone cold": no touch in either direction for longer than the follow-up limit (14
 * days). Scenario in logged-call-on-deal.ts: Alex emailed Jordan 20 days ago and had a connected
 * call with Jordan 3 hours ago (logged on the deal with Jordan picked; the deal timeline's copy
 * names nobody). Jordan's panel: last touch today, not gone cold (hand check below). By hand, the
 * team page's follow-ups list Jordan neither as gone cold nor as overdue. Before the fix they listed
 * Jordan as "No touch either way for 20 days".
 */
describe('follow-ups: a contact whose latest touch is a call logged on the deal with them', () => {
  it('is not listed as gone cold when the contact’s own panel says touched today', async () => {
    const db = await loggedCallOnDeal(20);
    const panel = await contactPanel(db);
    expect(panel.daysSinceLastTouch).toBe(0);
    expect(panel.cadence.goneCold).toBe(false);
    const view = await teamView(db);
    expect(view.followUps.filter((f) => f.contactKey === JORDAN)).toEqual([]);
  });

  // docs/team-view.md: a contact with a touch logged before the name was set "has its whole history
  // read, with the page copy the touch merged into". Read through the contact's index alone, a
  // deal timeline's copy naming nobody is not in it: the call would be lost again, and Jordan cold.
  it('is not listed either when the call was logged before the name was set (the contact read whole)', async () => {
    const db = await loggedCallOnDeal(20, { nameSet: false });
    expect((await contactPanel(db)).cadence.goneCold).toBe(false);
    const view = await teamView(db, false);
    expect(view.followUps.filter((f) => f.contactKey === JORDAN)).toEqual([]);
  });
});
