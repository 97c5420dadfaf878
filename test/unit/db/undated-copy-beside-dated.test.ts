import { describe, expect, it } from 'vitest';
import { recordView } from '../../../lib/background/record-view';
import { ACTIVITY_WRITE_STORES, updateActivityPacks } from '../../../lib/db/activity-packs';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { Activity, ActivityReading } from '../../../lib/schema/activity';
import { defaultSettings } from '../../../lib/schema/settings';
import { ANA, anaKey, call, contactPage } from './hand-pages';
import { freshDb } from './world-readings';

/**
 * A duplicate already stored: before 0.7.17 a page item first read without a date (its
 * "11/04/2026" could be day or month first) and read again with its date ("Nov 4, 2026") was
 * stored twice, the undated row beside the dated one, and the panel showed "1 undated" beside the
 * dated call. Re-reading a page never duplicates a touch (contracts.md "Keys"): the next reading
 * that shows the item dated folds the undated copy into the dated row, by the rule that would
 * have paired them then (lib/db/undated-row.ts: the printed numbers fit that day, the page no
 * longer shows the undated item, no other row or item could be the pair). Los Angeles, no CRM
 * ids, read Fri 20 Nov 2026. By hand: one call on 4 Nov, none undated, one activity read.
 */
const LA = 'America/Los_Angeles';
const NOV_4 = '2026-11-04T08:00:00.000Z';
const FIRST = new Date('2026-11-20T16:00:00.000Z');
const SECOND = new Date('2026-11-20T17:00:00.000Z');
const AGAIN = new Date('2026-11-20T18:00:00.000Z');

function undated(dateText?: string, extra: Partial<ActivityReading> = {}): ActivityReading {
  const { timestamp: _t, timePrecision: _p, ...item } = call(NOV_4, extra);
  return dateText === undefined ? item : { ...item, dateText };
}

const dated = (extra: Partial<ActivityReading> = {}) => call(NOV_4, { timePrecision: 'day', ...extra });

/** Rows as an older version wrote them: into the activities, their packs and the undated keys. */
async function write(db: TouchlineDb, rows: Activity[]): Promise<void> {
  const tx = db.transaction([...ACTIVITY_WRITE_STORES], 'readwrite');
  for (const row of rows) await tx.objectStore('activities').put(row);
  await updateActivityPacks(tx, [], rows);
  await tx.done;
}

/**
 * The cache an older version left: the undated items read first (`before`), then the dated
 * reading's rows stored beside them, as read in another cache (with a touch logged before it, if
 * `logged`, which merged into its row).
 */
async function olderCache(before: ActivityReading[], datedItems: ActivityReading[], logged = false) {
  const db = await freshDb();
  await saveReading(db, contactPage(ANA, before), FIRST, LA, LA);
  const other = await freshDb();
  await saveReading(other, contactPage(ANA, []), FIRST, LA, LA);
  if (logged) await logTouch(other, { recordKey: anaKey, channel: 'call', timestamp: NOV_4 }, FIRST);
  await saveReading(other, contactPage(ANA, datedItems), SECOND, LA, LA);
  await write(db, await other.getAll('activities'));
  return db;
}

async function readAgain(db: TouchlineDb, items: ActivityReading[]) {
  const summary = await saveReading(db, contactPage(ANA, items), AGAIN, LA, LA);
  const view = await recordView(db, anaKey, { settings: defaultSettings(LA), now: AGAIN, onInvalid: () => undefined });
  const rows = await db.getAll('activities');
  return {
    summary,
    rows,
    dates: rows
      .filter((row) => row.origin === 'page')
      .map((row) => row.timestamp ?? `undated ${row.dateText ?? ''}`)
      .sort(),
    undatedKeys: await db.getAllKeys('undatedActivities'),
    calls: view?.touches.byChannel.call,
    undatedCalls: view?.touches.undated ?? 0,
    read: view?.activitiesRead,
  };
}

describe('an undated copy stored beside its dated row, the page read again with the date', () => {
  it('is folded in: one dated row, one call, none undated, one activity read', async () => {
    const db = await olderCache([undated('11/04/2026')], [dated()]);
    expect((await readAgain(db, [])).undatedCalls).toBe(1); // the defect, as left
    const after = await readAgain(db, [dated()]);
    expect(after.dates).toEqual([NOV_4]);
    expect(after.rows[0]).not.toHaveProperty('dateText');
    expect(after.undatedKeys).toEqual([]);
    expect(after.calls).toBe(1);
    expect(after.undatedCalls).toBe(0);
    expect(after.read).toBe(1);
    expect(after.summary.updated).toBe(1);
  });

  it('keeps what only the copy said and when Touchline first saw the call (the copy, earlier)', async () => {
    const db = await olderCache([undated('11/04/2026', { outcome: 'connected' })], [dated()]);
    const after = await readAgain(db, [dated()]);
    expect(after.rows).toHaveLength(1);
    expect(after.rows[0]).toMatchObject({ outcome: 'connected', firstSeenAt: FIRST.toISOString() });
  });

  it('a row a logged touch was merged into keeps its first sighting, and the logged touch', async () => {
    const db = await olderCache([undated('11/04/2026')], [dated()], true);
    const after = await readAgain(db, [dated()]);
    expect(after.dates).toEqual([NOV_4]);
    const page = after.rows.find((row) => row.origin === 'page');
    expect(page?.firstSeenAt).toBe(SECOND.toISOString());
    expect(after.rows.find((row) => row.origin === 'logged-in-touchline')?.mergedInto).toBe(page?.key);
    expect(after.calls).toBe(1);
  });

  it('read again a second time: still one row, nothing written', async () => {
    const db = await olderCache([undated('11/04/2026')], [dated()]);
    await readAgain(db, [dated()]);
    const again = await readAgain(db, [dated()]);
    expect(again.dates).toEqual([NOV_4]);
    expect(again.summary.updated).toBe(0);
  });

  it('the page still showing the undated item beside the dated one: two items, both kept', async () => {
    const db = await olderCache([undated('11/04/2026')], [dated()]);
    const after = await readAgain(db, [undated('11/04/2026'), dated()]);
    expect(after.dates).toEqual([NOV_4, 'undated 11/04/2026']);
  });

  it('an undated copy printed without any date text stays: nothing says it is that call', async () => {
    const db = await olderCache([undated()], [dated()]);
    const after = await readAgain(db, [dated()]);
    expect(after.dates).toEqual([NOV_4, 'undated ']);
  });

  it('two undated copies that could both be the dated call: nothing merged, no row lost', async () => {
    const db = await olderCache([undated('11/04/2026'), undated('4/11/2026')], [dated()]);
    const after = await readAgain(db, [dated()]);
    expect(after.dates).toEqual([NOV_4, 'undated 11/04/2026', 'undated 4/11/2026']);
  });

  it('two dated calls the one undated copy could be (4 Nov, 11 Apr): nothing merged', async () => {
    const APR_11 = '2026-04-11T07:00:00.000Z';
    const db = await olderCache([undated('11/04/2026')], [dated(), call(APR_11, { timePrecision: 'day' })]);
    const after = await readAgain(db, [dated(), call(APR_11, { timePrecision: 'day' })]);
    expect(after.dates).toEqual([APR_11, NOV_4, 'undated 11/04/2026']);
  });

  it('a copy whose printed date fits another day is another call: both kept', async () => {
    const db = await olderCache([undated('11/05/2026')], [dated()]);
    const after = await readAgain(db, [dated()]);
    expect(after.dates).toEqual([NOV_4, 'undated 11/05/2026']);
  });
});
