import { describe, expect, it } from 'vitest';
import { dealKeyOf } from '../deal-panel/deal-harness';
import { DEAL, dealPanel, loggedCallOnDeal, teamView } from './logged-call-on-deal';

/**
 * metrics.md "Multi-threading: the number of the deal's contacts with a touch in the period";
 * docs/team-view.md: each deal row is computed "as the panel computes it". Scenario in
 * logged-call-on-deal.ts with Alex's email 40 days ago (outside the last 30 days): the only touch in
 * the period is the connected call logged on the deal with Jordan, shown by the deal's timeline
 * naming nobody. The deal panel says 1 of 1 contacts worked (hand check below). By hand the team
 * page's row says the same: 1 of 1, not "0 of 1, 1 touch naming no contact".
 */
describe('deal row: contacts worked when the period’s only touch is a call logged on the deal with its contact', () => {
  it('counts the contact the user logged the call with, as the deal panel does', async () => {
    const db = await loggedCallOnDeal(40);
    expect((await dealPanel(db)).contactsTouched).toBe(1);
    const row = (await teamView(db)).deals.find((d) => d.key === DEAL);
    expect(row?.contactsWorked).toBe(1);
    expect(row?.contactsOnDeal).toBe(1);
    expect(row?.touchesNamingNoContact).toBeUndefined();
  });

  // The call logged on deal 7001 with Jordan was shown first by deal 7002's timeline (Jordan is on
  // both), naming nobody: that copy is the counted one. Deal 7001's panel reads it as the copy its
  // logged call merged into (lib/db/reads.ts readDealData) and counts Jordan worked, 0 days since a
  // touch. The team row reads it too.
  it('counts it when another deal’s timeline showed the call', async () => {
    const db = await loggedCallOnDeal(40, { shownOn: '7002' });
    const panel = await dealPanel(db);
    expect([panel.contactsTouched, panel.daysSinceLastTouch]).toEqual([1, 0]);
    const rows = (await teamView(db)).deals;
    const row = rows.find((d) => d.key === DEAL);
    expect([row?.contactsWorked, row?.daysSinceTouch]).toEqual([1, 0]);
    expect(rows.find((d) => d.key === dealKeyOf('7002'))?.contactsWorked).toBe(1);
  });
});
