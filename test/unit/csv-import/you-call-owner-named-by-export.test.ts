import { describe, expect, it } from 'vitest';
import { saveReadings } from '../../../lib/db/save-reading';
import { applyYourNames } from '../../../lib/db/your-touches';
import { contactReadSchema } from '../../../lib/schema/read-result';
import { CLOCK, dump, freshDb, importText } from './import-fixture';

/**
 * docs/settings.md "You in your CRMs": "An owner a page or a CSV file named is never replaced by the
 * setting's name"; lib/db/your-touches.ts: the setting owns "items a page credited to 'You' that no
 * page or file named an owner for". Here a Salesforce page credits a call to "You" (the setting
 * says Dana Reyes), then the team's report names Dana Reyes as its owner: the file named an owner,
 * so clearing the setting later must not take the call off Dana Reyes's row.
 */
const SF = 'acme.lightning.force.com';
const page = contactReadSchema.parse({
  crm: 'salesforce',
  tenant: SF,
  kind: 'contact',
  recordId: '0035g00000AbCdEAAV',
  status: 'read',
  record: { name: 'Jordan Lee' },
  activities: [
    {
      type: 'call',
      channel: 'call',
      direction: 'outbound',
      timestamp: '2026-11-17T23:00:00.000Z',
      timePrecision: 'day',
      title: 'Call',
      automated: false,
      byViewer: true,
    },
  ],
  crmFigures: {},
  notRead: [],
});
const REPORT = [
  'Subject,Assigned,Date,Status,Task Subtype,Call Type,Contact ID,Activity ID',
  'Call,Dana Reyes,11/18/2026,Completed,Call,Outbound,0035g00000AbCdE,00T5g00000Task1',
].join('\n');

describe('a "You" call whose owner the imported Salesforce report names', () => {
  it('keeps the owner the file named when the "your name" setting is cleared (settings.md: an owner a CSV file named is never replaced by the setting)', async () => {
    const db = await freshDb();
    await saveReadings(db, [
      { result: page, now: CLOCK.now, timeZone: CLOCK.timeZone, pageTimeZone: CLOCK.timeZone, yourName: 'Dana Reyes' },
    ]);
    expect(await importText(db, 'salesforce', SF, REPORT)).toMatchObject({ added: 0, existing: 1 });
    await applyYourNames(db, { yourNames: {} });

    expect((await dump(db)).map((a) => a.owner)).toEqual(['Dana Reyes']);
  });

  it("takes the spelling the file names and is no longer the setting's (settings.md: the setting owns only calls no page or file named an owner for)", async () => {
    const db = await freshDb();
    await saveReadings(db, [
      { result: page, now: CLOCK.now, timeZone: CLOCK.timeZone, pageTimeZone: CLOCK.timeZone, yourName: 'Dana' },
    ]);
    expect((await dump(db)).map((a) => [a.owner, a.ownerBySetting])).toEqual([['Dana', true]]);
    await importText(db, 'salesforce', SF, REPORT);

    expect((await dump(db)).map((a) => [a.owner, a.ownerBySetting])).toEqual([['Dana Reyes', undefined]]);
    await applyYourNames(db, { yourNames: { salesforce: 'D. Reyes' } });
    expect((await dump(db)).map((a) => a.owner)).toEqual(['Dana Reyes']);
  });
});
