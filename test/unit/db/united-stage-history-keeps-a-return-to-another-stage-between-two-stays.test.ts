import { describe, expect, it } from 'vitest';
import { unitedStageHistory } from '../../../lib/db/stage-history';
import { timeInStage } from '../../../lib/metrics/stage-time';
import type { StageEntry } from '../../../lib/schema/record';

/**
 * A deal that went back a stage, seen in turns by a rep's two browsers. Both saw it in Demo on
 * 1 Sep. The desktop first saw it in Proposal on 10 Oct. The laptop saw it in Demo again on 12 Oct
 * and first in Proposal on 1 Nov: its Proposal entry is bounded after 12 Oct, when it last saw the
 * deal in Demo. United, the deal was in Proposal by 10 Oct, back in Demo by 12 Oct (after 10 Oct),
 * and in Proposal again after 12 Oct and by 1 Nov: what one browser making the four readings
 * records. "A deal that re-enters a stage starts counting again" (metrics.md): now Fri 20 Nov
 * 15:00Z, 07:00 in Los Angeles, at least 1 Nov → 20 Nov = 19 days in Proposal, at most 12 Oct →
 * 20 Nov = 39 days; not 41 days from 10 Oct.
 */
const desktop: StageEntry[] = [
  { stage: 'Demo', enteredAt: '2026-09-01T17:00:00.000Z', firstSeen: true },
  { stage: 'Proposal', enteredAt: '2026-10-10T17:00:00.000Z', after: '2026-09-01T17:00:00.000Z' },
];
const laptop: StageEntry[] = [
  { stage: 'Demo', enteredAt: '2026-09-01T17:00:00.000Z', firstSeen: true },
  { stage: 'Proposal', enteredAt: '2026-11-01T17:00:00.000Z', after: '2026-10-12T17:00:00.000Z' },
];
const united: StageEntry[] = [
  { stage: 'Demo', enteredAt: '2026-09-01T17:00:00.000Z', firstSeen: true },
  { stage: 'Proposal', enteredAt: '2026-10-10T17:00:00.000Z', after: '2026-09-01T17:00:00.000Z' },
  { stage: 'Demo', enteredAt: '2026-10-12T17:00:00.000Z', after: '2026-10-10T17:00:00.000Z' },
  { stage: 'Proposal', enteredAt: '2026-11-01T17:00:00.000Z', after: '2026-10-12T17:00:00.000Z' },
];

describe('two sightings of one stage with a stay in another seen between them are two stays', () => {
  it.each([
    ['the desktop importing the laptop’s copy', desktop, laptop],
    ['the laptop importing the desktop’s copy', laptop, desktop],
  ])('%s: Proposal, Demo again, Proposal', (_, newer, older) => {
    expect(unitedStageHistory(newer, older)).toEqual(united);
  });

  it('counts 19–39 days in Proposal', () => {
    const stageHistory = unitedStageHistory(laptop, desktop);
    const days = timeInStage(
      { stage: 'Proposal', stageHistory },
      new Date('2026-11-20T15:00:00Z'),
      'America/Los_Angeles',
    );
    expect(days).toEqual({ days: 19, upTo: 39 });
  });
});
