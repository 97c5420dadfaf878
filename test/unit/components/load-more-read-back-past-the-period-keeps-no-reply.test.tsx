// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import type { Activity } from '../../../lib/schema/activity';
import type { PeriodChoice } from '../../../lib/settings/period-choice';
import { at, call, contact, email, loadMoreUnder, logged, NOW, settings } from '../metrics/builders';
import { renderPanel } from './render-panel';

afterEach(cleanup);

/**
 * A rep opens Jordan Lee's HubSpot contact (now: Fri 20 Nov 2026). The timeline loaded every item
 * from today back to an intro email of Mon 22 Jun 2026 (about five months ago); only items older
 * than that sit behind "Load more" (notRead part "older"). Loaded: that intro email, then three
 * calls of 10–17 Nov. No email in the period, no reply, no meeting.
 *
 * Whatever "Load more" hides is older than 22 Jun, so older than any period the panel offers
 * (decisions.md: 7, 14, 30, 90 days, this quarter, last quarter from 1 Jul): each was read whole.
 * metrics.md ("When a number cannot be computed"): the reply rate is "—" with its reason "no
 * outbound emails in period"; "no reply in period" and "no meeting held in period" are facts. The
 * weekly trend covers only the last 90 days, so it cannot tell: the touch read is what does.
 */

const CALLS = [
  call(at('2026-11-10 10:15'), 'no-answer'),
  call(at('2026-11-13 16:40'), 'voicemail'),
  call(at('2026-11-17 09:05'), 'connected'),
];

const LOADED = [email(at('2026-06-22 09:00'), 'Intro: route pricing'), ...CALLS];

const PERIODS: PeriodChoice[] = ['7d', '14d', '30d', '90d', 'this-quarter', 'last-quarter'];

function outcomesText(period: PeriodChoice, activities: Activity[] = LOADED): string {
  const view = buildContactView({ contact: contact(), activities, settings: settings({ period }), now: NOW });
  const onPage = activities.filter((a) => a.origin !== 'logged-in-touchline');
  renderPanel(
    { status: 'ready', view },
    // The page's feed showed the page's items, never a touch logged in Touchline.
    { capture: { testPage: { status: 'idle' }, onSaveTestPage: vi.fn(), notRead: [loadMoreUnder(onPage)] } },
  );
  const text = screen.getByRole('region', { name: 'Outcomes' }).textContent ?? '';
  cleanup();
  return text;
}

describe('a Load-more contact page read back past the period', () => {
  it.each(PERIODS)('says "no reply in period" under %s: what was not loaded is older than the period', (period) => {
    const text = outcomesText(period);
    expect(text).toContain('no reply in period');
    expect(text).not.toContain('not known (the timeline was read in part)');
  });

  it.each(PERIODS)('gives the reply rate its reason "no outbound emails in period" under %s', (period) => {
    expect(outcomesText(period)).toContain('no outbound emails in period');
  });

  it.each(PERIODS)('says "no meeting held in period" under %s', (period) => {
    expect(outcomesText(period)).toContain('no meeting held in period');
  });
});

describe('a Load-more contact page whose touches read start inside the period', () => {
  it('keeps "no reply in period" not known: the items not loaded may be of the period', () => {
    expect(outcomesText('90d', CALLS)).toContain('whether the contact replied in period is not known');
  });

  it('counts a touch logged in Touchline before the period as no sign of how far the page was loaded', () => {
    const loggedIntro = logged(at('2026-06-22 09:00'), 'email');
    expect(outcomesText('90d', [loggedIntro, ...CALLS])).toContain(
      'whether the contact replied in period is not known',
    );
  });
});
