// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { deal, NOW } from '../metrics/builders';
import { dealRowShown } from './deal-row-shown';
import { cacheWith } from './team-cache';

afterEach(cleanup);

const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

const warningOf = (container: Element) => {
  const metric = container.querySelector('[data-metric="stage-warning"]');
  return [metric?.getAttribute('data-value'), metric?.getAttribute('data-reason')];
};

describe('deal row: stage warning when time in stage is not known', () => {
  // A deal in Demo whose page showed no stage history: days in stage unknown ("—"). Its panel
  // (StageCard) says "time in stage unknown"; metrics stage-warning: "without a time in stage there
  // is nothing to compare". The team page's Warning column must not give it a verdict ("on track"),
  // and its value is empty with the panel's reason (contracts.md: a value that cannot be computed is
  // `data-value=""` with `data-reason`), not "none", which says the deal is on pace.
  it('does not call a deal of unknown time in stage on track', async () => {
    const d = deal({ name: 'Pilot without history', stage: 'Demo', stageHistory: [] });
    const db = await cacheWith({ deals: [d] });
    const { row, container } = await dealRowShown(db, d.key);
    expect(row.daysInStage).toBeNull();
    const cell = container.querySelector('[data-metric="stage-warning"]')?.closest('td');
    expect(cell?.textContent).not.toMatch(/on track/);
    expect(cell?.textContent).toBe('time in stage unknown');
    expect(warningOf(container)).toEqual(['', 'no-stage-history']);
  });

  // A deal whose page showed no stage at all: the panel's reason is `no-stage`.
  it('gives a deal without a stage an empty warning with the reason no-stage', async () => {
    const d = deal({ name: 'Pilot without stage', stageHistory: [] });
    const db = await cacheWith({ deals: [d] });
    const { row, container } = await dealRowShown(db, d.key);
    expect(row.stage).toBeUndefined();
    expect(warningOf(container)).toEqual(['', 'no-stage']);
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
    // The lower bound is compared, as on the panel: under the typical time, no warning.
    expect(warningOf(container)).toEqual(['none', null]);
  });
});
