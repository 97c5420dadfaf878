import { describe, expect, it } from 'vitest';
import { mergeStageHistory, unitedStageHistory } from '../../../lib/db/stage-history';
import type { StageEntry } from '../../../lib/schema/record';

/**
 * A stay Touchline saw without its date (`firstSeen`, or `after` .. `enteredAt`) and an exact entry
 * dated inside that range (metrics.md, "Time in stage as a range"): the exact entry narrows the
 * sighting rather than cutting the stay it begins in two around it. "Proposal, Contract,
 * Negotiation, Contract" would count two visits to Contract and a Negotiation inside the one the
 * CRM dates, so time in stage, typical time and stage conversion would all be wrong.
 */
const stay = (stage: string, enteredAt: string, more: Partial<StageEntry> = {}): StageEntry => ({
  stage,
  enteredAt,
  ...more,
});
const PROPOSAL = stay('Proposal', '2026-10-01T08:00:00.000Z');
const CONTRACT = stay('Contract', '2026-11-22T09:00:00.000Z');
/** Last seen in Proposal on 5 October, seen in Negotiation on 25 November. */
const NEGOTIATION_SEEN = stay('Negotiation', '2026-11-25T15:00:00.000Z', { after: '2026-10-05T09:00:00.000Z' });
const NOW = new Date('2026-11-30T15:00:00.000Z');

