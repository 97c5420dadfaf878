import { render } from '@testing-library/preact';
import { DealRowView } from '../../../components/team/DealRowView';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { Settings } from '../../../lib/schema/settings';
import type { DealRow } from '../../../lib/team/deal-row';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { NOW, settings } from '../metrics/builders';

/** A deal's row on the team page over the cache (last 30 days, mid-market; default settings unless given), and as drawn. */
export async function dealRowShown(
  db: TouchlineDb,
  dealKey: string,
  given: Settings = settings(),
): Promise<{ row: DealRow; container: Element }> {
  const view = await loadTeamView({
    db,
    filters: { period: '30d', motion: 'mid-market' },
    settings: given,
    now: NOW,
  });
  const row = view.deals.find((r) => r.key === dealKey);
  if (!row) throw new Error('no deal row');
  const { container } = render(
    <table>
      <tbody>
        <DealRowView row={row} />
      </tbody>
    </table>,
  );
  return { row, container };
}
