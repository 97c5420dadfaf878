import { describe, expect, it } from 'vitest';
import { saveReading } from '../../../lib/db/save-reading';
import { dealReadSchema, type NotRead } from '../../../lib/schema/read-result';
import { freshDb, ZONE } from './world-readings';

/**
 * A deal's amount and its currency are one value. Pipedrive's header read "€12,500", then a week
 * later "125 000 kr" (crowns of Sweden, Norway or Denmark: the reader reads the amount and says
 * the currency is not read). The deal is worth 125,000 crowns of some kind, never €125,000: the
 * euro sign belonged to the old amount.
 */
const KEY = 'pipedrive:acme:deal:88';

function page(record: { amount?: number; currency?: string }, notRead: NotRead[] = []) {
  return dealReadSchema.parse({
    crm: 'pipedrive',
    tenant: 'acme',
    kind: 'deal',
    recordId: '88',
    status: 'read',
    record: { name: 'Dock sensors', stage: 'Proposal', stageHistory: [], contacts: [], ...record },
    activities: [],
    crmFigures: {},
    notRead,
  });
}

const NO_CURRENCY: NotRead = {
  field: 'currency',
  reason: 'the deal value shows no sign or code that names one currency',
};

async function moneyAfter(...visits: [ReturnType<typeof page>, string][]) {
  const db = await freshDb();
  for (const [reading, at] of visits) await saveReading(db, reading, new Date(at), ZONE);
  const deal = await db.get('deals', KEY);
  return { amount: deal?.amount, currency: deal?.currency };
}

describe('a deal read with an amount in euros, then with another amount', () => {
  it('drops the euro sign where the new amount names no currency', async () => {
    expect(
      await moneyAfter(
        [page({ amount: 12_500, currency: 'EUR' }), '2026-11-13T10:00:00Z'],
        [page({ amount: 125_000 }, [NO_CURRENCY]), '2026-11-20T10:00:00Z'],
      ),
    ).toEqual({ amount: 125_000, currency: undefined });
  });

  it('takes the currency printed beside the new amount', async () => {
    expect(
      await moneyAfter(
        [page({ amount: 12_500, currency: 'EUR' }), '2026-11-13T10:00:00Z'],
        [page({ amount: 40_000, currency: 'ILS' }), '2026-11-20T10:00:00Z'],
      ),
    ).toEqual({ amount: 40_000, currency: 'ILS' });
  });

  it('keeps both where the newer page shows no amount, and where an older reading arrives late', async () => {
    expect(
      await moneyAfter(
        [page({ amount: 12_500, currency: 'EUR' }), '2026-11-20T10:00:00Z'],
        [page({}, [{ field: 'amount', reason: 'no amount found on the page' }]), '2026-11-21T10:00:00Z'],
        [page({ amount: 9_000 }, [NO_CURRENCY]), '2026-11-13T10:00:00Z'],
      ),
    ).toEqual({ amount: 12_500, currency: 'EUR' });
  });

  it('keeps the currency known for the same amount shown with a sign that names none', async () => {
    // Review rg63b: 36,000 CAD stored, then a fr-CA page's "36 000,00 $" (the currency not read).
    expect(
      await moneyAfter(
        [page({ amount: 36_000, currency: 'CAD' }), '2026-11-13T10:00:00Z'],
        [page({ amount: 36_000 }, [NO_CURRENCY]), '2026-11-20T10:00:00Z'],
      ),
    ).toEqual({ amount: 36_000, currency: 'CAD' });
  });
});
