// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContactView } from '../../../lib/schema/view-model';
import { renderPanel } from './render-panel';
import { jordanLee } from './view-fixtures';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Jordan Lee with one recent touch at `timestamp`, shown in `timeZone`: the date the Recent card gives it. */
function recentDate(timestamp: string, timeZone = 'UTC'): string | null | undefined {
  const view: ContactView = jordanLee();
  view.period = { ...view.period, timeZone };
  view.recent = [
    {
      key: 'hubspot:4410021:activity:70001',
      type: 'email',
      title: 'Route pricing v1',
      timestamp,
      direction: 'outbound',
      origin: 'page',
      automated: false,
    },
  ];
  renderPanel({ status: 'ready', view });
  return screen.getByRole('region', { name: 'Recent touches' }).querySelector('.tl-recent-date')?.textContent;
}

/**
 * Recent touches are the latest five whatever the period, and Touchline keeps 400 days by default:
 * on 20 Nov 2026 a contact last emailed on 12 Nov 2025 must not read "12 Nov", as if eight days
 * ago. Another year's date says its year, as the next step's due date does (formatDay).
 */
describe('the date of a recent touch', () => {
  it('gives the year of a touch from last year', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-20T15:00:00.000Z'));

    expect(recentDate('2025-11-12T16:05:00Z')).toBe('12 Nov 2025');
  });

  it('gives no year for a touch of this year', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-20T15:00:00.000Z'));

    expect(recentDate('2026-11-12T16:05:00Z')).toBe('12 Nov');
  });

  it('takes the year in the user zone: a touch of New Year’s Eve there is last year’s on 1 Jan', () => {
    // 1 Jan 2027 10:00 in Tokyo; the touch at 31 Dec 2026 20:00 Tokyo time (11:00 UTC).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-01-01T01:00:00.000Z'));

    expect(recentDate('2026-12-31T11:00:00Z', 'Asia/Tokyo')).toBe('31 Dec 2026');
  });

  it('gives no year, in the user zone, for a touch already of the new year there', () => {
    // 1 Jan 2027 10:00 in Tokyo; the touch at 1 Jan 2027 08:00 Tokyo time, still 2026 in UTC.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-01-01T01:00:00.000Z'));

    expect(recentDate('2026-12-31T23:00:00Z', 'Asia/Tokyo')).toBe('1 Jan');
  });
});
