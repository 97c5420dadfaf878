import { describe, expect, it } from 'vitest';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { COLD_READ_IN_PART, NEXT_STEP_READ_IN_PART } from '../../../lib/metrics/timeline-read-in-part';
import { contactReadSchema, type NotRead } from '../../../lib/schema/read-result';
import { CLOCK, freshDb } from '../csv-import/import-fixture';
import { view } from './from-files/harness';

/**
 * metrics.md, Gone cold: "no touch in either direction for longer than the follow-up limit". A
 * HubSpot contact page read with its timeline filter tab left on "Emails" (crm-evidence-2.md: filter
 * tabs `timeline-tab-filter-*`): the reader reports `notRead: activities` without `part: 'older'`
 * (a filter may hide items of any date, so a newer call may be among them). The contact's own panel
 * then says its gone-cold verdict may be wrong (COLD_READ_IN_PART), and its next step that it may
 * be another (NEXT_STEP_READ_IN_PART). The team page, from the same stored rows, listed the contact
 * as gone cold with no such caveat: a manager chases a contact the rep called last week. Now the
 * stored contact keeps the mark (newestTouchesMayBeUnread) and the follow-up gives the panel's words.
 *
 * By hand: emails read 2026-10-01, 10-06 and 10-20 10:00 Berlin; now 11-20 15:00Z → 31 days since
 * the last touch read, limit 14 → gone cold. Overdue: one email Tue 17 Nov 10:00 Berlin, the
 * mid-market cadence's step 2 (call) 2 business days on, Thu 19 Nov: overdue on Fri 20, not gone cold.
 */
const KEY = 'hubspot:4410982:contact:5101';
const WED = new Date('2026-11-18T09:00:00Z');
const FILTERED: NotRead = {
  field: 'activities',
  reason: 'The timeline is filtered to Emails: other items are not shown.',
};

const email = (day: string, title: string) =>
  ({
    type: 'email',
    channel: 'email',
    direction: 'outbound',
    timestamp: `2026-${day}T08:00:00.000Z`,
    timePrecision: 'minute',
    title,
    owner: 'Alex Morgan',
    automated: false,
  }) as const;

const QUIET_SINCE_OCTOBER = [email('10-01', 'Intro'), email('10-06', 'Following up'), email('10-20', 'Pricing')];

function priyaPage(activities: readonly ReturnType<typeof email>[], notRead: NotRead[]) {
  return contactReadSchema.parse({
    crm: 'hubspot',
    tenant: '4410982',
    kind: 'contact',
    recordId: '5101',
    status: 'read',
    record: { name: 'Priya Natarajan', owner: 'Alex Morgan' },
    activities,
    crmFigures: {},
    notRead,
  });
}

async function followUpOf(db: TouchlineDb) {
  return (await view(db)).followUps.find((f) => f.contactKey === KEY);
}

describe('team page: a follow-up of a contact whose timeline was read with a filter on', () => {
  it('says gone cold with the panel’s caveat: a newer touch may be in the part not read', async () => {
    const db = await freshDb();
    await saveReading(db, priyaPage(QUIET_SINCE_OCTOBER, [FILTERED]), CLOCK.now, CLOCK.timeZone, CLOCK.timeZone);
    const priya = await followUpOf(db);
    expect(priya?.kind).toBe('gone-cold');
    expect(priya?.reason).toBe(`No touch either way for 31 days (follow-up limit 14). ${COLD_READ_IN_PART}`);
  });

  it('gives an overdue step with the panel’s caveat: a newer touch may be that step', async () => {
    const db = await freshDb();
    await saveReading(
      db,
      priyaPage([email('11-17', 'Pricing')], [FILTERED]),
      CLOCK.now,
      CLOCK.timeZone,
      CLOCK.timeZone,
    );
    const priya = await followUpOf(db);
    expect(priya?.kind).toBe('overdue');
    expect(priya?.reason).toBe(`step 2 (call) was due 2026-11-19 ${NEXT_STEP_READ_IN_PART}`);
  });

  it('says gone cold as a fact once a later reading of the page read the timeline whole', async () => {
    const db = await freshDb();
    await saveReading(db, priyaPage(QUIET_SINCE_OCTOBER, [FILTERED]), WED, CLOCK.timeZone, CLOCK.timeZone);
    await saveReading(db, priyaPage(QUIET_SINCE_OCTOBER, []), CLOCK.now, CLOCK.timeZone, CLOCK.timeZone);
    expect((await followUpOf(db))?.reason).toBe('No touch either way for 31 days (follow-up limit 14).');
  });

  it('says gone cold as a fact when only older items were behind "Load More Past Activities"', async () => {
    const db = await freshDb();
    // The feed loaded back to the Intro email of 1 Oct: nothing not loaded is newer than the 20 Oct one.
    const older: NotRead = {
      field: 'activities',
      part: 'older',
      olderThan: '2026-10-01T08:00:00.000Z',
      reason: 'Older activities were not loaded.',
    };
    await saveReading(db, priyaPage(QUIET_SINCE_OCTOBER, [older]), CLOCK.now, CLOCK.timeZone, CLOCK.timeZone);
    expect((await followUpOf(db))?.reason).toBe('No touch either way for 31 days (follow-up limit 14).');
  });
});
