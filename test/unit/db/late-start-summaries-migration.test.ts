import { describe, expect, it, vi } from 'vitest';
import { recordView } from '../../../lib/background/record-view';
import { NOT_READ_FROM_A_PAGE } from '../../../lib/csv-import/deals/to-deal';
import { openTouchlineDb } from '../../../lib/db/open';
import { DEAL_WRITE_STORES, putDeal } from '../../../lib/db/put-deal';
import { saveReading } from '../../../lib/db/save-reading';
import { DB_VERSION, STORE_NAMES, type TouchlineDb } from '../../../lib/db/schema';
import type { StageSummary } from '../../../lib/db/stage-summary-schema';
import { buildStageSummaries } from '../../../lib/db/stage-summary-tally';
import { dealSchema } from '../../../lib/schema/record';
import { importDeals } from '../csv-import/deal-fixture';
import { at, deal, history, settings } from '../metrics/builders';
import { contactReading, dealReading, dealWithContacts, freshName, NOW, ZONE } from './world-readings';

/**
 * Database version 11. The per-stage summaries now count, per stage, the deals whose history may
 * begin late and begins there (`beganLate`: a deal known only from an export dating its current
 * stage alone) and the deals closed there by the page's marker (`closedWon`, `closedLost`), so the
 * deal panel's stage conversion says "—" and leaves outcomes out where the team funnel does.
 * Version 10's rows lack them; the upgrade builds every summary again from the stored deals, as
 * version 10 did, and changes no other row.
 */
const PIPEDRIVE_EXPORT = [
  'Deal - ID,Deal - Title,Deal - Stage,Deal - Pipeline,Deal - Value,Deal - Currency,Deal - Owner,Deal - Status,Deal - Deal created,Deal - Last stage change,Deal - Expected close date',
  '301,Northwind upgrade,Proposal made,Pipeline,5000,USD,Alex Kim,open,2026-09-14 10:00:00,2026-10-02 16:20:00,2026-12-01',
  '303,Fabrikam licences,Negotiations started,Pipeline,7000,USD,Riley Chen,won,2026-08-01 09:00:00,2026-10-20 12:00:00,2026-10-30',
].join('\n');
const pipedriveRead = deal({
  crm: 'pipedrive',
  tenant: 'acme',
  key: 'pipedrive:acme:deal:1',
  recordId: '1',
  pipeline: 'Pipeline',
  stages: undefined,
  stageHistory: history(
    ['Qualified', at('2026-09-01 10:00')],
    ['Contact made', at('2026-09-10 10:00')],
    ['Proposal made', at('2026-10-01 10:00')],
    ['Negotiations started', at('2026-10-20 10:00')],
  ),
});
const disqualified = deal({
  crm: 'salesforce',
  tenant: 'org',
  key: 'salesforce:org:deal:c',
  recordId: 'c',
  lastReadAt: NOT_READ_FROM_A_PAGE,
  stage: 'Disqualified',
  closed: 'lost',
  stageHistory: [{ stage: 'Disqualified', enteredAt: at('2026-10-01 10:00') }],
});

/** What version 10 stored: a summary without the counts version 11 adds. */
function asVersion10({ beganLate: _b, closedWon: _w, closedLost: _l, ...row }: StageSummary) {
  return row;
}

async function everyRow(db: TouchlineDb) {
  const rows: Record<string, unknown[]> = {};
  for (const store of STORE_NAMES) if (store !== 'stageSummaries') rows[store] = await db.getAll(store);
  return rows;
}

/** A cache as a rep and a manager leave it: pages read, a deal export imported, a damaged deal row. */
async function version10() {
  const name = freshName();
  const v10 = await openTouchlineDb(name, { version: 10 });
  const busiest = dealWithContacts();
  for (const id of busiest.contactIds) await saveReading(v10, contactReading(id), NOW, ZONE);
  await saveReading(v10, dealReading(busiest.id, { showHistory: true }), NOW, ZONE);
  await importDeals(v10, 'pipedrive', 'acme', PIPEDRIVE_EXPORT);
  const tx = v10.transaction([...DEAL_WRITE_STORES], 'readwrite');
  await putDeal(tx, pipedriveRead);
  await putDeal(tx, disqualified);
  await tx.objectStore('deals').put({ key: 'hubspot:4412345:deal:broken', stageHistory: 'none' } as never);
  await tx.done;
  const summaries = await v10.getAll('stageSummaries');
  await v10.clear('stageSummaries');
  for (const row of summaries) await v10.put('stageSummaries', asVersion10(row) as never);
  const before = await everyRow(v10);
  v10.close();
  return { name, before, summaries };
}

const byKey = <T extends { key: string }>(rows: T[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key));

describe('upgrading a version 10 database', () => {
  it('keeps every row of every other store and builds the summaries again with the new counts', async () => {
    const { name, before } = await version10();
    const db = await openTouchlineDb(name, { onInvalid: vi.fn() });

    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(14);
    expect(await everyRow(db)).toEqual(before);
    const deals = (await db.getAll('deals')).flatMap((row) => {
      const parsed = dealSchema.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    });
    expect(deals).toHaveLength((before.deals ?? []).length - 1);
    const summaries = await db.getAll('stageSummaries');
    expect(byKey(summaries)).toEqual(byKey(buildStageSummaries(deals, 'UTC')));
    const row = (crm: string, stage: string) => summaries.find((s) => s.crm === crm && s.stage === stage);
    // Deal 301's history begins in Proposal made, 303's in Negotiations started; deal 1 was read from its page.
    expect(row('pipedrive', 'Proposal made')).toMatchObject({ entered: 2, beganLate: 1 });
    expect(row('pipedrive', 'Negotiations started')).toMatchObject({ entered: 2, beganLate: 1 });
    expect(row('pipedrive', 'Qualified')).toMatchObject({ entered: 1, beganLate: 0 });
    expect(row('salesforce', 'Disqualified')).toMatchObject({ entered: 1, beganLate: 1, closedLost: 1, closedWon: 0 });
    expect(summaries.filter((s) => s.crm === 'hubspot').every((s) => s.beganLate === 0)).toBe(true);
    db.close();
  });

  it('gives the deal panel the funnel\'s "—" before where an exported history begins', async () => {
    const { name } = await version10();
    const db = await openTouchlineDb(name, { onInvalid: vi.fn() });
    const view = await recordView(db, pipedriveRead.key, {
      settings: settings({ timeZone: 'UTC' }),
      now: NOW,
      onInvalid: () => undefined,
    });

    // By hand: 303 (won) begins in Negotiations started, the last open stage: every stage before it is
    // not known; Negotiations started was entered by deal 1 (still there) and 303 (won): 1 of 2.
    expect(view?.kind === 'deal' ? view.conversion.map((r) => [r.stage, r.rate]) : null).toEqual([
      ['Qualified', null],
      ['Contact made', null],
      ['Proposal made', null],
      ['Negotiations started', 0.5],
    ]);
    db.close();
  });
});
