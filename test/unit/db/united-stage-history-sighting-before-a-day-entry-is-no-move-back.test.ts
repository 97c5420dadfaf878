/**
 * A Pipedrive deal read by a rep's two browsers (Los Angeles). Both saw it in Proposal on
 * Sun 15 Nov. The laptop read it again Mon 16 Nov 08:00 PT (16:00Z): still Proposal. The deal moved
 * to Negotiation later that morning. Thu 19 Nov 09:00 PT the desktop read it: Pipedrive's bar
 * shows "Negotiation 3 days" (an entry on Mon 16 Nov, exact to the day: crm-evidence / schema
 * `approximate`). The desktop imports the laptop's backup.
 * By hand: the laptop's Monday-morning sighting of Proposal is before the move the desktop's page
 * dates on that same day; nothing says the deal went back to Proposal after it entered Negotiation.
 * United: Proposal, then Negotiation entered Mon 16 Nov. On Fri 20 Nov 07:00 PT: 4 days in
 * Negotiation (Mon 16 → Fri 20), as on the desktop before the import.
 */
import { describe, expect, it } from 'vitest';
import { mergeStageHistory, unitedStageHistory } from '../../../lib/db/stage-history';
import { timeInStage } from '../../../lib/metrics/stage-time';
import type { StageEntry } from '../../../lib/schema/record';

const ZONE = 'America/Los_Angeles';
const SUN = new Date('2026-11-15T17:00:00Z');
const MON_MORNING = new Date('2026-11-16T16:00:00Z');
const THU = new Date('2026-11-19T17:00:00Z');
const NOW = new Date('2026-11-20T15:00:00Z');

const read = (stored: StageEntry[], page: StageEntry[], stage: string, now: Date) =>
  mergeStageHistory({ stored, page, currentStage: stage, now, newest: true });

const first = read([], [], 'Proposal', SUN);
const laptop = read(first, [], 'Proposal', MON_MORNING);
const shownDays: StageEntry = {
  stage: 'Negotiation',
  enteredAt: '2026-11-16T08:00:00.000Z',
  approximate: true,
  countedFrom: THU.toISOString(),
};
const desktop = read(first, [shownDays], 'Negotiation', THU);

describe('regc: a sighting earlier on the day a page dates the next stage', () => {
  it('the desktop alone: 4 days in Negotiation', () => {
    expect(timeInStage({ stage: 'Negotiation', stageHistory: desktop }, NOW, ZONE)).toEqual({ days: 4, upTo: 4 });
  });
  it.each([
    ['desktop over laptop', () => unitedStageHistory(desktop, laptop)],
    ['laptop over desktop', () => unitedStageHistory(laptop, desktop)],
  ])('%s: no move back to Proposal, 4 days in Negotiation', (_, unite) => {
    const stageHistory = unite();
    expect(stageHistory.map((e) => e.stage)).toEqual(['Proposal', 'Negotiation']);
    expect(timeInStage({ stage: 'Negotiation', stageHistory }, NOW, ZONE)).toEqual({ days: 4, upTo: 4 });
  });
});

import { carry, save } from '../backup/two-browsers/world';
/**
 * The same through a backup round-trip (decisions.md "Backups": an older copy never overwrites a
 * newer one): the desktop saw the deal in Proposal Sun and Mon 08:00 PT, a laptop restored from its
 * Monday backup, Thu the desktop reads the deal in Negotiation, "3 days" (entered Mon 16 Nov),
 * Fri the desktop imports the laptop's backup, which holds nothing newer. By hand: 4 days in
 * Negotiation on the desktop, before and after.
 */
import { dealKeyOf, dealPage } from '../db/hand-pages';
import { freshDb } from '../db/world-readings';

describe('regc: an older backup of the same deal imported into a newer cache', () => {
  const deal = (stage: string, stageHistory: StageEntry[]) => {
    const page = dealPage([]);
    return { ...page, record: { ...page.record, stage, stageHistory } };
  };
  const days = async (db: Awaited<ReturnType<typeof freshDb>>) => {
    const stored = await db.get('deals', dealKeyOf);
    return timeInStage({ stage: 'Negotiation', stageHistory: stored?.stageHistory ?? [] }, NOW, ZONE);
  };
  it('4 days in Negotiation after the import', async () => {
    const desktop = await freshDb();
    await save(desktop, deal('Proposal', []), SUN);
    await save(desktop, deal('Proposal', []), MON_MORNING);
    const laptop = await freshDb();
    await carry(desktop, laptop, new Date('2026-11-16T16:30:00Z'));
    await save(desktop, deal('Negotiation', [shownDays]), THU);
    expect(await days(desktop)).toEqual({ days: 4, upTo: 4 });
    await carry(laptop, desktop, new Date('2026-11-20T14:00:00Z'));
    expect(await days(desktop)).toEqual({ days: 4, upTo: 4 });
  });
});
