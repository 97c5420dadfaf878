// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { at, deal, history } from '../metrics/builders';
import { dealRowShown } from './deal-row-shown';
import { cacheWith } from './team-cache';

afterEach(cleanup);

/**
 * The Fleet pilot's row on the team page when its stage history dates the entry into Proposal Wed 25
 * Nov 09:00 (Los Angeles), five days after now (a history edited by hand, an import typo): as on the
 * deal panel, the deal has not entered Proposal yet, so its days there are not known (contracts.md:
 * `data-value=""` with `data-reason`), never "0 days · on track".
 */
describe('deal row: a stage the history dates after now', () => {
  it('has no days in stage and no verdict, with the reason entered-after-now', async () => {
    const d = deal({
      stage: 'Proposal',
      stageHistory: history(['Demo', at('2026-10-01 10:00')], ['Proposal', at('2026-11-25 09:00')]),
    });
    const { row, container } = await dealRowShown(await cacheWith({ deals: [d] }), d.key);
    expect(row.daysInStage).toBeNull();
    const days = container.querySelector<HTMLElement>('[data-metric="days-in-stage"]');
    expect([days?.dataset.value, days?.dataset.reason]).toEqual(['', 'entered-after-now']);
    const warning = container.querySelector<HTMLElement>('[data-metric="stage-warning"]');
    expect([warning?.dataset.value, warning?.dataset.reason]).toEqual(['', 'entered-after-now']);
    expect(warning?.closest('td')?.textContent).not.toMatch(/on track/);
  });
});
