/**
 * Review s35 r3 (the Salesforce case of test/unit/zz-review-mutate/never-silent.test.ts): a Stage
 * History row whose date cannot be read must not vanish without a note, and the stay before it must
 * not run on to the next dated row (metrics.md, "Time in stage": a range when the exit is not known).
 * Expected values are worked out by hand from the mutated fixture.
 */
import { describe, expect, it } from 'vitest';
import { stageTimeline } from '../../../../lib/metrics/stage-time';
import type { StageEntry } from '../../../../lib/schema/record';
import { FIXTURE_NOW, FIXTURE_ZONE } from '../../../fixtures/fixture-files';
import { edited, fixturePage, readPage } from '../page-variation';
import {
  dealInProposal,
  dealPage,
  field,
  HISTORY_COLUMNS,
  historyRow,
  NOW,
  path,
  readDeal,
  relatedCard,
  step,
} from './opportunity-page';

const page = fixturePage('salesforce', 'deal-stage-history');
// Stage History rows, newest first: Proposal 11/14 9:30 AM, Demo 11/4 4:00 PM, Qualified 10/26 11:00 AM, Discovery 10/21.
const demoUndated = readPage(edited(page.html, ['<td>11/4/2026, 4:00 PM</td>', '<td>—</td>']), page.url);
const history = demoUndated.record.stageHistory as StageEntry[];

describe('a Stage History row "Demo" whose Last Modified shows "—"', () => {
  it('is not read with a made-up date, and the history is reported as incomplete', () => {
    // Demo was entered some time after Qualified's row (Oct 26, 11:00) and by Proposal's (Nov 14, 9:30).
    expect(history.find((e) => e.stage === 'Demo')).toEqual({
      stage: 'Demo',
      enteredAt: '2026-11-14T09:30:00.000Z',
      after: '2026-10-26T11:00:00.000Z',
    });
    const notes = demoUndated.notRead.filter((n) => /stageHistory/.test(n.field));
    expect(notes.some((n) => n.reason.includes('Demo') && n.reason.includes('—'))).toBe(true);
  });

  it('does not give Qualified the 19 days to Proposal: it left for Demo some time in between', () => {
    const stints = stageTimeline({ stage: 'Proposal', stageHistory: history }, FIXTURE_NOW, FIXTURE_ZONE);
    const qualified = stints.find((s) => s.stage === 'Qualified');
    // Entered Oct 26, left at the latest on Nov 14 (19 days), at the earliest the same day.
    expect(qualified).toMatchObject({ days: 0, atLeast: true, upTo: 19 });
    // Discovery (Oct 21 → Oct 26) is untouched by the gap.
    expect(stints.find((s) => s.stage === 'Discovery')).toMatchObject({ days: 5 });
    expect(stints.find((s) => s.stage === 'Discovery')?.atLeast).toBeUndefined();
    // Proposal, where the deal is, counts from Nov 14, the exact entry its row shows.
    expect(stints.at(-1)).toMatchObject({ stage: 'Proposal', days: 6, current: true });
  });

  it('keeps no stage change event at a time the page does not show', () => {
    const moves = demoUndated.activities.filter((a) => a.type === 'system' && /Demo/.test(a.title));
    expect(moves).toEqual([]);
  });
});

