import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import { anaKey, BEN, benKey, call, callsOn, contactPage, dealKeyOf, dealPage } from './hand-pages';
import { at, dealViewOf, save, world } from './logged-story';

const AT = '2026-11-20T14:00:00.000Z'; // 06:00 LA today

/**
 * metrics.md "Multi-threading: the number of the deal's contacts with a touch in the period";
 * contracts.md: the merge "is remembered, so it is counted once on every view (contact and deal)";
 * metrics.md "Duplicate": the merged touch keeps the most informative fields (the deal timeline's
 * copy names nobody; the rep said Ana).
 */
describe("the deal panel's contact rows after a logged call merges", () => {
  it('a call logged on Ana, whose CRM copy shows on the deal timeline naming nobody, still has Ana worked: 1 of 2', async () => {
    const db = await world();
    await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: AT }, at(20));
    const before = await dealViewOf(db, dealKeyOf);
    expect(before.contactsTouched).toBe(1); // control: Ana worked, from the logged call
    await save(db, dealPage([call(AT)]), at(10));
    const deal = await dealViewOf(db, dealKeyOf);
    expect(deal.contacts.find((c) => c.key === anaKey)?.touches).toBe(1);
    expect(deal.contactsTouched).toBe(1);
  });

  it("a call logged on the deal (Ana, the panel's default pick) that the CRM shows on Ben's page counts on Ben alone: Ana's panel 0 calls", async () => {
    const db = await world();
    await logTouch(db, { recordKey: dealKeyOf, channel: 'call', timestamp: AT, contactKey: anaKey }, at(20));
    await save(db, contactPage(BEN, [call(AT, { title: 'Call with Ben' })]), at(10));
    const deal = await dealViewOf(db, dealKeyOf);
    expect(deal.touches.total).toBe(1);
    expect(deal.contacts.map((c) => [c.key, c.touches])).toEqual([
      [anaKey, 0],
      [benKey, 1],
    ]);
    // One call, with Ben: Ana's own panel must not count it as hers too (last touch today, not cold).
    expect([await callsOn(db, anaKey), await callsOn(db, benKey)]).toEqual([0, 1]);
  });
});
