// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RepRowView } from '../../../components/team/RepRowView';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { contact, email, JORDAN, NOW, SAM, settings } from '../metrics/builders';
import { cacheWith } from './team-cache';

afterEach(cleanup);

const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();
const ALEX = 'Alex Morgan';

describe('manual / automated split with automated touches left out of the headline', () => {
  // Alex wrote Jordan twice by hand; a sequence sent Sam 3 emails. With countAutomated off,
  // metrics.md: automated touches are left out of every touch figure "and shown apart
  // ('3 automated, not counted')"; "the split manual/automated is always shown". Touches = 2,
  // and the split must still say 3 automated (not counted): turning the setting off must not make
  // the sequence's emails vanish from the one place that shows them.
  it('still shows the 3 automated emails apart', async () => {
    const acts = [
      email(ago(2), 'm1', { owner: ALEX, contactKeys: [JORDAN] }),
      email(ago(3), 'm2', { owner: ALEX, contactKeys: [JORDAN] }),
      email(ago(4), 's1', { owner: ALEX, contactKeys: [SAM], automated: true }),
      email(ago(5), 's2', { owner: ALEX, contactKeys: [SAM], automated: true }),
      email(ago(6), 's3', { owner: ALEX, contactKeys: [SAM], automated: true }),
    ];
    const db = await cacheWith({ activities: acts, contacts: [contact()] });
    const view = await loadTeamView({
      db,
      filters: { period: '30d', motion: 'mid-market' },
      settings: settings({ countAutomated: false }),
      now: NOW,
    });
    const row = view.reps.find((r) => r.rep === ALEX);
    if (!row) throw new Error('no row for Alex');
    expect(row.counts.total).toBe(2);
    expect(row.counts.manual).toBe(2);
    expect(row.counts.automated).toBe(3);
    const { container } = render(
      <table>
        <tbody>
          <RepRowView row={row} />
        </tbody>
      </table>,
    );
    expect(container.textContent).toContain('automated not counted');
  });
});
