import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectTouches } from '../../../lib/metrics/collect-touches';
import type { Touch } from '../../../lib/metrics/touch';
import { repTouches } from '../../../lib/team/team-touches';
import { activities } from '../metrics/arbitraries';
import { email, JORDAN, LA, NOW } from '../metrics/builders';

const rules = { now: NOW, timeZone: LA, countCompletedTasks: false, pageTimeZone: 'Europe/Berlin' };
const shape = (touches: readonly Touch[]) =>
  touches.map((t) => ({ key: t.key, at: t.at.toISOString(), copies: [...t.copies].sort() }));

describe('repTouches: merging a rep in linked pieces', () => {
  it('gives the touches one merge of everything gives', async () => {
    await fc.assert(
      fc.asyncProperty(activities(40), async (rows) => {
        const pieces = await repTouches(rows, new Map(), rules);
        expect(shape(pieces)).toEqual(shape(collectTouches(rows, rules).touches));
      }),
      { numRuns: 200 },
    );
  });

  it("merges a deal-timeline copy into its contact's copy through the deal the contact is on", async () => {
    const onContact = email('2026-11-18T17:00:00Z', 'Route pricing v2');
    const onDeal = { ...onContact, key: 'deal-copy', contactKeys: [], dealKeys: ['hubspot:1:deal:7'] };
    const links = new Map([[JORDAN, ['hubspot:1:deal:7']]]);
    expect(await repTouches([onContact, onDeal], links, rules)).toHaveLength(1);
    expect(await repTouches([onContact, onDeal], new Map(), rules)).toHaveLength(2);
  });
});
