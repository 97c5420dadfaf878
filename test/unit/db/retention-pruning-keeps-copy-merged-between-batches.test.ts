import { describe, expect, it } from 'vitest';
import { recordView } from '../../../lib/background/record-view';
import { updateLoggedTouch } from '../../../lib/db/logged-touch-changes';
import { logTouch } from '../../../lib/db/logged-touches';
import { pruneExpired } from '../../../lib/db/retention';
import { saveReading, saveReadings } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { ActivityReading } from '../../../lib/schema/activity';
import { defaultSettings } from '../../../lib/schema/settings';
import { ANA, anaKey, call, contactPage } from './hand-pages';
import { expectedPacks, storedPacks } from './pack-oracle';
import { freshDb, NOW, ZONE } from './world-readings';

/**
 * Retention 30 days; a call made 40 days back. The daily pruning (retention-alarm.ts →
 * pruneExpired) deletes expired rows batch by batch, letting page readings and edits save in the
 * gaps. One of those merges a touch logged in Touchline into the old page copy of the call
 * (mergedInto). retention-rule.ts keeps "the page copy one was merged into"; a pruning that took
 * its list of merge targets before the merge deleted the copy in a later batch, and the call,
 * whose logged touch is skipped as merged, counted nowhere. Run one after the other, the same
 * steps count it once; so must they when they overlap.
 */
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);
const callDay = ago(40);
const RETENTION = 30;

/** Old calls of Ana's past retention, oldest first in the time index, so the pruning runs several batches. */
const filler: ActivityReading[] = Array.from({ length: 6 }, (_, i) =>
  call(ago(60 + i).toISOString(), { title: `Old call ${i}` }),
);

async function callsIn90Days(db: TouchlineDb): Promise<number | undefined> {
  const settings = { ...defaultSettings(ZONE), period: '90d' as const, retentionDays: RETENTION };
  const view = await recordView(db, anaKey, { settings, now: NOW, onInvalid: () => undefined });
  return view?.touches.byChannel.call;
}

/** Each pack's row keys: the pruning's deletes and the merge's writes reach the packs in their own transactions. */
async function packKeys(packs: Promise<Map<string, { key: string }[]>>): Promise<Map<string, string[]>> {
  return new Map([...(await packs)].map(([id, rows]) => [id, rows.map((row) => row.key)]));
}

/** The logged touch is merged, its page copy is still stored, the call counts once and the packs hold the rows stored. */
async function expectCountedOnce(db: TouchlineDb, loggedKey: string) {
  const logged = await db.get('activities', loggedKey);
  expect(logged?.mergedInto, 'the logged touch merged').toBeDefined();
  expect(await db.get('activities', logged?.mergedInto as string), 'its page copy').toBeDefined();
  expect(await callsIn90Days(db)).toBe(1);
  expect(await packKeys(storedPacks(db))).toEqual(await packKeys(expectedPacks(db)));
}

describe('the daily pruning, while a page reading merges a logged touch into an old page copy', () => {
  const shown = call(new Date(callDay.getTime() + 3_600_000).toISOString(), { title: 'Call with Ana' });

  async function loggedForgottenCall(): Promise<{ db: TouchlineDb; key: string }> {
    const db = await freshDb();
    await saveReading(db, contactPage(ANA, []), ago(1), ZONE, ZONE);
    const touch = await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: callDay.toISOString() }, NOW);
    await saveReading(db, contactPage(ANA, filler), ago(1), ZONE, ZONE);
    return { db, key: touch.key };
  }

  const readAna = (db: TouchlineDb) =>
    saveReadings(db, [
      { result: contactPage(ANA, [shown]), now: NOW, timeZone: ZONE, pageTimeZone: ZONE, retentionDays: RETENTION },
    ]);

  it('counts the call once when the reading and the pruning run one after the other', async () => {
    const { db, key } = await loggedForgottenCall();
    await readAna(db);
    await pruneExpired(db, NOW, RETENTION, { batch: 2 });
    await expectCountedOnce(db, key);
  });

  it('keeps the page copy merged between two of its batches, so the call still counts once', async () => {
    const { db, key } = await loggedForgottenCall();
    await Promise.all([pruneExpired(db, NOW, RETENTION, { batch: 2 }), readAna(db)]);
    await expectCountedOnce(db, key);
  });
});

describe('the daily pruning, while an edit moves a logged touch onto the day of an old page copy', () => {
  /** A call logged today by mistake; the CRM's copy, dated 40 days back, is read afterwards and stored (no retention given). */
  async function loggedOnWrongDay(): Promise<{ db: TouchlineDb; key: string }> {
    const db = await freshDb();
    await saveReading(db, contactPage(ANA, []), ago(2), ZONE, ZONE);
    const touch = await logTouch(db, { recordKey: anaKey, channel: 'call' }, ago(2));
    const copy = call(new Date(callDay.getTime() + 3_600_000).toISOString(), { title: 'Call with Ana' });
    await saveReading(db, contactPage(ANA, [...filler, copy]), ago(1), ZONE, ZONE);
    return { db, key: touch.key };
  }

  const moveToCallDay = (db: TouchlineDb, key: string) =>
    updateLoggedTouch(db, key, { timestamp: callDay.toISOString() }, NOW, ZONE, ZONE);

  it('counts the call once when the edit and the pruning run one after the other', async () => {
    const { db, key } = await loggedOnWrongDay();
    await moveToCallDay(db, key);
    await pruneExpired(db, NOW, RETENTION, { batch: 2 });
    await expectCountedOnce(db, key);
  });

  it('keeps the page copy the edit merged it into between two of its batches', async () => {
    const { db, key } = await loggedOnWrongDay();
    await Promise.all([pruneExpired(db, NOW, RETENTION, { batch: 2 }), moveToCallDay(db, key)]);
    await expectCountedOnce(db, key);
  });
});
