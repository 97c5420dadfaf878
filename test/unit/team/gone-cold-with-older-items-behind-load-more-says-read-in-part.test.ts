import { describe, expect, it } from 'vitest';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import {
  COLD_READ_IN_PART,
  NEXT_STEP_READ_IN_PART,
  withTimelineReadInPart,
} from '../../../lib/metrics/timeline-read-in-part';
import type { ActivityReading } from '../../../lib/schema/activity';
import { contactReadSchema, type NotRead } from '../../../lib/schema/read-result';
import { CLOCK, freshDb } from '../csv-import/import-fixture';
import { contactView } from '../csv-import/page-copy';
import { view } from './from-files/harness';

/**
 * metrics.md, Gone cold. A contact page whose newest items are notes, with older items behind
 * "Load more" (crm-evidence-2.md: newest first; the reading's `part: 'older'` entry says how far
 * back the feed was loaded, `olderThan`). The last touch Touchline knows was read on an earlier
 * visit, before the notes. Her panel weighs the two (newestTouchRead): when the last touch is older
 * than every item loaded, a newer one may be in what was not loaded, and gone cold says so
 * (COLD_READ_IN_PART); when it is no older (a touch dated only by day counts as its day's end, as
 * the feed's bound does), nothing not loaded can be newer. The team page listed her gone cold with
 * no caveat either way: the stored contact kept no bound. Now it keeps it
 * (Contact.newestReadingLoadedBackTo) and the follow-up says what the panel says.
 *
 * By hand: now Fri 20 Nov 2026 15:00Z, Europe/Berlin, follow-up limit 14 (mid-market).
 * - HubSpot: email 1 Oct 10:00 Berlin; notes 10–18 Nov loaded, "Load more" under them → 50 days,
 *   1 Oct < 10 Nov: caveat. Email 3 Nov 10:00 in the reading itself, notes back to 30 Oct → 17 days,
 *   3 Nov ≥ 30 Oct: none.
 * - Salesforce ("Load More Past Activities"): a call task dated only "Nov 3" read on 4 Nov; on
 *   19 Nov the feed's oldest item is a task also dated only "Nov 3" (withFeedLoadedBack: that day's
 *   end, 23:59:59.999 Berlin = 22:59:59.999Z) → 17 days; the call too surely happened by that day's
 *   end: none.
 * - An overdue step: email Tue 17 Nov 10:00 Berlin read on the 17th, step 2 (call) due Thu 19 Nov;
 *   on 20 Nov 09:00Z the feed shows notes back to 18 Nov: the step may have been taken since.
 */
const ZONE = CLOCK.timeZone;

const item = (type: 'email' | 'note' | 'call' | 'task', timestamp: string, title: string, day = false) =>
  ({
    type,
    ...(type === 'email' || type === 'call' ? { channel: type } : {}),
    direction: type === 'email' || type === 'call' ? 'outbound' : 'unknown',
    timestamp,
    timePrecision: day ? 'day' : 'minute',
    title,
    owner: 'Alex Morgan',
    automated: false,
  }) as const;

const loadMore = (olderThan: string): NotRead => ({
  field: 'activities',
  part: 'older',
  olderThan,
  reason: 'older timeline items are behind a "Load more" control',
});

function page(crm: 'hubspot' | 'salesforce', activities: readonly ActivityReading[], notRead: NotRead[]) {
  return contactReadSchema.parse({
    crm,
    tenant: crm === 'hubspot' ? '4410982' : 'acme',
    kind: 'contact',
    recordId: crm === 'hubspot' ? '5101' : '0035g00000DpQ9xAAF',
    status: 'read',
    record: { name: 'Priya Natarajan', owner: 'Alex Morgan' },
    activities,
    crmFigures: {},
    notRead,
  });
}

const HUBSPOT_KEY = 'hubspot:4410982:contact:5101';
const SALESFORCE_KEY = 'salesforce:acme:contact:0035g00000DpQ9xAAF';

/** The team page's follow-up of the contact, and the gone-cold words of her panel over the same reading. */
async function teamAndPanel(db: TouchlineDb, key: string, newest: { notRead: NotRead[] }) {
  const followUp = (await view(db)).followUps.find((f) => f.contactKey === key);
  const panel = withTimelineReadInPart(await contactView(db, key), newest.notRead).cadence.goneColdReason;
  return { kind: followUp?.kind, team: followUp?.reason, panel };
}

