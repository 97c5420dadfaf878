// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDealView } from '../../../lib/metrics/deal-view';
import type { Activity } from '../../../lib/schema/activity';
import type { PeriodChoice } from '../../../lib/settings/period-choice';
import { at, email, fleetPilot, JORDAN, loadMoreUnder, NOW, reply, SAM, settings } from '../metrics/builders';
import { metric, renderPanel } from './render-panel';

afterEach(cleanup);

/**
 * The Fleet pilot deal with Jordan Lee, Sam Okoye and Rita Haas (now: Fri 20 Nov 2026). The deal
 * timeline loaded everything from today back to the intro email to Sam of 15 Jun 2026 (about five
 * months ago); only items older than that are behind "Load more" (notRead part "older"). On 16 Nov:
 * the demo recap to Jordan and his reply.
 *
 * What was not loaded is older than 15 Jun, so older than any period the panel offers (last
 * quarter starts 1 Jul): the period was read whole. metrics.md "Multi-threading": contacts with a
 * touch in the period, exactly, never "at least" (Sam's only touch is before every period).
 */
const INTRO = email(at('2026-06-15 09:00'), 'Intro: fleet routing', { contactKeys: [SAM] });
const RECAP = [
  email(at('2026-11-16 09:00'), 'Demo recap and pilot scope', { contactKeys: [JORDAN] }),
  reply(at('2026-11-16 13:00'), 'Re: Demo recap and pilot scope', { contactKeys: [JORDAN] }),
];

function contactsWorked(period: PeriodChoice, activities: Activity[] = [INTRO, ...RECAP]): HTMLElement {
  const { deal: fleet, contacts: people } = fleetPilot();
  const view = buildDealView({
    deal: fleet,
    activities,
    contacts: people,
    summaries: [],
    settings: settings({ period }),
    now: NOW,
  });
  const { container } = renderPanel(
    { status: 'ready', view },
    { capture: { testPage: { status: 'idle' }, onSaveTestPage: vi.fn(), notRead: [loadMoreUnder(activities)] } },
  );
  return metric(container, 'contacts-touched');
}

describe('a Load-more deal page read back past the period', () => {
  it.each(['7d', '14d', '30d', '90d', 'this-quarter'] as const)(
    'says exactly "1 of 3" contacts worked under %s',
    (p) => {
      const worked = contactsWorked(p);
      expect(worked.textContent).toBe('1 of 3');
      expect(worked.dataset.lowerBound).toBeUndefined();
    },
  );

  it('says exactly "0 of 3" under last quarter, which none of the touches read falls in', () => {
    const worked = contactsWorked('last-quarter');
    expect(worked.textContent).toBe('0 of 3');
    expect(worked.dataset.lowerBound).toBeUndefined();
  });
});

describe('a Load-more deal page whose touches read start inside the period', () => {
  it('says "at least 1 of 3": the items not loaded may be touches of the period', () => {
    const worked = contactsWorked('90d', RECAP);
    expect(worked.textContent).toBe('at least 1 of 3');
    expect(worked.dataset.lowerBound).toBeDefined();
  });
});
