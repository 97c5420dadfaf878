// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { deal, NOW, PIPELINE } from '../metrics/builders';
import { dealRowShown } from './deal-row-shown';
import { cacheWith } from './team-cache';

afterEach(cleanup);

const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

/**
 * A HubSpot deal read on a Korean page: its stage "성사됨" (closed won) is in a language Touchline has no
 * closed-stage words for, so the reading reported the outcome as not read and the stored deal says so
 * (`outcomeNotReadIn`). Ninety days in that stage against a typical ten would be "stalled", but the deal
 * may well be won: the deal panel gives no warning and says why, and the team page's Deals list must
 * not put it first as stalled either. As on the panel, the warning's value is empty with its reason
 * (contracts.md), not "none": whether the deal is on pace is not known.
 */
it('gives a deal whose outcome was not read no stall warning, and says why', async () => {
  const others = [1, 2, 3].map((n) =>
    deal({
      stages: [...PIPELINE, '성사됨'],
      stageHistory: [
        { stage: 'Demo', enteredAt: ago(40 + n) },
        { stage: 'Proposal', enteredAt: ago(30 + n) },
      ],
    }),
  );
  const maybeWon = deal({
    name: 'Seoul rollout',
    stages: [...PIPELINE, '성사됨'],
    stage: '성사됨',
    outcomeNotReadIn: '성사됨',
    stageHistory: [
      { stage: 'Proposal', enteredAt: ago(120) },
      { stage: '성사됨', enteredAt: ago(90) },
    ],
  });
  const db = await cacheWith({ deals: [...others, maybeWon] });
  const { row, container } = await dealRowShown(db, maybeWon.key);

  expect(row.warning).toBe('none');
  const cell = container.querySelector('[data-metric="stage-warning"]')?.closest('td');
  expect(cell?.textContent).toMatch(/^outcome not read/);
  expect(cell?.textContent).toMatch(/whether the deal is won, lost or still open/);
  const metric = cell?.querySelector('[data-metric="stage-warning"]');
  expect([metric?.getAttribute('data-value'), metric?.getAttribute('data-reason')]).toEqual(['', 'outcome-not-read']);
});
