import { describe, expect, it } from 'vitest';
import { readContactPage } from '../../csv-import/page-copy';
import { fixture, freshDb, importText, view } from './harness';

/**
 * metrics.md: "Team figures count only active contacts' touches" and "Connect rate: calls with a
 * connected outcome / call attempts". A call an export links to a deal only (Pipedrive row 301:
 * its person's email matches no cached contact, its Deal ID links it) is on no active contact, so
 * it is in no touch count on the team page; the connect rate beside those counts must not count
 * it as an attempt either, or "3 calls" stands next to "2 of 4 calls connected".
 */
describe('team page: a call linked to a deal only, from a Pipedrive export', () => {
  it("is not an attempt in the rep's connect rate when it is in none of the rep's call counts", async () => {
    const db = await freshDb();
    await importText(db, 'hubspot', '4410982', fixture('hubspot-calls-en.csv'));
    await importText(db, 'hubspot', '4410982', fixture('hubspot-emails-de.csv'));
    await importText(db, 'salesforce', 'acme.lightning.force.com', fixture('salesforce-tasks-en.csv'));
    await importText(db, 'pipedrive', 'acme', fixture('pipedrive-activities-en.csv'));
    const v = await view(db);
    const dana = v.reps.find((r) => r.rep === 'Dana Reyes');
    // By hand, Dana's calls on active contacts in the last 30 days: HubSpot 90001 (connected),
    // 90002 (no answer), Salesforce Task1 (connected) = 3 calls, 2 connected. Pipedrive 301 names
    // no linked contact.
    expect(dana?.counts.byChannel.call).toBe(3);
    expect(dana?.connectRate).toMatchObject({ numerator: 2, denominator: 3 });
    expect(dana?.callsWithoutOutcome).toBe(0);
    // The team: 6 calls on active contacts (Dana 3, Sam 90003 inbound, 90004, Task3), outbound
    // attempts 5 (90003 is inbound), connects 2.
    expect(v.team?.counts.byChannel.call).toBe(6);
    expect(v.team?.connectRate).toMatchObject({ numerator: 2, denominator: 5 });
  });

  it('leaves a rep whose only call is linked to a deal without a connect rate (not "0 %")', async () => {
    const db = await freshDb();
    await importText(db, 'pipedrive', 'acme', fixture('pipedrive-activities-en.csv'));
    const v = await view(db);
    const dana = v.reps.find((r) => r.rep === 'Dana Reyes');
    // Dana's only stored touch is 301 (deal only): no active contact, so no call attempt counted
    // and the rate is "—" (metrics.md, "When a number cannot be computed").
    expect(dana?.counts.total ?? 0).toBe(0);
    expect(dana?.connectRate.value ?? null).toBeNull();
  });
});

/**
 * metrics.md, Duplicate: "Duplicates are merged before any count ... `automated` if any copy came
 * from a sequence"; decisions.md: "Page ↔ CSV copies of one touch merge by the duplicate rules".
 * Alex's "Proposal" email (HubSpot export row 3001, Alex Morgan, contact 601, 11 Nov 10:00 Berlin)
 * is read again on contact 601's page, where the timeline marks it as sent by a sequence and names
 * no sender (no CRM id shown: duplicate rule 3, same contact, channel, direction, title, same
 * minute). It is one automated email. By hand, with row 3002 (a manual "Intro" to 602): 2 touches,
 * 1 manual and 1 automated; with automated touches left out of the headline, 1 touch (the Intro) on
 * 1 active contact, 1 outbound email in the reply rate, "1 automated, not counted".
 */
describe('team page: an export row and an ownerless page copy of the same sequence email', () => {
  const CSV = [
    'Record ID,Email subject,Activity date,Activity assigned to,Email direction,Associated Contact,Associated Contact IDs',
    '3001,Proposal,2026-11-11 10:00,Alex Morgan,Email,Contact 601,601',
    '3002,Intro,2026-11-12 10:00,Alex Morgan,Email,Contact 602,602',
  ].join('\n');
  const pageCopy = {
    type: 'email',
    channel: 'email',
    direction: 'outbound',
    timestamp: '2026-11-11T09:00:00.000Z',
    timePrecision: 'minute',
    title: 'Proposal',
    automated: true,
  } as const;

  it('counts the merged email as automated in the manual/automated split', async () => {
    const db = await freshDb();
    await importText(db, 'hubspot', '1', CSV);
    await readContactPage(db, { crm: 'hubspot', tenant: '1', recordId: '601' }, [pageCopy]);
    const v = await view(db);
    expect(v.team?.counts).toMatchObject({ total: 2, manual: 1, automated: 1 });
  });

  it('leaves it out of the headline when automated touches are not counted', async () => {
    const db = await freshDb();
    await importText(db, 'hubspot', '1', CSV);
    await readContactPage(db, { crm: 'hubspot', tenant: '1', recordId: '601' }, [pageCopy]);
    const v = await view(db, {}, { countAutomated: false });
    expect(v.team?.counts).toMatchObject({ total: 1, automated: 1 });
    expect(v.team?.perContact.activeContacts).toBe(1);
    expect(v.team?.replyRate).toMatchObject({ numerator: 0, denominator: 1 });
  });
});

