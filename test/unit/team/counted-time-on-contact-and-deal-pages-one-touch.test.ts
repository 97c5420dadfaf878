import { describe, expect, it } from 'vitest';
import { repTouches } from '../../../lib/team/team-touches';
import { call, dealKey, JORDAN, LA, NOW } from '../metrics/builders';

/**
 * The team view merges a rep's touches across the whole cache, giving each contact's copies the deals
 * the contact is on (lib/team/team-touches.ts). One call to Jordan, Fri 20 Nov 2026 11:40 UTC: his
 * page read it as "3 hours ago" at 14:25 (11:25, a time worked out from a count), his deal's page
 * showed 11:40. metrics.md "Duplicate", rule 3: one touch, as on his panel and the deal's. Two calls
 * his page counted an hour apart ("3 hours ago", "2 hours ago": keyed `base`, `base:2`) stay two.
 */
const DEAL = dealKey('9001');
const links = new Map([[JORDAN, [DEAL]]]);
const rules = { now: NOW, timeZone: LA, countCompletedTasks: false, pageTimeZone: 'UTC' };
const KEY = 'hubspot:4410982:activity:h0123456789abcdef';
const counted = (iso: string, key: string) =>
  call(iso, null, { relativeTime: true, contactKeys: [JORDAN], dealKeys: [], key });
const onDeal = (iso: string) => call(iso, null, { contactKeys: [JORDAN], dealKeys: [DEAL] });

describe("the team view of a call counted on the contact's page and shown on the deal's", () => {
  it('counts it once', async () => {
    const touches = await repTouches(
      [counted('2026-11-20T11:25:00.000Z', KEY), onDeal('2026-11-20T11:40:00.000Z')],
      links,
      rules,
    );
    expect(touches.map((t) => t.at.toISOString())).toEqual(['2026-11-20T11:40:00.000Z']);
  });

  it('keeps two calls one page counted an hour apart two', async () => {
    const touches = await repTouches(
      [counted('2026-11-20T11:25:00.000Z', KEY), counted('2026-11-20T12:25:00.000Z', `${KEY}:2`)],
      links,
      rules,
    );
    expect(touches).toHaveLength(2);
  });
});
