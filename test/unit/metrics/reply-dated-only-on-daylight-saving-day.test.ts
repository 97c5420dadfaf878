import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { dayEnd } from '../../../lib/metrics/printed-day';
import type { Activity } from '../../../lib/schema/activity';
import { at, contact, email, LA, reply, settings } from './builders';

const BERLIN = 'Europe/Berlin';

/**
 * A reply the page shows with only a date comes after that day's touches with a time of day
 * (lib/metrics/reply-order.ts, where metrics.md is silent): it stands at the last instant of that
 * day in the user's zone. metrics.md, Reply rate: an outbound email is answered when an inbound
 * email follows it before the next outbound one; "An inbound reply ends the cadence"; "All day
 * counting happens in the user's time zone". The day clocks go back (EU Sun 25 Oct 2026, US Sun
 * 1 Nov 2026) has 25 hours, the day they go forward (EU Sun 29 Mar 2026) 23.
 */
const viewIn = (zone: string, activities: Activity[], now: string) =>
  buildContactView({
    contact: contact(),
    activities,
    settings: settings({ timeZone: zone }),
    now: new Date(at(now, zone)),
    pageTimeZone: zone,
  });

const dateOnlyReply = (day: string, zone: string) =>
  reply(at(`${day} 00:00`, zone), 'Re: Route pricing v2', { timePrecision: 'day' });

describe('a 23:30 email answered by a reply dated only that day, on the day clocks go back', () => {
  // [case, zone, day, now, follow-up due: the reply's day + the 14-day follow-up limit]
  const cases = [
    ['Berlin, Sun 25 Oct', BERLIN, '2026-10-25', '2026-10-27 12:00', '2026-11-08'],
    ['Los Angeles, Sun 1 Nov', LA, '2026-11-01', '2026-11-03 12:00', '2026-11-15'],
    ['control, Berlin, ordinary Sun 18 Oct', BERLIN, '2026-10-18', '2026-10-20 12:00', '2026-11-01'],
  ] as const;
  for (const [name, zone, day, now, followUp] of cases) {
    const view = () => viewIn(zone, [email(at(`${day} 23:30`, zone)), dateOnlyReply(day, zone)], now);
    it(`${name}: reply rate says 1 of 1 emails answered`, () => {
      expect(view().outcomes.replyRate).toMatchObject({ numerator: 1, denominator: 1, value: 1 });
    });
    it(`${name}: first reply after 1 outbound touch`, () => {
      expect(view().outcomes.touchesToFirstReply).toBe(1);
    });
    it(`${name}: the reply ended the cadence, next touch is a follow-up due ${followUp}`, () => {
      expect(view().cadence.nextDue).toMatchObject({ kind: 'follow-up', date: followUp });
    });
  }
});

describe('gone cold after a reply dated only on the day clocks go back', () => {
  it('Berlin: a Sunday 25 Oct 23:30 email answered that day is not "a single email and nothing since" on Thu 29 Oct', () => {
    const view = viewIn(
      BERLIN,
      [email(at('2026-10-25 23:30', BERLIN)), dateOnlyReply('2026-10-25', BERLIN)],
      '2026-10-29 12:00',
    );
    expect(view.cadence.goneCold).toBe(false);
    expect(view.cadence.gaps).toEqual([]);
  });
});

describe('a reply dated only on the day clocks go forward (Berlin, Sun 29 Mar 2026: 23 hours)', () => {
  // Sunday 10:00 email, the reply dated "Mar 29", then a Monday 00:30 email: the reply is Sunday's.
  const view = () =>
    viewIn(
      BERLIN,
      [
        email(at('2026-03-29 10:00', BERLIN)),
        dateOnlyReply('2026-03-29', BERLIN),
        email(at('2026-03-30 00:30', BERLIN), 'One more thing'),
      ],
      '2026-03-31 12:00',
    );
  it('answers the Sunday email: first reply after 1 outbound touch, not after Monday’s too', () => {
    expect(view().outcomes.touchesToFirstReply).toBe(1);
  });
  it('lists the reply before the Monday email among recent touches', () => {
    expect(view().recent.map((t) => t.title)).toEqual(['One more thing', 'Re: Route pricing v2', 'Route pricing v2']);
  });
});

describe('dayEnd: the last instant of a calendar day in a zone', () => {
  it.each([
    ['Berlin, Sun 25 Oct 2026 (25 hours)', '2026-10-25T22:59:59.999Z', '2026-10-25', BERLIN],
    ['Los Angeles, Sun 1 Nov 2026 (25 hours)', '2026-11-02T07:59:59.999Z', '2026-11-01', LA],
    ['Berlin, Sun 29 Mar 2026 (23 hours)', '2026-03-29T21:59:59.999Z', '2026-03-29', BERLIN],
    ['Berlin, Sun 18 Oct 2026 (24 hours)', '2026-10-18T21:59:59.999Z', '2026-10-18', BERLIN],
  ])('%s ends at %s', (_, end, day, zone) => {
    expect(dayEnd(day, zone).toISOString()).toBe(end);
  });
});