describe('team page: a contact gone cold whose newest reading left older items behind "Load more"', () => {
  it('says a newer touch may be in the part not read when the last touch is older than every item loaded', async () => {
    const db = await freshDb();
    await saveReading(
      db,
      page('hubspot', [item('email', '2026-10-01T08:00:00.000Z', 'Intro')], []),
      new Date('2026-10-02T09:00:00Z'),
      ZONE,
      ZONE,
    );
    const notes = page(
      'hubspot',
      [
        item('note', '2026-11-18T08:30:00.000Z', 'Procurement wants the pilot price held.'),
        item('note', '2026-11-13T15:10:00.000Z', 'Depot list confirmed.'),
        item('note', '2026-11-10T09:00:00.000Z', 'Budget owner is Priya.'),
      ],
      [loadMore('2026-11-10T09:00:00.000Z')],
    );
    await saveReading(db, notes, new Date('2026-11-19T09:00:00Z'), ZONE, ZONE);
    const reason = `No touch either way for 50 days (follow-up limit 14). ${COLD_READ_IN_PART}`;
    expect(await teamAndPanel(db, HUBSPOT_KEY, notes)).toEqual({ kind: 'gone-cold', team: reason, panel: reason });
  });

  it('says gone cold as a fact when the last touch is newer than the oldest item loaded', async () => {
    const db = await freshDb();
    const reading = page(
      'hubspot',
      [
        item('note', '2026-11-05T12:00:00.000Z', 'Waiting on legal.'),
        item('email', '2026-11-03T09:00:00.000Z', 'Pricing'),
        item('note', '2026-10-30T13:00:00.000Z', 'Legal review booked.'),
      ],
      [loadMore('2026-10-30T13:00:00.000Z')],
    );
    await saveReading(db, reading, new Date('2026-11-19T09:00:00Z'), ZONE, ZONE);
    const reason = 'No touch either way for 17 days (follow-up limit 14).';
    expect(await teamAndPanel(db, HUBSPOT_KEY, reading)).toEqual({ kind: 'gone-cold', team: reason, panel: reason });
  });

  it('says gone cold as a fact when a touch dated only by day falls on the day the feed was loaded back to', async () => {
    const db = await freshDb();
    // "Nov 3" with no time of day: the reader stores the day's start in the page's zone.
    const nov3 = '2026-11-02T23:00:00.000Z';
    await saveReading(
      db,
      page('salesforce', [item('call', nov3, 'Call: renewal terms', true)], []),
      new Date('2026-11-04T09:00:00Z'),
      ZONE,
      ZONE,
    );
    const tasks = page(
      'salesforce',
      [
        item('task', '2026-11-17T23:00:00.000Z', 'Send the pilot quote', true),
        item('task', nov3, 'Update the depot list', true),
      ],
      [loadMore('2026-11-03T22:59:59.999Z')],
    );
    await saveReading(db, tasks, new Date('2026-11-19T09:00:00Z'), ZONE, ZONE);
    const reason = 'No touch either way for 17 days (follow-up limit 14).';
    expect(await teamAndPanel(db, SALESFORCE_KEY, tasks)).toEqual({ kind: 'gone-cold', team: reason, panel: reason });
  });

  it('gives an overdue step with the panel’s caveat when the notes loaded are all newer than the last touch', async () => {
    const db = await freshDb();
    await saveReading(
      db,
      page('hubspot', [item('email', '2026-11-17T09:00:00.000Z', 'Pricing')], []),
      new Date('2026-11-17T12:00:00Z'),
      ZONE,
      ZONE,
    );
    const notes = page(
      'hubspot',
      [item('note', '2026-11-18T10:00:00.000Z', 'Asked for the security questionnaire.')],
      [loadMore('2026-11-18T10:00:00.000Z')],
    );
    await saveReading(db, notes, new Date('2026-11-20T09:00:00Z'), ZONE, ZONE);
    const followUp = (await view(db)).followUps.find((f) => f.contactKey === HUBSPOT_KEY);
    expect([followUp?.kind, followUp?.reason]).toEqual([
      'overdue',
      `step 2 (call) was due 2026-11-19 ${NEXT_STEP_READ_IN_PART}`,
    ]);
  });

  it('gives an overdue step the panel’s caveat when the last touch is among the items loaded: older ones may renumber the steps', async () => {
    const db = await freshDb();
    // The email of 17 Nov is the newest touch and was loaded; what "Load more" left is older, and an
    // older outbound touch makes the email a later step, with another step due (withTimelineReadInPart).
    const reading = page(
      'hubspot',
      [
        item('note', '2026-11-18T10:00:00.000Z', 'Asked for the questionnaire.'),
        item('email', '2026-11-17T09:00:00.000Z', 'Pricing'),
      ],
      [loadMore('2026-11-17T09:00:00.000Z')],
    );
    await saveReading(db, reading, new Date('2026-11-20T09:00:00Z'), ZONE, ZONE);
    const followUp = (await view(db)).followUps.find((f) => f.contactKey === HUBSPOT_KEY);
    const panel = withTimelineReadInPart(await contactView(db, HUBSPOT_KEY), reading.notRead).cadence.nextDueReason;
    expect([followUp?.kind, followUp?.reason, panel]).toEqual([
      'overdue',
      `step 2 (call) was due 2026-11-19 ${NEXT_STEP_READ_IN_PART}`,
      NEXT_STEP_READ_IN_PART,
    ]);
  });
});
