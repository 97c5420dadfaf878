import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { touchesPerContact } from '../../../lib/metrics/touches-per-contact';
import type { Activity } from '../../../lib/schema/activity';
import type { Settings } from '../../../lib/schema/settings';
import { at, call, contact, contactKey, email, meeting, NOW, reply, settings, touchesOf } from './builders';

/** The contact view of Jordan Lee for these activities, default settings unless told. */
const viewOf = (activities: Activity[], overrides: Partial<Settings> = {}, now = NOW) =>
  buildContactView({ contact: contact(), activities, settings: settings(overrides), now });

/** A date the page printed without a time: stored at the start of that day in the user's zone. */
const dateOnly = (day: string) => ({ timestamp: at(`${day} 00:00`), timePrecision: 'day' as const });

describe('booked is not held (metrics.md, Meetings)', () => {
  it('does not count a meeting shown only as "Today" as held before the day is over', () => {
    const today = meeting(at('2026-11-20 00:00'), null, dateOnly('2026-11-20'));
    const view = viewOf([email(at('2026-11-18 09:00')), today]);
    expect(view.outcomes.meetingsHeld).toBe(0);
    expect(view.touches.byChannel.meeting).toBe(0);
    expect(view.outcomes.touchesToFirstMeeting).toBeNull();
  });

  it('does not count a past meeting the CRM still shows as planned (never marked done)', () => {
    const neverDone = meeting(at('2026-11-12 10:00'), null, { planned: true });
    const view = viewOf([email(at('2026-11-10 09:00')), neverDone]);
    expect(view.outcomes.meetingsHeld).toBe(0);
    expect(view.touches.total).toBe(1);
  });

  it('counts a meeting whose time of day has passed, and a date-only meeting of an earlier day', () => {
    const timed = meeting(at('2026-11-12 10:00'), null);
    const yesterday = meeting(at('2026-11-19 00:00'), null, { ...dateOnly('2026-11-19'), title: 'Pilot review' });
    expect(viewOf([timed, yesterday]).outcomes.meetingsHeld).toBe(2);
  });
});

describe('real touches are not merged away (metrics.md, Duplicate)', () => {
  it('keeps a double dial with different CRM ids as two attempts', () => {
    const first = call(at('2026-11-18 10:00'), 'no-answer', { sourceId: '501' });
    const second = call(at('2026-11-18 10:01'), 'connected', { sourceId: '502' });
    const view = viewOf([first, second]);
    expect(view.touches.byChannel.call).toBe(2);
    expect(view.outcomes.connectRate).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
  });

  it('keeps two date-only calls of one day with different ids as two, each with its outcome', () => {
    const morning = call(at('2026-11-18 00:00'), 'connected', { sourceId: '601', ...dateOnly('2026-11-18') });
    const later = call(at('2026-11-18 00:00'), 'no-answer', { sourceId: '602', ...dateOnly('2026-11-18') });
    const view = viewOf([morning, later]);
    expect(view.touches.byChannel.call).toBe(2);
    expect(view.outcomes.connectRate).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
  });

  it('merges a double capture: different ids, same call, same outcome, both timed, a minute apart', () => {
    const synced = call(at('2026-11-18 10:00'), 'no-answer', { sourceId: '701' });
    const manual = call(at('2026-11-18 10:01'), 'no-answer', { sourceId: '702' });
    expect(viewOf([synced, manual]).touches.byChannel.call).toBe(1);
  });

  it('keeps the known outcome of a later copy over the unknown outcome of the earliest', () => {
    const noOutcome = call(at('2026-11-18 10:00'), null);
    const withOutcome = call(at('2026-11-18 10:01'), 'connected', { sourceId: '801' });
    const view = viewOf([noOutcome, withOutcome]);
    expect(view.touches.byChannel.call).toBe(1);
    expect(view.outcomes.connectRate).toEqual({ value: 1, numerator: 1, denominator: 1 });
  });

  it('merges a date-only reading into the same-day timed row and keeps the time of day', () => {
    const timed = email(at('2026-11-18 10:00'), 'Route pricing v2', { sourceId: '901' });
    const coarse = email(at('2026-11-18 00:00'), 'Route pricing v2', dateOnly('2026-11-18'));
    const view = viewOf([coarse, timed]);
    expect(view.touches.total).toBe(1);
    expect(view.cadence.lastTouchAt).toBe(at('2026-11-18 10:00'));
  });

  it('marks the merged touch automated when any copy came from a sequence', () => {
    const synced = email(at('2026-11-18 10:00'), 'Following up', { automated: true });
    const page = email(at('2026-11-18 10:01'), 'Following up');
    expect(viewOf([page, synced]).touches).toMatchObject({ total: 1, automated: 1, manual: 0 });
  });
});

describe('gone cold follows the gap rule and not the period (metrics.md, Gone cold)', () => {
  it.each([
    ['Tuesday: 3 business days, within spacing 2 + grace 1', '2026-11-17', false, 0],
    ['Monday: 4 business days, step 2 is a gap', '2026-11-16', true, 1],
  ])('a lone email sent %s', (_, day, cold, gaps) => {
    const view = viewOf([email(at(`${day} 09:00`))]);
    expect(view.cadence.goneCold).toBe(cold);
    expect(view.cadence.gaps).toHaveLength(gaps);
  });

  it('does not flag an inbound-motion lone call cold after 1 business day', () => {
    const view = viewOf([call(at('2026-11-19 09:00'), 'no-answer')], { motion: 'inbound' });
    expect(view.cadence.goneCold).toBe(false);
    expect(view.cadence.gaps).toHaveLength(0);
  });

  it('flags 16 days without a touch either way, whatever period is shown', () => {
    const history = [email(at('2026-10-26 09:00')), reply(at('2026-10-30 09:00')), email(at('2026-11-04 09:00'))];
    for (const period of ['7d', '30d', '90d'] as const) {
      expect(viewOf(history, { period }).cadence.goneCold).toBe(true);
    }
  });
});

