/**
 * Laptop A reads a Pipedrive deal while open (its expected close date, 2026-11-10, stored as the
 * close date); desktop B reads it two days later won, on a page that shows no won time. One
 * browser that reads both pages stores the deal won with no close date (lib/db/stored-close-date-wrong.ts):
 * a won deal's close date is the day it was won, where its days in stage stop. Merging either
 * browser's backup into the other used to take the expected close date from the older copy as a
 * field the newer "lacked", so the won deal's days in stage stopped on the planned day. A won
 * close date the older copy read from the deal won is still kept.
 */
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../lib/backup/export-backup';
import { importBackup } from '../../../lib/backup/import-backup';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { dealStageTime } from '../../../lib/metrics/closed-stage-time';
import { dealReadSchema, type NotRead } from '../../../lib/schema/read-result';
import { defaultSettings } from '../../../lib/schema/settings';
import { freshDb, ZONE } from '../db/world-readings';

const KEY = 'pipedrive:acme:deal:77';
const MONDAY = new Date('2026-11-16T10:00:00Z');
const WEDNESDAY = new Date('2026-11-18T10:00:00Z');
const NO_WON_TIME: NotRead = { field: 'closeDate', reason: 'the deal is won and the page shows no won time' };

function page(record: { closed?: 'won'; closeDate?: string }, notRead: NotRead[] = []) {
  return dealReadSchema.parse({
    crm: 'pipedrive',
    tenant: 'acme',
    kind: 'deal',
    recordId: '77',
    status: 'read',
    record: {
      name: 'Renewal',
      stage: 'Negotiations started',
      stageHistory: [{ stage: 'Negotiations started', enteredAt: '2026-10-01T09:00:00.000Z' }],
      contacts: [],
      ...record,
    },
    activities: [],
    crmFigures: {},
    notRead,
  });
}

const openOnA = page({ closeDate: '2026-11-10' });
const wonOnB = page({ closed: 'won' }, [NO_WON_TIME]);

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

describe('a won deal merged with a backup copy that holds it open with an expected close date', () => {
  it('is stored as one browser that read both pages stores it: won, with no close date', async () => {
    const one = await freshDb();
    await saveReading(one, openOnA, MONDAY, ZONE);
    await saveReading(one, wonOnB, WEDNESDAY, ZONE);
    expect(await one.get('deals', KEY)).toMatchObject({ closed: 'won' });
    expect((await one.get('deals', KEY))?.closeDate).toBeUndefined();

    const intoWon = await merged(await readOn(openOnA, MONDAY), await readOn(wonOnB, WEDNESDAY));
    expect(intoWon).toMatchObject({ closed: 'won' });
    expect(intoWon?.closeDate).toBeUndefined();
    expect(intoWon && dealStageTime(intoWon, WEDNESDAY, ZONE).time).toBeNull();

    const intoOpen = await merged(await readOn(wonOnB, WEDNESDAY), await readOn(openOnA, MONDAY));
    expect(intoOpen).toMatchObject({ closed: 'won' });
    expect(intoOpen?.closeDate).toBeUndefined();
  });

  it('keeps a close date the older copy read from the deal won', async () => {
    const wonWithDay = page({ closed: 'won', closeDate: '2026-11-12' });
    const intoLater = await merged(await readOn(wonWithDay, MONDAY), await readOn(wonOnB, WEDNESDAY));
    expect(intoLater).toMatchObject({ closed: 'won', closeDate: '2026-11-12' });
  });
});
