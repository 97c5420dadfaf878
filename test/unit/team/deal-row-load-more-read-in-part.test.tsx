// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { recordView } from '../../../lib/background/record-view';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { newestTouchRead } from '../../../lib/metrics/timeline-read-in-part';
import type { ActivityReading } from '../../../lib/schema/activity';
import { dealReadSchema, type NotRead } from '../../../lib/schema/read-result';
import { defaultSettings } from '../../../lib/schema/settings';
import { CLOCK, freshDb } from '../csv-import/import-fixture';
import { dealRowShown } from './deal-row-shown';

/**
 * metrics.md, "Deal without recent activity". A HubSpot deal page whose newest items are notes,
 * with older items behind "Load more" (crm-evidence-2.md: newest first; `part: 'older'` with
 * `olderThan`, how far back the feed was loaded). The deal's last touch was read on an earlier
 * visit. Its panel puts "(The timeline was read in part: a newer touch may be in the part not
 * read.)" beside the last touch unless that touch is no older than every item loaded
 * (newestTouchRead over the view's lastTouchBy; a touch dated only by day counts as its day's end).
 * The team page's row said "40 days ago" bare either way: the stored deal kept no bound. Now it
 * keeps it (Deal.newestReadingLoadedBackTo) and the row says what the panel says.
 *
 * By hand (Europe/Berlin, now 20 Nov 2026 15:00Z): a call 11 Oct 10:00 Berlin → 40 days; notes
 * loaded back to 10 Nov → caveat. A call 3 Nov 10:00 in the newest reading itself, notes back to
 * 30 Oct → 17 days, none. A call dated only "Nov 3" read earlier, the feed loaded back to a note
 * of 3 Nov 15:00 Berlin → 17 days; the call surely happened by 3 Nov's end, after the note: none.
 */
const KEY = 'hubspot:4410982:deal:9120';
const ZONE = 'Europe/Berlin';
const SETTINGS = defaultSettings(ZONE);

const item = (type: 'call' | 'note', timestamp: string, title: string, day = false): ActivityReading => ({
  type,
  ...(type === 'call' ? { channel: 'call', direction: 'outbound', outcome: 'connected' } : { direction: 'unknown' }),
  timestamp,
  timePrecision: day ? 'day' : 'minute',
  title,
  owner: 'Alex Morgan',
  automated: false,
  contactIds: ['5101'],
});

const loadMore = (olderThan: string): NotRead => ({
  field: 'activities',
  part: 'older',
  olderThan,
  reason: 'older timeline items are behind a "Load more" control',
});

function harborPage(activities: readonly ActivityReading[], notRead: NotRead[]) {
  return dealReadSchema.parse({
    crm: 'hubspot',
    tenant: '4410982',
    kind: 'deal',
    recordId: '9120',
    status: 'read',
    record: {
      name: 'Harbor Freight renewal',
      owner: 'Alex Morgan',
      pipeline: 'Sales Pipeline',
      stage: 'Contract Sent',
      stageHistory: [{ stage: 'Contract Sent', enteredAt: '2026-10-05T09:00:00.000Z' }],
      contacts: [{ id: '5101', name: 'Priya Natarajan' }],
    },
    activities,
    crmFigures: {},
    notRead,
  });
}

/** The row's days and caveat, its last-touch cell as drawn, and whether the panel would hedge the same last touch. */
async function rowAndPanel(db: TouchlineDb, newest: { notRead: NotRead[] }) {
  const { row, container } = await dealRowShown(db, KEY, SETTINGS);
  const panel = await recordView(db, KEY, { settings: SETTINGS, now: CLOCK.now, onInvalid: () => undefined });
  if (panel?.kind !== 'deal') throw new Error('no deal view');
  const cell = container.querySelector('[data-metric="days-since-last-touch"]')?.closest('td')?.textContent;
  return {
    days: row.daysSinceTouch,
    readInPart: row.timelineReadInPart === true,
    cell,
    panelReadInPart: !newestTouchRead(newest.notRead, panel.lastTouchBy),
  };
}

describe('team page: a deal row whose newest reading left older items behind "Load more"', () => {
  it('says the last touch may miss a newer one when it is older than every item loaded', async () => {
    const db = await freshDb();
    await saveReading(
      db,
      harborPage([item('call', '2026-10-11T08:00:00.000Z', 'Renewal terms')], []),
      new Date('2026-10-12T09:00:00Z'),
      ZONE,
      ZONE,
    );
    const notes = harborPage(
      [
        item('note', '2026-11-18T08:30:00.000Z', 'Procurement wants the pilot price held.'),
        item('note', '2026-11-10T09:00:00.000Z', 'Budget owner is Priya.'),
      ],
      [loadMore('2026-11-10T09:00:00.000Z')],
    );
    await saveReading(db, notes, new Date('2026-11-19T09:00:00Z'), ZONE, ZONE);
    expect(await rowAndPanel(db, notes)).toEqual({
      days: 40,
      readInPart: true,
      cell: '40 days agotimeline read in part: may miss a newer touch',
      panelReadInPart: true,
    });
  });

  it('states the last touch bare when it is newer than the oldest item loaded', async () => {
    const db = await freshDb();
    const reading = harborPage(
      [
        item('note', '2026-11-05T12:00:00.000Z', 'Waiting on legal.'),
        item('call', '2026-11-03T09:00:00.000Z', 'Renewal terms'),
        item('note', '2026-10-30T13:00:00.000Z', 'Legal review booked.'),
      ],
      [loadMore('2026-10-30T13:00:00.000Z')],
    );
    await saveReading(db, reading, new Date('2026-11-19T09:00:00Z'), ZONE, ZONE);
    expect(await rowAndPanel(db, reading)).toEqual({
      days: 17,
      readInPart: false,
      cell: '17 days ago',
      panelReadInPart: false,
    });
  });

  it('states the last touch bare when it is dated only by the day the feed was loaded back to', async () => {
    const db = await freshDb();
    // "Nov 3" with no time of day: the reader stores the day's start in the page's zone.
    await saveReading(
      db,
      harborPage([item('call', '2026-11-02T23:00:00.000Z', 'Renewal terms', true)], []),
      new Date('2026-11-04T09:00:00Z'),
      ZONE,
      ZONE,
    );
    const notes = harborPage(
      [
        item('note', '2026-11-18T08:30:00.000Z', 'Procurement wants the pilot price held.'),
        item('note', '2026-11-03T14:00:00.000Z', 'Legal review booked.'),
      ],
      [loadMore('2026-11-03T14:00:00.000Z')],
    );
    await saveReading(db, notes, new Date('2026-11-19T09:00:00Z'), ZONE, ZONE);
    expect(await rowAndPanel(db, notes)).toEqual({
      days: 17,
      readInPart: false,
      cell: '17 days ago',
      panelReadInPart: false,
    });
  });
});
