/**
 * A direction only the other browser saw reaches this one, also over a presumed one.
 * The desktop imported a HubSpot calls export whose row 88442 states no direction (presumed
 * outbound, "presumed" shown: eed9fa5 / metrics.md duplicate rule: the merged touch keeps the most
 * informative fields). The laptop, restored from it, imported a newer export stating the call
 * Inbound (Ben called the rep back). The desktop imports the laptop's backup.
 * By hand: the stated direction is more informative than a presumed one: the call is inbound, so
 * no connect attempt of the rep's: connect rate on Ben 0 of 0 (as on the laptop), not 1 of 1.
 */
import { describe, expect, it } from 'vitest';
import type { TouchlineDb } from '../../../lib/db/schema';
import { carry, save } from '../backup/two-browsers/world';
import { importText } from '../csv-import/import-fixture';
import { connectRateOn, contactPage } from '../db/hand-pages';
import { contactKey, freshDb, TENANT } from '../db/world-readings';

const TUE = new Date('2026-11-17T17:00:00Z');
const TUE_LATER = new Date('2026-11-17T18:00:00Z');
const FRI = new Date('2026-11-20T14:30:00Z');
const HEAD =
  'Record ID,Call title,Activity date,Activity assigned to,Call direction,Call outcome,Call notes,Associated Contact,Associated Contact IDs,Associated Deal,Associated Deal IDs\n';
const row = (direction: string) =>
  `88442,Renewal check-in,2026-11-13 14:05,Dana Reyes,${direction},Connected,,Ben Hale,4471,,\n`;
const ben = contactKey(4471);
const rate = async (db: TouchlineDb) => {
  const { numerator, denominator } = await connectRateOn(db, ben);
  return `${numerator} of ${denominator}`;
};

describe('regc: a presumed direction here, a stated one in the file', () => {
  it('takes the stated Inbound', async () => {
    const desktop = await freshDb();
    await save(desktop, contactPage('4471', []), TUE);
    await importText(desktop, 'hubspot', TENANT, HEAD + row(''));
    const laptop = await freshDb();
    await carry(desktop, laptop, TUE_LATER);
    await importText(laptop, 'hubspot', TENANT, HEAD + row('Inbound'));
    const onLaptop = await rate(laptop);

    await carry(laptop, desktop, FRI);

    expect(onLaptop).toBe('0 of 0');
    expect(await rate(desktop)).toBe('0 of 0');
    const call = (await desktop.getAll('activities')).filter((a) => a.channel === 'call');
    expect(call.map((a) => a.direction)).toEqual(['inbound']);
  });
});
