import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { ActivityReading } from '../../../lib/schema/activity';
import { dealReadSchema } from '../../../lib/schema/read-result';
import { ANA, anaKey, BEN, call, callsOn, contactPage, dealKeyOf, dealPage } from './hand-pages';
import { type DealRead, freshDb, NOW, TENANT, ZONE } from './world-readings';

/**
 * contracts.md: a logged touch's merge "is remembered, so it is counted once on every view
 * (contact and deal)". Ana is on two deals, Renewal and Expansion. A call logged on Ana's page
 * counts on Renewal (a deal counts its contacts' touches). When the CRM's copy first shows on the
 * Expansion deal's timeline (naming nobody), the logged touch merges into it; Renewal goes on
 * counting the call through that copy, as Ana's own view does (readDealData, like readContactData,
 * adds the copies its logged touches were merged into).
 */
const EXPANSION = 'd-expansion';
const expansionKey = `hubspot:${TENANT}:deal:${EXPANSION}`;

function expansionPage(items: ActivityReading[]): DealRead {
  return dealReadSchema.parse({
    crm: 'hubspot',
    tenant: TENANT,
    kind: 'deal',
    recordId: EXPANSION,
    status: 'read',
    record: { name: 'Expansion', stage: 'Discovery', stageHistory: [], contacts: [{ id: ANA, name: 'Ana Ortiz' }] },
    activities: items,
    crmFigures: {},
    notRead: [],
  });
}

describe('a call logged on a contact who is on two deals, its CRM copy read on the other deal', () => {
  const AT = '2026-11-20T14:00:00.000Z';
  const save = (db: TouchlineDb, reading: Parameters<typeof saveReading>[1]) => saveReading(db, reading, NOW, ZONE);

  it('still counts once on the first deal after the merge, as on the contact', async () => {
    const db = await freshDb();
    await save(db, contactPage(ANA, []));
    await save(db, contactPage(BEN, []));
    await save(db, dealPage([]));
    await save(db, expansionPage([]));
    await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: AT }, NOW);
    expect([await callsOn(db, anaKey), await callsOn(db, dealKeyOf), await callsOn(db, expansionKey)]).toEqual([
      1, 1, 1,
    ]);

    const saved = await save(db, expansionPage([call(AT)]));
    expect(saved.mergedLogged).toHaveLength(1);
    expect(await callsOn(db, anaKey)).toBe(1);
    expect(await callsOn(db, expansionKey)).toBe(1);
    // Renewal: Ana's call, counted before the merge, must not vanish after it.
    expect(await callsOn(db, dealKeyOf)).toBe(1);
  });

  it('a call logged on the Renewal deal (with Ana) still counts on Renewal once its copy shows on Expansion', async () => {
    const db = await freshDb();
    await save(db, contactPage(ANA, []));
    await save(db, contactPage(BEN, []));
    await save(db, dealPage([]));
    await save(db, expansionPage([]));
    await logTouch(db, { recordKey: dealKeyOf, contactKey: anaKey, channel: 'call', timestamp: AT }, NOW);
    expect(await callsOn(db, dealKeyOf)).toBe(1);

    await save(db, expansionPage([call(AT)]));
    expect(await callsOn(db, anaKey)).toBe(1);
    // The deal the rep logged the call on still counts it, once.
    expect(await callsOn(db, dealKeyOf)).toBe(1);
  });
});
