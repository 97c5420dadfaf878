import { describe, expect, it } from 'vitest';
import { readOwnerPacks } from '../../../lib/db/activity-pack-read';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { activitiesOfPacks } from '../../../lib/team/read-rows';
import { repTouches } from '../../../lib/team/team-touches';
import { ANA, anaKey, call, contactPage, dealKeyOf, dealPage } from '../db/hand-pages';
import { freshDb } from '../db/world-readings';

/**
 * The team view reads a rep's activities through the owner's packs (lib/team/read-rows.ts), so
 * duplicate rule 3 (metrics.md "Duplicate") sees there only what the pack entries carry: whether a
 * time was worked out from a count (`relativeTime`) and when a row was first seen (`firstSeenAt`,
 * which tells two items of one reading apart). Rep Rita's calls to Ana, Fri 20 Nov 2026, UTC.
 * - One call at 11:40: Ana's contact page, read at 14:25, prints "3 hours ago" (11:25); the deal's
 *   page prints 11:40 and names Ana. Her panel says 1 touch
 *   (test/unit/db/counted-hours-ago-on-contact-page-time-on-deal-page.test.ts), so must the team view.
 * - Three calls one reading of Ana's page lists, read at 18:40: 17:55 and 18:05 shown, and
 *   "20 minutes ago" (18:20). Her panel says 3 (test/unit/db/counted-calls-one-reading-stay-apart.test.ts);
 *   so must the team view, which needs the rows' shared `firstSeenAt` to keep the counted one apart.
 */
const Z = 'UTC';
const OWNER = 'Rita Reyes';
const rules = (now: Date) => ({ now, timeZone: Z, countCompletedTasks: false, pageTimeZone: Z });

async function touchesThroughPacks(db: TouchlineDb, to: Date) {
  const from = new Date('2026-11-01T00:00:00.000Z');
  const activities = await activitiesOfPacks(await readOwnerPacks(db, OWNER, from, to), from, to, []);
  return repTouches(activities, new Map([[anaKey, [dealKeyOf]]]), rules(to));
}

describe('the team view of a counted call, read through the packs', () => {
  it('counts one touch for a call counted on the contact page and timed on the deal page, as the panels do', async () => {
    const db = await freshDb();
    await saveReading(
      db,
      contactPage(ANA, [call('2026-11-20T11:25:00.000Z', { relativeTime: true, owner: OWNER })]),
      new Date('2026-11-20T14:25:00.000Z'),
      Z,
      Z,
    );
    await saveReading(
      db,
      dealPage([call('2026-11-20T11:40:00.000Z', { contactIds: [ANA], owner: OWNER })]),
      new Date('2026-11-20T14:30:00.000Z'),
      Z,
      Z,
    );
    expect(await db.count('activities')).toBe(2);

    expect(await touchesThroughPacks(db, new Date('2026-11-20T15:00:00.000Z'))).toHaveLength(1);
  });

  it('keeps three calls one reading showed apart three, one of them counted', async () => {
    const db = await freshDb();
    const readAt = new Date('2026-11-20T18:40:00.000Z');
    const items = [
      call('2026-11-20T17:55:00.000Z', { owner: OWNER }),
      call('2026-11-20T18:05:00.000Z', { owner: OWNER }),
      call('2026-11-20T18:20:00.000Z', { relativeTime: true, owner: OWNER }),
    ];
    await saveReading(db, contactPage(ANA, items), readAt, Z, Z);
    expect(await db.count('activities')).toBe(3);

    expect(await touchesThroughPacks(db, readAt)).toHaveLength(3);
  });

  it('gives back relativeTime and firstSeenAt as the row has them', async () => {
    const db = await freshDb();
    await saveReading(
      db,
      contactPage(ANA, [call('2026-11-20T11:25:00.000Z', { relativeTime: true, owner: OWNER })]),
      new Date('2026-11-20T14:25:00.000Z'),
      Z,
      Z,
    );
    const [row] = await db.getAll('activities');
    const from = new Date('2026-11-20T00:00:00.000Z');
    const to = new Date('2026-11-20T15:00:00.000Z');
    const [packed] = await activitiesOfPacks(await readOwnerPacks(db, OWNER, from, to), from, to, []);
    expect(row?.relativeTime).toBe(true);
    expect(row?.firstSeenAt).toBe('2026-11-20T14:25:00.000Z');
    expect(packed).toEqual(row);
  });
});
