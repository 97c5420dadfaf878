/**
 * Review s45 (regress of cd4fb10): a new name over every item of the page left and more was taken
 * for the page left's timeline grown under the next record's header, so a contact whose timeline
 * holds all of the page left's items (HubSpot shows a call, mail or meeting with several contacts on
 * each one's timeline) waited the 15 s loading time. A timeline grows at its ends, by a few items
 * (route-settle.ts `showsTimeline`): only such a superset is still the page left.
 */
import { describe, expect, it } from 'vitest';
import { pageLeftOf } from '../../../lib/content/page-left';
import { createRouteSettle } from '../../../lib/content/route-settle';
import type { ActivityReading } from '../../../lib/schema/activity';
import { ANA, anaKey, BEN, call, contactPage } from '../db/hand-pages';

/** Ana's two calls with Ben: on her timeline and on his. */
const meeting = call('2026-11-18T17:00:00.000Z', { title: 'Call with Ana and Ben' });
const followUp = call('2026-11-10T17:00:00.000Z', { title: 'Follow-up with Ana and Ben' });
const bensOwn = (day: number) =>
  call(`2026-11-${String(day).padStart(2, '0')}T09:00:00.000Z`, { title: `Ben's call ${day}` });

/** Ana's page left (`anas`), then the first reading after the route change names Ben over `items`. */
function firstReadingOfBen(items: ActivityReading[], anas = [meeting, followUp]) {
  const settle = createRouteSettle(pageLeftOf(contactPage(ANA, anas), anaKey));
  const verdict = settle.judge(contactPage(BEN, items));
  return { verdict, waitsAsIfLeft: settle.showsLeft() };
}

const BENS_PAGE = { verdict: 'new-record', waitsAsIfLeft: false };
const PAGE_LEFT = { verdict: 'unsure', waitsAsIfLeft: true };

describe("Ben's page, holding both of Ana's calls, is Ben's at once", () => {
  it('when one of his own calls is dated between them', () => {
    expect(firstReadingOfBen([meeting, bensOwn(14), followUp])).toEqual(BENS_PAGE);
  });

  it('when his own calls are dated before and after them', () => {
    expect(firstReadingOfBen([bensOwn(20), meeting, followUp, bensOwn(3)])).toEqual(BENS_PAGE);
  });

  it('when his own older calls outnumber them', () => {
    expect(firstReadingOfBen([meeting, followUp, bensOwn(5), bensOwn(4), bensOwn(3)])).toEqual(BENS_PAGE);
  });
});

describe("Ben's header over Ana's timeline grown at one end is still the page left", () => {
  it('with an item arrived at the top', () => {
    expect(firstReadingOfBen([bensOwn(20), meeting, followUp])).toEqual(PAGE_LEFT);
  });

  it('with older items loaded at the bottom', () => {
    expect(firstReadingOfBen([meeting, followUp, bensOwn(5), bensOwn(4)])).toEqual(PAGE_LEFT);
  });

  it('with nothing added', () => {
    expect(firstReadingOfBen([meeting, followUp])).toEqual(PAGE_LEFT);
  });
});

describe('Ana’s page holding a single call, shared with Ben', () => {
  it('Ben’s page holding it and one older call of his own is Ben’s at once', () => {
    expect(firstReadingOfBen([meeting, bensOwn(5)], [meeting])).toEqual(BENS_PAGE);
  });

  it('Ben’s header over that call alone is still the page left', () => {
    expect(firstReadingOfBen([meeting], [meeting])).toEqual(PAGE_LEFT);
  });
});
