import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import { at, callsOnAnaAndDeal, contact, deal, item, kAna, save, world } from './logged-page-copies-kit';

/**
 * One call at 06:00 (Los Angeles), logged by the rep at 06:05, and three sightings of the CRM's
 * copy, read in every order: A Ana's page "06:00"; B the deal page "Nov 20" (date alone, naming
 * Ana); C Ana's page "1 hour ago" (read as 05:40). metrics.md "Duplicate": merging is
 * order-independent, a date-only copy merges into the same-day row (decisions.md "Keys and
 * time"), a counted time is compared at its count's precision; "Logged in Touchline" merges the
 * logged call with one page touch of the same day and person: 1 call on Ana's and on the deal's
 * panel in every order, with the log or without.
 */
const readings = {
  A: () => contact('501', [item('call', '2026-11-20T14:00:00.000Z')]),
  B: () => deal([item('call', '2026-11-20T08:00:00.000Z', { timePrecision: 'day', contactIds: ['501'] })]),
  C: () => contact('501', [item('call', '2026-11-20T13:40:00.000Z', { relativeTime: true })]),
};
const orders = ['ABC', 'ACB', 'BAC', 'BCA', 'CAB', 'CBA'];

async function callsAfter(order: string, logged: boolean): Promise<number[]> {
  const db = await world();
  if (logged) await logTouch(db, { recordKey: kAna, channel: 'call', timestamp: '2026-11-20T14:05:00.000Z' }, at(50));
  let minutesBefore = 40;
  for (const name of order) {
    await save(db, readings[name as keyof typeof readings](), at(minutesBefore));
    minutesBefore -= 10;
  }
  return callsOnAnaAndDeal(db);
}

describe('three page copies of a call logged at 06:05', () => {
  for (const order of orders) {
    it(`read in the order ${order}: 1 call on Ana and on the deal`, async () => {
      expect(await callsAfter(order, true)).toEqual([1, 1]);
    });
  }
});

describe('the same three page copies without a logged call', () => {
  for (const order of orders) {
    it(`read in the order ${order}: 1 call on Ana and on the deal`, async () => {
      expect(await callsAfter(order, false)).toEqual([1, 1]);
    });
  }
});
