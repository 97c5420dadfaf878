// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { deal, NOW } from '../metrics/builders';
import { dealRowShown } from './deal-row-shown';
import { cacheWith } from './team-cache';

afterEach(cleanup);

const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

describe('deal row: stage warning when time in stage is not known', () => {
  // A deal in Demo whose page showed no stage history: days in stage unknown ("—"). Its panel
  // (StageCard) says "time in stage unknown"; metrics stage-warning: "without a time in stage there
  // is nothing to compare". The team page's Warning column must not give it a verdict ("on track").
  it('does not call a deal of unknown time in stage on track', async () => {
    const d = deal({ name: 'Pilot without history', stage: 'Demo', stageHistory: [] });
    const db = await cacheWith({ deals: [d] });
    const { row, container } = await dealRowShown(db, d.key);
    expect(row.daysInStage).toBeNull();
    const cell = container.querySelector('[data-metric="stage-warning"]')?.closest('td');
    expect(cell?.textContent).not.toMatch(/on track/);
    expect(cell?.textContent).toBe('time in stage unknown');
    expect(cell?.querySelector('[data-metric]')?.getAttribute('data-value')).toBe('none');
  });

  // A deal Touchline first saw 3 days ago in Demo, on a page with no history: "≥ 3 days", the deal
  // may have been there for months. The panel says "no warning yet: time in stage is a lower
  // bound"; "on track" states what is not known.
  it('does not call a deal whose time in stage is only a lower bound on track', async () => {
    const d = deal({
      name: 'Pilot first seen lately',
      stage: 'Demo',
      stageHistory: [{ stage: 'Demo', enteredAt: ago(3), firstSeen: true }],
    });
    const db = await cacheWith({ deals: [d] });
    const { row, container } = await dealRowShown(db, d.key);
    expect(row.daysInStageAtLeast).toBe(true);
    const cell = container.querySelector('[data-metric="stage-warning"]')?.closest('td');
    expect(cell?.textContent).not.toMatch(/on track/);
    expect(cell?.textContent).toBe('no warning yet: time in stage is a lower bound');
  });
});
