import { describe, expect, it } from 'vitest';
import { recordView } from '../../../lib/background/record-view';
import { saveReading } from '../../../lib/db/save-reading';
import type { ActivityReading } from '../../../lib/schema/activity';
import { defaultSettings } from '../../../lib/schema/settings';
import { ANA, anaKey, call, contactPage } from './hand-pages';
import { freshDb } from './world-readings';

/**
 * One email without a CRM id, printed with a count naming no day ("2 weeks ago"; relative-date.ts):
 * the text changes as the weeks pass, and so the key hashed from it (lib/keys.ts), yet it is the
 * same email (contracts.md Keys: relative dates move between visits, the day does not; crm-pages.md:
 * a record seen twice must not double its activities). "2 weeks ago" read on Fri 20 Nov 2026 is
 * any day from 31 Oct to 6 Nov; "3 weeks ago" a week later the same days. UTC, no CRM ids.
 */
const ZONE = 'UTC';
const NOV_3 = '2026-11-03T09:10:00.000Z';

function email(dateText: string, title = 'Subject: rollout plan'): ActivityReading {
  const { timestamp: _t, timePrecision: _p, ...item } = call(NOV_3, { type: 'email', channel: 'email', title });
  return { ...item, dateText };
}

function datedEmail(timestamp: string, title = 'Subject: rollout plan'): ActivityReading {
  return call(timestamp, { type: 'email', channel: 'email', title });
}

/** Each page as read at its time, in turn; then what is stored and what the panel shows. */
async function reads(pages: [string, ActivityReading[]][]) {
  const db = await freshDb();
  for (const [at, items] of pages) await saveReading(db, contactPage(ANA, items), new Date(at), ZONE, ZONE);
  const now = new Date((pages.at(-1) as [string, ActivityReading[]])[0]);
  const view = await recordView(db, anaKey, { settings: defaultSettings(ZONE), now, onInvalid: () => undefined });
  const rows = await db.getAll('activities');
  return {
    dates: rows.map((row) => row.timestamp ?? `undated ${row.dateText ?? ''}`).sort(),
    undated: view?.touches.undated ?? 0,
    read: view?.activitiesRead,
  };
}

describe('an email printed "2 weeks ago", then "3 weeks ago", then "a month ago" on weekly reads', () => {
  it('stays one undated email, under the text the page prints now', async () => {
    const after = await reads([
      ['2026-11-20T15:00:00Z', [email('2 weeks ago')]],
      ['2026-11-27T15:00:00Z', [email('3 weeks ago')]],
      ['2026-12-04T15:00:00Z', [email('a month ago')]],
    ]);
    expect(after).toEqual({ dates: ['undated a month ago'], undated: 1, read: 1 });
  });

  it('read with its date within the days the counts named, becomes one dated email, none undated', async () => {
    const after = await reads([
      ['2026-11-20T15:00:00Z', [email('2 weeks ago')]],
      ['2026-11-27T15:00:00Z', [email('3 weeks ago')]],
      ['2026-12-04T15:00:00Z', [email('a month ago')]],
      ['2026-12-11T15:00:00Z', [datedEmail(NOV_3)]],
    ]);
    expect(after).toEqual({ dates: [NOV_3], undated: 0, read: 1 });
  });

  it('"2 weeks ago" on 20 Nov, its date 3 Nov a week later: one dated email', async () => {
    const after = await reads([
      ['2026-11-20T15:00:00Z', [email('2 weeks ago')]],
      ['2026-11-27T15:00:00Z', [datedEmail(NOV_3)]],
    ]);
    expect(after).toEqual({ dates: [NOV_3], undated: 0, read: 1 });
  });
});

describe('same-titled emails whose counts name other days are other emails', () => {
  it('"2 weeks ago" on 20 Nov and "a week ago" on 18 Dec (5 to 11 Dec) stay two', async () => {
    const after = await reads([
      ['2026-11-20T15:00:00Z', [email('2 weeks ago')]],
      ['2026-12-18T15:00:00Z', [email('a week ago')]],
    ]);
    expect(after).toEqual({ dates: ['undated 2 weeks ago', 'undated a week ago'], undated: 2, read: 2 });
  });

  // 20 Nov: "a week ago" (7 to 13 Nov) and "2 weeks ago" (31 Oct to 6 Nov). 27 Nov: the first
  // now says "2 weeks ago" (7 to 13 Nov), the second "3 weeks ago" (31 Oct to 6 Nov). This week's
  // "2 weeks ago" hashes to last week's key, yet names none of its days: two emails, as before.
  it('two emails a week apart, each read a week later with the next count, stay two', async () => {
    const after = await reads([
      ['2026-11-20T15:00:00Z', [email('a week ago'), email('2 weeks ago')]],
      ['2026-11-27T15:00:00Z', [email('2 weeks ago'), email('3 weeks ago')]],
    ]);
    expect(after).toEqual({ dates: ['undated 2 weeks ago', 'undated 3 weeks ago'], undated: 2, read: 2 });
  });

  it('a dated email outside the days "2 weeks ago" named stays beside the undated one', async () => {
    const nov12 = '2026-11-12T09:10:00.000Z';
    const after = await reads([
      ['2026-11-20T15:00:00Z', [email('2 weeks ago')]],
      ['2026-11-27T15:00:00Z', [datedEmail(nov12)]],
    ]);
    expect(after.dates).toEqual([nov12, 'undated 2 weeks ago']);
  });

  it('two stored emails the new count could both be: nothing merged, it is stored as read', async () => {
    // 20 Nov: 31 Oct–6 Nov and 24–30 Oct; "a month ago" on 4 Dec (3 Oct–6 Nov) could be either.
    const after = await reads([
      ['2026-11-20T15:00:00Z', [email('2 weeks ago'), email('3 weeks ago')]],
      ['2026-12-04T15:00:00Z', [email('a month ago')]],
    ]);
    expect(after.dates).toEqual(['undated 2 weeks ago', 'undated 3 weeks ago', 'undated a month ago']);
  });
});

