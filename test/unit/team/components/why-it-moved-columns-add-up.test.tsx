// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { WhyItMoved } from '../../../../components/team/WhyItMoved';
import { teamPeriods } from '../../../../lib/team/periods';
import type { TeamView } from '../../../../lib/team/team-view';
import { whyItMoved } from '../../../../lib/team/why-it-moved';

afterEach(cleanup);

/** One period's touches on active contacts: `emails` and `calls` in all, over `contacts`. */
const side = (contacts: number, emails: number, calls: number) => ({
  value: (emails + calls) / contacts,
  touches: emails + calls,
  activeContacts: contacts,
  byChannel: { call: calls / contacts, email: emails / contacts, meeting: 0, social: 0, sms: 0 },
});

/** The table's parts and its change row, as shown (numbers read back from the text). */
function shownTable(before: ReturnType<typeof side>, after: ReturnType<typeof side>) {
  const periods = teamPeriods('30d', new Date('2026-11-20T15:00:00Z'), 'UTC');
  const { container } = render(<WhyItMoved view={{ periods, movement: whyItMoved(before, after) } as TeamView} />);
  const cells = (row: Element) => [...row.querySelectorAll('td')].map((td) => td.textContent ?? '');
  const parts = [...container.querySelectorAll('tr[data-part]')].map(cells);
  const change = cells(container.querySelector('tbody tr:last-child') as Element);
  cleanup();
  return { parts, change };
}

const sum = (texts: string[]) => Math.round(texts.reduce((total, text) => total + Number(text), 0) * 10) / 10;

describe('Why it moved: the table of parts', () => {
  it('shows parts that add up to the change it states, in touches and in points', () => {
    // 3 contacts with 2 emails and 1 call each, then 2 contacts with 3 emails and 2 calls each:
    // thirds everywhere, so parts rounded one by one would miss the change by a tenth.
    const cases = [
      [side(3, 6, 3), side(2, 6, 4)],
      [side(3, 5, 4), side(3, 4, 5)],
      [side(6, 7, 2), side(7, 3, 8)],
      [side(9, 10, 1), side(4, 2, 9)],
    ] as const;
    for (const [before, after] of cases) {
      const { parts, change } = shownTable(before, after);
      expect(sum(parts.map((p) => p[0] as string)), `touches of ${JSON.stringify(parts)}`).toBe(
        after.touches - before.touches,
      );
      expect(sum(parts.map((p) => p[1] as string)), `points of ${JSON.stringify(parts)} against ${change[1]}`).toBe(
        Number(change[1]),
      );
    }
  });
});
