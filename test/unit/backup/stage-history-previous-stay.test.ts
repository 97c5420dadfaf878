import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../lib/backup/export-backup';
import { importBackup } from '../../../lib/backup/import-backup';
import { saveReading } from '../../../lib/db/save-reading';
import { unitedStageHistory } from '../../../lib/db/stage-history';
import { defaultSettings } from '../../../lib/schema/settings';
import { dealKeyOf, dealPage, viewOf } from '../db/hand-pages';
import { freshDb, NOW, ZONE } from '../db/world-readings';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);
const inStage = (stage: string) => {
  const page = dealPage([]);
  return { ...page, record: { ...page.record, stage } };
};

describe('uniting two copies of a deal keeps when the deal was last seen in the stage before', () => {
  it('bounds the current stay by the older copy’s last sighting of the previous stage (pure union)', () => {
    // The file's copy: Qualified first seen 120 days ago, last seen in it 70 days ago.
    const file = [
      {
        stage: 'Qualified',
        enteredAt: daysAgo(120).toISOString(),
        firstSeen: true as const,
        seenUntil: daysAgo(70).toISOString(),
      },
    ];
    // The browser's copy (reinstalled): Negotiation first seen 10 days ago, seen again now.
    const browser = [
      {
        stage: 'Negotiation',
        enteredAt: daysAgo(10).toISOString(),
        firstSeen: true as const,
        seenUntil: NOW.toISOString(),
      },
    ];
    // metrics.md: "at most now minus when it last saw it in the stage before" → after = 70 days ago
    // (the file saw the deal in Qualified then), not Qualified's entry 120 days ago.
    expect(unitedStageHistory(browser, file).at(-1)?.after).toBe(daysAgo(70).toISOString());
  });

  it('shows the deal 10–70 days in Negotiation after a backup that last saw it in Qualified 70 days ago', async () => {
    const old = await freshDb();
    await saveReading(old, inStage('Qualified'), daysAgo(120), ZONE);
    await saveReading(old, inStage('Qualified'), daysAgo(70), ZONE);
    const { blob } = await exportBackup(old, defaultSettings(ZONE), daysAgo(70));
    const browser = await freshDb();
    await saveReading(browser, inStage('Negotiation'), daysAgo(10), ZONE);
    await saveReading(browser, inStage('Negotiation'), NOW, ZONE);

    await importBackup(browser, blob, { now: NOW, retentionDays: 400 });

    const view = await viewOf(browser, dealKeyOf);
    if (view.kind !== 'deal') throw new Error('not a deal');
    // Hand: at least NOW − 10 days = 10; at most NOW − 70 days ago = 70 (Qualified last seen then).
    expect({ atLeast: view.daysInStage, upTo: view.daysInStageUpTo }).toEqual({ atLeast: 10, upTo: 70 });
  });
});
