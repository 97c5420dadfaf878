import { describe, expect, it } from 'vitest';
import { nextTouchDue } from '../../../lib/metrics/next-touch';
import type { Activity } from '../../../lib/schema/activity';
import { at, call, email, meeting, NOW, settings, touchesOf } from './builders';

// Jordan (Los Angeles): an intro email on Tue 10 Nov, and a demo the CRM dates Fri 27 Nov 10:00
// that the rep held early and ticked done; Touchline first read it done on Fri 20 Nov 07:00 (NOW,
// its `firstSeenAt`). Nothing else happens. Viewed again on Wed 25 Nov 07:00, and on Mon 30 Nov,
// after the day the CRM dates it by.
const WED_25 = new Date('2026-11-25T15:00:00Z');
const MON_30 = new Date('2026-11-30T15:00:00Z');
const FIRST_SEEN_DONE = NOW.toISOString();

const intro = () => email(at('2026-11-10 09:00'), 'Intro');
const demoDoneEarly = (extra: Partial<Activity> = {}) =>
  meeting(at('2026-11-27 10:00'), null, { title: 'Demo', planned: false, firstSeenAt: FIRST_SEEN_DONE, ...extra });

describe('an item the CRM shows done but dates ahead happened by the time Touchline first saw it done', () => {
  it('on Wed 25 the demo is a touch of Fri 20 07:00, not of Wed 25: the last touch was 5 days ago', () => {
    const touches = touchesOf([intro(), demoDoneEarly()], WED_25);
    expect(touches.map((t) => [t.activity.title, t.at.toISOString()])).toEqual([
      ['Intro', at('2026-11-10 09:00')],
      ['Demo', FIRST_SEEN_DONE],
    ]);
  });

  it('stays there once its own day is past: on Mon 30 still Fri 20, not Fri 27', () => {
    const touches = touchesOf([intro(), demoDoneEarly()], MON_30);
    expect(touches.at(-1)?.at.toISOString()).toBe(FIRST_SEEN_DONE);
  });

  it('makes step 3 (email) due 2 business days after Fri 20, Tue 24, and overdue on Wed 25', () => {
    // mid-market: 0 email, 2 call, 4 email. Step 1 the email of Tue 10, step 2 the demo done by
    // Fri 20; step 3 is due 4 - 2 = 2 business days after it: Mon 23, Tue 24.
    const due = nextTouchDue(touchesOf([intro(), demoDoneEarly()], WED_25), settings(), WED_25);
    expect(due).toEqual({ date: '2026-11-24', channel: 'email', step: 3, overdue: true, kind: 'step' });
  });

  it('is one touch, at the earliest sighting done, when the contact page and a deal page showed it on different days', () => {
    const onContact = demoDoneEarly({ sourceId: 'mtg-7401', firstSeenAt: '2026-11-23T16:00:00Z' });
    const onDeal = demoDoneEarly({ sourceId: 'mtg-7401', contactKeys: [], dealKeys: ['hubspot:4410982:deal:77'] });
    const touches = touchesOf([intro(), onContact, onDeal], WED_25);
    expect(touches).toHaveLength(2);
    expect(touches.at(-1)?.at.toISOString()).toBe(FIRST_SEEN_DONE);
  });

  it('keeps a done item dated in the past at its date, though Touchline first saw it later', () => {
    const done = call(at('2026-11-18 10:00'), 'connected', { planned: false, firstSeenAt: FIRST_SEEN_DONE });
    expect(touchesOf([done], WED_25).map((t) => t.at.toISOString())).toEqual([at('2026-11-18 10:00')]);
  });

  it('stays at now for a row stored before Touchline kept when it first saw a row (no firstSeenAt)', () => {
    const { firstSeenAt: _none, ...old } = demoDoneEarly();
    expect(touchesOf([intro(), old], WED_25).at(-1)?.at.toISOString()).toBe(WED_25.toISOString());
  });
});
