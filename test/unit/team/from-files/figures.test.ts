import { describe, expect, it } from 'vitest';
import { basisText } from '../../../../lib/team/basis';
import { readContactPage } from '../../csv-import/page-copy';
import { fixture, freshDb, importDeals, importText, view } from './harness';
import { ALEX, BLAKE, CALLS, ck, EMAILS, TENANT } from './world';

/**
 * End to end for a manager: HubSpot exports through the real import into fake-indexeddb, then the
 * team view at 2026-11-20T15:00Z (Berlin). Every expected value is worked out by hand from the rows
 * in world.ts and metrics.md (comments give the working).
 */
async function world() {
  const db = await freshDb();
  await importText(db, 'hubspot', TENANT, CALLS);
  await importText(db, 'hubspot', TENANT, EMAILS);
  return db;
}

describe('two reps, last 30 days', () => {
  it('rep rows', async () => {
    const v = await view(await world());
    const alex = v.reps.find((r) => r.rep === ALEX);
    const blake = v.reps.find((r) => r.rep === BLAKE);
    // Alex from 21 Oct: calls 1011-1014, emails 3001, 3002 (in), 3003 = 7 on 601, 602.
    expect(alex?.counts).toMatchObject({ total: 7, manual: 7, automated: 0, inbound: 1 });
    expect(alex?.counts.byChannel).toMatchObject({ call: 4, email: 3 });
    expect(alex?.perContact).toMatchObject({ value: 3.5, activeContacts: 2 });
    expect(alex?.band.position).toBe('below');
    expect(alex?.replyRate).toMatchObject({ numerator: 1, denominator: 2 });
    expect(alex?.connectRate).toMatchObject({ numerator: 2, denominator: 4 });
    expect(alex?.callsWithoutOutcome).toBe(1);
    // Last 7 days: 3003 (1). Weeks before: 3 (1014, 3001, 3002) + 2 + 1 + 0 = 6 → 1.5; 1 < 1.05.
    expect(alex?.warning).toEqual({ warning: true, lastWeek: 1, weeklyAverage: 1.5 });
    // Blake from 21 Oct: 9 calls on 701-705, 6 connected; last 7 days 1, weeks before 4+2+2+2.
    expect(blake?.counts.total).toBe(9);
    expect(blake?.perContact).toMatchObject({ value: 1.8, activeContacts: 5 });
    expect(blake?.connectRate).toMatchObject({ numerator: 6, denominator: 9 });
    expect(blake?.replyRate.value).toBeNull();
    expect(blake?.warning).toEqual({ warning: true, lastWeek: 1, weeklyAverage: 2.5 });
    // Team: 16 on 7, 8 per rep, 8 of 13 connected, last week 2 against 16/4.
    expect(v.team?.counts).toMatchObject({ total: 16, byChannel: { call: 13, email: 3 } });
    expect(v.team?.perContact.activeContacts).toBe(7);
    expect(v.perRep).toEqual({ value: 8, reps: 2 });
    expect(v.team?.connectRate).toMatchObject({ numerator: 8, denominator: 13 });
    expect(v.team?.warning).toEqual({ warning: true, lastWeek: 2, weeklyAverage: 4 });
    expect(basisText(v.basis)).toBe('from 26 activities on 9 contacts; 100 % of them imported');
  });

  it('why it moved, 30 and 14 days', async () => {
    const db = await world();
    // Before: 10 calls on 5; after 13 calls + 3 emails on 7. Coverage 2 × (2 + 16/7) / 2 = 30/7;
    // calls (13/7 − 2) × 6 = −6/7; email 3/7 × 6 = 18/7.
    const v = await view(db);
    expect(v.movement.decomposition.coverage).toBeCloseTo(30 / 7, 9);
    expect(v.movement.decomposition.capacity.call).toBeCloseTo(-6 / 7, 9);
    expect(v.movement.decomposition.capacity.email).toBeCloseTo(18 / 7, 9);
    expect(v.movement.sentence).toBe(
      'Touches rose 60 % (10 → 16): 43 points from more active contacts, 26 from email, offset by 9 from calls.',
    );
    // Alex alone: 8 calls on 4 → 4 calls and 3 emails on 2: coverage −5.5, email +4.5.
    const a = await view(db, { owner: ALEX });
    expect(a.movement.decomposition).toMatchObject({ before: 8, after: 7, coverage: -5.5 });
    expect(a.movement.decomposition.capacity.email).toBeCloseTo(4.5, 9);
    // 14 days: 7 calls on 5 → 6 calls + 3 emails on 6: coverage 1.45, calls −2.2, email 2.75.
    const f = await view(db, { period: '14d' });
    expect(f.movement.decomposition.coverage).toBeCloseTo(1.45, 9);
    expect(f.movement.decomposition.capacity.call).toBeCloseTo(-2.2, 9);
    expect(f.movement.decomposition.capacity.email).toBeCloseTo(2.75, 9);
  });

  it('follow-ups', async () => {
    const v = await view(await world());
    const cold = v.followUps.filter((f) => f.kind === 'gone-cold').map((f) => f.contactKey);
    // 603 (8 Oct), 604 (12 Oct), 702 (2 Nov): silent over 14 days.
    expect(cold).toEqual(expect.arrayContaining([ck(603), ck(604), ck(702)]));
    expect(cold).not.toContain(ck(601));
    // 705: steps 9 and 10 Nov, step 3 due 2 business days after the 10th.
    expect(v.followUps.find((f) => f.contactKey === ck(705))).toMatchObject({ kind: 'overdue', due: '2026-11-12' });
  });

  it('importing the same files again changes nothing', async () => {
    const db = await world();
    const before = JSON.stringify(await view(db));
    expect(await importText(db, 'hubspot', TENANT, CALLS)).toMatchObject({ added: 0, existing: 23 });
    expect(await importText(db, 'hubspot', TENANT, EMAILS)).toMatchObject({ added: 0, existing: 3 });
    expect(JSON.stringify(await view(db))).toBe(before);
  });
});

