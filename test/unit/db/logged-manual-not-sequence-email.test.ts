import { describe, expect, it } from 'vitest';
import { recordView } from '../../../lib/background/record-view';
import { exportBackup } from '../../../lib/backup/export-backup';
import { importBackup } from '../../../lib/backup/import-backup';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { ActivityReading } from '../../../lib/schema/activity';
import { contactReadSchema } from '../../../lib/schema/read-result';
import { defaultSettings } from '../../../lib/schema/settings';
import { importText } from '../csv-import/import-fixture';
import { ANA, anaKey, contactPage } from './hand-pages';
import { at, save, world } from './logged-story';
import { freshDb, NOW, ZONE } from './world-readings';

/**
 * metrics.md "Automated": a touch a sequence tool sent without a person writing it; "Logging a
 * missed touch": the rep logs a touch they made that the CRM did not capture. A sequence email of
 * the same day is a touch the CRM's own tool sent, not the CRM's copy of the rep's email, so the
 * two are two touches (one manual, one automated), as a logged reply never pairs with the CRM's
 * outbound (logged-reply-not-crm-outbound.test.ts). With automated touches left out of the
 * headline, the rep's email still counts.
 */
const LOGGED = '2026-11-20T14:00:00.000Z'; // 06:00 LA, today
const SENT = '2026-11-20T13:30:00.000Z'; // 05:30 LA, today

const email = (automated: boolean): ActivityReading => ({
  type: 'email',
  channel: 'email',
  direction: 'outbound',
  timestamp: SENT,
  timePrecision: 'minute',
  title: automated ? 'Renewal sequence, step 1' : 'Renewal terms',
  automated,
});

async function panel(db: TouchlineDb, key: string, countAutomated: boolean, now = NOW) {
  const settings = { ...defaultSettings(ZONE), countAutomated };
  const view = await recordView(db, key, { settings, now, onInvalid: () => undefined });
  if (!view) throw new Error(`no view of ${key}`);
  return view.touches;
}

describe('an email the rep logged and a sequence email the CRM shows later that day', () => {
  it('are 2 emails on the contact panel, 1 manual and 1 automated (automated touches counted)', async () => {
    const db = await world();
    await logTouch(db, { recordKey: anaKey, channel: 'email', timestamp: LOGGED }, at(20));
    await save(db, contactPage(ANA, [email(true)]), at(10));

    expect(await panel(db, anaKey, true)).toMatchObject({ total: 2, byChannel: { email: 2 }, manual: 1, automated: 1 });
  });

  it('leave the rep’s email in the headline when automated touches are left out: 1 email, 1 automated apart', async () => {
    const db = await world();
    await logTouch(db, { recordKey: anaKey, channel: 'email', timestamp: LOGGED }, at(20));
    await save(db, contactPage(ANA, [email(true)]), at(10));

    expect(await panel(db, anaKey, false)).toMatchObject({
      total: 1,
      byChannel: { email: 1 },
      manual: 1,
      automated: 1,
    });
  });

  it('(control) a rep’s own email the CRM shows later that day is the logged one: 1 manual email', async () => {
    const db = await world();
    await logTouch(db, { recordKey: anaKey, channel: 'email', timestamp: LOGGED }, at(20));
    await save(db, contactPage(ANA, [email(false)]), at(10));

    expect(await panel(db, anaKey, false)).toMatchObject({
      total: 1,
      byChannel: { email: 1 },
      manual: 1,
      automated: 0,
    });
  });

  it('stay 2 emails when the sequence email arrives in a backup from another browser', async () => {
    const laptop = await world();
    await logTouch(laptop, { recordKey: anaKey, channel: 'email', timestamp: LOGGED }, at(20));
    const desktop = await freshDb();
    await save(desktop, contactPage(ANA, [email(true)]), at(10));
    const { blob } = await exportBackup(desktop, defaultSettings(ZONE), at(5));
    await importBackup(laptop, blob, { now: at(5), retentionDays: 400, timeZone: ZONE, pageTimeZone: ZONE });

    expect(await panel(laptop, anaKey, false)).toMatchObject({ total: 1, manual: 1, automated: 1 });
  });
});

describe('an email the rep logged and a Salesforce list email of that day in an imported report', () => {
  const SF = 'acme.lightning.force.com';
  const key = `salesforce:${SF}:contact:0035g00000AbCdEAAV`;
  const REPORT = [
    'Subject,Assigned,Date,Status,Task Subtype,Contact ID,Activity ID',
    'November newsletter,Dana Reyes,11/18/2026,Completed,List Email,0035g00000AbCdE,00T5g00000Task1',
  ].join('\n');

  it('are 2 emails on the contact panel, the rep’s counted when automated touches are left out', async () => {
    const db = await freshDb();
    const page = contactReadSchema.parse({
      crm: 'salesforce',
      tenant: SF,
      kind: 'contact',
      recordId: '0035g00000AbCdEAAV',
      status: 'read',
      record: { name: 'Jordan Lee' },
      activities: [],
      crmFigures: {},
      notRead: [],
    });
    await saveReading(db, page, new Date('2026-11-18T08:00:00Z'), 'Europe/Berlin', 'Europe/Berlin');
    // 18 Nov 14:30 Berlin, logged five minutes later; the report is imported on 20 Nov.
    await logTouch(
      db,
      { recordKey: key, channel: 'email', timestamp: '2026-11-18T13:30:00.000Z' },
      new Date('2026-11-18T13:35:00Z'),
    );
    await importText(db, 'salesforce', SF, REPORT);

    const now = new Date('2026-11-20T15:00:00Z');
    const settings = { ...defaultSettings('Europe/Berlin'), countAutomated: false };
    const view = await recordView(db, key, { settings, now, onInvalid: () => undefined });
    expect(view?.touches).toMatchObject({ total: 1, byChannel: { email: 1 }, manual: 1, automated: 1 });
  });
});
