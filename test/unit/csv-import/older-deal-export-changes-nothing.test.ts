import { describe, expect, it } from 'vitest';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { Crm } from '../../../lib/schema/activity';
import { dealsOf, importDeals } from './deal-fixture';
import { freshDb } from './import-fixture';

/**
 * team-view.md (deal exports): "importing a newer export updates such a deal's fields" and
 * "Importing the same file again writes nothing"; for a page-read deal "the export may be older
 * than the reading, so it takes only the export's won or lost status when the stored deal is not
 * closed (deals rarely reopen), and the export's current stage only when the export dates its entry
 * after the stored latest stay began". A deal known only from exports had no such guard: an older
 * file picked again replaced the newer one's fields. An export prints no date of its own, so what
 * its rows date (stage entries, close dates) says which is older.
 */
function importAt(db: TouchlineDb, crm: Crm, tenant: string, text: string, now: string) {
  return importDeals(db, crm, tenant, text, { clock: { now: new Date(now), timeZone: 'Europe/Berlin' } });
}

const PIPEDRIVE =
  'Deal - ID,Deal - Title,Deal - Stage,Deal - Value,Deal - Currency,Deal - Status,Deal - Deal created,Deal - Last stage change,Deal - Won time';
const HUBSPOT =
  'Record ID,Deal Name,Deal Stage,Pipeline,Amount,"Date entered ""Proposal (Sales Pipeline)""","Date entered ""Negotiation (Sales Pipeline)"""';
const hubspotOctober = `${HUBSPOT}\n701,Acme,Proposal,Sales Pipeline,1000,2026-10-01 10:00,\n`;
const hubspotNovember = `${HUBSPOT}\n701,Acme,Negotiation,Sales Pipeline,1200,2026-10-01 10:00,2026-11-05 10:00\n`;

describe('an older deal export imported after a newer one', () => {
  it('does not reopen a deal the newer export showed won, nor take back its value (Pipedrive)', async () => {
    const october = `${PIPEDRIVE}\n5,Acme,Negotiation,1000,EUR,Open,2026-09-01 10:00,2026-10-01 10:00,\n`;
    const november = `${PIPEDRIVE}\n5,Acme,Negotiation,1200,EUR,Won,2026-09-01 10:00,2026-10-01 10:00,2026-11-05 10:00\n`;
    const db = await freshDb();
    await importAt(db, 'pipedrive', 'acme', october, '2026-10-20T15:00:00Z');
    await importAt(db, 'pipedrive', 'acme', november, '2026-11-20T15:00:00Z');
    const [afterNovember] = await dealsOf(db);
    expect(afterNovember).toMatchObject({ closed: 'won', closeDate: '2026-11-05', amount: 1200 });

    // The manager picks the October file from Downloads again.
    await importAt(db, 'pipedrive', 'acme', october, '2026-11-20T16:00:00Z');

    expect(await dealsOf(db)).toEqual([afterNovember]);
  });

  it('does not move the deal back to a stage it left, with a stay beginning now (HubSpot)', async () => {
    const db = await freshDb();
    await importAt(db, 'hubspot', '123', hubspotNovember, '2026-11-20T15:00:00Z');
    const [afterNovember] = await dealsOf(db);
    await importAt(db, 'hubspot', '123', hubspotOctober, '2026-11-20T16:00:00Z');

    const [deal] = await dealsOf(db);
    expect(deal).toEqual(afterNovember);
    expect(deal?.stage).toBe('Negotiation');
    expect(deal?.amount).toBe(1200);
    expect(deal?.stageHistory.map((entry) => entry.stage)).toEqual(['Proposal', 'Negotiation']);
  });

  it('is older when it dates its stage before the stay an undated newer export was first seen in', async () => {
    const header = 'Deal - ID,Deal - Title,Deal - Stage,Deal - Value,Deal - Last stage change';
    const db = await freshDb();
    await importAt(
      db,
      'pipedrive',
      'acme',
      `${header}\n6,Acme,Proposal,1000,2026-10-01 10:00\n`,
      '2026-10-20T15:00:00Z',
    );
    // A newer file without the stage date: Negotiation is first seen at its import, after Proposal's entry.
    await importAt(db, 'pipedrive', 'acme', `${header}\n6,Acme,Negotiation,1200,\n`, '2026-11-20T15:00:00Z');
    const [afterNovember] = await dealsOf(db);
    expect(afterNovember?.stage).toBe('Negotiation');

    await importAt(
      db,
      'pipedrive',
      'acme',
      `${header}\n6,Acme,Proposal,1000,2026-10-01 10:00\n`,
      '2026-11-20T16:00:00Z',
    );

    expect(await dealsOf(db)).toEqual([afterNovember]);
  });

  it('keeps the later of two close dates of a deal closed in both', async () => {
    const header = 'Deal - ID,Deal - Title,Deal - Stage,Deal - Value,Deal - Status,Deal - Deal closed on';
    const db = await freshDb();
    await importAt(
      db,
      'pipedrive',
      'acme',
      `${header}\n7,Acme,Negotiation,1200,Won,2026-11-05 10:00\n`,
      '2026-11-20T15:00:00Z',
    );
    const [won] = await dealsOf(db);
    // Lost in October, reopened and won in November: the October file is the older one.
    await importAt(
      db,
      'pipedrive',
      'acme',
      `${header}\n7,Acme,Negotiation,900,Lost,2026-10-10 10:00\n`,
      '2026-11-20T16:00:00Z',
    );

    expect(await dealsOf(db)).toEqual([won]);
  });
});

