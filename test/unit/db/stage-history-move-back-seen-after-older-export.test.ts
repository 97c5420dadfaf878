import { expect, it } from 'vitest';
import { mergeStageHistory } from '../../../lib/db/stage-history';
import type { StageEntry } from '../../../lib/schema/record';

/**
 * Touchline's own readings of a move back are not folded into the stay an older export dates. The
 * panel saw the deal in Proposal (5 Oct), then in Negotiation on 25 and 26 November, then in
 * Contract on 28 November. A Pipedrive or Salesforce export downloaded on 23 November (its "Last
 * stage change" dates the stage current then: Contract, 22 November) is imported afterwards
 * (pageDealAfterExport merges its entries). The deal was read in Negotiation after 22 November, so
 * it left Contract and came back (metrics.md, "Time in stage": a deal that re-enters a stage starts
 * counting again): its time in Contract began after 26 November, not on 22 November.
 */
const at = (iso: string) => `${iso}:00.000Z`;
it('keeps a stage sighted after an exported entry date, and the later return, apart from that entry', () => {
  const stored: StageEntry[] = [
    { stage: 'Proposal', enteredAt: at('2026-10-01T08:00') },
    {
      stage: 'Negotiation',
      enteredAt: at('2026-11-25T15:00'),
      after: at('2026-10-05T09:00'),
      seenUntil: at('2026-11-26T10:00'),
    },
    {
      stage: 'Contract',
      enteredAt: at('2026-11-28T15:00'),
      after: at('2026-11-26T10:00'),
      seenUntil: at('2026-11-29T10:00'),
    },
  ];
  const merged = mergeStageHistory({
    stored,
    page: [{ stage: 'Contract', enteredAt: at('2026-11-22T09:00') }],
    currentStage: undefined,
    now: new Date(at('2026-11-30T15:00')),
    newest: false,
  });
  const last = merged.at(-1);
  expect(last?.stage).toBe('Contract');
  // The current stay in Contract began after the deal was last seen in Negotiation.
  expect(Date.parse(last?.after ?? last?.enteredAt ?? '')).toBeGreaterThanOrEqual(Date.parse(at('2026-11-26T10:00')));
  expect(merged.map((e) => e.stage)).toContain('Negotiation');
  const negotiation = merged.find((e) => e.stage === 'Negotiation');
  expect(Date.parse(negotiation?.enteredAt ?? '')).toBeGreaterThan(Date.parse(at('2026-11-22T09:00')));
});
