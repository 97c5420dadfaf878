import { describe, expect, it } from 'vitest';
import { collectTouches } from '../../../lib/metrics/collect-touches';
import type { Activity } from '../../../lib/schema/activity';
import { at, call, dealKey, email, JORDAN, LA, logged, NOW, reply, SAM } from './builders';

const merged = (activities: Activity[], scopeKey?: string) =>
  collectTouches(activities, { now: NOW, timeZone: LA, ...(scopeKey ? { scopeKey } : {}) }).touches;

describe('merging duplicates', () => {
  it('merges two captures with the same CRM source id, whatever their titles and times', () => {
    const handLogged = email(at('2026-11-18 09:30'), 'Pricing', { sourceId: '88001' });
    const synced = email(at('2026-11-18 11:00'), 'Route pricing v2', { sourceId: '88001' });
    const touches = merged([handLogged, synced]);
    expect(touches).toHaveLength(1);
    expect(touches[0]?.copies).toEqual([handLogged.key, synced.key]);
  });

  it.each([
    ['90 seconds apart', '09:31:30', 1],
    ['exactly 2 minutes apart', '09:32:00', 1],
    ['2 minutes and 1 second apart', '09:32:01', 2],
  ])('merges the same email captured %s → %i touch(es)', (_, time, expected) => {
    const first = email(`2026-11-18T17:30:00.000Z`);
    const second = email(`2026-11-18T17:${time.slice(3)}.000Z`);
    expect(merged([first, second])).toHaveLength(expected);
  });

  it.each<[string, Partial<Activity>]>([
    ['another title', { title: 'Case study: Northwind' }],
    ['the other direction', { direction: 'inbound' }],
    ['another channel', { type: 'social', channel: 'social' }],
    ['another contact', { contactKeys: [SAM] }],
  ])('keeps two touches a minute apart with %s', (_, difference) => {
    const first = email(at('2026-11-18 09:30'));
    const second = email(at('2026-11-18 09:31'), first.title, difference);
    expect(merged([first, second])).toHaveLength(2);
  });

  it.each([
    ['first', 'hubspot:4410982:activity:a-deal-copy'],
    ['last', 'hubspot:4410982:activity:z-deal-copy'],
  ])('keeps one email to Jordan and one to Sam two touches when their deal-timeline copy sorts %s', (_, key) => {
    const toJordan = email(at('2026-11-18 09:00'), 'Pilot pricing', {
      contactKeys: [JORDAN],
      key: 'hubspot:4410982:activity:m',
    });
    const toSam = email(at('2026-11-18 09:00'), 'Pilot pricing', {
      contactKeys: [SAM],
      key: 'hubspot:4410982:activity:n',
    });
    const onDeal = email(at('2026-11-18 09:00'), 'Pilot pricing', {
      contactKeys: [],
      dealKeys: [dealKey('9001')],
      key,
    });
    expect(merged([toJordan, toSam, onDeal], dealKey('9001'))).toHaveLength(2);
  });

  it('chains captures: each joins the group of the earliest copy it duplicates', () => {
    const copies = ['17:30:00', '17:31:30', '17:33:00'].map((t) => email(`2026-11-18T${t}.000Z`));
    const touches = merged(copies);
    expect(touches).toHaveLength(1);
    expect(touches[0]?.at.toISOString()).toBe('2026-11-18T17:30:00.000Z');
  });

  it('gives the same result whatever order the copies come in', () => {
    const copies = [
      email('2026-11-18T17:33:00.000Z'),
      email('2026-11-18T17:30:00.000Z'),
      email('2026-11-18T17:31:30.000Z'),
    ];
    expect(merged(copies)).toEqual(merged([...copies].reverse()));
  });

  describe('a touch logged in Touchline', () => {
    it('counts as a touch of its own beside the page touches of that day', () => {
      const morning = call(at('2026-11-18 09:00'), 'no-answer', { title: 'Call' });
      const mine = logged(at('2026-11-18 10:00'), 'call');
      const touches = merged([morning, mine]);
      expect(touches.map((t) => t.key)).toEqual([morning.key, mine.key]);
    });

    it('is left out once the cache has merged it into the page copy that later showed it', () => {
      const page = call(at('2026-11-18 16:45'), 'connected');
      const mine = { ...logged(at('2026-11-18 08:10'), 'call'), mergedInto: page.key };
      expect(merged([mine, page]).map((t) => t.key)).toEqual([page.key]);
    });

    it('follows the 2-minute rule among logged touches: a double click is one call, two calls are two', () => {
      expect(merged([logged(at('2026-11-18 08:10'), 'call'), logged(at('2026-11-18 08:11'), 'call')])).toHaveLength(1);
      expect(merged([logged(at('2026-11-18 08:10'), 'call'), logged(at('2026-11-18 08:25'), 'call')])).toHaveLength(2);
    });
  });

  it('keeps a double dial two attempts when an import copy without an id looks like both, in any key order', () => {
    // No answer at 10:00 (id A), connected at 10:01 (id B), and an export's copy of B without its id.
    for (const [copyKey, bKey] of [
      ['k:3', 'k:2'],
      ['k:2', 'k:3'],
    ]) {
      const touches = merged([
        call(at('2026-11-18 10:00'), 'no-answer', { sourceId: 'A', key: 'k:1' }),
        call(at('2026-11-18 10:01'), 'connected', { sourceId: 'B', key: bKey }),
        call(at('2026-11-18 10:01'), 'connected', { origin: 'import', key: copyKey }),
      ]);
      expect(
        touches.map((t) => t.activity.sourceId),
        `copy ${copyKey}, call B ${bKey}`,
      ).toEqual(['A', 'B']);
    }
  });

  it('keeps a double capture with its touch when another copy of that touch is no double capture of it', () => {
    // S0 read twice (once as a synced copy, retitled, no outcome) and captured again as S0b.
    const touches = merged([
      call(at('2026-11-18 10:00'), 'connected', { sourceId: 'S0', key: 'k:1', title: 'T0' }),
      call(at('2026-11-18 10:00'), null, { sourceId: 'S0', key: 'k:2', title: 'T0 (synced)' }),
      call(at('2026-11-18 10:00'), 'connected', { sourceId: 'S0b', key: 'k:3', title: 'T0' }),
    ]);
    expect(touches.map((t) => t.copies)).toEqual([['k:1', 'k:2', 'k:3']]);
  });

  it('merges a deal-timeline copy naming no contact with the contact’s copy on a deal page', () => {
    const deal = dealKey('5101');
    const onDeal = email(at('2026-11-18 09:30'), 'Proposal attached', { contactKeys: [], dealKeys: [deal] });
    const onContact = email(at('2026-11-18 09:30'), 'Proposal attached', { contactKeys: [JORDAN] });
    expect(merged([onDeal, onContact], deal)).toHaveLength(1);
  });

  it('keeps one sequence email sent to two people at the same minute as two touches', () => {
    const toJordan = email(at('2026-11-18 09:30'), 'Following up', { automated: true, contactKeys: [JORDAN] });
    const toSam = email(at('2026-11-18 09:30'), 'Following up', { automated: true, contactKeys: [SAM] });
    expect(merged([toJordan, toSam], dealKey('5101'))).toHaveLength(2);
  });

  it('reads the same stored row twice as one activity', () => {
    const once = reply(at('2026-11-18 09:30'));
    expect(merged([once, { ...once }])).toHaveLength(1);
  });

  describe('copies with different CRM ids', () => {
    it('keeps a double dial as two attempts: different ids and outcomes a minute apart', () => {
      const first = call(at('2026-11-18 10:00'), 'no-answer', { sourceId: '501' });
      const second = call(at('2026-11-18 10:01'), 'connected', { sourceId: '502' });
      expect(merged([first, second]).map((t) => t.activity.outcome)).toEqual(['no-answer', 'connected']);
    });

    it('merges a double capture: same call, outcome and title, both timed, within 2 minutes', () => {
      const first = call(at('2026-11-18 10:00'), 'voicemail', { sourceId: '501' });
      const second = call(at('2026-11-18 10:02'), 'voicemail', { sourceId: '502' });
      expect(merged([first, second]).map((t) => t.copies)).toEqual([[first.key, second.key]]);
    });

    it('names the owner one copy names where the most precise copy names none', () => {
      // Review rg63c: the deal page's date-only copy names Alex; the contact page's copy, with its time, nobody.
      const { owner: _none, ...timed } = email(at('2026-11-02 09:30'), 'Pricing');
      const dated = email(at('2026-11-02 00:00'), 'Pricing', { timePrecision: 'day', owner: 'Alex Morgan' });
      const [touch] = merged([timed as Activity, dated]);
      expect(touch?.copies).toHaveLength(2);
      expect(touch?.activity.owner).toBe('Alex Morgan');
    });

    it("keeps two reps' look-alike calls as two: a touch has one owner", () => {
      const dana = call(at('2026-11-18 10:00'), 'voicemail', { sourceId: '501', owner: 'Dana Reyes' });
      const sam = call(at('2026-11-18 10:00'), 'voicemail', { sourceId: '502', owner: 'Sam Ortiz' });
      expect(merged([dana, sam])).toHaveLength(2);
      // A copy that names no owner (a page that shows none) may still be the same call.
      const { owner: _none, ...unnamed } = call(at('2026-11-18 10:01'), 'voicemail', { sourceId: '503' });
      expect(merged([dana, unnamed])).toHaveLength(1);
    });

    it('keeps a logged call (presumed outbound) and an inbound call a minute later as two: a call back', () => {
      const logged = call(at('2026-11-18 10:15'), 'connected', { sourceId: '601', directionPresumed: true });
      const back = call(at('2026-11-18 10:16'), 'connected', { sourceId: '602', direction: 'inbound' });
      expect(merged([logged, back])).toHaveLength(2);
    });

    it('keeps two page calls without ids a minute apart, a logged one and an inbound one, as two', () => {
      const logged = call(at('2026-11-18 10:00'), 'no-answer', { title: 'Call', directionPresumed: true });
      const back = call(at('2026-11-18 10:01'), 'connected', { title: 'Call', direction: 'inbound' });
      expect(merged([logged, back])).toHaveLength(2);
    });

    it("keeps a report's two call Tasks a minute apart as two: one its Call Type leaves presumed outbound, one inbound", () => {
      const logged = call(at('2026-11-18 10:00'), 'connected', {
        sourceId: '00T000000000011',
        title: 'Call',
        origin: 'import',
        directionPresumed: true,
      });
      const back = call(at('2026-11-18 10:01'), 'connected', {
        sourceId: '00T000000000012',
        title: 'Call',
        origin: 'import',
        direction: 'inbound',
      });
      expect(merged([logged, back])).toHaveLength(2);
    });

    it("keeps a page's logged call (presumed outbound) and an export's inbound call a minute later as two", () => {
      const logged = call(at('2026-11-18 10:00'), 'unknown', { title: 'Call', directionPresumed: true });
      const back = call(at('2026-11-18 10:01'), 'connected', { title: 'Call', origin: 'import', direction: 'inbound' });
      expect(merged([logged, back])).toHaveLength(2);
    });

    it("merges a reply with the report's Task of it, presumed outbound for want of a direction column", () => {
      const onPage = reply(at('2026-11-18 10:00'), 'Re: Pricing', { sourceId: '02s000000000001' });
      const inReport = email(at('2026-11-18 10:01'), 'Re: Pricing', {
        sourceId: '00T000000000001',
        origin: 'import',
        directionPresumed: true,
      });
      expect(merged([onPage, inReport])).toHaveLength(1);
    });

    it('keeps two date-only calls of one day as two, each with its outcome', () => {
      const day = { timePrecision: 'day' as const };
      const a = call(at('2026-11-18 00:00'), 'connected', { sourceId: '601', ...day });
      const b = call(at('2026-11-18 00:00'), 'connected', { sourceId: '602', ...day });
      expect(merged([a, b])).toHaveLength(2);
    });
  });

  describe('a date-only reading', () => {
    const coarse = (extra: Partial<Activity> = {}) =>
      email(at('2026-11-18 00:00'), 'Route pricing v2', { timePrecision: 'day', ...extra });

    it('merges into the same-day timed row of the same contact, channel, direction and title', () => {
      const timed = email(at('2026-11-18 16:20'), 'Route pricing v2', { sourceId: '90' });
      const touches = merged([coarse(), timed]);
      expect(touches).toHaveLength(1);
      expect(touches[0]).toMatchObject({ key: timed.key, at: new Date(at('2026-11-18 16:20')) });
    });

    it('joins only one of two timed rows of that day, so both stay', () => {
      const morning = email(at('2026-11-18 09:00'));
      const evening = email(at('2026-11-18 18:00'));
      const touches = merged([evening, coarse(), morning]);
      expect(touches.map((t) => t.copies.length)).toEqual([2, 1]);
    });

    it('stays apart from a row of another day or another direction', () => {
      expect(merged([coarse(), email(at('2026-11-19 09:00'))])).toHaveLength(2);
      expect(
        merged([coarse(), email(at('2026-11-18 09:00'), 'Route pricing v2', { direction: 'inbound' })]),
      ).toHaveLength(2);
    });
  });

  describe('the merged touch keeps the most informative fields', () => {
    it('takes a later copy’s known outcome over the earliest copy’s unknown one', () => {
      const first = call(at('2026-11-18 10:00'), null);
      const second = call(at('2026-11-18 10:01'), 'connected', { sourceId: '7' });
      const [touch] = merged([second, first]);
      expect(touch?.key).toBe(first.key);
      expect(touch?.activity.outcome).toBe('connected');
    });

    it('is automated when any copy came from a sequence, and keeps the note a user typed', () => {
      const page = email(at('2026-11-18 10:00'), 'Following up');
      const synced = email(at('2026-11-18 10:01'), 'Following up', { automated: true, note: 'sent from the sequence' });
      const [touch] = merged([page, synced]);
      expect(touch?.activity).toMatchObject({ key: page.key, automated: true, note: 'sent from the sequence' });
    });

    it('keeps the time of day over a date-only value whichever copy is older', () => {
      const timed = call(at('2026-11-18 15:00'), 'no-answer', { sourceId: '8' });
      const dayOnly = call(at('2026-11-18 00:00'), 'no-answer', { sourceId: '8', timePrecision: 'day' });
      const [touch] = merged([dayOnly, timed]);
      expect(touch?.at.toISOString()).toBe(at('2026-11-18 15:00'));
      expect(touch?.activity.timePrecision).toBeUndefined();
    });
  });
});