describe('an exact entry dated inside an undated stay’s range', () => {
  it('narrows the sighting to before the entry when the page’s current stage is the one it dates', () => {
    const merged = mergeStageHistory({
      stored: [PROPOSAL, NEGOTIATION_SEEN],
      page: [PROPOSAL, CONTRACT],
      currentStage: 'Contract',
      now: NOW,
      newest: true,
    });
    expect(merged).toEqual([
      PROPOSAL,
      { ...NEGOTIATION_SEEN, enteredAt: CONTRACT.enteredAt },
      { ...CONTRACT, seenUntil: NOW.toISOString() },
    ]);
  });

  it('keeps a move back when a reading showed the sighted stage again after the entry', () => {
    // Read in Negotiation on 25 and 26 November: the deal left the Contract stay of 22 November
    // and entered Contract again after 26 November (metrics.md, "Time in stage").
    const merged = mergeStageHistory({
      stored: [PROPOSAL, { ...NEGOTIATION_SEEN, seenUntil: '2026-11-26T10:00:00.000Z' }],
      page: [PROPOSAL, CONTRACT],
      currentStage: 'Contract',
      now: NOW,
      newest: true,
    });
    expect(merged).toEqual([
      PROPOSAL,
      CONTRACT,
      { ...NEGOTIATION_SEEN, after: CONTRACT.enteredAt },
      { ...CONTRACT, enteredAt: NOW.toISOString(), after: '2026-11-26T10:00:00.000Z' },
    ]);
  });

  it('keeps a move back when the later sighting of the entry’s stage came after a second reading of the one between', () => {
    // As Touchline stores it: the seenUntil of 26 November became the later Contract sighting's `after`.
    const stored = [
      PROPOSAL,
      NEGOTIATION_SEEN,
      stay('Contract', '2026-11-28T15:00:00.000Z', {
        after: '2026-11-26T10:00:00.000Z',
        seenUntil: '2026-11-29T10:00:00.000Z',
      }),
    ];
    const merged = mergeStageHistory({ stored, page: [CONTRACT], currentStage: undefined, now: NOW, newest: false });
    expect(merged).toEqual([PROPOSAL, CONTRACT, { ...NEGOTIATION_SEEN, after: CONTRACT.enteredAt }, stored[2]]);
    expect(unitedStageHistory([PROPOSAL, CONTRACT], stored)).toEqual(merged);
  });

  it('lets the entry take the place of Touchline’s later sighting of that stay', () => {
    const stored = [
      PROPOSAL,
      NEGOTIATION_SEEN,
      stay('Contract', '2026-11-28T15:00:00.000Z', {
        after: '2026-11-25T15:00:00.000Z',
        seenUntil: '2026-11-29T10:00:00.000Z',
      }),
    ];
    const merged = mergeStageHistory({ stored, page: [CONTRACT], currentStage: undefined, now: NOW, newest: true });
    expect(merged).toEqual([
      PROPOSAL,
      { ...NEGOTIATION_SEEN, enteredAt: CONTRACT.enteredAt },
      { ...CONTRACT, seenUntil: '2026-11-29T10:00:00.000Z' },
    ]);
  });

  it('narrows a first sighting, which has no earliest entry, in the same way', () => {
    const firstSeen = stay('Negotiation', '2026-11-25T15:00:00.000Z', { firstSeen: true });
    const merged = mergeStageHistory({
      stored: [firstSeen],
      page: [CONTRACT],
      currentStage: 'Contract',
      now: NOW,
      newest: true,
    });
    expect(merged).toEqual([
      { ...firstSeen, enteredAt: CONTRACT.enteredAt },
      { ...CONTRACT, seenUntil: NOW.toISOString() },
    ]);
  });

  it('joins a sighting so placed to the stay in its stage the page dates before the entry', () => {
    // Seen in Proposal on 20 September, in Negotiation on 5 October, in Proposal again on 10 October;
    // the page dates Negotiation from 25 September and Proposal again from 3 October.
    const stored = [
      stay('Proposal', '2026-09-20T08:00:00.000Z', { firstSeen: true }),
      stay('Negotiation', '2026-10-05T08:00:00.000Z', { after: '2026-09-20T08:00:00.000Z' }),
      stay('Proposal', '2026-10-10T08:00:00.000Z', {
        after: '2026-10-05T08:00:00.000Z',
        seenUntil: '2026-10-12T08:00:00.000Z',
      }),
    ];
    const page = [
      stay('Proposal', '2026-09-15T08:00:00.000Z'),
      stay('Negotiation', '2026-09-25T08:00:00.000Z'),
      stay('Proposal', '2026-10-03T08:00:00.000Z'),
    ];
    expect(mergeStageHistory({ stored, page, currentStage: 'Proposal', now: NOW, newest: true })).toEqual([
      page[0],
      page[1],
      { ...page[2], seenUntil: NOW.toISOString() },
    ]);
  });

  it('changes nothing when the same page is merged again, nor when the history is united with itself', () => {
    const input = { page: [PROPOSAL, CONTRACT], currentStage: 'Contract', now: NOW, newest: true };
    const once = mergeStageHistory({ ...input, stored: [PROPOSAL, NEGOTIATION_SEEN] });
    expect(mergeStageHistory({ ...input, stored: once })).toEqual(once);
    expect(mergeStageHistory({ ...input, stored: once, currentStage: undefined, newest: false })).toEqual(once);
    expect(unitedStageHistory(once, once)).toEqual(once);
  });

  it('keeps a move back that Touchline saw after the entry: the sighting’s range begins after it', () => {
    // Seen in Contract on 23 November, in Negotiation on 25 November, in Contract again now.
    const stored = [
      PROPOSAL,
      CONTRACT,
      stay('Negotiation', '2026-11-25T15:00:00.000Z', { after: '2026-11-23T09:00:00.000Z' }),
    ];
    const merged = mergeStageHistory({
      stored,
      page: [PROPOSAL, CONTRACT],
      currentStage: 'Contract',
      now: NOW,
      newest: true,
    });
    expect(merged.map((entry) => entry.stage)).toEqual(['Proposal', 'Contract', 'Negotiation', 'Contract']);
    expect(merged[2]).toEqual(stored[2]);
  });

  it('keeps the sighting after an entry of a stage the deal is no longer in', () => {
    const merged = mergeStageHistory({
      stored: [PROPOSAL, NEGOTIATION_SEEN],
      page: [PROPOSAL, CONTRACT],
      currentStage: 'Negotiation',
      now: NOW,
      newest: true,
    });
    expect(merged).toEqual([
      PROPOSAL,
      CONTRACT,
      { ...NEGOTIATION_SEEN, after: CONTRACT.enteredAt, seenUntil: NOW.toISOString() },
    ]);
  });
});

describe('unitedStageHistory with an exact entry inside a sighting’s range', () => {
  it('gives one stay in the stage the entry dates, whichever copy comes first', () => {
    const read = [PROPOSAL, CONTRACT];
    const seen = [
      PROPOSAL,
      NEGOTIATION_SEEN,
      stay('Contract', '2026-11-28T15:00:00.000Z', {
        after: '2026-11-25T15:00:00.000Z',
        seenUntil: '2026-11-29T10:00:00.000Z',
      }),
    ];
    const expected = [
      PROPOSAL,
      { ...NEGOTIATION_SEEN, enteredAt: CONTRACT.enteredAt },
      { ...CONTRACT, seenUntil: '2026-11-29T10:00:00.000Z' },
    ];
    expect(unitedStageHistory(read, seen)).toEqual(expected);
    expect(unitedStageHistory(seen, read)).toEqual(expected);
  });
});
