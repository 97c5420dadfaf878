/**
 * components/options/retention-warning.ts: the retention field says "what a retention too short for
 * the numbers loses" (the value is still saved). The team page's early warning looks back 35 days
 * (lib/metrics/early-warning.ts EARLY_WARNING_DAYS: the last 7 days and the 4 weeks before them) and
 * is withheld when that reaches past what Touchline keeps (lib/team/rep-row.ts, "beyond-retention";
 * docs/your-data.md: the team page "withholds the early warning"). With the period on "last 7 days"
 * (the comparison needs 14) and retention 30, the field says nothing, and every rep's early warning
 * on the team page is gone.
 */
import { describe, expect, it } from 'vitest';
import { retentionWarning } from '../../../components/options/retention-warning';
import { EARLY_WARNING_DAYS } from '../../../lib/metrics/early-warning';
import { reachesPastKept } from '../../../lib/settings/kept-from';

const NOW = new Date('2026-11-20T15:00:00Z');
const DAY = 86_400_000;

describe('a retention of 30 days with the period on the last 7 days', () => {
  it('is flagged beside the retention field: the team page’s early warning needs 35 days', () => {
    // What the team page does with it (rep-row.ts): the 35-day look-back reaches past what is kept.
    expect(reachesPastKept(new Date(NOW.getTime() - EARLY_WARNING_DAYS * DAY), { retentionDays: 30 }, NOW)).toBe(true);
    expect(retentionWarning({ retentionDays: 30, followUpDays: 14, period: '7d' }) ?? 'no warning').toMatch(
      /early warning/,
    );
  });
});