describe('undated Stage History rows on built pages (Lightning card, newest rows first)', () => {
  const deal = (rows: string[][], extra = '') => readDeal(dealInProposal(rows, extra));
  const stints = (history: StageEntry[]) => stageTimeline({ stage: 'Proposal', stageHistory: history }, NOW, 'UTC');

  it('an amount change in Qualified whose date is unreadable cuts no stay short, and is reported', () => {
    const { record, notRead } = deal([
      historyRow('Proposal', '$24,500.00', '11/14/2026, 9:30 AM'),
      historyRow('Qualified', '$24,500.00', '—'),
      historyRow('Qualified', '$20,000.00', '10/26/2026, 11:00 AM'),
    ]);
    expect(stints(record.stageHistory)).toMatchObject([
      { stage: 'Qualified', days: 19 },
      { stage: 'Proposal', days: 6, current: true },
    ]);
    expect(notRead.some((n) => n.field === 'stageHistory' && n.reason.includes('"Qualified"'))).toBe(true);
  });

  it('with the rows out of time order, nothing places the undated row: only the latest stay is kept, as a lower bound', () => {
    const { record, notRead } = deal([
      historyRow('Qualified', '$24,500.00', '10/26/2026, 11:00 AM'),
      historyRow('Proposal', '$24,500.00', '11/14/2026, 9:30 AM'),
      historyRow('Discovery', '$24,500.00', '10/21/2026, 10:00 AM'),
      historyRow('Demo', '$24,500.00', '—'),
    ]);
    expect(record.stageHistory).toEqual([
      { stage: 'Proposal', enteredAt: '2026-11-14T09:30:00.000Z', firstSeen: true },
    ]);
    expect(notRead.some((n) => n.field === 'stageHistory' && n.reason.includes('"Demo"'))).toBe(true);
  });

  it('a "Last Stage Change Date" field does not undo the bound on the stay before the undated row', () => {
    const { record } = deal(
      [
        historyRow('Proposal', '$24,500.00', '11/14/2026, 9:30 AM'),
        historyRow('Demo', '$24,500.00', '—'),
        historyRow('Qualified', '$24,500.00', '10/26/2026, 11:00 AM'),
      ],
      field('Last Stage Change Date', '11/14/2026, 9:30 AM'),
    );
    expect(stints(record.stageHistory)[0]).toMatchObject({ stage: 'Qualified', days: 0, atLeast: true, upTo: 19 });
  });

  it('Qualified, an undated move away and back to Qualified: the first stay in it is not counted to Proposal', () => {
    const { record } = deal([
      historyRow('Proposal', '$24,500.00', '11/14/2026, 9:30 AM'),
      historyRow('Qualified', '$24,500.00', '11/9/2026, 9:00 AM'),
      historyRow('Demo', '$24,500.00', '—'),
      historyRow('Qualified', '$20,000.00', '10/26/2026, 11:00 AM'),
      historyRow('Discovery', '$20,000.00', '10/21/2026, 10:00 AM'),
    ]);
    // The deal was back in Qualified by Nov 9 at the latest; its first stay there (from Oct 26) gives way
    // to that one, so Discovery, before it, ended some time up to Nov 9: never the 19 days to Nov 9 for sure.
    expect(stints(record.stageHistory)).toMatchObject([
      { stage: 'Discovery', days: 0, atLeast: true, upTo: 19 },
      { stage: 'Qualified', enteredAt: '2026-11-09T09:00:00.000Z', days: 5, current: false },
      { stage: 'Proposal', days: 6, current: true },
    ]);
  });
});

describe('an undated Stage History row at an end of the card', () => {
  const current = path(step('Discovery', 'slds-is-complete') + step('Proposal', 'slds-is-current slds-is-active'));
  const deal = (rows: string[][]) =>
    readDeal(
      dealPage({
        path: current,
        fields: field('Stage', 'Proposal'),
        related: relatedCard('Stage History', `(${rows.length})`, HISTORY_COLUMNS, rows, 'OpportunityHistories'),
      }),
    );

  it('below the oldest row of a newest-first card: the oldest stay may have begun earlier, the rest stand', () => {
    const { record } = deal([
      historyRow('Proposal', '$24,500.00', '11/14/2026, 9:30 AM'),
      historyRow('Qualified', '$24,500.00', '10/26/2026, 11:00 AM'),
      historyRow('Discovery', '$24,500.00', '—'),
    ]);
    expect(record.stageHistory).toEqual([
      { stage: 'Qualified', enteredAt: '2026-10-26T11:00:00.000Z', firstSeen: true },
      { stage: 'Proposal', enteredAt: '2026-11-14T09:30:00.000Z' },
    ]);
  });

  it('above the newest row, in the stage the deal is in: a change within that stay, nothing cut', () => {
    const { record } = deal([
      historyRow('Proposal', '$26,000.00', '—'),
      historyRow('Proposal', '$24,500.00', '11/14/2026, 9:30 AM'),
      historyRow('Qualified', '$24,500.00', '10/26/2026, 11:00 AM'),
    ]);
    expect(record.stageHistory).toEqual([
      { stage: 'Qualified', enteredAt: '2026-10-26T11:00:00.000Z' },
      { stage: 'Proposal', enteredAt: '2026-11-14T09:30:00.000Z' },
    ]);
  });
});
