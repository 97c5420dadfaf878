/**
 * Salesforce Lightning shows a logged call's "Call Result" only in the item's expanded details
 * (crm-evidence-2.md: expander `div.showMore`, expanded fields `.slds-item--detail`); collapsed, the
 * item shows its subject, date and summary sentence. On Monday the rep opened Dana's Contact page with
 * the call expanded ("Call Result: Connected"); on Tuesday the same page, the same Task id, collapsed
 * (Lightning does not remember an expanded item). The page did not say the result changed: it did
 * not show it. metrics.md "Connect rate: calls with a connected outcome / call attempts", and a
 * known outcome is kept over `unknown` ("Duplicate": the merged touch keeps the most informative
 * fields). The stored call must stay connected, or the rep's connect rate drops by a re-visit.
 */
import { expect, it } from 'vitest';
import { saveReading } from '../../../lib/db/save-reading';
import { auraTimeline, CONTACT_URL, entry, readRecord, recordPage } from '../adapters/salesforce/aura-timeline-page';
import { freshDb } from '../team/from-files/harness';

const MONDAY = new Date('2026-11-16T15:00:00Z');
const TUESDAY = new Date('2026-11-17T09:00:00Z');

const page = (details?: [string, string][]) =>
  recordPage(
    auraTimeline({
      groups: [
        {
          heading: 'This Month',
          items: entry({
            object: 'Task',
            id: '00T8d00000Cq7b1AAB',
            subject: 'Call',
            kind: 'call',
            iconTitle: 'Call',
            date: 'Nov 16',
            summary: 'You logged a call with Dana Whitfield',
            checkbox: true,
            ...(details ? { details } : {}),
          }),
        },
      ],
    }),
  );

it('a connected call read expanded, then read collapsed on the same page, is still connected', async () => {
  const expanded = readRecord(page([['Call Result', 'Connected']]), { url: CONTACT_URL, now: MONDAY });
  const collapsed = readRecord(page(), { url: CONTACT_URL, now: TUESDAY });
  // The two readings are as described: the result shown, then not shown.
  expect(expanded.activities.map((a) => a.outcome)).toEqual(['connected']);
  expect(collapsed.activities.map((a) => a.outcome ?? 'unknown')).toEqual(['unknown']);

  const db = await freshDb();
  await saveReading(db, expanded, MONDAY, 'UTC', 'UTC');
  await saveReading(db, collapsed, TUESDAY, 'UTC', 'UTC');
  const calls = (await db.getAll('activities')).filter((a) => a.channel === 'call');
  expect(calls.map((c) => c.outcome)).toEqual(['connected']);
});
