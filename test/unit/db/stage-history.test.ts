import { describe, expect, it } from 'vitest';
import { saveReading } from '../../../lib/db/save-reading';
import { mergeStageHistory, unitedStageHistory } from '../../../lib/db/stage-history';
import type { StageEntry } from '../../../lib/schema/record';
import { dealKey, dealReading, dealWithContacts, freshDb, NOW, ZONE } from './world-readings';

const DAY = 86_400_000;
const at = (days: number) => new Date(NOW.getTime() + days * DAY);
const deal = dealWithContacts();

async function historyAfter(...visits: { stage: string; day: number; showHistory?: boolean }[]) {
  const db = await freshDb();
  for (const visit of visits) {
    await saveReading(
      db,
      dealReading(deal.id, { stage: visit.stage, showHistory: visit.showHistory }),
      at(visit.day),
      ZONE,
    );
  }
  return (await db.get('deals', dealKey(deal.id)))?.stageHistory;
}

describe('stage history', () => {
  it('records the stage as first seen, on a page that shows no history', async () => {
    expect(await historyAfter({ stage: 'Demo', day: 0 })).toEqual([
      { stage: 'Demo', enteredAt: at(0).toISOString(), firstSeen: true },
    ]);
  });

  it('appends a stage change at the time it was first seen, after the last sighting of the stage before', async () => {
    expect(
      await historyAfter(
        { stage: 'Demo', day: 0 },
        { stage: 'Demo', day: 1 },
        { stage: 'Proposal', day: 4 },
        { stage: 'Proposal', day: 5 },
      ),
    ).toEqual([
      { stage: 'Demo', enteredAt: at(0).toISOString(), firstSeen: true },
      { stage: 'Proposal', enteredAt: at(4).toISOString(), after: at(1).toISOString(), seenUntil: at(5).toISOString() },
    ]);
  });

  it('takes a reading that did not show the stage for no sighting of it', () => {
    const merge = (stored: StageEntry[], currentStage: string | undefined, day: number) =>
      mergeStageHistory({ stored, page: [], currentStage, now: at(day), newest: true });
    const seenTwice = merge(merge([], 'Demo', 0), 'Demo', 1);
    const stageNotRead = merge(seenTwice, undefined, 3);
    expect(merge(stageNotRead, 'Proposal', 4).at(-1)).toEqual({
      stage: 'Proposal',
      enteredAt: at(4).toISOString(),
      after: at(1).toISOString(),
    });
  });

  it('bounds a first visit’s stage by the page’s last entry when the page history ends at an earlier stage', async () => {
    const shown = deal.stageHistory;
    const last = shown.at(-1) as (typeof shown)[number];
    const next = deal.stages.find((stage) => stage !== last.stage) as string;
    const history = await historyAfter({ stage: next, day: 0, showHistory: true });
    expect(history?.at(-1)).toEqual({
      stage: next,
      enteredAt: at(0).toISOString(),
      after: new Date(last.enteredAt).toISOString(),
    });
  });

  it('keeps both stays when a deal goes back to an earlier stage', async () => {
    const history = await historyAfter(
      { stage: 'Demo', day: 0 },
      { stage: 'Proposal', day: 2 },
      { stage: 'Demo', day: 5 },
    );
    expect(history?.map((entry) => entry.stage)).toEqual(['Demo', 'Proposal', 'Demo']);
  });

  it("merges the history a page shows: the page's entry replaces Touchline's first sighting of that stay", async () => {
    const history = await historyAfter({ stage: deal.stage, day: 0 }, { stage: deal.stage, day: 1, showHistory: true });
    expect(history?.map(({ seenUntil: _sighting, ...entry }) => entry)).toEqual(deal.stageHistory);
    expect(history?.at(-1)?.seenUntil).toBe(at(1).toISOString());
  });

  it('does not record a stage change from a reading older than the stored one', async () => {
    const db = await freshDb();
    await saveReading(db, dealReading(deal.id, { stage: 'Proposal' }), at(2), ZONE);
    await saveReading(db, dealReading(deal.id, { stage: 'Demo' }), at(1), ZONE);

    const stored = await db.get('deals', dealKey(deal.id));
    expect(stored?.stage).toBe('Proposal');
    expect(stored?.stageHistory).toEqual([{ stage: 'Proposal', enteredAt: at(2).toISOString(), firstSeen: true }]);
  });
});

