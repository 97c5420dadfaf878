// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDealView } from '../../../lib/metrics/deal-view';
import type { NotRead } from '../../../lib/schema/read-result';
import { metric, renderPanel } from '../components/render-panel';
import { at, email, fleetPilot, JORDAN, NOW, reply, settings } from './builders';

afterEach(cleanup);

/**
 * The Fleet pilot deal (Demo since 10 Nov) with Jordan Lee, Sam Okoye and Rita Haas, on a HubSpot
 * deal page whose timeline the rep filtered to "Emails" (crm-evidence-2.md: filter tabs
 * `timeline-tab-filter-*`). Read: the demo recap to Jordan (Mon 16 Nov 09:00) and his reply
 * (13:00). Sam's calls and Rita's meeting, if any, are behind the filter.
 *
 * By hand (metrics.md "Multi-threading": the number of the deal's contacts with a touch in the
 * period): Jordan is worked; whether Sam or Rita were is not known from this page. The panel says
 * "Contacts worked 1 of 3" as an exact figure and "no touches in period" beside Sam and Rita: the
 * confident "0"/"none" the brief rules out on a partly read page. The panel already hedges the same
 * figure as "at least N of M" (data-lower-bound) when touches name no contact or have no date
 * (components/contacts-worked.ts); a filtered timeline leaves it just as open.
 */
const FILTERED_TO_EMAILS: NotRead = { field: 'activities', reason: 'the activity timeline is filtered to "Emails"' };

function contactsCard(notRead: NotRead[]) {
  const { deal: fleet, contacts: people } = fleetPilot();
  const activities = [
    email(at('2026-11-16 09:00'), 'Demo recap and pilot scope', { contactKeys: [JORDAN] }),
    reply(at('2026-11-16 13:00'), 'Re: Demo recap and pilot scope', { contactKeys: [JORDAN] }),
  ];
  const view = buildDealView({
    deal: fleet,
    activities,
    contacts: people,
    summaries: [],
    settings: settings(),
    now: NOW,
  });
  const { container } = renderPanel(
    { status: 'ready', view },
    { capture: { testPage: { status: 'idle' }, onSaveTestPage: vi.fn(), notRead } },
  );
  return { card: screen.getByRole('region', { name: 'Contacts on the deal' }), container };
}

describe('contacts worked on a deal timeline filtered to emails', () => {
  it('gives "at least 1 of 3" (a lower bound), not an exact "1 of 3"', () => {
    const { container } = contactsCard([FILTERED_TO_EMAILS]);
    const worked = metric(container, 'contacts-touched');
    expect(worked.textContent).toMatch(/at least 1 of 3/);
    expect(worked.dataset.lowerBound).toBe('true');
  });

  it('does not say "no touches in period" beside Sam and Rita: their touches may be behind the filter', () => {
    const rows = [...contactsCard([FILTERED_TO_EMAILS]).card.querySelectorAll('.tl-contact-row')].map(
      (row) => row.textContent,
    );
    expect(rows).toHaveLength(3);
    expect(rows.filter((row) => /no touches in period$/.test(row ?? ''))).toEqual([]);
  });

  it("says beside the deal's last touch that a newer one may be behind the filter", () => {
    const { container } = contactsCard([FILTERED_TO_EMAILS]);
    const line = metric(container, 'days-since-last-touch').parentElement?.textContent ?? '';
    expect(line).toMatch(/^Last touch on the deal: 4 days ago \(The timeline was read in part: a newer touch/);
  });

  it('(control) is exactly 1 of 3, Sam and Rita untouched, when the timeline was read in full', () => {
    const { card, container } = contactsCard([]);
    expect(metric(container, 'contacts-touched').textContent).toBe('1 of 3');
    expect(card.textContent).toContain('Sam Okoyeno touches in period');
    expect(metric(container, 'days-since-last-touch').parentElement?.textContent).toBe(
      'Last touch on the deal: 4 days ago',
    );
  });
});
