import { expect, it } from 'vitest';
import type { TouchlineDb } from '../../../lib/db/schema';
import { dealsOf, importDeals } from './deal-fixture';
import { freshDb } from './import-fixture';

/**
 * An undated export showed the deal in Negotiation (first seen at that import, entered after the
 * Proposal entry the first file dated); a later file dates the move into Contract inside that
 * range. The deal went Proposal, Negotiation, Contract: not back into Negotiation in the middle of
 * its Contract stay and into Contract again at the import (metrics.md, "Time in stage as a range").
 */
const HEADER = 'Deal - ID,Deal - Title,Deal - Stage,Deal - Value,Deal - Last stage change';

function importAt(db: TouchlineDb, text: string, now: string) {
  return importDeals(db, 'pipedrive', 'acme', `${HEADER}\n${text}\n`, {
    clock: { now: new Date(now), timeZone: 'Europe/Berlin' },
  });
}

it('places the undated stay before the stage a later export dates inside its range', async () => {
  const db = await freshDb();
  await importAt(db, '9,Acme,Proposal,1000,2026-10-01 10:00', '2026-11-20T15:00:00Z');
  await importAt(db, '9,Acme,Negotiation,1100,', '2026-11-25T15:00:00Z');
  await importAt(db, '9,Acme,Contract,1200,2026-11-22 10:00', '2026-11-30T15:00:00Z');

  const [deal] = await dealsOf(db);
  expect(deal?.stageHistory).toEqual([
    { stage: 'Proposal', enteredAt: '2026-10-01T08:00:00.000Z' },
    { stage: 'Negotiation', enteredAt: '2026-11-22T09:00:00.000Z', after: '2026-10-01T08:00:00.000Z' },
    { stage: 'Contract', enteredAt: '2026-11-22T09:00:00.000Z' },
  ]);

  const again = await importAt(db, '9,Acme,Contract,1200,2026-11-22 10:00', '2026-12-01T15:00:00Z');
  expect(again).toMatchObject({ added: 0, existing: 1 });
  expect((await dealsOf(db))[0]).toEqual(deal);
});
