import { describe, expect, it } from 'vitest';
import { ALEX, contactPanel, loggedCallOnDeal, teamView } from './logged-call-on-deal';

/**
 * metrics.md "Logging a missed touch": a logged touch "counts in every metric immediately";
 * docs/team-view.md: touches logged in Touchline are on the row of the name set under "You in your
 * CRMs". Scenario in logged-call-on-deal.ts: in the last 30 days Alex emailed Jordan (20 days ago)
 * and had a connected call with Jordan (logged on the deal, 3 hours ago, then shown by the deal's
 * timeline naming no contact). Jordan's own panel counts 2 touches (hand check below).
 * By hand, Alex's row: 2 touches (1 email, 1 call) on 1 active contact; connect rate 1 of 1.
 * Before the fix the call was dropped: the counted page copy names no contact, and the contact the
 * user picked when logging it was not given to it (the panels do: lib/metrics/logged-contacts.ts).
 */
describe('a call logged on a deal with its contact picked, shown later by the deal timeline naming nobody', () => {
  it("counts on the logger's row as the contact's panel counts it: 2 touches, connect rate 1 of 1", async () => {
    const db = await loggedCallOnDeal(20);
    expect((await contactPanel(db)).touches.total).toBe(2);
    const alex = (await teamView(db)).reps.find((r) => r.rep === ALEX);
    expect(alex?.counts.total).toBe(2);
    expect(alex?.counts.byChannel.call).toBe(1);
    expect(alex?.connectRate).toMatchObject({ value: 1, numerator: 1, denominator: 1 });
  });

  // Logged before the user set their name: the logged call has no owner (it is read with the touches
  // without one), the deal's copy it merged into names Alex, so it is on Alex's row. The contact the
  // user picked is given to that copy all the same.
  it('counts there too when it was logged before the name was set and the deal’s copy names the owner', async () => {
    const db = await loggedCallOnDeal(20, { nameSet: false });
    expect((await contactPanel(db)).touches.total).toBe(2);
    const view = await teamView(db, false);
    const alex = view.reps.find((r) => r.rep === ALEX);
    expect(alex?.counts.total).toBe(2);
    expect(alex?.connectRate).toMatchObject({ value: 1, numerator: 1, denominator: 1 });
    expect(view.unownedLogged).toBe(0);
  });
});
