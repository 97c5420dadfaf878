// A manager opens a Pipedrive deal on Fri Nov 20 (Demo Scheduled, "3 d") and again on Fri Nov 27,
// after the deal moved to Proposal Made on Wed Nov 25 10:00.
import { describe, expect, it } from 'vitest';
import { asDeal, DAY, extension, NOW } from './chain';

const week = new Date(NOW.getTime() + 7 * DAY); // Fri 2026-11-27 15:00 UTC

const bar = (h: string, demo: string, proposal: string) =>
  h
    .replace(
      'cui5-stage-selector__stage--active" aria-selected="true" aria-label="Demo Scheduled">3 d · Demo Scheduled',
      `cui5-stage-selector__stage--passed" aria-selected="false" aria-label="Demo Scheduled">${demo}Demo Scheduled`,
    )
    .replace(
      'class="cui5-stage-selector__stage" aria-selected="false" aria-label="Proposal Made">Proposal Made',
      `class="cui5-stage-selector__stage cui5-stage-selector__stage--active" aria-selected="true" aria-label="Proposal Made">${proposal}Proposal Made`,
    )
    .replaceAll('Yesterday at 11:20 AM', 'November 19, 2026 at 11:20 AM');

const changelog = `<div class="FlowItem_item__t7Kq2">
                <span class="cui5-icon FlowItem_icon__t7Kq2" aria-label="Changelog" title="Changelog"></span>
                <div class="FlowItem_card__t7Kq2">
                  <div class="FlowItem_text__t7Kq2">Stage: Demo Scheduled → Proposal Made</div>
                  <div class="FlowItem_meta__t7Kq2"><span class="FlowItem_date__t7Kq2">November 25, 2026 at 10:00 AM</span> · <span>Casey Nguyen</span></div>
                </div>
              </div>
              `;
const withMove = (h: string) => {
  const moved = bar(h, '8 d · ', '2 d · ');
  const at = moved.indexOf('<div class="FlowItem_item__t7Kq2">');
  return moved.slice(0, at) + changelog + moved.slice(at);
};

describe('a Pipedrive deal that moved stage between two visits', () => {
  it('the page shows the move (changelog and "2 d"): 2 days in Proposal Made, exactly', async () => {
    const ext = extension();
    await ext.open('pipedrive', 'deal-hashed');
    ext.clock.now = week;
    const view = asDeal(await ext.open('pipedrive', 'deal-hashed', withMove));
    expect(view.stage).toBe('Proposal Made');
    expect(view.daysInStage).toBe(2);
    expect(view.daysInStageAtLeast).toBeFalsy();
    expect(view.warning).toBe('none');
    // Demo Scheduled lasted Nov 17 -> Nov 25: 8 days.
    expect(view.stageTimeline.find((s) => s.stage === 'Demo Scheduled')).toMatchObject({ days: 8, current: false });
    expect(view.touches.total).toBe(4);
    expect(view.daysSinceLastTouch).toBe(8);
  });

  it('the page shows only the new stage: between 0 and 7 days (seen in Demo Scheduled on Nov 20)', async () => {
    const ext = extension();
    await ext.open('pipedrive', 'deal-hashed');
    ext.clock.now = week;
    const view = asDeal(await ext.open('pipedrive', 'deal-hashed', (h) => bar(h, '', '')));
    expect(view.stage).toBe('Proposal Made');
    expect(view.daysInStage).toBe(0);
    expect(view.daysInStageAtLeast).toBe(true);
    expect(view.daysInStageUpTo).toBe(7);
    expect(view.warning).toBe('none');
  });
});
