import { describe, expect, it } from 'vitest';
import { coarseWindow } from '../../../lib/locale/coarse-window';

/**
 * The days a count naming no day could mean, counted in whole units passed from when it was read:
 * "2 weeks ago" read on Fri 20 Nov 2026 is any day from 31 Oct to 6 Nov (14 to 20 days back).
 */
const READ = new Date('2026-11-20T15:00:00Z');

describe('the days a count of weeks, months or years could mean', () => {
  it.each([
    ['2 weeks ago', { from: '2026-10-31', to: '2026-11-06' }],
    ['a month ago', { from: '2026-09-20', to: '2026-10-23' }],
    // A month back (20 Sep – 23 Oct), and October, the calendar month before.
    ['last month', { from: '2026-09-20', to: '2026-10-31' }],
    // A year back (19 Nov 2024 – 20 Nov 2025), and 2025, the calendar year before.
    ['last year', { from: '2024-11-19', to: '2025-12-31' }],
    ['vor 2 Wochen', { from: '2026-10-31', to: '2026-11-06' }],
    ['in 2 weeks', { from: '2026-12-04', to: '2026-12-10' }],
  ])('"%s" read on 20 Nov', (text, window) => {
    expect(coarseWindow(text, READ, 'UTC')).toEqual(window);
  });

  it.each(['2 days ago', 'Yesterday', 'Nov 3 at 9:10 AM', ''])('"%s" names a day or none: no window', (text) => {
    expect(coarseWindow(text, READ, 'UTC')).toBeUndefined();
  });

  it('counts from the day it was read where the page was read', () => {
    const lateInTokyo = new Date('2026-11-20T16:00:00Z');
    expect(coarseWindow('2 weeks ago', lateInTokyo, 'Asia/Tokyo')).toEqual({ from: '2026-11-01', to: '2026-11-07' });
  });
});
