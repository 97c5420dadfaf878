/**
 * metrics.md "Gone cold" and "Logged touches"; decisions.md: a touch logged in Touchline counts as
 * any other. Tue 3 Nov 2026, 15:00 UTC: the rep opens Priya Natarajan's HubSpot contact page; its
 * newest items are notes of 27 Oct – 3 Nov (crm-evidence-2.md: notes, calls and emails share one
 * timeline, newest first) with "Load more" under them, so every item not loaded is older than the
 * note of 27 Oct (contracts.md NotRead `part: 'older'`, `olderThan`). At 16:00 she calls Priya
 * and logs the call in Touchline (the CRM never captured it). Fri 20 Nov: no touch for 17 days,
 * limit 14 — gone cold, and nothing the page did not load can be newer than the 3 Nov call.
 *
 * Her panel says so plainly (newestTouchRead compares the feed's bound with the last touch known,
 * the logged call), and so does the team page: "Load more" alone does not mark the stored contact
 * (newestTouchesMayBeUnread), whose reading showed no touch of its own.
 */
import { expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import { contactReadSchema } from '../../../lib/schema/read-result';
import { CLOCK, freshDb } from '../csv-import/import-fixture';
import { view } from './from-files/harness';

const KEY = 'hubspot:4410982:contact:5101';
const READ_AT = new Date('2026-11-03T15:00:00Z');

const note = (timestamp: string, title: string) =>
  ({
    type: 'note',
    direction: 'unknown',
    timestamp,
    timePrecision: 'minute',
    title,
    owner: 'Alex Morgan',
    automated: false,
  }) as const;

it('a contact gone cold after a logged call newer than every item the page loaded is gone cold without a caveat', async () => {
  const reading = contactReadSchema.parse({
    crm: 'hubspot',
    tenant: '4410982',
    kind: 'contact',
    recordId: '5101',
    status: 'read',
    record: { name: 'Priya Natarajan', owner: 'Alex Morgan' },
    activities: [
      note('2026-11-03T09:10:00.000Z', 'Procurement wants the pilot price held.'),
      note('2026-11-02T16:40:00.000Z', 'Depot list confirmed.'),
      note('2026-10-30T13:00:00.000Z', 'Legal review booked.'),
      note('2026-10-27T10:00:00.000Z', 'Budget owner is Priya.'),
    ],
    crmFigures: {},
    notRead: [
      {
        field: 'activities',
        reason: 'older timeline items are behind a "Load more" control',
        part: 'older',
        olderThan: '2026-10-27T10:00:00.000Z',
      },
    ],
  });
  const db = await freshDb();
  await saveReading(db, reading, READ_AT, CLOCK.timeZone, CLOCK.timeZone);
  await logTouch(
    db,
    { recordKey: KEY, channel: 'call', timestamp: '2026-11-03T16:00:00.000Z' },
    new Date('2026-11-03T16:05:00Z'),
  );
  const priya = (await view(db)).followUps.find((f) => f.contactKey === KEY);
  expect(priya?.kind).toBe('gone-cold');
  expect(priya?.reason).toBe('No touch either way for 17 days (follow-up limit 14).');
});
