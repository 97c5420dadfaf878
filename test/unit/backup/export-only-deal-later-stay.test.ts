/**
 * A manager works on two machines. Both imported the October HubSpot deal export: Globex in
 * "Appointment scheduled", 4,800. In November the office desktop imports the new export: Globex
 * entered "Contract sent" on 10 Nov, 9,000. The laptop then imports the desktop's backup.
 * By hand (decisions.md "Backups": "an older copy never overwrites a newer"; docs/your-data.md:
 * "a newer copy … replaces an older one"): the laptop shows Globex as the desktop does —
 * in Contract sent, 9,000 — not the October copy it held. The desktop importing the laptop's
 * backup keeps its November copy. Two exports with the same stage dates give nothing to tell their
 * age by (both copies are dated at the epoch): the copy held stays.
 */
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../lib/backup/export-backup';
import { importBackup } from '../../../lib/backup/import-backup';
import { defaultSettings } from '../../../lib/schema/settings';
import { dealsOf, importDeals } from '../csv-import/deal-fixture';
import { freshDb } from '../csv-import/import-fixture';

const HEAD =
  'Record ID,Deal Name,Deal Stage,Pipeline,Amount,Close Date,Deal owner,Create Date,"Date entered ""Appointment scheduled (Sales Pipeline)""","Date entered ""Contract sent (Sales Pipeline)"""';
const OCTOBER = `${HEAD}\n9201,Globex,Appointment scheduled,Sales Pipeline,4800,2026-12-30,Sam Patel,2026-10-01 08:00,2026-10-01 08:00,`;
const NOVEMBER = `${HEAD}\n9201,Globex,Contract sent,Sales Pipeline,9000,2026-12-30,Sam Patel,2026-10-01 08:00,2026-10-01 08:00,2026-11-10 09:00`;
const OCTOBER_RAISED = `${HEAD}\n9201,Globex,Appointment scheduled,Sales Pipeline,5200,2026-12-30,Sam Patel,2026-10-01 08:00,2026-10-01 08:00,`;
const NOW = new Date('2026-11-20T15:00:00Z');
const deps = { now: NOW, retentionDays: 400, timeZone: 'Europe/Berlin', pageTimeZone: 'Europe/Berlin' };

describe('a deal known only from CSV exports, newer on the machine the backup comes from', () => {
  it('takes the newer export’s stage and amount on import (decisions.md "Backups": an older copy never overwrites a newer)', async () => {
    const desktop = await freshDb();
    const laptop = await freshDb();
    for (const db of [desktop, laptop]) await importDeals(db, 'hubspot', '123', OCTOBER);
    await importDeals(desktop, 'hubspot', '123', NOVEMBER);
    const [onDesktop] = await dealsOf(desktop);
    expect(onDesktop).toMatchObject({ stage: 'Contract sent', amount: 9000 });

    const { blob } = await exportBackup(desktop, defaultSettings('Europe/Berlin'), NOW);
    await importBackup(laptop, blob, {
      now: NOW,
      retentionDays: 400,
      timeZone: 'Europe/Berlin',
      pageTimeZone: 'Europe/Berlin',
    });

    const [onLaptop] = await dealsOf(laptop);
    expect(onLaptop).toMatchObject({ stage: 'Contract sent', amount: 9000 });
  });

  it('keeps the newer export’s copy when the older one comes in a backup', async () => {
    const desktop = await freshDb();
    const laptop = await freshDb();
    for (const db of [desktop, laptop]) await importDeals(db, 'hubspot', '123', OCTOBER);
    await importDeals(desktop, 'hubspot', '123', NOVEMBER);

    const { blob } = await exportBackup(laptop, defaultSettings('Europe/Berlin'), NOW);
    await importBackup(desktop, blob, deps);

    const [onDesktop] = await dealsOf(desktop);
    expect(onDesktop).toMatchObject({ stage: 'Contract sent', amount: 9000 });
  });

  it('keeps the copy held when the two exports date the same stays (nothing tells which is newer)', async () => {
    const desktop = await freshDb();
    const laptop = await freshDb();
    await importDeals(desktop, 'hubspot', '123', OCTOBER_RAISED);
    await importDeals(laptop, 'hubspot', '123', OCTOBER);

    const { blob } = await exportBackup(desktop, defaultSettings('Europe/Berlin'), NOW);
    await importBackup(laptop, blob, deps);

    const [onLaptop] = await dealsOf(laptop);
    expect(onLaptop).toMatchObject({ stage: 'Appointment scheduled', amount: 4800 });
  });
});
