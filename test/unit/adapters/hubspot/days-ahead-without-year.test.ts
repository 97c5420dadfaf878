import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * HubSpot leaves the year out only for days of the current year (page-date.ts). What may lie
 * ahead (a meeting, a deal's expected close) is then this year's, wherever it sits on the page;
 * only a done item is read as the latest such day. Read on 2026-11-20 at 15:00 UTC.
 */
describe('HubSpot days that may lie ahead, printed without a year', () => {
  it('a meeting in the main timeline on "Dec 15" is this year\'s, still ahead, and planned', () => {
    const page = fixturePage('hubspot', 'contact-long-timeline');
    // Its outcome must not say it took place: a held or no-show meeting is done, of the latest such day.
    const html = edited(
      page.html,
      ['Nov 5, 2026 at 5:00 PM UTC', 'Dec 15 at 5:00 PM'],
      ['<span>No show</span>', '<span>Scheduled</span>'],
    );
    const meeting = readPage(html, page.url).activities.find((a) => a.sourceId === '51229915');
    expect(meeting).toMatchObject({ type: 'meeting', planned: true, timestamp: '2026-12-15T17:00:00.000Z' });
  });

  it('a meeting in the main timeline on "Nov 5" (earlier this year) stays a past meeting', () => {
    const page = fixturePage('hubspot', 'contact-long-timeline');
    const html = edited(page.html, ['Nov 5, 2026 at 5:00 PM UTC', 'Nov 5 at 5:00 PM']);
    const meeting = readPage(html, page.url).activities.find((a) => a.sourceId === '51229915');
    expect(meeting).toMatchObject({ type: 'meeting', outcome: 'no-show', timestamp: '2026-11-05T17:00:00.000Z' });
    expect(meeting?.planned).toBeUndefined();
  });

  it('a deal\'s "Close date" of "Dec 18" is this year\'s expected close, not last year\'s', () => {
    const page = fixturePage('hubspot', 'deal-stage-history');
    const html = edited(page.html, ['<div>Dec 18, 2026</div>', '<div>Dec 18</div>']);
    expect(readPage(html, page.url).record.closeDate).toBe('2026-12-18');
  });
});
