/**
 * A contact whose page shows only touches older than retention is shown gone cold by
 * lib/background/older-not-kept.ts when the latest of them is more calendar days back than the
 * follow-up limit (metrics.md's gone cold: "no touch in either direction for longer than the
 * follow-up limit"; lib/metrics/gone-cold.ts: days > followUpDays). At equality (both 30, which the
 * options page allows: retention 30–3650, follow-up up to 365) a touch just older than 30 × 24
 * hours is 30 calendar days back: not cold yet, as the options page's warning at this setting
 * (components/options/retention-warning.ts, `kept <= followUpDays`) says of the touches it keeps.
 * A touch months back is cold at that setting all the same (a review found the settings alone
 * compared, which hid every such contact).
 */
import { describe, expect, it } from 'vitest';
import { retentionWarning } from '../../../components/options/retention-warning';
import { withOlderNotKept } from '../../../lib/background/older-not-kept';
import type { ReadOk } from '../../../lib/schema/read-result';
import type { ContactView } from '../../../lib/schema/view-model';
import { jordanLee } from '../components/view-fixtures';

const NOW = new Date('2026-11-20T15:00:00Z');

function noKeptTouch(): ContactView {
  const view = jordanLee();
  return { ...view, daysSinceLastTouch: null, cadence: { ...view.cadence, daysSinceLastTouch: null, goneCold: false } };
}

/** A page showing one call, dated `timestamp`, and nothing kept. */
function pageWithCallAt(timestamp: string): ReadOk {
  return {
    activities: [{ type: 'call', direction: 'outbound', title: 'Intro call', timestamp }],
    crmFigures: {},
  } as unknown as ReadOk;
}

const cold = (retentionDays: number, timestamp: string) =>
  (
    withOlderNotKept(noKeptTouch(), pageWithCallAt(timestamp), NOW, {
      retentionDays,
      followUpDays: 30,
      timeZone: 'UTC',
    }) as ContactView
  ).cadence.goneCold;

describe('a contact whose only touch is just past retention, with a 30-day follow-up limit', () => {
  it('is not gone cold at a 30-day retention while its touch is 30 calendar days back (not longer than the limit)', () => {
    // 30 days and 1 hour before now: past the retention cutoff (30 × 24 h), 30 calendar days back (UTC).
    expect(cold(30, '2026-10-21T14:00:00.000Z')).toBe(false);
    expect(retentionWarning({ retentionDays: 30, followUpDays: 30, period: '7d' })).toMatch(
      /before it can show as gone cold/,
    );
  });

  it('is gone cold at a 31-day retention: its touch is then at least 31 calendar days back', () => {
    expect(cold(31, '2026-10-20T14:00:00.000Z')).toBe(true);
    expect(retentionWarning({ retentionDays: 31, followUpDays: 30, period: '7d' })).not.toMatch(/gone cold/);
  });

  it('is gone cold at a 30-day retention when its touch is months back (111 days)', () => {
    expect(cold(30, '2026-08-01T10:00:00.000Z')).toBe(true);
  });
});
