import { describe, expect, it } from 'vitest';
import { dealPage, property, readDeal } from './deal-page';

/**
 * Review s60 (dealpanel). HubSpot's "Date entered" label names the stage and, in parentheses last,
 * its pipeline: 'Date entered "Negotiation (legal) (Sales Pipeline)"'. The label's pattern took
 * everything from the first parenthesis for the pipeline, so the stage read "Negotiation": no entry
 * for the deal's stage, "0–36 days in stage" and no stall warning, plus a stage that does not exist.
 * Review s60 (rega): a pipeline named with parentheses of its own ("Sales (EMEA)") is the last group too.
 */
function history(stage: string, pipeline: string, label: (stage: string) => string, showPipeline = true) {
  const entered = (named: string, when: string) => property(label(named), `<span>${when}</span>`);
  const { record } = readDeal(
    dealPage({
      sidebar: `<div data-test-id="highlight-property-item-dealstage"><span>Deal stage</span> <span>${stage}</span></div>
<div data-selenium-test="highlightedPropertySidebar">${showPipeline ? property('Pipeline', pipeline) : ''}${entered('Proposal', 'Oct 1, 2026 10:00 AM')}${entered(stage, 'Oct 15, 2026 10:00 AM')}</div>`,
      items: [],
    }),
  );
  return record.stageHistory;
}

describe('HubSpot "Date entered" for a stage or pipeline named with parentheses of its own', () => {
  it.each([
    ['Negotiation (legal)', 'Sales Pipeline', true],
    ['Negotiation (legal)', 'Sales Pipeline', false],
    ['Negotiation', 'Sales (EMEA)', true],
    ['Negotiation', 'Sales (EMEA)', false],
  ])('"%s (%s)" (pipeline shown: %s) dates the stage, whole', (stage, pipeline, shown) => {
    expect(history(stage, pipeline, (named) => `Date entered "${named} (${pipeline})"`, shown)).toEqual([
      { stage: 'Proposal', enteredAt: '2026-10-01T10:00:00.000Z' },
      { stage, enteredAt: '2026-10-15T10:00:00.000Z' },
    ]);
  });

  // Review s60 (regc): without the pipeline shown, the cut left a space before the quote.
  it('a quote closing the stage before the pipeline, the pipeline not shown', () => {
    expect(
      history('Negotiation', 'Sales Pipeline', (named) => `Date entered "${named}" (Sales Pipeline)`, false),
    ).toEqual([
      { stage: 'Proposal', enteredAt: '2026-10-01T10:00:00.000Z' },
      { stage: 'Negotiation', enteredAt: '2026-10-15T10:00:00.000Z' },
    ]);
  });

  it('a quote closing the stage before the pipeline (Date entered "Negotiation (legal)" (Sales Pipeline))', () => {
    expect(
      history('Negotiation (legal)', 'Sales Pipeline', (named) => `Date entered "${named}" (Sales Pipeline)`),
    ).toEqual([
      { stage: 'Proposal', enteredAt: '2026-10-01T10:00:00.000Z' },
      { stage: 'Negotiation (legal)', enteredAt: '2026-10-15T10:00:00.000Z' },
    ]);
  });
});
