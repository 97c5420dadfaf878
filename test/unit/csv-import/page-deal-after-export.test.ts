import { describe, expect, it } from 'vitest';
import { dealFromExport } from '../../../lib/csv-import/deals/to-deal';
import type { DealImportRow } from '../../../lib/schema/deal-import';
import type { Deal } from '../../../lib/schema/record';

/**
 * A deal read from its page, then met in a deal export that may be older or newer than the reading.
 * The page's fields stand; the export's closed status is taken when the stored deal is open (deals
 * rarely reopen); its current stage only when the export shows the deal entered it after the
 * stored stay began and after the page last saw the deal in it.
 */
const NOW = new Date('2026-11-20T15:00:00.000Z');
const readOnPage: Deal = {
  key: 'pipedrive:acme:deal:301',
  crm: 'pipedrive',
  tenant: 'acme',
  kind: 'deal',
  recordId: '301',
  lastReadAt: '2026-10-01T10:00:00.000Z',
  name: 'Northwind upgrade',
  stage: 'Negotiation',
  owner: 'Alex Kim',
  stageHistory: [
    { stage: 'Proposal made', enteredAt: '2026-08-01T09:00:00.000Z' },
    { stage: 'Negotiation', enteredAt: '2026-09-10T09:00:00.000Z', seenUntil: '2026-10-01T10:00:00.000Z' },
  ],
  contacts: [{ id: '7', name: 'Jordan Lee' }],
};
const row = (fields: Partial<DealImportRow>): DealImportRow => ({
  id: '301',
  name: 'Northwind upgrade',
  entries: [],
  ...fields,
});
const imported = (r: DealImportRow, stored: Deal = readOnPage) => dealFromExport(r, 'pipedrive', 'acme', stored, NOW);

describe('a page-read deal after a deal export row (the export may be older than the reading)', () => {
  it('keeps the stage the page showed when the export is older: its stage was entered before the stay the page saw', () => {
    const deal = imported(
      row({ stage: 'Proposal made', entries: [{ stage: 'Proposal made', enteredAt: '2026-08-01T09:00:00.000Z' }] }),
    );
    expect(deal.stage).toBe('Negotiation');
    expect(deal.stageHistory.at(-1)).toEqual({
      stage: 'Negotiation',
      enteredAt: '2026-09-10T09:00:00.000Z',
      seenUntil: '2026-10-01T10:00:00.000Z',
    });
  });

  it('keeps the page stage when the export dates its stage inside the stay the page last saw (before 1 Oct)', () => {
    const deal = imported(
      row({ stage: 'Contract sent', entries: [{ stage: 'Contract sent', enteredAt: '2026-09-20T09:00:00.000Z' }] }),
    );
    expect(deal.stage).toBe('Negotiation');
  });

  it('takes the export stage entered after the page last saw the deal, with its entry as the latest stay', () => {
    const deal = imported(
      row({ stage: 'Contract sent', entries: [{ stage: 'Contract sent', enteredAt: '2026-10-05T09:00:00.000Z' }] }),
    );
    expect(deal.stage).toBe('Contract sent');
    expect(deal.stageHistory.map((e) => [e.stage, e.enteredAt])).toEqual([
      ['Proposal made', '2026-08-01T09:00:00.000Z'],
      ['Negotiation', '2026-09-10T09:00:00.000Z'],
      ['Contract sent', '2026-10-05T09:00:00.000Z'],
    ]);
    expect(deal.name).toBe('Northwind upgrade');
    expect(deal.contacts).toEqual([{ id: '7', name: 'Jordan Lee' }]);
  });

  it('takes "won" from the export on a deal the page saw open, even with the stage the page saw', () => {
    const deal = imported(row({ stage: 'Negotiation', closed: 'won', entries: [] }));
    expect([deal.stage, deal.closed]).toEqual(['Negotiation', 'won']);
  });

  it('keeps "lost" from the page when an export says won: a closed deal is not reclosed by a file', () => {
    const deal = imported(row({ stage: 'Negotiation', closed: 'won' }), { ...readOnPage, closed: 'lost' });
    expect(deal.closed).toBe('lost');
  });
});
