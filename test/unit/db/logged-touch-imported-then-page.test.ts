import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import { loggedTouchesCsv } from '../../../lib/export/logged-csv';
import { contactReadSchema } from '../../../lib/schema/read-result';
import { CLOCK, freshDb, importText } from '../csv-import/import-fixture';
import { contactView } from '../csv-import/page-copy';

/**
 * A manager logs a mobile call in Touchline (Tue 18 Nov 2026, 14:30 Berlin = 13:30Z), enters it in
 * HubSpot as the logged-touch export invites, imports the team's HubSpot calls export, then opens
 * the contact: the call is one touch.
 * metrics.md "Logged in Touchline": a logged touch merges with one page touch of the same channel,
 * day and person that Touchline first saw after the touch was logged, "wherever it first saw it";
 * decisions.md "Import of CRM exports": page and CSV copies of one touch merge by the duplicate rules.
 */
const KEY = 'hubspot:123:contact:501';
const contactPage = (activities: unknown[]) =>
  contactReadSchema.parse({
    crm: 'hubspot',
    tenant: '123',
    kind: 'contact',
    recordId: '501',
    status: 'read',
    record: { name: 'Jordan Lee' },
    activities,
    crmFigures: {},
    notRead: [],
  });
const pageCall = {
  type: 'call',
  channel: 'call',
  direction: 'outbound',
  timestamp: '2026-11-18T13:30:00.000Z',
  timePrecision: 'minute',
  title: 'Discovery call',
  automated: false,
} as const;
const EXPORT = [
  'Record ID,Call title,Activity date,Activity assigned to,Call direction,Associated Contact IDs',
  '90001,Discovery call,2026-11-18 14:30,Dana Reyes,Outbound,501',
].join('\n');

describe('a call logged in Touchline, then in the CRM export the manager imports, then on the contact page', () => {
  it('counts as one call on the contact panel (metrics.md "Logged in Touchline": merges with one page touch first seen after it was logged; decisions.md: page and CSV copies merge)', async () => {
    const db = await freshDb();
    await saveReading(db, contactPage([]), new Date('2026-11-18T09:00:00Z'), CLOCK.timeZone, CLOCK.timeZone);
    await logTouch(
      db,
      { recordKey: KEY, channel: 'call', timestamp: '2026-11-18T13:30:00.000Z' },
      new Date('2026-11-18T13:35:00Z'),
    );
    await importText(db, 'hubspot', '123', EXPORT);
    await saveReading(db, contactPage([pageCall]), CLOCK.now, CLOCK.timeZone, CLOCK.timeZone);

    expect((await contactView(db, KEY)).touches.byChannel.call).toBe(1);
  });

  it('the import alone pairs the CSV row with the logged call: one call, and nothing left to export for the CRM', async () => {
    const db = await freshDb();
    await saveReading(db, contactPage([]), new Date('2026-11-18T09:00:00Z'), CLOCK.timeZone, CLOCK.timeZone);
    const touch = await logTouch(
      db,
      { recordKey: KEY, channel: 'call', timestamp: '2026-11-18T13:30:00.000Z', outcome: 'connected' },
      new Date('2026-11-18T13:35:00Z'),
    );
    await importText(db, 'hubspot', '123', EXPORT);

    expect((await db.get('activities', touch.key))?.mergedInto).toBe('hubspot:123:activity:90001');
    expect((await db.get('activities', 'hubspot:123:activity:90001'))?.outcome).toBe('connected');
    expect((await contactView(db, KEY)).touches.byChannel.call).toBe(1);
    expect(await loggedTouchesCsv(db, CLOCK.timeZone, CLOCK.now)).toEqual([]);
  });

  it('a CSV row imported before the call was logged was a touch Touchline knew: the logged call is a second one', async () => {
    const db = await freshDb();
    await saveReading(db, contactPage([]), new Date('2026-11-18T09:00:00Z'), CLOCK.timeZone, CLOCK.timeZone);
    await importText(db, 'hubspot', '123', EXPORT);
    await logTouch(
      db,
      { recordKey: KEY, channel: 'call', timestamp: '2026-11-18T13:30:00.000Z' },
      new Date('2026-11-18T13:35:00Z'),
    );
    await saveReading(db, contactPage([pageCall]), CLOCK.now, CLOCK.timeZone, CLOCK.timeZone);
    expect((await contactView(db, KEY)).touches.byChannel.call).toBe(2);
  });

  it('(control) without the import in between, the same steps give one call', async () => {
    const db = await freshDb();
    await saveReading(db, contactPage([]), new Date('2026-11-18T09:00:00Z'), CLOCK.timeZone, CLOCK.timeZone);
    await logTouch(
      db,
      { recordKey: KEY, channel: 'call', timestamp: '2026-11-18T13:30:00.000Z' },
      new Date('2026-11-18T13:35:00Z'),
    );
    await saveReading(db, contactPage([pageCall]), CLOCK.now, CLOCK.timeZone, CLOCK.timeZone);
    expect((await contactView(db, KEY)).touches.byChannel.call).toBe(1);
  });
});
