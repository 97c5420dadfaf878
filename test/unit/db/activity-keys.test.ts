import { describe, expect, it } from 'vitest';
import { saveReading } from '../../../lib/db/save-reading';
import { activityKey } from '../../../lib/keys';
import type { ActivityReading } from '../../../lib/schema/activity';
import { ANA, anaKey, contactPage } from './hand-pages';
import { freshDb, NOW } from './world-readings';

const email = (direction: 'outbound' | 'inbound', timestamp: string, extra: Partial<ActivityReading> = {}) =>
  ({
    type: 'email',
    channel: 'email',
    direction,
    timestamp,
    title: 'Re: Pricing',
    automated: false,
    ...extra,
  }) as const;
const keyOf = (a: ActivityReading, pageZone = 'Europe/Berlin') => activityKey('hubspot', '1', anaKey, a, pageZone);

describe('the key of an activity the page shows without a CRM id', () => {
  it('tells an outbound email from the inbound answer on the same day', () => {
    const out = email('outbound', '2026-11-18T09:00:00.000Z', { timePrecision: 'day' });
    const back = email('inbound', '2026-11-18T09:00:00.000Z', { timePrecision: 'day' });
    expect(keyOf(out)).not.toBe(keyOf(back));
  });

  it('tells two items a minute apart when the page shows a time of day, and not two seconds apart', () => {
    const first = email('outbound', '2026-11-18T09:00:10.000Z', { timePrecision: 'minute' });
    expect(keyOf(first)).not.toBe(keyOf({ ...first, timestamp: '2026-11-18T09:01:10.000Z' }));
    expect(keyOf(first)).toBe(keyOf({ ...first, timestamp: '2026-11-18T09:00:50.000Z' }));
  });

  it('is the UTC minute for a time of day, whatever zone the page was read in', () => {
    const at = email('outbound', '2026-11-18T23:30:00.000Z', { timePrecision: 'minute' });
    expect(keyOf(at, 'America/Los_Angeles')).toBe(keyOf(at, 'Asia/Tokyo'));
  });

  it('is the date as printed for a date alone: the same date read in two zones is one key', () => {
    // "18 Nov 2026" read in Los Angeles is 08:00Z; read in Tokyo it is 15:00Z the day before.
    const la = email('outbound', '2026-11-18T08:00:00.000Z', { timePrecision: 'day' });
    const tokyo = { ...la, timestamp: '2026-11-17T15:00:00.000Z' };
    expect(keyOf(la, 'America/Los_Angeles')).toBe(keyOf(tokyo, 'Asia/Tokyo'));
    expect(keyOf(la, 'America/Los_Angeles')).not.toBe(keyOf({ ...la, timestamp: '2026-11-19T08:00:00.000Z' }));
  });

  it('takes an item without a stated precision as date-only when it is at 00:00 where the page was read', () => {
    const midnight = email('outbound', '2026-11-18T08:00:00.000Z');
    const dated = { ...midnight, timePrecision: 'day' as const };
    const timed = email('outbound', '2026-11-18T09:15:00.000Z');
    expect(keyOf(midnight, 'America/Los_Angeles')).toBe(keyOf(dated, 'America/Los_Angeles'));
    expect(keyOf(timed, 'America/Los_Angeles')).toBe(
      keyOf({ ...timed, timePrecision: 'minute' }, 'America/Los_Angeles'),
    );
  });

  it('keeps the raw date text when no date could be read', () => {
    const undated = { ...email('outbound', ''), timestamp: undefined, dateText: 'sometime' };
    expect(keyOf(undated)).not.toBe(keyOf({ ...undated, dateText: 'another time' }));
  });

  it("does not change when the user's time-zone setting changes", async () => {
    // 20:00 on 17 November in Los Angeles is already the 18th in Berlin.
    const page = contactPage(ANA, [
      email('outbound', '2026-11-18T08:00:00.000Z', { timePrecision: 'day' }),
      email('inbound', '2026-11-18T04:00:00.000Z', { timePrecision: 'minute' }),
    ]);
    const keysWith = async (userZone: string) => {
      const db = await freshDb();
      await saveReading(db, page, NOW, userZone, 'America/Los_Angeles');
      return (await db.getAllKeys('activities')).sort();
    };
    expect(await keysWith('Europe/Berlin')).toEqual(await keysWith('America/Los_Angeles'));
  });
});
