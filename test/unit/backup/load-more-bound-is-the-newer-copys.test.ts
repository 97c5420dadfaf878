/**
 * Rep in LA, two browsers. Wed the desktop reads Ana's HubSpot page with only older items behind
 * "Load more", its feed loaded back to 10 Nov (crm-evidence-2.md: newest first; `part: 'older'`,
 * `olderThan`): the stored contact keeps that bound (newestReadingLoadedBackTo), against which the
 * team page weighs her last touch. Thu the laptop reads the same page whole: no bound. The bound says
 * what the newest reading showed, so after either backup is imported into the other browser the
 * laptop's newer word stands, as for the filtered-timeline mark: the desktop loses the bound, and the
 * laptop does not take the desktop's older one. A newer copy's bound comes with it. The laptop's copy
 * is as a backup from a version before the bound (no such field): it imports all the same.
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

const TUE = new Date('2026-11-17T18:00:00Z');
const WED = new Date('2026-11-18T18:00:00Z');
const THU = new Date('2026-11-19T18:00:00Z');
const LOADED_BACK_TO = '2026-11-10T17:00:00.000Z';

const anaPage = (notRead: NotRead[]) =>
  contactReadSchema.parse({
    crm: 'hubspot',
    tenant: TENANT,
    kind: 'contact',
    recordId: ANA,
    status: 'read',
    record: { name: 'Ana Ortiz' },
    activities: [
      {
        type: 'note',
        direction: 'unknown',
        timestamp: LOADED_BACK_TO,
        timePrecision: 'minute',
        title: 'Asked for the security questionnaire.',
        automated: false,
      },
    ],
    crmFigures: {},
    notRead,
  });

const LOAD_MORE: NotRead = {
  field: 'activities',
  part: 'older',
  olderThan: LOADED_BACK_TO,
  reason: 'older timeline items are behind a "Load more" control',
};
const FILTERED: NotRead = {
  field: 'activities',
  reason: 'The timeline is filtered to Emails: other items are not shown.',
};

async function browsers(desktopReads: NotRead[], laptopReads: NotRead[], desktopAt = WED) {
  const desktop = await freshDb();
  await saveReading(desktop, anaPage(desktopReads), desktopAt, ZONE, ZONE);
  const laptop = await freshDb();
  await saveReading(laptop, anaPage(laptopReads), THU, ZONE, ZONE);
  return { desktop, laptop };
}

async function importInto(db: TouchlineDb, from: TouchlineDb) {
  const { blob } = await exportBackup(from, defaultSettings(ZONE), NOW);
  await importBackup(db, blob, { now: NOW, retentionDays: 400, timeZone: ZONE, pageTimeZone: ZONE });
}

async function stored(db: TouchlineDb) {
  const ana = await db.get('contacts', anaKey);
  return { lastReadAt: ana?.lastReadAt, bound: ana?.newestReadingLoadedBackTo, mark: ana?.newestTouchesMayBeUnread };
}

describe('how far back the newest reading of a contact loaded its feed, across backups', () => {
  it('goes from the desktop with the laptop’s newer copy, read whole', async () => {
    const { desktop, laptop } = await browsers([LOAD_MORE], []);
    expect((await stored(desktop)).bound).toBe(LOADED_BACK_TO);
    await importInto(desktop, laptop);
    expect(await stored(desktop)).toEqual({ lastReadAt: THU.toISOString(), bound: undefined, mark: undefined });
  });

  it('does not come to the laptop from the desktop’s older copy', async () => {
    const { desktop, laptop } = await browsers([LOAD_MORE], []);
    await importInto(laptop, desktop);
    expect(await stored(laptop)).toEqual({ lastReadAt: THU.toISOString(), bound: undefined, mark: undefined });
  });

  it('comes with the newer copy, in place of the older copy’s filtered-timeline mark', async () => {
    const { desktop, laptop } = await browsers([FILTERED], [LOAD_MORE], TUE);
    await importInto(desktop, laptop);
    expect(await stored(desktop)).toEqual({ lastReadAt: THU.toISOString(), bound: LOADED_BACK_TO, mark: undefined });
  });
});