describe('band and vanity over the last 30 days (metrics.md, Benchmark bands)', () => {
  const tenDaysIntoQuarter = new Date(at('2026-10-10 12:00'));
  const september = Array.from({ length: 9 }, (_, i) =>
    email(at(`2026-09-${String(15 + i).padStart(2, '0')} 09:00`), `Step ${i}`),
  );

  it('shows the band ten days into a quarter, against the touches of the last 30 days', () => {
    const view = viewOf(september, { period: 'this-quarter' }, tenDaysIntoQuarter);
    expect(view.touches.total).toBe(0);
    expect(view.band).toMatchObject({ low: 8, high: 14, position: 'within', touches: 9, samePeriod: false });
  });

  it('does not raise vanity over 90 days when the last 30 days are within the band', () => {
    const spread = Array.from({ length: 20 }, (_, i) => email(at('2026-11-19 09:00'), `Step ${i}`)).map((a, i) => ({
      ...a,
      timestamp: new Date(NOW.getTime() - (i * 4 + 1) * 86_400_000).toISOString(),
    }));
    const view = viewOf(spread, { period: '90d' });
    expect(view.touches.total).toBe(20);
    expect(view.band).toMatchObject({ touches: 8, position: 'within' });
    expect(view.outcomes.vanity).toBe(false);
  });

  it('raises vanity against the band top of 20 for enterprise', () => {
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        ...email(at('2026-11-19 09:00'), `Step ${i}`),
        timestamp: new Date(NOW.getTime() - (i + 1) * 3_600_000 * 20).toISOString(),
      }));
    expect(viewOf(many(20), { motion: 'enterprise' }).outcomes.vanity).toBe(false);
    expect(viewOf(many(21), { motion: 'enterprise' }).outcomes.vanity).toBe(true);
  });
});

describe('automated touches left out consistently (metrics.md, Automated touches)', () => {
  const sequence = [
    email(at('2026-11-02 09:00'), 'Step 1', { automated: true }),
    email(at('2026-11-04 09:00'), 'Step 2', { automated: true }),
    email(at('2026-11-06 09:00'), 'Step 3', { automated: true }),
  ];

  it('shows a sequence-only contact as untouched, with the automated touches apart', () => {
    const view = viewOf(sequence, { countAutomated: false });
    expect(view.touches).toMatchObject({ total: 0, automated: 3, automatedCounted: false });
    expect(view.daysSinceLastTouch).toBeNull();
    expect(view.cadence.nextDue).toMatchObject({ step: 1, kind: 'step' });
    expect(view.cadence.gaps).toEqual([]);
    expect(view.cadence.goneCold).toBe(false);
    expect(view.outcomes.replyRate.denominator).toBe(0);
  });

  it('never counts an automated out-of-office email as a reply', () => {
    const outOfOffice = reply(at('2026-11-18 09:05'), 'Out of office: Re: Route pricing v2', { automated: true });
    const view = viewOf([email(at('2026-11-18 09:00')), outOfOffice]);
    expect(view.outcomes.replyRate).toEqual({ value: 0, numerator: 0, denominator: 1 });
    expect(view.outcomes.touchesToFirstReply).toBeNull();
  });
});

describe('reply rate is answered outbound emails (metrics.md, Reply rate)', () => {
  it('counts one email answered twice once: 1 of 1, never "2 of 1"', () => {
    const view = viewOf([
      email(at('2026-11-16 09:00')),
      reply(at('2026-11-16 10:00')),
      reply(at('2026-11-16 11:00'), 'Re: Route pricing v2 (more)'),
    ]);
    expect(view.outcomes.replyRate).toEqual({ value: 1, numerator: 1, denominator: 1 });
  });

  it('answers only the last outbound email before the reply: 2 of 5', () => {
    const view = viewOf([
      email(at('2026-11-02 09:00'), 'One'),
      email(at('2026-11-04 09:00'), 'Two'),
      reply(at('2026-11-04 12:00'), 'Re: Two'),
      email(at('2026-11-06 09:00'), 'Three'),
      email(at('2026-11-10 09:00'), 'Four'),
      reply(at('2026-11-10 12:00'), 'Re: Four'),
      email(at('2026-11-12 09:00'), 'Five'),
    ]);
    expect(view.outcomes.replyRate).toEqual({ value: 0.4, numerator: 2, denominator: 5 });
  });
});

describe('active contacts received a touch (metrics.md, Active contact)', () => {
  it('does not make a contact who only wrote in active, nor count their touches', () => {
    const touches = touchesOf([
      email(at('2026-11-16 09:00'), 'Pricing', { contactKeys: [contactKey('1')] }),
      reply(at('2026-11-17 09:00'), 'Question', { contactKeys: [contactKey('2')] }),
    ]);
    expect(touchesPerContact(touches, true)).toMatchObject({ value: 1, touches: 1, activeContacts: 1 });
  });
});
