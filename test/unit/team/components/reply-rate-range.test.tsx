// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RepRowView } from '../../../../components/team/RepRowView';
import { teamViewOf } from '../team-cache';
import { tenEmailsOneUndatedReply } from '../ten-emails-one-undated-reply';

afterEach(cleanup);

/**
 * 4 of Alex's 10 emails answered with dated replies, and contact 5's reply without a readable date
 * may answer a fifth: the cell shows "40–50%" (not "—"), data-value the lower bound and data-upper
 * the upper as 0–1 decimals (contracts.md: a rate's data-value, 2 decimals), and still says why.
 */
describe("the reply rate cell of a rep whose contact's reply has no readable date", () => {
  it('shows 40–50% with data-value 0.40, data-upper 0.50 and the reason in words', async () => {
    const view = await teamViewOf(tenEmailsOneUndatedReply(5));
    const alex = view.reps.find((r) => r.rep === 'Alex Morgan');
    if (!alex || !view.team) throw new Error('no rows for Alex and the team');
    const { container } = render(
      <table>
        <tbody>
          <RepRowView row={view.team} isTeam />
          <RepRowView row={alex} />
        </tbody>
      </table>,
    );
    for (const row of ['[data-team="true"]', '[data-rep="Alex Morgan"]']) {
      const cell = container.querySelector<HTMLElement>(`${row} [data-metric="rep-reply-rate"]`);
      expect(cell?.textContent).toBe('40–50%');
      expect([cell?.dataset.value, cell?.dataset.upper, cell?.dataset.reason]).toEqual([
        '0.40',
        '0.50',
        'undated-replies',
      ]);
      expect(cell?.parentElement?.textContent).toContain(
        '4 of 10 emails answered; a reply without a readable date may answer more',
      );
    }
  });
});
