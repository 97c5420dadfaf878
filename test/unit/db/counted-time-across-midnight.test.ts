import { describe, expect, it } from 'vitest';
import { recordView } from '../../../lib/background/record-view';
import { saveReading } from '../../../lib/db/save-reading';
import type { ActivityReading } from '../../../lib/schema/activity';
import { defaultSettings } from '../../../lib/schema/settings';
import { ANA, anaKey, call, contactPage } from './hand-pages';
import { freshDb } from './world-readings';

/**
 * contracts.md "Keys": an item dated by a count ("3 hours ago") is keyed by its day, and re-reading
 * a page never duplicates a touch. Ana's contact page (Los Angeles, no CRM ids) is read twice; the
 * time worked out from the count moves by up to an hour between readings ("3 hours ago" stands for
 * 3 h to 3 h 59 min), so it can move onto the next calendar day. The stored row is found by the
 * count's window (lib/db/time-precision.ts COUNTED_TIME_DRIFT_MS), not by the day of the new time.
 * By hand: one call, one activity read, in every story below but the last, which has two.
 */
const LA = 'America/Los_Angeles';

async function readTwice(first: ActivityReading[], firstAt: string, second: ActivityReading[], secondAt: string) {
  const db = await freshDb();
  await saveReading(db, contactPage(ANA, first), new Date(firstAt), LA, LA);
  await saveReading(db, contactPage(ANA, second), new Date(secondAt), LA, LA);
  const now = new Date(secondAt);
  const view = await recordView(db, anaKey, { settings: defaultSettings(LA), now, onInvalid: () => undefined });
  return { rows: await db.getAll('activities'), calls: view?.touches.byChannel.call, read: view?.activitiesRead };
}

describe('a call read as a count, then read again after its counted time crossed midnight', () => {
  // Made Thu 19 Nov 2026 23:40 in Los Angeles (07:40 UTC on the 20th).
  it('"10 minutes ago" at 23:50, then "3 hours ago" at 03:05 (00:05 on the 20th): one row', async () => {
    const { rows, calls, read } = await readTwice(
      [call('2026-11-20T07:40:00.000Z', { relativeTime: true })],
      '2026-11-20T07:50:00.000Z',
      [call('2026-11-20T08:05:00.000Z', { relativeTime: true })],
      '2026-11-20T11:05:00.000Z',
    );
    expect(rows).toHaveLength(1);
    expect(read).toBe(1);
    expect(calls).toBe(1);
  });

  it('"3 hours ago" at 03:05 (00:05 on the 20th), then "Yesterday 11:40 PM": one row, at the time shown', async () => {
    const { rows, read } = await readTwice(
      [call('2026-11-20T08:05:00.000Z', { relativeTime: true })],
      '2026-11-20T11:05:00.000Z',
      [call('2026-11-20T07:40:00.000Z')],
      '2026-11-20T18:00:00.000Z',
    );
    expect(rows.map((row) => [row.timestamp, row.relativeTime])).toEqual([['2026-11-20T07:40:00.000Z', undefined]]);
    expect(read).toBe(1);
  });

  it('"11:40 PM" shown, then "3 hours ago" at 03:05 (00:05 on the 20th): one row, keeping the time shown', async () => {
    const { rows, read } = await readTwice(
      [call('2026-11-20T07:40:00.000Z')],
      '2026-11-20T07:50:00.000Z',
      [call('2026-11-20T08:05:00.000Z', { relativeTime: true })],
      '2026-11-20T11:05:00.000Z',
    );
    expect(rows.map((row) => row.timestamp)).toEqual(['2026-11-20T07:40:00.000Z']);
    expect(read).toBe(1);
  });

  it('two calls either side of midnight ("1 hour ago", "20 minutes ago" at 00:40), read again at 01:40: two rows', async () => {
    const { rows, calls } = await readTwice(
      [
        call('2026-11-20T07:40:00.000Z', { relativeTime: true }),
        call('2026-11-20T08:20:00.000Z', { relativeTime: true }),
      ],
      '2026-11-20T08:40:00.000Z',
      [
        call('2026-11-20T07:40:00.000Z', { relativeTime: true }),
        call('2026-11-20T08:40:00.000Z', { relativeTime: true }),
      ],
      '2026-11-20T09:40:00.000Z',
    );
    expect(rows.map((row) => row.timestamp).sort()).toEqual(['2026-11-20T07:40:00.000Z', '2026-11-20T08:40:00.000Z']);
    expect(calls).toBe(2);
  });
});
