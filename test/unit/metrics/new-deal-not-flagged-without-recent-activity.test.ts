import { describe, expect, it } from 'vitest';
import { buildStageSummaries } from '../../../lib/db/stage-summary-tally';
import { buildDealView } from '../../../lib/metrics/deal-view';
import type { Deal } from '../../../lib/schema/record';
import { at, deal, history, LA, NOW, settings } from './builders';

/**
 * metrics.md "Deal without recent activity": no touch on any of the deal's contacts for MORE THAN
 * the follow-up limit (14 days). The panel's flag says "No touch on any of the deal's contacts for
 * longer than the follow-up limit". A deal whose page history shows it entered its first stage
 * yesterday (an exact entry, not a first sighting) has been without a touch for one day at most:
 * the flag's claim is false for it. A deal never touched whose start is not known keeps the flag.
 */
const untouched = (d: Deal) =>
  buildDealView({
    deal: d,
    activities: [],
    contacts: [],
    summaries: buildStageSummaries([d], LA),
    settings: settings(),
    now: NOW,
  });

describe('no recent activity on a deal that began inside the follow-up limit', () => {
  it('is not raised for a deal created yesterday with no touch yet', () => {
    const fresh = deal({ stage: 'Discovery', stageHistory: history(['Discovery', at('2026-11-19 10:00')]) });
    const view = untouched(fresh);
    expect(view.daysInStage).toBe(1);
    expect(view.noRecentActivity).toBe(false);
  });

  it('is raised once the deal is older than the limit (15 days in its first stage)', () => {
    const d = deal({ stage: 'Discovery', stageHistory: history(['Discovery', at('2026-11-05 10:00')]) });
    expect(untouched(d).noRecentActivity).toBe(true);
  });

  it('stays raised when the start is not known: a first sighting, or a stay in a later stage', () => {
    // Touchline first saw the deal yesterday on a page with no history: it may be months old.
    const seen = deal({
      stage: 'Discovery',
      stageHistory: [{ stage: 'Discovery', enteredAt: at('2026-11-19 10:00'), firstSeen: true }],
    });
    // Demo dated yesterday (a "Last Stage Change Date"): the stays before it are not named.
    const later = deal({ stage: 'Demo', stageHistory: history(['Demo', at('2026-11-19 10:00')]) });
    expect([untouched(seen).noRecentActivity, untouched(later).noRecentActivity]).toEqual([true, true]);
  });
});
