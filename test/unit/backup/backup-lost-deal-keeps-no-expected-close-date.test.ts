/**
 * Laptop A reads a Pipedrive deal while open (its expected close date, 2026-11-10, stored as the
 * close date); desktop B reads it two days later lost, on a page that shows no day it was lost, so
 * it gives no close date (adapters/pipedrive/close-date.ts). One browser that reads both pages
 * stores the deal lost with no close date (lib/db/stored-close-date-wrong.ts), and so must a merge of either
 * browser's backup into the other: the older copy's expected close date was the plan, and the lost
 * deal's days in stage would stop on it. A lost close date the older copy read from the deal lost
 * is still kept. (The won deal: backup-won-deal-keeps-no-expected-close-date.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../lib/backup/export-backup';
import { importBackup } from '../../../lib/backup/import-backup';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { expectedCloseNote } from '../../../lib/schema/expected-close-reason';
import { dealReadSchema, type NotRead } from '../../../lib/schema/read-result';
import { defaultSettings } from '../../../lib/schema/settings';
import { freshDb, ZONE } from '../db/world-readings';

const KEY = 'pipedrive:acme:deal:77';
const MONDAY = new Date('2026-11-16T10:00:00Z');
const WEDNESDAY = new Date('2026-11-18T10:00:00Z');

function page(record: { closed?: 'lost'; closeDate?: string }, notRead: NotRead[] = []) {
  return dealReadSchema.parse({
    crm: 'pipedrive',
    tenant: 'acme',
    kind: 'deal',
    recordId: '77',
    status: 'read',
    record: { name: 'Renewal', stage: 'Negotiations started', stageHistory: [], contacts: [], ...record },
    activities: [],
    crmFigures: {},
    notRead,
  });
}

const openOnA = page({ closeDate: '2026-11-10' });
const lostOnB = page({ closed: 'lost' }, [expectedCloseNote('lost', 'Nov 10, 2026', '2026-11-10')]);

async function readOn(reading: ReturnType<typeof page>, at: Date): Promise<TouchlineDb> {
  const db = await freshDb();
  await saveReading(db, reading, at, ZONE);
  return db;
}

async function merged(from: TouchlineDb, into: TouchlineDb) {
  const { blob } = await exportBackup(from, defaultSettings(ZONE), WEDNESDAY);
  await importBackup(into, blob, { now: WEDNESDAY, retentionDays: 400, timeZone: ZONE, pageTimeZone: ZONE });
  return into.get('deals', KEY);
}

describe('a lost deal merged with a backup copy that holds it open with an expected close date', () => {
  it('is stored as one browser that read both pages stores it: lost, with no close date', async () => {
    const one = await freshDb();
    await saveReading(one, openOnA, MONDAY, ZONE);
    await saveReading(one, lostOnB, WEDNESDAY, ZONE);
    expect(await one.get('deals', KEY)).toMatchObject({ closed: 'lost' });
    expect((await one.get('deals', KEY))?.closeDate).toBeUndefined();

    const intoLost = await merged(await readOn(openOnA, MONDAY), await readOn(lostOnB, WEDNESDAY));
    expect(intoLost).toMatchObject({ closed: 'lost' });
    expect(intoLost?.closeDate).toBeUndefined();

    const intoOpen = await merged(await readOn(lostOnB, WEDNESDAY), await readOn(openOnA, MONDAY));
    expect(intoOpen).toMatchObject({ closed: 'lost' });
    expect(intoOpen?.closeDate).toBeUndefined();
  });

  it('keeps a close date the older copy read from the deal lost', async () => {
    const lostWithDay = page({ closed: 'lost', closeDate: '2026-11-12' });
    const intoLater = await merged(await readOn(lostWithDay, MONDAY), await readOn(lostOnB, WEDNESDAY));
    expect(intoLater).toMatchObject({ closed: 'lost', closeDate: '2026-11-12' });
  });
});
