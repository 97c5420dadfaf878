/**
 * Salesforce Stage History, newest first: Proposal 11/14 9:30 AM, Demo "—", Qualified 10/26 11:00 AM.
 * The deal is in Proposal since Nov 14, 9:30 (its row is dated): on Nov 20 that is 6 days
 * (metrics.md "Time in stage"). decisions.md "Backups": importing a backup changes nothing that
 * is already known; importing the cache's own backup leaves the deal as it was.
 */
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../lib/backup/export-backup';
import { importBackup } from '../../../lib/backup/import-backup';
import { saveReading } from '../../../lib/db/save-reading';
import { defaultSettings } from '../../../lib/schema/settings';
import { dealInProposal, historyRow, NOW, readDeal } from '../adapters/salesforce/opportunity-page';
import { freshDb } from '../db/world-readings';

const page = dealInProposal([
  historyRow('Proposal', '$24,500.00', '11/14/2026, 9:30 AM'),
  historyRow('Demo', '$24,500.00', '—'),
  historyRow('Qualified', '$24,500.00', '10/26/2026, 11:00 AM'),
]);

describe('a Salesforce deal with an undated Stage History row, through a backup', () => {
  it('importing the cache’s own backup keeps the deal in Proposal since Nov 14 (Demo before it)', async () => {
    const db = await freshDb();
    await saveReading(db, readDeal(page), NOW, 'UTC');
    const before = await db.getAll('deals');
    expect(before).toHaveLength(1);
    expect(before[0]?.stageHistory.map((e) => e.stage)).toEqual(['Qualified', 'Demo', 'Proposal']);

    const { blob } = await exportBackup(db, defaultSettings('UTC'), NOW);
    await importBackup(db, blob, { now: NOW, retentionDays: 400 });

    const after = await db.getAll('deals');
    // The stays in the order the deal went through them: the current stay is Proposal, entered Nov 14 9:30.
    expect(after[0]?.stageHistory.map((e) => e.stage)).toEqual(['Qualified', 'Demo', 'Proposal']);
    expect(after[0]?.stageHistory.at(-1)).toMatchObject({ stage: 'Proposal', enteredAt: '2026-11-14T09:30:00.000Z' });
    expect(after).toEqual(before);
  });
});
