// @vitest-environment happy-dom
/**
 * docs/your-data.md: "Figures that reach back further than Touchline holds say so instead of
 * counting what is gone: the panel's touch counts say 'Counted from <date>' ..." and "after a
 * raise, ... figures start there [settings.prunedBefore] until the new setting's cutoff has passed
 * it (lib/settings/kept-from.ts)". The deal panel and the team page count from that mark
 * (deal-panel-after-retention-raise.test.ts); the contact panel took the setting's cutoff alone.
 *
 * Retention was 30 days and the daily run deleted everything before 30 days back; then the user
 * raised retention to 365. The contact's last 90 days hold only the last 30: the panel must say
 * its counts start at the run's cutoff, not claim all 90 days. Reading the contact's page again
 * does not bring back what a CSV import brought, nor the part of a timeline the page did not load.
 */
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { recordView } from '../../../lib/background/record-view';
import { pruneExpired } from '../../../lib/db/retention';
import { retentionCutoff } from '../../../lib/db/retention-rule';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { withPruneRun } from '../../../lib/settings/kept-from';
import { renderPanel } from '../components/render-panel';
import { cacheWith } from '../team/team-cache';
import { contact, email, JORDAN, NOW, settings } from './builders';

afterEach(cleanup);

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();
const imported = { origin: 'import' as const };

describe('a contact panel after retention was raised from 30 to 365 days', () => {
  it('counts its last 90 days from where the daily run under 30 days deleted, and says so', async () => {
    // Emails to Jordan 10, 45 and 80 days ago, brought by a CSV import of the CRM's activities.
    const db = await cacheWith({
      activities: [
        email(daysAgo(10), 'Route pricing v2', imported),
        email(daysAgo(45), 'Intro', imported),
        email(daysAgo(80), 'First note', imported),
      ],
      contacts: [contact({ createdAt: daysAgo(200) })],
    });
    // The daily run under 30 days: it notes its cutoff, then deletes the two older emails.
    const cutoff = retentionCutoff(NOW, 30);
    const afterRun = withPruneRun(settings({ period: '90d', retentionDays: 30 }), cutoff);
    expect(await pruneExpired(db, NOW, 30)).toBe(2);
    // Raised to 365 today, before the next run.
    const raised = { ...afterRun, retentionDays: 365 };

    const view = await recordView(db, JORDAN, { settings: raised, now: NOW, onInvalid: () => undefined });
    if (view?.kind !== 'contact') throw new Error('no contact view');
    expect(view.touches.total).toBe(1);
    // By hand: the period starts 90 days ago, before the run's cutoff 30 days ago: counts start there.
    expect(view.period.keptFrom).toBe(cutoff);
    // Its weekly trend starts in the week of the cutoff (Wednesday 21 Oct 2026 in Los Angeles: week of 19 Oct).
    expect(view.weekly[0]?.weekStart).toBe('2026-10-19');

    const { container } = renderPanel({ status: 'ready', view });
    const notice = container.querySelector<HTMLElement>('[data-notice="beyond-retention"]');
    expect(notice?.dataset.value).toBe(cutoff);
    expect(notice?.textContent).toMatch(/^Counted from 21 Oct 2026, 08:00:/);
  });

  it('with no run mark later than the new cutoff, counts its last 90 days whole, as the deal panel does', () => {
    const view = buildContactView({
      contact: contact(),
      activities: [email(daysAgo(10))],
      // A mark from a run under 400 days, long before the period: nothing in it was deleted.
      settings: settings({ period: '90d', retentionDays: 365, prunedBefore: daysAgo(401) }),
      now: NOW,
    });
    expect(view.period.keptFrom).toBeUndefined();
  });
});