describe('a newer deal export after an older one', () => {
  it('updates the stage, its history and the amount (HubSpot, October then November)', async () => {
    const db = await freshDb();
    await importAt(db, 'hubspot', '123', hubspotOctober, '2026-10-20T15:00:00Z');
    await importAt(db, 'hubspot', '123', hubspotNovember, '2026-11-20T15:00:00Z');

    const [deal] = await dealsOf(db);
    expect(deal).toMatchObject({ stage: 'Negotiation', amount: 1200 });
    expect(deal?.stageHistory).toEqual([
      { stage: 'Proposal', enteredAt: '2026-10-01T08:00:00.000Z' },
      { stage: 'Negotiation', enteredAt: '2026-11-05T09:00:00.000Z' },
    ]);
  });

  it('updates a stage it does not date: nothing says the file is older', async () => {
    const header = 'Deal - ID,Deal - Title,Deal - Stage,Deal - Value';
    const db = await freshDb();
    await importAt(db, 'pipedrive', 'acme', `${header}\n8,Acme,Proposal,1000\n`, '2026-10-20T15:00:00Z');
    await importAt(db, 'pipedrive', 'acme', `${header}\n8,Acme,Negotiation,1200\n`, '2026-11-20T15:00:00Z');

    const [deal] = await dealsOf(db);
    expect(deal).toMatchObject({ stage: 'Negotiation', amount: 1200 });
  });

  it('takes a stage dated before an undated stay was first seen but after it can have begun', async () => {
    const header = 'Deal - ID,Deal - Title,Deal - Stage,Deal - Value,Deal - Last stage change';
    const db = await freshDb();
    await importAt(
      db,
      'pipedrive',
      'acme',
      `${header}\n9,Acme,Proposal,1000,2026-10-01 10:00\n`,
      '2026-11-20T15:00:00Z',
    );
    // Negotiation, undated, is first seen at this import: the deal entered it after 1 October and by now.
    await importAt(db, 'pipedrive', 'acme', `${header}\n9,Acme,Negotiation,1100,\n`, '2026-11-25T15:00:00Z');
    await importAt(
      db,
      'pipedrive',
      'acme',
      `${header}\n9,Acme,Contract,1200,2026-11-22 10:00\n`,
      '2026-11-30T15:00:00Z',
    );

    const [deal] = await dealsOf(db);
    expect(deal).toMatchObject({ stage: 'Contract', amount: 1200 });
    expect(deal?.stageHistory).toContainEqual({ stage: 'Contract', enteredAt: '2026-11-22T09:00:00.000Z' });
  });

  it('writes nothing when the newer file is imported again', async () => {
    const db = await freshDb();
    await importAt(db, 'hubspot', '123', hubspotOctober, '2026-10-20T15:00:00Z');
    await importAt(db, 'hubspot', '123', hubspotNovember, '2026-11-20T15:00:00Z');
    const before = await dealsOf(db);
    const again = await importAt(db, 'hubspot', '123', hubspotNovember, '2026-11-21T15:00:00Z');

    expect(again).toMatchObject({ added: 0, existing: 1, invalid: 0 });
    expect(await dealsOf(db)).toEqual(before);
  });
});
