import { describe, expect, it } from 'vitest';
import { collectTouches, countActivitiesRead } from '../../../lib/metrics/collect-touches';
import { at, call, dealKey, email, JORDAN, LA, logged, meeting, NOW, note, system, task, undated } from './builders';

describe('collectTouches', () => {
  it('does not count an undated copy of a merged double capture again, whichever of its ids it carries', () => {
    const collected = collectTouches(
      [
        call(at('2026-11-18 10:00'), 'connected', { sourceId: 's1' }),
        call(at('2026-11-18 10:01'), 'connected', { sourceId: 's2' }),
        call('', 'connected', { sourceId: 's2', timestamp: undefined }),
      ],
      { now: NOW, timeZone: LA },
    );
    expect([collected.touches.length, collected.undated]).toEqual([1, 0]);
  });

  it('counts undated copies of one touch once, automated if any copy is, in either order', () => {
    const sequence = undated('a while ago', { sourceId: '88001', automated: true });
    const byHand = undated('a while ago', { sourceId: '88001', automated: false, key: `${sequence.key}-2` });
    for (const order of [
      [sequence, byHand],
      [byHand, sequence],
    ]) {
      const { undated: count, undatedAutomated } = collectTouches(order, { now: NOW, timeZone: LA });
      expect([count, undatedAutomated]).toEqual([1, 1]);
    }
  });

  it('drops non-touches and returns touches oldest first', () => {
    const later = email(at('2026-11-19 10:00'));
    const earlier = email(at('2026-11-12 10:00'), 'Quick question on your fleet');
    const { touches } = collectTouches([later, note(at('2026-11-13 10:00')), earlier], { now: NOW, timeZone: LA });
    expect(touches.map((t) => t.key)).toEqual([earlier.key, later.key]);
  });

  it('places a touch the CRM shows done, dated by a due day still ahead, at now', () => {
    const due = at('2026-11-21 00:00');
    const { touches } = collectTouches(
      [
        call(due, 'connected', { planned: false, timePrecision: 'day', title: 'Follow-up call' }),
        call(at('2026-11-21 09:00'), 'connected', { planned: false, title: 'Pricing call' }),
        email(due, 'not shown done', { timePrecision: 'day' }),
      ],
      { now: NOW, timeZone: LA },
    );
    expect(touches.map((t) => [t.activity.title, t.at.toISOString()])).toEqual([
      ['Follow-up call', NOW.toISOString()],
      ['Pricing call', NOW.toISOString()],
    ]);
  });

  it('keeps touches without a date out of the timeline and counts them apart', () => {
    const noSource = undated('sometime in spring');
    const secondCopy = undated('spring', { sourceId: '77' });
    const thirdCopy = undated('spring', { sourceId: '77' });
    const result = collectTouches([noSource, secondCopy, thirdCopy, email(at('2026-11-19 10:00'))], {
      now: NOW,
      timeZone: LA,
    });
    expect(result.touches).toHaveLength(1);
    expect(result.undated).toBe(2);
  });
});

describe('a touch the page dated without a time, when the zone setting is not the zone it was read in', () => {
  // Read in Tokyo, "Nov 18" is stored as Tokyo's midnight: 2026-11-17 15:00 UTC, still the 17th in New York.
  const TOKYO = 'Asia/Tokyo';
  const NEW_YORK = 'America/New_York';
  const printed = email(at('2026-11-18 00:00', TOKYO), 'Route pricing v2', { timePrecision: 'day' });
  const collect = (activities: Parameters<typeof collectTouches>[0], pageTimeZone?: string) =>
    collectTouches(activities, { now: NOW, timeZone: NEW_YORK, ...(pageTimeZone ? { pageTimeZone } : {}) }).touches;

  it('stands on the day the page printed, in the zone setting', () => {
    expect(collect([printed], TOKYO).map((t) => t.at.toISOString())).toEqual([at('2026-11-18 00:00', NEW_YORK)]);
  });

  it("merges with the timed copy the same page would print on that day, not the day before's", () => {
    // 10:15 on the 18th in Tokyo is still the 17th in New York: the day is the one the page prints.
    const timed = email(at('2026-11-18 10:15', TOKYO), 'Route pricing v2');
    expect(collect([printed, timed], TOKYO)).toHaveLength(1);
    const dayBefore = email(at('2026-11-17 23:30', TOKYO), 'Route pricing v2');
    expect(collect([printed, dayBefore], TOKYO)).toHaveLength(2);
  });

  it('counts a touch printed for a day not yet begun in the zone setting as made by now', () => {
    // At 08:30 in Tokyo on the 18th it is still the 17th in New York; the email was sent.
    const now = new Date(at('2026-11-18 08:30', TOKYO));
    const touches = collectTouches([printed], { now, timeZone: NEW_YORK, pageTimeZone: TOKYO }).touches;
    expect(touches.map((t) => t.at.toISOString())).toEqual([now.toISOString()]);
  });

  it('holds a meeting printed for today, without a time, as not held yet', () => {
    const today = meeting(at('2026-11-20 00:00', TOKYO), null, { timePrecision: 'day' });
    expect(collect([today], TOKYO)).toEqual([]);
    expect(collect([meeting(at('2026-11-19 00:00', TOKYO), null, { timePrecision: 'day' })], TOKYO)).toHaveLength(1);
  });

  it('is left where it is stored when the page was read in the zone setting', () => {
    expect(collect([printed]).map((t) => t.at.toISOString())).toEqual([at('2026-11-18 00:00', TOKYO)]);
  });
});

describe('countActivitiesRead', () => {
  it('counts every stored activity of any type once, and a merged Touchline copy not again', () => {
    const page = email(at('2026-11-18 16:45'));
    const mergedCopy = logged(at('2026-11-18 08:10'), 'email', { mergedInto: page.key });
    const activities = [
      page,
      mergedCopy,
      note(at('2026-11-10 10:00')),
      task(at('2026-11-11 10:00')),
      system(at('2026-11-12 10:00')),
    ];
    const read = [...activities, page];
    expect(countActivitiesRead(read, collectTouches(read, { now: NOW, timeZone: LA }))).toBe(4);
  });

  it("counts a deal page's copies of a contact's touches once, as its touches are (duplicate rules merged)", () => {
    // Jordan's page and the deal's feed each stored their own row of one email (no CRM id: keys
    // hash the page's record), and of one undated email; the deal's copies name no contact.
    const onDeal = { contactKeys: [], dealKeys: [dealKey('5301')] };
    const sent = email(at('2026-11-18 09:00'));
    const dealCopy = email(at('2026-11-18 09:00'), 'Route pricing v2', onDeal);
    const shown = undated('Last week');
    const dealShown = undated('Last week', onDeal);
    const read = [sent, dealCopy, shown, dealShown, note(at('2026-11-10 10:00'))];
    const collected = collectTouches(read, { now: NOW, timeZone: LA, scopeKey: JORDAN });
    expect([collected.touches.length, collected.undated]).toEqual([1, 1]);
    expect(countActivitiesRead(read, collected)).toBe(3);
  });
});
