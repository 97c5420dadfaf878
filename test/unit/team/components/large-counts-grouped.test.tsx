// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { DealsSection } from '../../../../components/team/DealsSection';
import { RepRowView } from '../../../../components/team/RepRowView';
import { loadTeamView } from '../../../../lib/team/load-team-view';
import { contact, deal, history, NOW, settings } from '../../metrics/builders';
import { cacheWith, teamViewOf } from '../team-cache';
import { tenEmailsOneUndatedReply } from '../ten-emails-one-undated-reply';

afterEach(cleanup);

// The basis lines print "from 3,412 activities" (basis.ts groups digits); the deal counts beside it
// in the same sentence do not: "12345 open deals; typical times from 20000 stored deals … from 35,000 activities".
it('groups the digits of the Deals section’s deal counts as it does the activities beside them', async () => {
  const db = await cacheWith({
    deals: [
      deal({ stage: 'Demo', stageHistory: history(['Demo', new Date(NOW.getTime() - 5 * 86_400_000).toISOString()]) }),
    ],
    contacts: [contact()],
  });
  const view = await loadTeamView({
    db,
    filters: { period: '30d', motion: 'mid-market' },
    settings: settings(),
    now: NOW,
  });
  const big = {
    ...view,
    dealCounts: { open: 12_345, all: 20_000 },
    dealBasis: { activities: 35_000, contacts: 611, imported: 0 },
  };
  const { container } = render(<DealsSection view={big} />);
  const basis = container.querySelector('.tl-basis')?.textContent ?? '';
  expect(basis).toMatch(/35,000 activities/);
  expect(basis).toMatch(/12,345 open deals/);
  expect(basis).toMatch(/20,000 stored deals/);
});

// The Reps table's cells: a team of 20 reps reaches five-digit touches in a quarter.
it('groups the digits of a rep row’s touches, active contacts and manual / automated split', async () => {
  const view = await teamViewOf(tenEmailsOneUndatedReply(5));
  const alex = view.reps.find((r) => r.rep === 'Alex Morgan');
  if (!alex) throw new Error('no row for Alex');
  const big = {
    ...alex,
    counts: { ...alex.counts, total: 12_345, manual: 12_000, automated: 1_345 },
    perContact: { ...alex.perContact, activeContacts: 2_500 },
  };
  const { container } = render(
    <table>
      <tbody>
        <RepRowView row={big} />
      </tbody>
    </table>,
  );
  const touches = container.querySelector<HTMLElement>('[data-metric="rep-touches"]');
  expect([touches?.textContent, touches?.dataset.value]).toEqual(['12,345', '12345']);
  expect(container.querySelector('[data-metric="rep-active-contacts"]')?.textContent).toBe('2,500');
  expect(container.textContent).toContain('12,000 / 1,345');
});
