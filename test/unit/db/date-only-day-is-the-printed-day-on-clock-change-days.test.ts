import { describe, expect, it } from 'vitest';
import { keepsTime, mergeActivity } from '../../../lib/db/page-activities';
import { sameTouch } from '../../../lib/db/same-touch';
import type { Activity } from '../../../lib/schema/activity';

// A date-only row is stored at 00:00 of its printed day in the zone the page was read in (here
// Europe/Berlin, passed as the page zone: a worker thread's clock does not follow process.env.TZ).
// Its day is that calendar day, not the 24 hours after its 00:00: the day clocks go back
// (2026-10-25) has 25 hours, the day they go forward (2026-03-29) 23.
const ZONE = 'Europe/Berlin';
const CONTACT = 'hubspot:1:contact:7';
const base = {
  crm: 'hubspot',
  tenant: '1',
  type: 'email',
  channel: 'email',
  direction: 'outbound',
  title: 'Pricing follow-up',
  contactKeys: [CONTACT],
  dealKeys: [],
  origin: 'page',
} as unknown as Activity;

const timed = (key: string, timestamp: string): Activity =>
  ({ ...base, key, timestamp, timePrecision: 'minute' }) as Activity;
const counted = (key: string, timestamp: string): Activity => ({ ...timed(key, timestamp), relativeTime: true });
const dateOnly = (key: string, timestamp: string, printedOn: string): Activity =>
  ({ ...base, key, timestamp, timePrecision: 'day', printedOn }) as Activity;

describe('Berlin, 25 October 2026 (25 hours): an email at 23:30 and the page printing "Oct 25"', () => {
  const late = timed('k-timed', '2026-10-25T22:30:00.000Z'); // 23:30 CET, Oct 25
  const printed = dateOnly('k-day', '2026-10-24T22:00:00.000Z', '2026-10-25'); // 00:00 CEST, Oct 25

  it('a date-only sighting keeps the stored time of day (decisions.md: never lowers its precision)', () => {
    const merged = mergeActivity(late, { ...printed, key: late.key }, ZONE);
    expect(merged.timestamp).toBe('2026-10-25T22:30:00.000Z');
    expect(merged.timePrecision).toBe('minute');
  });

  it('the timed copy and the date-only copy of Oct 25 are one touch (rule 3: the day the page printed)', () => {
    expect(sameTouch(printed, late, new Map(), ZONE)).toBe(true);
  });

  it('a date-only row without its printed date (stored before 0.7.8) is the day of its 00:00 in the zone', () => {
    const { printedOn: _kept, ...older } = printed;
    expect(sameTouch(older as Activity, late, new Map(), ZONE)).toBe(true);
  });

  it('a time counted back to 00:30 on Oct 26 reaches Oct 25 by its drift and keeps its time', () => {
    const afterMidnight = counted('k-counted', '2026-10-25T23:30:00.000Z'); // 00:30 CET, Oct 26
    expect(keepsTime(afterMidnight, printed, ZONE)).toBe(true);
  });
});

describe('Berlin, 29 March 2026 (23 hours): "Mar 29" and an email at 00:30 on 30 March', () => {
  const printed = dateOnly('k-day', '2026-03-28T23:00:00.000Z', '2026-03-29'); // 00:00 CET, Mar 29

  it('are two touches on two days, not one', () => {
    const nextDay = timed('k-timed', '2026-03-29T22:30:00.000Z'); // 00:30 CEST, Mar 30
    expect(sameTouch(printed, nextDay, new Map(), ZONE)).toBe(false);
  });

  it('a time counted back to 01:15 on Mar 30, which its drift does not take back to Mar 29, is not lowered to it', () => {
    const nextDay = counted('k-counted', '2026-03-29T23:15:00.000Z'); // 01:15 CEST, Mar 30; less 70 min is 00:05
    expect(keepsTime(nextDay, printed, ZONE)).toBe(false);
  });
});
