/**
 * docs/your-data.md: "Figures that reach back further than Touchline holds say so instead of
 * counting what is gone ... Raising the setting does not bring deleted activities back: open panels
 * read their page again ..., and since the team page covers records not read again, each daily run
 * ... notes the cutoff it applies (`settings.prunedBefore`) ...; after a raise, the team page's
 * figures start there until the new setting's cutoff has passed it (lib/settings/kept-from.ts)."
 *
 * A deal's panel counts its contacts' touches too (lib/db/reads.ts readDealData reads each
 * contact's activities), and reading the deal's page again brings back only what that page shows. Retention was
 * 30 days and a daily run deleted everything before 30 days ago; today it is raised to 400. The
 * deal panel's last 90 days then count only the last 30 and say nothing: buildDealView
 * (lib/metrics/deal-view.ts:58) takes "kept" from the setting's cutoff alone, while the same
 * function already uses keptFrom (which knows the pruning mark) for "last touch before kept".
 */
import { describe, expect, it } from 'vitest';
import { buildDealView } from '../../../lib/metrics/deal-view';
import { contact, deal, email, JORDAN, NOW, settings } from './builders';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();
/** The daily run under 30 days' retention, a week ago, deleted everything before this. */
const PRUNED_BEFORE = new Date(NOW.getTime() - 37 * DAY).toISOString();

describe('a deal panel after retention was raised from 30 to 400 days', () => {
  it('says its last 90 days are counted from where the pruning under 30 days left off', () => {
    const fleet = deal({ stage: 'Proposal', contacts: [{ id: '901', name: 'Jordan Lee' }] });
    const view = buildDealView({
      deal: fleet,
      // The one touch Touchline still holds: an email to Jordan 10 days ago (the ones 40–90 days ago were deleted).
      activities: [email(daysAgo(10), 'Route pricing v2', { contactKeys: [JORDAN] })],
      contacts: [contact()],
      summaries: [],
      settings: settings({ period: '90d', retentionDays: 400, prunedBefore: PRUNED_BEFORE }),
      now: NOW,
    });
    // By hand: the period starts 90 days ago, before the pruning mark 37 days ago: counts start at the mark.
    expect(view.period.keptFrom).toBe(PRUNED_BEFORE);
  });

  it('starts its weekly trend in the week of the pruning mark, not with empty weeks Touchline holds nothing of', () => {
    const view = buildDealView({
      deal: deal({ stage: 'Proposal', contacts: [{ id: '901', name: 'Jordan Lee' }] }),
      activities: [email(daysAgo(10), 'Route pricing v2', { contactKeys: [JORDAN] })],
      contacts: [contact()],
      summaries: [],
      settings: settings({ period: '90d', retentionDays: 400, prunedBefore: PRUNED_BEFORE }),
      now: NOW,
    });
    // By hand: the mark, 14 October 2026 at 08:00 in Los Angeles, is a Wednesday; its week starts Monday 12 October.
    expect(view.weekly[0]?.weekStart).toBe('2026-10-12');
  });

  it('with no pruning mark later than the setting’s cutoff, counts its last 90 days whole', () => {
    const view = buildDealView({
      deal: deal({ stage: 'Proposal', contacts: [{ id: '901', name: 'Jordan Lee' }] }),
      activities: [email(daysAgo(10), 'Route pricing v2', { contactKeys: [JORDAN] })],
      contacts: [contact()],
      summaries: [],
      // A mark from a run under 400 days, long before the period: nothing in it was deleted.
      settings: settings({ period: '90d', retentionDays: 400, prunedBefore: daysAgo(401) }),
      now: NOW,
    });
    expect(view.period.keptFrom).toBeUndefined();
  });
});
