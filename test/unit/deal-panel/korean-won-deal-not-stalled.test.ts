// @vitest-environment happy-dom
/**
 * A won HubSpot deal on a Korean page ("성사됨", HubSpot's Korean Closed won). Korean has no
 * closed-stage words, so the reading reports the outcome as not read (record.closed). The panel's
 * view is built from the stored deal: before, that knew nothing of the report and, 40 days later,
 * showed "stalled" on a deal that may be won (metrics.md: closed deals never warn). Now the stored
 * deal carries the mark, and the view has no warning value nor a no-recent-activity flag and says
 * why; an English reading of an open stage takes the mark away.
 */
import { describe, expect, it } from 'vitest';
import { hsDeal, hsHighlight, readHs } from '../adapters/hubspot/built-deal-page';
import { keyOf, newDb, saved, viewOf } from './saved-deal-view';

const FIRST = new Date('2026-10-01T09:00:00Z');
const SAME_DAY = new Date('2026-10-01T11:00:00Z');
const LATER = new Date('2026-11-10T09:00:00Z');
const page = (lang: string, stage: string) =>
  hsDeal({ lang, highlights: hsHighlight('dealstage', 'Deal stage', stage) });

describe('a won deal on a Korean HubSpot page, seen again 40 days later', () => {
  it('gets no warning value, and the reason says the outcome was not read', async () => {
    const db = await newDb();
    const first = readHs(page('ko-KR', '성사됨'), { now: FIRST });
    expect(first.notRead.map((n) => n.field)).toContain('record.closed');
    await saved(db, first, FIRST);
    await saved(db, readHs(page('ko-KR', '성사됨'), { now: LATER }), LATER);
    const view = await viewOf(db, keyOf(first), LATER);
    expect(view.warning).toBeNull();
    expect(view.outcomeNotRead).toBe(true);
    expect(view.warningReason).toMatch(/^Outcome not read: /);
    // Nor "no touch on any of the deal's contacts for longer than the follow-up limit": a won deal is none to chase.
    expect(view.noRecentActivity).toBe(false);
  });

  it('warns again once a page reads its stage as open', async () => {
    const db = await newDb();
    const first = readHs(page('ko-KR', '성사됨'), { now: FIRST });
    await saved(db, first, FIRST);
    await saved(db, readHs(page('en-US', 'Contract sent'), { now: SAME_DAY }), SAME_DAY);
    await saved(db, readHs(page('en-US', 'Contract sent'), { now: LATER }), LATER);
    const view = await viewOf(db, keyOf(first), LATER);
    expect([view.warning, view.outcomeNotRead, view.noRecentActivity]).toEqual(['stalled', undefined, true]);
  });
});
