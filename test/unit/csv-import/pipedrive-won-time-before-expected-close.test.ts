import { describe, expect, it } from 'vitest';
import { detectDealColumns } from '../../../lib/csv-import/deals/detect';
import { dealsOf, importDeals } from './deal-fixture';
import { freshDb } from './import-fixture';

/**
 * Pipedrive's deal export may list "Deal - Won time" (blank on open deals) before "Deal - Expected
 * close date": the close date was once taken from whichever column came first, so every open deal
 * lost its expected close date. Each is now its own field (won-deal-close-date-from-export.test.ts
 * says which a deal takes); of two headers for one field, the word list's order decides.
 */
const HEADER =
  'Deal - ID,Deal - Title,Deal - Stage,Deal - Pipeline,Deal - Owner,Deal - Status,Deal - Won time,Deal - Expected close date';

describe('a Pipedrive deal export with "Won time" before "Expected close date"', () => {
  it("maps the close date to the expected close date and the won time apart, whatever the columns' order", () => {
    const { targets } = detectDealColumns('pipedrive', HEADER.split(','));
    expect(targets.slice(6)).toEqual(['wonAt', 'closeDate']);
    const reversed = detectDealColumns('pipedrive', ['Deal - ID', 'Deal - Expected close date', 'Deal - Won time']);
    expect(reversed.targets).toEqual(['dealId', 'closeDate', 'wonAt']);
  });

  it("prefers the prefixed header of two for one field, whatever the columns' order", () => {
    const { targets } = detectDealColumns('pipedrive', ['Deal - ID', 'Won time', 'Deal - Won time']);
    expect(targets).toEqual(['dealId', 'ignore', 'wonAt']);
  });

  it('keeps the first of two columns with the same header word', () => {
    const { targets } = detectDealColumns('pipedrive', ['Deal - ID', 'Deal - Title', 'Deal - Title']);
    expect(targets).toEqual(['dealId', 'name', 'ignore']);
  });

  it('gives an open deal its expected close date', async () => {
    const db = await freshDb();
    await importDeals(db, 'pipedrive', 'acme', `${HEADER}\n401,Open one,Qualified,Pipeline,Alex Kim,open,,2026-12-15`);
    const [stored] = await dealsOf(db);
    expect(stored?.closeDate).toBe('2026-12-15');
  });
});