describe('fixture exports of three CRMs', () => {
  it('HubSpot, Salesforce and Pipedrive together', async () => {
    const db = await freshDb();
    await importText(db, 'hubspot', '4410982', fixture('hubspot-calls-en.csv'));
    await importText(db, 'hubspot', '4410982', fixture('hubspot-emails-de.csv'));
    await importText(db, 'salesforce', 'acme.lightning.force.com', fixture('salesforce-tasks-en.csv'));
    await importText(db, 'pipedrive', 'acme', fixture('pipedrive-activities-en.csv'));
    await importDeals(db, 'hubspot', '4410982', fixture('hubspot-deals-en.csv'));
    const v = await view(db);
    // Active contacts: HubSpot 501, 502; Salesforce AbCdE, FgHiJ. Touches 10, 6 calls, 4 emails.
    expect(v.team?.counts).toMatchObject({ total: 10, byChannel: { call: 6, email: 4 } });
    expect(v.team?.perContact.activeContacts).toBe(4);
    expect(v.team?.replyRate).toMatchObject({ numerator: 1, denominator: 3 });
    // Deals: 9001 Qualified since 1 Sep 10:00 → 80 days, stalled; 9004 19 days; 9002 10 days.
    // 9006's "Date entered Qualified to buy" reads "soon": imported without it, in Qualified to buy
    // since some time after 1 Oct 08:00 Berlin (its Appointment scheduled entry): 0 to 50 days, no verdict.
    expect(v.deals.map((d) => [d.name, d.daysInStage, d.daysInStageUpTo, d.warning])).toEqual([
      ['Acme expansion', 80, undefined, 'stalled'],
      ['Umbrella renewal', 19, undefined, 'none'],
      ['Globex rollout', 10, undefined, 'none'],
      ['Deal with a bad date', 0, 50, 'none'],
    ]);
    expect(v.funnel?.rows).toEqual([
      // 9006 too: it went from Appointment scheduled into Qualified to buy.
      { stage: 'Appointment scheduled', entered: 4, advanced: 4, rate: 1 },
      { stage: 'Qualified to buy', entered: 3, advanced: 1, rate: 0.33 },
      { stage: 'Contract sent', entered: 1, advanced: 0, rate: 0 },
    ]);
  });

  it('an export row and its page copy are one touch', async () => {
    const db = await freshDb();
    await importText(db, 'hubspot', '4410982', fixture('hubspot-calls-en.csv'));
    const before = (await view(db)).team?.counts;
    await readContactPage(db, { crm: 'hubspot', tenant: '4410982', recordId: '501' }, [
      {
        type: 'call',
        channel: 'call',
        direction: 'outbound',
        timestamp: '2026-11-18T13:30:00.000Z',
        timePrecision: 'minute',
        title: 'Discovery call',
        outcome: 'connected',
        automated: false,
        owner: 'Dana Reyes',
      },
    ]);
    expect((await view(db)).team?.counts).toEqual(before);
  });
});