/**
 * The same root, another field: "a known outcome over `unknown`" (metrics.md, Duplicate). A
 * HubSpot calls export row without an outcome, and the contact's page showing that call (same
 * minute, title, direction; no id, no owner) as connected: one connected call. Dana's connect rate
 * by hand: 1 of 1, no call of unknown outcome; her contact's panel says the same.
 */
describe('team page: an export call without outcome and its ownerless page copy that shows one', () => {
  it('takes the page copy\'s "connected" into the rep\'s connect rate', async () => {
    const db = await freshDb();
    const csv = [
      'Record ID,Call title,Activity date,Activity assigned to,Call direction,Call outcome,Call notes,Associated Contact,Associated Contact IDs',
      '4001,Discovery call,2026-11-18 14:30,Dana Reyes,Outbound,,,Jordan Lee,501',
    ].join('\n');
    await importText(db, 'hubspot', '1', csv);
    await readContactPage(db, { crm: 'hubspot', tenant: '1', recordId: '501' }, [
      {
        type: 'call',
        channel: 'call',
        direction: 'outbound',
        timestamp: '2026-11-18T13:30:00.000Z',
        timePrecision: 'minute',
        title: 'Discovery call',
        outcome: 'connected',
        automated: false,
      },
    ]);
    const v = await view(db);
    const dana = v.reps.find((r) => r.rep === 'Dana Reyes');
    expect(dana?.counts.byChannel.call).toBe(1);
    expect(dana?.connectRate).toMatchObject({ numerator: 1, denominator: 1 });
    expect(dana?.callsWithoutOutcome).toBe(0);
  });
});

/** The same as the deal-only call above, for the reply rate: an email linked to a deal only. */
describe('team page: an email linked to a deal only', () => {
  it("is not an outbound email of the rep's reply rate when it is in none of the rep's email counts", async () => {
    const csv = [
      'Record ID,Email subject,Activity date,Activity assigned to,Email direction,Associated Contact,Associated Contact IDs,Associated Deal,Associated Deal IDs',
      '6001,Intro,2026-11-10 10:00,Sam Ortiz,Email,Jordan Lee,501,,',
      '6002,Deal mail,2026-11-12 10:00,Sam Ortiz,Email,,,Acme,9001',
    ].join('\n');
    const db = await freshDb();
    await importText(db, 'hubspot', '1', csv);
    const sam = (await view(db)).reps.find((r) => r.rep === 'Sam Ortiz');
    // By hand: one email on an active contact (6001 to Jordan), unanswered: 0 of 1.
    expect(sam?.counts.byChannel.email).toBe(1);
    expect(sam?.replyRate).toMatchObject({ numerator: 0, denominator: 1 });
  });
});

/**
 * metrics.md, Reply rate: "an outbound email counts as answered when a (non-automated) inbound
 * email follows it before the next outbound email". Jordan's thread (HubSpot emails export): Sam
 * wrote on 10 Nov, Dana on 18 Nov 10:15, Jordan answered at 12:40 and HubSpot assigned the incoming
 * email to Sam (Jordan's owner). Sam's email was followed by Dana's before any reply: not answered.
 * Dana's was answered. By hand: Dana 1 of 1, Sam 0 of 1, team 1 of 2. (s34 fixed this for a reply
 * that names no owner; a reply assigned to another rep still answers the assignee's email.)
 */
describe('team page: a reply assigned to another rep than the one who wrote last', () => {
  it('answers the email it follows, on the row of the rep who wrote it', async () => {
    const csv = [
      'Record ID,Email subject,Activity date,Activity assigned to,Email direction,Associated Contact,Associated Contact IDs',
      '6001,Intro,2026-11-10 10:00,Sam Ortiz,Email,Jordan Lee,501',
      '6002,Pricing,2026-11-18 10:15,Dana Reyes,Email,Jordan Lee,501',
      '6003,Re: Pricing,2026-11-18 12:40,Sam Ortiz,Incoming email,Jordan Lee,501',
    ].join('\n');
    const db = await freshDb();
    await importText(db, 'hubspot', '1', csv);
    const v = await view(db);
    expect(v.team?.replyRate).toMatchObject({ numerator: 1, denominator: 2 });
    expect(v.reps.find((r) => r.rep === 'Dana Reyes')?.replyRate).toMatchObject({ numerator: 1, denominator: 1 });
    expect(v.reps.find((r) => r.rep === 'Sam Ortiz')?.replyRate).toMatchObject({ numerator: 0, denominator: 1 });
  });
});
