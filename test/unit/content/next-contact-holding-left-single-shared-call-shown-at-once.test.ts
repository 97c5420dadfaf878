/**
 * Review s45 (regress). cd4fb10 replaced route-settle.ts `sameItems` (the same set of items) with
 * `showsAll` (every item of the page left still shown, any number more): a record of the same kind
 * whose timeline holds all of the page left's items and more now reads as "the page left's timeline
 * grown under a new header". In HubSpot a mail or a meeting with two contacts is on both timelines:
 * from Ana (one call, shared with Ben) to Ben (that call and two more of his own), Ben's first
 * reading, naming Ben over three items, is judged 'unsure' and "looks left", so the watch waits the
 * 15 s loading time (watch-record.ts) before showing Ben's numbers. At 613786b it was the new
 * record at once.
 */
import { describe, expect, it } from 'vitest';
import { pageLeftOf } from '../../../lib/content/page-left';
import { createRouteSettle } from '../../../lib/content/route-settle';
import { ANA, anaKey, BEN, call, contactPage } from '../db/hand-pages';

describe('a click from Ana to Ben, whose timeline holds Ana’s only call and two of his own', () => {
  it('takes the first reading naming Ben for Ben’s page, not the page left', () => {
    const shared = call('2026-11-18T17:00:00.000Z', { title: 'Call with Ana and Ben' });
    const left = pageLeftOf(contactPage(ANA, [shared]), anaKey);
    const settle = createRouteSettle(left);
    const ben = contactPage(BEN, [
      call('2026-11-20T09:00:00.000Z', { title: 'Call with Ben' }),
      call('2026-11-19T09:00:00.000Z', { title: 'Demo for Ben' }),
      shared,
    ]);
    const verdict = settle.judge(ben);
    expect({ verdict, waitsAsIfLeft: settle.showsLeft() }).toEqual({ verdict: 'new-record', waitsAsIfLeft: false });
  });
});
