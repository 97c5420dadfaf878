import { describe, expect, it } from 'vitest';
import { unitedStageHistory } from '../../../lib/db/stage-history';
import { timeInStage } from '../../../lib/metrics/stage-time';
import type { StageEntry } from '../../../lib/schema/record';

/**
 * A lost deal reopened, seen by a rep's two browsers. Both saw it in Proposal on 1 Sep; the
 * desktop first saw it in Closed lost on 1 Oct; the laptop, which had not read it since, saw it in
 * Proposal again on 20 Oct (its Proposal stay seen until then). United, the history ends in Closed
 * lost on 1 Oct, and the laptop's later reading shows the deal back in Proposal: entered after
 * 1 Oct, when it was last seen lost, and by 20 Oct. Now Fri 20 Nov 15:00Z, 07:00 in Los Angeles:
 * at least 20 Oct → 20 Nov = 31 days in Proposal, at most 1 Oct → 20 Nov = 50 days (metrics.md,
 * "a deal that re-enters a stage starts counting again"), not "unknown".
 */
const desktop: StageEntry[] = [
  { stage: 'Proposal', enteredAt: '2026-09-01T17:00:00.000Z', firstSeen: true },
  { stage: 'Closed lost', enteredAt: '2026-10-01T17:00:00.000Z', after: '2026-09-01T17:00:00.000Z' },
];
const laptop: StageEntry[] = [
  { stage: 'Proposal', enteredAt: '2026-09-01T17:00:00.000Z', firstSeen: true, seenUntil: '2026-10-20T17:00:00.000Z' },
];
const united: StageEntry[] = [
  { stage: 'Proposal', enteredAt: '2026-09-01T17:00:00.000Z', firstSeen: true },
  { stage: 'Closed lost', enteredAt: '2026-10-01T17:00:00.000Z', after: '2026-09-01T17:00:00.000Z' },
  { stage: 'Proposal', enteredAt: '2026-10-20T17:00:00.000Z', after: '2026-10-01T17:00:00.000Z' },
];

describe('a sighting of another stage after the united history’s last entry is a move back into it', () => {
  it.each([
    ['the laptop’s copy over the desktop’s', laptop, desktop],
    ['the desktop’s copy over the laptop’s', desktop, laptop],
  ])('%s: back in Proposal after 1 Oct, by 20 Oct', (_, newer, older) => {
    expect(unitedStageHistory(newer, older)).toEqual(united);
  });

  it('counts 31–50 days in Proposal', () => {
    const stageHistory = unitedStageHistory(laptop, desktop);
    const days = timeInStage(
      { stage: 'Proposal', stageHistory },
      new Date('2026-11-20T15:00:00Z'),
      'America/Los_Angeles',
    );
    expect(days).toEqual({ days: 31, upTo: 50 });
  });

  it('seen lost again on 25 Oct after that: lost again, entered after 20 Oct and by 25 Oct', () => {
    const seenLostAgain: StageEntry[] = [
      { stage: 'Proposal', enteredAt: '2026-09-01T17:00:00.000Z', firstSeen: true },
      {
        stage: 'Closed lost',
        enteredAt: '2026-10-01T17:00:00.000Z',
        after: '2026-09-01T17:00:00.000Z',
        seenUntil: '2026-10-25T17:00:00.000Z',
      },
    ];
    expect(unitedStageHistory(seenLostAgain, laptop)).toEqual([
      ...united,
      { stage: 'Closed lost', enteredAt: '2026-10-25T17:00:00.000Z', after: '2026-10-20T17:00:00.000Z' },
    ]);
  });
});
