import { describe, expect, it } from 'vitest';
import type { ActivityReading } from '../../../lib/schema/activity';
import { dump, freshDb, importText } from '../csv-import/import-fixture';
import { contactView, readContactPage } from '../csv-import/page-copy';

/**
 * The guide: re-reading a page never duplicates a touch; decisions.md "Keys and time": a
 * sighting with a time of a touch stored as date-only makes it precise (same-day-row.ts).
 * The contact page first shows the call dated only ("Nov 18", no CRM id); the HubSpot export is
 * imported and fills the stored row in with its Record ID and time (fill-in.ts); the page, read
 * again, now prints the call's time. The stored row is still the page's own item (samePageItem:
 * the id came from the export) though it keeps its day key, and the time shown is the export's
 * (sameDayRow): one row, not a second beside it making the panel say 2 activities read.
 */
const JORDAN = { crm: 'hubspot', tenant: '123', recordId: '501' } as const;
const JORDAN_KEY = 'hubspot:123:contact:501';
const datedOnly: ActivityReading = {
  type: 'call',
  channel: 'call',
  direction: 'outbound',
  timestamp: '2026-11-17T23:00:00.000Z', // 18 Nov, 00:00 Berlin
  timePrecision: 'day',
  title: 'Discovery call',
  automated: false,
};
const withTime: ActivityReading = { ...datedOnly, timestamp: '2026-11-18T13:30:00.000Z', timePrecision: 'minute' };
const EXPORT = [
  'Record ID,Call title,Activity date,Activity assigned to,Call direction,Associated Contact IDs',
  '90001,Discovery call,2026-11-18 14:30,Dana Reyes,Outbound,501',
].join('\n');

describe('a call read dated only, filled in by the export, then read again with its time', () => {
  it('stays one stored row: one call, one activity read', async () => {
    const db = await freshDb();
    await readContactPage(db, JORDAN, [datedOnly]);
    await importText(db, 'hubspot', '123', EXPORT);
    await readContactPage(db, JORDAN, [withTime]);

    const view = await contactView(db, JORDAN_KEY);
    expect(view.touches.byChannel.call).toBe(1);
    expect(view.activitiesRead).toBe(1);
    expect(await dump(db)).toHaveLength(1);
  });
});
