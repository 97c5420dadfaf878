import { describe, expect, it } from 'vitest';
import type { ActivityReading } from '../../../lib/schema/activity';
import { freshDb, importText } from './import-fixture';
import { contactView, readContactPage } from './page-copy';

/**
 * metrics.md "Duplicate": merging is order-independent; decisions.md "Import of CRM exports":
 * page ↔ CSV copies of one touch merge by the duplicate rules. The page (read 16:00 Berlin, 15:00Z)
 * dates the call "2 hours ago" (13:00Z, `relativeTime`); the export has its exact time, 13:25
 * Berlin (12:25Z). Page first, then the export: one call (counted-time-page-copy-and-export.test.ts).
 * The export first, then the page: the same two copies must be one call too.
 */
const JORDAN = { crm: 'hubspot', tenant: '123', recordId: '501' } as const;
const JORDAN_KEY = 'hubspot:123:contact:501';
const EXPORT = [
  'Record ID,Call title,Activity date,Activity assigned to,Call direction,Associated Contact IDs',
  '90001,Discovery call,2026-11-20 13:25,Dana Reyes,Outbound,501',
].join('\n');
const countedCall: ActivityReading = {
  type: 'call',
  channel: 'call',
  direction: 'outbound',
  timestamp: '2026-11-20T13:00:00.000Z',
  timePrecision: 'minute',
  relativeTime: true,
  title: 'Discovery call',
  automated: false,
};

describe('a call imported from the export, then read on the page as "2 hours ago"', () => {
  it('is one call on the contact panel, as it is when the page is read first', async () => {
    const pageFirst = await freshDb();
    await readContactPage(pageFirst, JORDAN, [countedCall]);
    await importText(pageFirst, 'hubspot', '123', EXPORT);
    expect((await contactView(pageFirst, JORDAN_KEY)).touches.byChannel.call).toBe(1);

    const exportFirst = await freshDb();
    await importText(exportFirst, 'hubspot', '123', EXPORT);
    await readContactPage(exportFirst, JORDAN, [countedCall]);
    expect((await contactView(exportFirst, JORDAN_KEY)).touches.byChannel.call).toBe(1);
  });
});
