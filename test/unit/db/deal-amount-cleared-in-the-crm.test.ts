import { describe, expect, it } from 'vitest';
import { dealFromReading } from '../../../lib/db/page-records';
import type { ReadOk } from '../../../lib/schema/read-result';
import type { DealFields } from '../../../lib/schema/record';

/**
 * A deal read with "Amount $48,000.00", then cleared in the CRM (its page prints "--"): the deal
 * panel and the team page's Amount column must no longer show $48,000 as if the CRM still said so
 * (metrics.md: never a guess where the page had no number). An older reading arriving late does
 * not clear the amount a newer one read, and the mark itself is never stored. Oracle, by hand.
 */
const KEY = 'hubspot:7731904:deal:9001';
const FIRST = new Date('2026-11-18T09:00:00Z');
const LATER = new Date('2026-11-20T15:00:00Z');

function reading(record: Partial<DealFields>): Extract<ReadOk, { kind: 'deal' }> {
  return {
    status: 'read',
    crm: 'hubspot',
    tenant: '7731904',
    kind: 'deal',
    recordId: '9001',
    activities: [],
    crmFigures: {},
    notRead: [],
    record: { name: 'Oslo fleet', stageHistory: [], contacts: [], ...record },
  };
}

const withAmount = reading({ amount: 48000, currency: 'USD' });
const cleared = reading({ amountShownEmpty: true });

describe('a deal amount cleared in the CRM', () => {
  it('is dropped, with its currency, by the newest reading showing it empty', () => {
    const deal = dealFromReading(cleared, KEY, dealFromReading(withAmount, KEY, undefined, FIRST), LATER);
    expect([deal.amount, deal.currency]).toEqual([undefined, undefined]);
    expect(deal).not.toHaveProperty('amountShownEmpty');
  });

  it('(control) an older reading showing it empty leaves the newer amount', () => {
    const deal = dealFromReading(cleared, KEY, dealFromReading(withAmount, KEY, undefined, LATER), FIRST);
    expect([deal.amount, deal.currency]).toEqual([48000, 'USD']);
  });
});
