import { describe, expect, it } from 'vitest';
import { undoLoggedTouch, updateLoggedTouch } from '../../../lib/db/logged-touch-changes';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import { contactReadSchema } from '../../../lib/schema/read-result';
import { CLOCK, freshDb, importText } from '../csv-import/import-fixture';
import { contactView } from '../csv-import/page-copy';

/**
 * A row an import stores for the first time is a touch Touchline first saw at the import, as a page
 * copy is first seen at its reading (metrics.md "Logged in Touchline": "wherever it first saw it").
 * So a logged touch that an edit or an undo frees or moves meets the imported call the way it
 * would meet a page copy. Jordan's HubSpot call of Tue 18 Nov 2026, 14:30 Berlin (13:30Z).
 */
const KEY = 'hubspot:123:contact:501';
const ZONE = CLOCK.timeZone;
const contactPage = contactReadSchema.parse({
  crm: 'hubspot',
  tenant: '123',
  kind: 'contact',
  recordId: '501',
  status: 'read',
  record: { name: 'Jordan Lee' },
  activities: [],
  crmFigures: {},
  notRead: [],
});
const EXPORT = [
  'Record ID,Call title,Activity date,Activity assigned to,Call direction,Associated Contact IDs',
  '90001,Discovery call,2026-11-18 14:30,Dana Reyes,Outbound,501',
].join('\n');
const calls = async (db: Awaited<ReturnType<typeof freshDb>>) => (await contactView(db, KEY)).touches.byChannel.call;

describe('a call imported from the CRM export and a call logged in Touchline', () => {
  it('are one call once the rep moves the logged call, put on the wrong day, to the day of the imported one', async () => {
    const db = await freshDb();
    await saveReading(db, contactPage, new Date('2026-11-18T09:00:00Z'), ZONE, ZONE);
    const touch = await logTouch(
      db,
      { recordKey: KEY, channel: 'call', timestamp: '2026-11-17T13:30:00.000Z' },
      new Date('2026-11-18T13:35:00Z'),
    );
    await importText(db, 'hubspot', '123', EXPORT);
    expect(await calls(db)).toBe(2);

    await updateLoggedTouch(db, touch.key, { timestamp: '2026-11-18T13:30:00.000Z' }, CLOCK.now, ZONE, ZONE);

    expect(await calls(db)).toBe(1);
  });

  it('are one call when, of two calls logged that day, the one the import paired is undone', async () => {
    const db = await freshDb();
    await saveReading(db, contactPage, new Date('2026-11-18T09:00:00Z'), ZONE, ZONE);
    const first = await logTouch(
      db,
      { recordKey: KEY, channel: 'call', timestamp: '2026-11-18T13:30:00.000Z' },
      new Date('2026-11-18T13:35:00Z'),
    );
    await logTouch(
      db,
      { recordKey: KEY, channel: 'call', timestamp: '2026-11-18T16:00:00.000Z' },
      new Date('2026-11-18T16:05:00Z'),
    );
    await importText(db, 'hubspot', '123', EXPORT);
    expect((await db.get('activities', first.key))?.mergedInto).toBe('hubspot:123:activity:90001');
    expect(await calls(db)).toBe(2);

    await undoLoggedTouch(db, first.key, ZONE, ZONE, CLOCK.now);

    expect(await calls(db)).toBe(1);
  });
});
