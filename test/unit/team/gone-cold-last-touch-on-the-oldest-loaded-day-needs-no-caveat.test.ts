/**
 * The team page's gone-cold list, for the contact of the panel test beside this one: Priya
 * Natarajan's Lightning contact page shows, under "This Month", a call and an email the rep logged
 * on Mon 2 Nov (completed Tasks, dated by their due day only: crm-evidence-2.md) and "Load More Past
 * Activities" below — the reading Salesforce's reader makes (`part: 'older'`; the panel test beside
 * this one reads the page itself), its "how far back" bound as the step after every reader
 * fills it in (afterEveryReader → withFeedLoadedBack: the end of 2 Nov, the oldest item's day).
 * What the control loads is older than every item shown (past activities are grouped newest
 * first), so no unloaded touch can be newer than 2 Nov: metrics.md "Gone cold" — no touch either
 * way for 18 days, follow-up limit 14 — is a fact, given without "a newer touch may be in the part
 * not read".
 */
import { expect, it } from 'vitest';
import { saveReading } from '../../../lib/db/save-reading';
import { contactReadSchema } from '../../../lib/schema/read-result';
import { CLOCK, freshDb } from '../csv-import/import-fixture';
import { view } from './from-files/harness';

const KEY = 'salesforce:acme:contact:0035g00000DpQ9xAAF';

const task = (type: 'call' | 'email', title: string) =>
  ({
    type,
    channel: type,
    direction: 'outbound',
    // "Nov 2", dated by day: the day's start where the page was read (Europe/Berlin, CET).
    timestamp: '2026-11-01T23:00:00.000Z',
    timePrecision: 'day',
    title,
    owner: 'Alex Morgan',
    automated: false,
  }) as const;

it('gone cold from a page whose last touch is on its oldest loaded day (dated by day) is said plainly', async () => {
  const reading = contactReadSchema.parse({
    crm: 'salesforce',
    tenant: 'acme',
    kind: 'contact',
    recordId: '0035g00000DpQ9xAAF',
    status: 'read',
    record: { name: 'Priya Natarajan', owner: 'Alex Morgan' },
    activities: [task('call', 'Call'), task('email', 'Pilot pricing')],
    crmFigures: {},
    notRead: [
      {
        field: 'activities',
        reason: 'older activities are behind a "Load More Past Activities" control',
        part: 'older',
        // What afterEveryReader (withFeedLoadedBack) fills in for this page: the end of 2 Nov, Berlin.
        olderThan: '2026-11-02T22:59:59.999Z',
      },
    ],
  });
  const db = await freshDb();
  await saveReading(db, reading, CLOCK.now, CLOCK.timeZone, CLOCK.timeZone);
  const priya = (await view(db)).followUps.find((f) => f.contactKey === KEY);
  expect(priya?.kind).toBe('gone-cold');
  expect(priya?.reason).toBe('No touch either way for 18 days (follow-up limit 14).');
});