describe('a second email of the subject, on a reading that shows its timeline in part', () => {
  // Review s62 (rg62a). Email A of 3 Nov read "2 weeks ago" on 20 Nov; email B of 5 Nov, logged later,
  // read "4 weeks ago" on 4 Dec above "Load more", A in the part not loaded. Their days overlap, yet
  // nothing says B is A: two emails stay two (a wrong merge loses a touch).
  it('is stored beside the first, not in its row', async () => {
    const db = await freshDb();
    await saveReading(db, contactPage(ANA, [email('2 weeks ago')]), new Date('2026-11-20T15:00:00Z'), ZONE, ZONE);
    const partial = {
      ...contactPage(ANA, [email('4 weeks ago')]),
      notRead: [{ field: 'activities', reason: 'older items behind "Load more"', part: 'older' as const }],
    };
    await saveReading(db, partial, new Date('2026-12-04T15:00:00Z'), ZONE, ZONE);
    const rows = await db.getAll('activities');
    expect(rows.map((row) => row.dateText).sort()).toEqual(['2 weeks ago', '4 weeks ago']);
  });

  // Review rg63c. Emails of Mon 9 and 16 Nov. 20 Nov, whole: 9 Nov's says "a week ago". 27 Nov, above
  // "Load more" with no date to bound it: 16 Nov's "a week ago", 9 Nov's "2 weeks ago". Two emails:
  // the new "a week ago" keeps the key it hashes to, as no sighting across keys is paired here.
  it('keeps one row per email where the reading cannot be bounded', async () => {
    const db = await freshDb();
    await saveReading(db, contactPage(ANA, [email('a week ago')]), new Date('2026-11-20T15:00:00Z'), ZONE, ZONE);
    const partial = {
      ...contactPage(ANA, [email('a week ago'), email('2 weeks ago')]),
      notRead: [{ field: 'activities', reason: 'older items behind "Load more"', part: 'older' as const }],
    };
    await saveReading(db, partial, new Date('2026-11-27T15:00:00Z'), ZONE, ZONE);
    expect(await db.count('activities')).toBe(2);
  });
});

describe('a count naming no day on a reading loaded back past every day it could mean', () => {
  // Review s62 (rg62e). "Load more" below, loaded back to 1 Oct: a second email of 31 Oct – 6 Nov would show.
  it('is the stored row still', async () => {
    const db = await freshDb();
    const loadedBack = (items: ActivityReading[]) => ({
      ...contactPage(ANA, items),
      notRead: [
        { field: 'activities', reason: 'Load more', part: 'older' as const, olderThan: '2026-10-01T09:00:00.000Z' },
      ],
    });
    await saveReading(db, loadedBack([email('2 weeks ago')]), new Date('2026-11-20T15:00:00Z'), ZONE, ZONE);
    await saveReading(db, loadedBack([email('3 weeks ago')]), new Date('2026-11-27T15:00:00Z'), ZONE, ZONE);
    expect((await db.getAll('activities')).map((row) => row.dateText)).toEqual(['3 weeks ago']);
  });
});

describe('an email stored with its date, then printed "2 weeks ago"', () => {
  // Review s62 (rg62a): the natural order, a day read first and a count once the weeks pass.
  it('is the dated row still, on a reading that shows every day the count could mean', async () => {
    const after = await reads([
      ['2026-11-06T15:00:00Z', [datedEmail(NOV_3)]],
      ['2026-11-20T15:00:00Z', [email('2 weeks ago')]],
    ]);
    expect(after).toEqual({ dates: [NOV_3], undated: 0, read: 1 });
  });

  it('stays beside it on a reading loaded back only to after those days: it may be a second email', async () => {
    const db = await freshDb();
    await saveReading(db, contactPage(ANA, [datedEmail(NOV_3)]), new Date('2026-11-06T15:00:00Z'), ZONE, ZONE);
    const partial = {
      ...contactPage(ANA, [email('2 weeks ago')]),
      notRead: [
        { field: 'activities', reason: 'Load more', part: 'older' as const, olderThan: '2026-11-10T09:00:00.000Z' },
      ],
    };
    await saveReading(db, partial, new Date('2026-11-20T15:00:00Z'), ZONE, ZONE);
    expect((await db.getAll('activities')).length).toBe(2);
  });
});
