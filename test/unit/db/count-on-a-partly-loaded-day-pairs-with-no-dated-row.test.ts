/**
 * Review s62 (rg62g), on the day clocks go back. An email with no CRM id printed "2 weeks ago" pairs with a stored DATED row
 * of the same subject only where the reading shows every day the count could mean (c0ea74b,
 * 2bd1f95: wholeFrom = the day after the notRead `olderThan` bound, in the page's zone). A reading
 * loaded back only to a moment ON a day the count could mean does not show that day whole: an
 * email of that day sent before the bound may be hidden, so the new "2 weeks ago" email may be a
 * second email and keeps its own row (contracts.md: a record seen twice must not double its
 * activities — and two emails must not become one: a lost touch).
 */
import { describe, expect, it } from 'vitest';
import { saveReading } from '../../../lib/db/save-reading';
import type { ActivityReading } from '../../../lib/schema/activity';
import { ANA, call, contactPage } from './hand-pages';
import { freshDb } from './world-readings';

function email(dateText: string, title = 'Subject: rollout plan'): ActivityReading {
  const {
    timestamp: _t,
    timePrecision: _p,
    ...item
  } = call('2026-11-01T04:10:00.000Z', {
    type: 'email',
    channel: 'email',
    title,
  });
  return { ...item, dateText };
}
function datedEmail(timestamp: string, title = 'Subject: rollout plan'): ActivityReading {
  return call(timestamp, { type: 'email', channel: 'email', title });
}

async function rowsAfter(zone: string, storedAt: string, olderThan: string, readAt: string) {
  const db = await freshDb();
  // First visit: the whole timeline, one email dated storedAt.
  await saveReading(
    db,
    contactPage(ANA, [datedEmail(storedAt)]),
    new Date(storedAt.replace(/T.*/, 'T20:00:00Z')),
    zone,
    zone,
  );
  // Later visit: loaded back only to `olderThan`; one email of the subject printed "2 weeks ago".
  const partial = {
    ...contactPage(ANA, [email('2 weeks ago')]),
    notRead: [{ field: 'activities', reason: 'Load more', part: 'older' as const, olderThan }],
  };
  await saveReading(db, partial, new Date(readAt), zone, zone);
  return (await db.getAll('activities')).length;
}

describe('a "2 weeks ago" email on a reading loaded back to a moment on a day the count could mean', () => {
  // New York, read Sat 21 Nov 2026 noon (17:00Z): "2 weeks ago" = 14..20 days back = 1..7 Nov.
  // Stored email: Sun 1 Nov 2026 00:10 EDT (04:10Z). The reading was loaded back only to 00:30 EDT
  // on 1 Nov (04:30Z): items older than that were not loaded, so 1 Nov is not shown whole and the
  // 00:10 email is not on the page. The "2 weeks ago" email may be another: two rows.
  // (1 Nov 2026 is the day US clocks fall back: a 25-hour day.)
  it('New York, bound 00:30 on 1 Nov (the 25-hour day): the stored 00:10 email stays beside it', async () => {
    expect(
      await rowsAfter(
        'America/New_York',
        '2026-11-01T04:10:00.000Z',
        '2026-11-01T04:30:00.000Z',
        '2026-11-21T17:00:00Z',
      ),
    ).toBe(2);
  });

  // Berlin: clocks fall back on Sun 25 Oct 2026. Read Sat 14 Nov noon CET (11:00Z): window 25..31 Oct.
  // Stored 25 Oct 00:10 CEST (24 Oct 22:10Z); bound 00:30 CEST on 25 Oct (24 Oct 22:30Z). Two rows.
  it('Berlin, bound 00:30 on 25 Oct (the 25-hour day): the stored 00:10 email stays beside it', async () => {
    expect(
      await rowsAfter('Europe/Berlin', '2026-10-24T22:10:00.000Z', '2026-10-24T22:30:00.000Z', '2026-11-14T11:00:00Z'),
    ).toBe(2);
  });

  // Control on an ordinary day: read Fri 27 Nov noon EST: window 7..13 Nov; stored 7 Nov 00:10
  // EST (05:10Z), bound 00:30 EST on 7 Nov (05:30Z). Two rows as well.
  it('New York, bound 00:30 on 7 Nov (an ordinary day): the stored 00:10 email stays beside it', async () => {
    expect(
      await rowsAfter(
        'America/New_York',
        '2026-11-07T05:10:00.000Z',
        '2026-11-07T05:30:00.000Z',
        '2026-11-27T17:00:00Z',
      ),
    ).toBe(2);
  });
});
