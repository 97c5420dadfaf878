import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectTouches } from '../../../lib/metrics/collect-touches';
import type { Touch } from '../../../lib/metrics/touch';
import type { Activity } from '../../../lib/schema/activity';
import { repTouches } from '../../../lib/team/team-touches';
import { dealKey, JORDAN, LA, NOW, RITA, SAM, TENANT } from '../metrics/builders';

/**
 * The team page merges every owner's activities at once, in groups linked by a shared contact, a
 * source id, or a deal that a deal timeline's copy (naming nobody) is on: two copies naming
 * contacts are one touch only through a shared contact, so a deal no such copy is on links
 * nothing. The pieces give what one merge of everything gives, each copy with the deals its
 * contacts are on.
 */
const rules = { now: NOW, timeZone: LA, countCompletedTasks: false, pageTimeZone: LA };
const DEAL = dealKey('5101');
const OTHER_DEAL = dealKey('5102');
const links = new Map([
  [JORDAN, [DEAL]],
  [SAM, [DEAL, OTHER_DEAL]],
]);
const shape = (touches: readonly Touch[]) =>
  touches.map((t) => ({ key: t.key, at: t.at.toISOString(), copies: [...t.copies].sort() }));

/** Copies of a few touches, a minute or so apart, on contacts, deals or both, by several owners. */
const copies: fc.Arbitrary<Activity[]> = fc
  .array(
    fc.record({
      type: fc.constantFrom('email', 'call'),
      minute: fc.integer({ min: 0, max: 3 }),
      seconds: fc.integer({ min: 0, max: 59 }),
      contactKeys: fc.subarray([JORDAN, SAM, RITA], { maxLength: 2 }),
      dealKeys: fc.subarray([DEAL, OTHER_DEAL], { maxLength: 2 }),
      owner: fc.constantFrom('Dana Reyes', 'Sam Patel', 'Dana'),
      sourceId: fc.option(fc.constantFrom('77001', '77002'), { nil: undefined, freq: 3 }),
      origin: fc.constantFrom('page', 'import'),
    }),
    { maxLength: 24 },
  )
  .map((rows) =>
    rows.map(({ type, minute, seconds, sourceId, ...row }, i) => ({
      ...row,
      key: `hubspot:${TENANT}:activity:${60_000 + i}`,
      crm: 'hubspot' as const,
      tenant: TENANT,
      type,
      channel: type,
      direction: 'outbound' as const,
      timestamp: new Date(Date.parse('2026-11-18T17:00:00Z') + minute * 60_000 + seconds * 1_000).toISOString(),
      title: 'Route pricing v2',
      automated: false,
      ...(sourceId ? { sourceId } : {}),
    })),
  );

describe('repTouches over every owner: merging in linked pieces', () => {
  it("gives the touches one merge of everything gives, with the deals each copy's contacts are on", async () => {
    await fc.assert(
      fc.asyncProperty(copies, async (rows) => {
        const onTheirDeals = rows.map((row) => ({
          ...row,
          dealKeys: [...new Set([...row.dealKeys, ...row.contactKeys.flatMap((key) => links.get(key) ?? [])])],
        }));
        const pieces = await repTouches(rows, links, rules);
        expect(shape(pieces)).toEqual(shape(collectTouches(onTheirDeals, rules).touches));
      }),
      { numRuns: 300 },
    );
  });
});
