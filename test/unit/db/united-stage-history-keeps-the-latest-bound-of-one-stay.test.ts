import { describe, expect, it } from 'vitest';
import { unitedStageHistory } from '../../../lib/db/stage-history';
import { timeInStage } from '../../../lib/metrics/stage-time';
import type { StageEntry } from '../../../lib/schema/record';

/**
 * Two browsers of one rep saw one stage change at different times. Both saw the deal in Proposal
 * on 20 Oct; the desktop saw it in Proposal again on 5 Nov and first in Negotiation on 12 Nov; the
 * laptop, which had not read it since 20 Oct, first saw Negotiation on 10 Nov. United, the
 * Negotiation stay is the laptop's earliest sighting (10 Nov), and it began after the deal was
 * last seen in Proposal, which the desktop knows: 5 Nov (metrics.md, "at most now minus when it
 * last saw it in the stage before"). Now Fri 20 Nov 15:00Z, 07:00 in Los Angeles: at least
 * 10 Nov → 20 Nov = 10 days, at most 5 Nov → 20 Nov = 15 days.
 */
const desktop: StageEntry[] = [
  { stage: 'Proposal', enteredAt: '2026-10-20T17:00:00.000Z', firstSeen: true },
  { stage: 'Negotiation', enteredAt: '2026-11-12T17:00:00.000Z', after: '2026-11-05T17:00:00.000Z' },
];
const laptop: StageEntry[] = [
  { stage: 'Proposal', enteredAt: '2026-10-20T17:00:00.000Z', firstSeen: true },
  { stage: 'Negotiation', enteredAt: '2026-11-10T17:00:00.000Z', after: '2026-10-20T17:00:00.000Z' },
];
const united: StageEntry[] = [
  { stage: 'Proposal', enteredAt: '2026-10-20T17:00:00.000Z', firstSeen: true },
  { stage: 'Negotiation', enteredAt: '2026-11-10T17:00:00.000Z', after: '2026-11-05T17:00:00.000Z' },
];

describe('uniting two sightings of one stay keeps the latest time the deal was seen in the stage before', () => {
  it.each([
    ['the desktop importing the laptop’s copy', desktop, laptop],
    ['the laptop importing the desktop’s copy', laptop, desktop],
  ])('%s: Negotiation since 10 Nov, entered after 5 Nov', (_, newer, older) => {
    expect(unitedStageHistory(newer, older)).toEqual(united);
  });

  it('counts 10–15 days in Negotiation', () => {
    const stageHistory = unitedStageHistory(desktop, laptop);
    const days = timeInStage(
      { stage: 'Negotiation', stageHistory },
      new Date('2026-11-20T15:00:00Z'),
      'America/Los_Angeles',
    );
    expect(days).toEqual({ days: 10, upTo: 15 });
  });
});