describe('mergeStageHistory', () => {
  const stay = (stage: string, enteredAt: string) => ({ stage, enteredAt });

  it('keeps what each entry says about how exactly it is known', () => {
    const stored = [
      { stage: 'Demo', enteredAt: '2026-11-02T15:00:00.000Z', approximate: true as const },
      { stage: 'Proposal', enteredAt: '2026-11-09T15:00:00.000Z', after: '2026-11-05T15:00:00.000Z' },
    ];
    expect(mergeStageHistory({ stored, page: [], currentStage: 'Proposal', now: NOW, newest: true })).toEqual([
      stored[0],
      { ...stored[1], seenUntil: NOW.toISOString() },
    ]);
  });

  it('lets history the page shows later bound a sighting: entered after the page’s entry before it', () => {
    const merged = mergeStageHistory({
      stored: [
        { stage: 'Demo', enteredAt: '2026-11-02T15:00:00.000Z', firstSeen: true },
        { stage: 'Proposal', enteredAt: '2026-11-09T15:00:00.000Z', after: '2026-11-03T15:00:00.000Z' },
      ],
      page: [stay('Discovery', '2026-10-20T15:00:00.000Z'), stay('Demo', '2026-11-05T15:00:00.000Z')],
      currentStage: 'Proposal',
      now: NOW,
      newest: true,
    });
    expect(merged).toEqual([
      stay('Discovery', '2026-10-20T15:00:00.000Z'),
      stay('Demo', '2026-11-05T15:00:00.000Z'),
      {
        stage: 'Proposal',
        enteredAt: '2026-11-09T15:00:00.000Z',
        after: '2026-11-05T15:00:00.000Z',
        seenUntil: NOW.toISOString(),
      },
    ]);
  });

  it('lets the page’s entry for a stay win over Touchline’s sighting of it', () => {
    const merged = mergeStageHistory({
      stored: [
        { stage: 'Demo', enteredAt: '2026-11-02T15:00:00.000Z', firstSeen: true },
        { stage: 'Proposal', enteredAt: '2026-11-09T15:00:00.000Z', after: '2026-11-03T15:00:00.000Z' },
      ],
      page: [stay('Demo', '2026-10-28T15:00:00.000Z'), stay('Proposal', '2026-11-06T15:00:00.000Z')],
      currentStage: 'Proposal',
      now: NOW,
      newest: true,
    });
    expect(merged).toEqual([
      stay('Demo', '2026-10-28T15:00:00.000Z'),
      { ...stay('Proposal', '2026-11-06T15:00:00.000Z'), seenUntil: NOW.toISOString() },
    ]);
  });

  it('orders entries by time whatever their offsets, and stores them in UTC', () => {
    const merged = mergeStageHistory({
      stored: [stay('Qualified', '2026-10-13T08:00:00-07:00')],
      page: [stay('Discovery', '2026-10-05T17:00:00+02:00')],
      currentStage: 'Qualified',
      now: NOW,
      newest: true,
    });
    expect(merged).toEqual([
      stay('Discovery', '2026-10-05T15:00:00.000Z'),
      { ...stay('Qualified', '2026-10-13T15:00:00.000Z'), seenUntil: NOW.toISOString() },
    ]);
  });

  it('keeps the exact entry read before when the page now shows the stay only as a lower bound (a "(3+)" list)', () => {
    // Read in full on an earlier visit: Proposal since 1 Oct. Now the card shows its newest rows only,
    // the oldest of them Proposal's amount change of 10 Nov, which the reader marks as a lower bound.
    const stored = [stay('Demo', '2026-09-20T15:00:00.000Z'), stay('Proposal', '2026-10-01T15:00:00.000Z')];
    const page = [{ ...stay('Proposal', '2026-11-10T15:00:00.000Z'), firstSeen: true as const }];
    const merged = mergeStageHistory({ stored, page, currentStage: 'Proposal', now: NOW, newest: true });
    expect(merged).toEqual([
      stored[0],
      { ...stay('Proposal', '2026-10-01T15:00:00.000Z'), seenUntil: NOW.toISOString() },
    ]);
  });

  it('lets a page stay replace a later sighting, and changes nothing when merged again', () => {
    const observed = [stay('Demo', '2026-11-02T15:00:00.000Z'), stay('Proposal', '2026-11-09T15:00:00.000Z')];
    const shown = [stay('Discovery', '2026-10-20T15:00:00.000Z'), stay('Demo', '2026-10-30T15:00:00.000Z')];
    const input = { currentStage: 'Proposal', now: NOW, newest: true };
    const once = mergeStageHistory({ ...input, stored: observed, page: shown });
    expect(mergeStageHistory({ ...input, stored: once, page: shown })).toEqual(once);
    expect(once.map((e) => e.enteredAt)).toEqual([
      '2026-10-20T15:00:00.000Z',
      '2026-10-30T15:00:00.000Z',
      '2026-11-09T15:00:00.000Z',
    ]);
  });
});

describe('unitedStageHistory (two stored copies of one deal)', () => {
  const sighting = (stage: string, enteredAt: string, more: Partial<StageEntry> = {}): StageEntry => ({
    stage,
    enteredAt,
    firstSeen: true,
    ...more,
  });

  it('keeps the earlier first sighting of a stay and the later sighting of it', () => {
    const newer = [sighting('Proposal', '2026-11-19T15:00:00.000Z', { seenUntil: '2026-11-20T09:00:00.000Z' })];
    const older = [sighting('Proposal', '2026-09-21T15:00:00.000Z', { seenUntil: '2026-10-01T09:00:00.000Z' })];
    expect(unitedStageHistory(newer, older)).toEqual([
      sighting('Proposal', '2026-09-21T15:00:00.000Z', { seenUntil: '2026-11-20T09:00:00.000Z' }),
    ]);
  });

  it('lets an entry a page showed win over either copy’s sighting of that stay', () => {
    const newer = [
      { stage: 'Demo', enteredAt: '2026-10-01T15:00:00.000Z' },
      { stage: 'Proposal', enteredAt: '2026-11-10T15:00:00.000Z' },
    ];
    const older = [sighting('Proposal', '2026-10-20T15:00:00.000Z')];
    expect(unitedStageHistory(newer, older)).toEqual(newer);
  });

  it('gives the same history whichever copy comes first, and again when united with itself', () => {
    const a = [sighting('Demo', '2026-09-01T15:00:00.000Z')];
    const b = [
      sighting('Demo', '2026-10-01T15:00:00.000Z'),
      { stage: 'Proposal', enteredAt: '2026-11-01T15:00:00.000Z', after: '2026-10-01T15:00:00.000Z' },
    ];
    const once = unitedStageHistory(a, b);
    expect(unitedStageHistory(b, a)).toEqual(once);
    expect(unitedStageHistory(once, once)).toEqual(once);
    expect(once).toEqual([
      sighting('Demo', '2026-09-01T15:00:00.000Z'),
      { stage: 'Proposal', enteredAt: '2026-11-01T15:00:00.000Z', after: '2026-10-01T15:00:00.000Z' },
    ]);
  });
});
