/**
 * Rep in LA, two browsers. Wed the desktop reads Ana's HubSpot page with the timeline filter tab
 * left on "Emails" (crm-evidence-2.md: `timeline-tab-filter-*`): a newer call may be hidden, so the
 * stored contact is marked (newestTouchesMayBeUnread) and the team page hedges her gone cold. Thu
 * the laptop reads the same page unfiltered: no mark. The mark says what the newest reading showed,
 * so after either backup is imported into the other browser the laptop's newer word stands: the
 * desktop loses the mark, and the laptop does not take the desktop's older one. An import is no
 * reading of the page: it neither sets the mark on a newer copy nor keeps an older copy's.
 */
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../lib/backup/export-backup';
import { importBackup } from '../../../lib/backup/import-backup';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { contactReadSchema, type NotRead } from '../../../lib/schema/read-result';
import { defaultSettings } from '../../../lib/schema/settings';
import { ANA, anaKey } from '../db/hand-pages';
import { freshDb, NOW, TENANT, ZONE } from '../db/world-readings';

const WED = new Date('2026-11-18T18:00:00Z');
const THU = new Date('2026-11-19T18:00:00Z');

const anaPage = (notRead: NotRead[]) =>
  contactReadSchema.parse({
    crm: 'hubspot',
    tenant: TENANT,
    kind: 'contact',
    recordId: ANA,
    status: 'read',
    record: { name: 'Ana Ortiz' },
    activities: [],
    crmFigures: {},
    notRead,
  });

const FILTERED: NotRead = {
  field: 'activities',
  reason: 'The timeline is filtered to Emails: other items are not shown.',
};

async function browsers() {
  const desktop = await freshDb();
  await saveReading(desktop, anaPage([FILTERED]), WED, ZONE, ZONE);
  const laptop = await freshDb();
  await saveReading(laptop, anaPage([]), THU, ZONE, ZONE);
  return { desktop, laptop };
}

async function importInto(db: TouchlineDb, from: TouchlineDb) {
  const { blob } = await exportBackup(from, defaultSettings(ZONE), NOW);
  await importBackup(db, blob, { now: NOW, retentionDays: 400, timeZone: ZONE, pageTimeZone: ZONE });
}

const mark = async (db: TouchlineDb) => (await db.get('contacts', anaKey))?.newestTouchesMayBeUnread;

describe('whether the newest reading of a contact may have missed its newest touches, across backups', () => {
  it('goes from the desktop with the laptop’s newer copy, read whole', async () => {
    const { desktop, laptop } = await browsers();
    expect(await mark(desktop)).toBe(true);
    await importInto(desktop, laptop);
    expect(await mark(desktop)).toBeUndefined();
  });

  it('does not come to the laptop from the desktop’s older copy', async () => {
    const { desktop, laptop } = await browsers();
    await importInto(laptop, desktop);
    expect(await mark(laptop)).toBeUndefined();
  });
});
