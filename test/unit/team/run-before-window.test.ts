import { describe, expect, it } from 'vitest';
import { mayContinueFromBefore } from '../../../lib/team/run-before-window';
import { email, NOW, reply, settings, touchesOf } from '../metrics/builders';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();
const WINDOW_START = new Date(NOW.getTime() - 91 * DAY);
// Mid-market: 6 steps; the follow-up limit is 14 days.
const midMarket = settings({ motion: 'mid-market' });
const emails = (days: number[]) => days.map((d) => email(daysAgo(d), `Step ${d}`));
const may = (activities: ReturnType<typeof emails>) =>
  mayContinueFromBefore(touchesOf(activities), midMarket, WINDOW_START);

describe('mayContinueFromBefore', () => {
  it('is true for a run with steps left that reaches back to the window’s start without a silence', () => {
    expect(may(emails([84, 70, 56]))).toBe(true);
  });

  it('is false when a silence longer than the follow-up limit starts the run inside the window', () => {
    // 15 days between the window's start and the first touch.
    expect(may(emails([76, 70, 56]))).toBe(false);
    // A silence between two touches: the latest run began after it.
    expect(may(emails([84, 60, 56]))).toBe(false);
  });

  it('is false when the window’s part of the run ended with a reply or holds every step', () => {
    expect(may([...emails([84, 70]), reply(daysAgo(69), 'Re: Step 70')])).toBe(false);
    expect(may(emails([84, 80, 76, 72, 68, 64]))).toBe(false);
  });

  it('is true when the window holds no outbound touch: the latest run is before it', () => {
    expect(may([reply(daysAgo(80), 'Re: an older email')])).toBe(true);
  });
});
