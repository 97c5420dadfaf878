import { describe, expect, it } from 'vitest';
import { buildDealView } from '../../../lib/metrics/deal-view';
import type { Deal } from '../../../lib/schema/record';
import { at, deal, history, NOW, settings } from './builders';

/**
 * metrics.md: closed (won or lost) deals never get a warning; decisions.md: what cannot be read is
 * said plainly, never guessed. A HubSpot deal in a stage whose outcome its Korean page could not
 * show (Deal.outcomeNotReadIn) may be won: the view gives no warning value, and says why. Before,
 * the stored deal looked open and got "stalled" 81 days into a stage typically 14.
 */
const inStage = (stage: string, mark?: string): Deal =>
  deal({
    stage,
    stages: undefined,
    pipeline: '세일즈 파이프라인',
    stageHistory: history(['계약 진행', at('2026-08-01 10:00')], [stage, at('2026-08-31 10:00')]),
    ...(mark ? { outcomeNotReadIn: mark } : {}),
  });
const view = (d: Deal) =>
  buildDealView({ deal: d, activities: [], contacts: [], summaries: [], settings: settings(), now: NOW });

describe('the deal view of a deal whose outcome was not read', () => {
  it('has no warning value, and its reason says the outcome was not read', () => {
    const v = view(inStage('성사됨', '성사됨'));
    expect(v.warning).toBeNull();
    expect(v.outcomeNotRead).toBe(true);
    expect(v.warningReason).toMatch(
      /^Outcome not read: the page did not show in a way Touchline reads whether the deal is won, lost or still open/,
    );
    // Time in stage is still what the history says.
    expect(v.daysInStage).toBe(81);
  });

  it('warns as an open deal does once it is in another stage than the one marked', () => {
    // Another copy (a backup merged in, a deal export) brought a later stage: the mark is of the old one.
    const v = view(inStage('계약 진행 2', '성사됨'));
    expect([v.warning, v.outcomeNotRead]).toEqual(['stalled', undefined]);
  });

  it('gives a closed deal its closed reason, mark or not', () => {
    const v = view({ ...inStage('성사됨', '성사됨'), closed: 'won' });
    expect([v.warning, v.outcomeNotRead, v.warningReason]).toEqual([
      'none',
      undefined,
      'Closed won: closed deals get no stage warning.',
    ]);
  });

  it('is an open deal\'s "stalled" without the mark', () => {
    expect(view(inStage('성사됨')).warning).toBe('stalled');
  });
});
