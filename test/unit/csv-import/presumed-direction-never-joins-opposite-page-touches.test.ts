/**
 * a HubSpot calls export without a
 * "Call direction" column (the user left it out of the export's columns) gives each call a direction
 * *presumed* outbound, with its time of day. The contact's page shows Dana's outbound call "Call"
 * at 10:00 (no answer) and Jordan's call back, inbound, "Call" at 10:01 (connected); the export lists
 * Dana's call at 10:00.
 *
 * By hand (metrics.md, Duplicate rule 3: "same person, channel, direction and title, timestamps
 * within 2 minutes"; Connect rate: "calls with a connected outcome / call attempts"): the export's
 * row is a copy of Dana's 10:00 call. Jordan's inbound call is a different touch (the page states
 * the opposite direction). So 2 calls, 1 inbound, 1 outbound.
 */
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../lib/schema/settings';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { CLOCK, freshDb, importText } from '../csv-import/import-fixture';
import { contactView, readContactPage } from '../csv-import/page-copy';

const HS = { crm: 'hubspot', tenant: '145893', recordId: '501' } as const;
const KEY = `hubspot:${HS.tenant}:contact:${HS.recordId}`;
const EXPORT = [
  'Record ID,Call title,Activity date,Activity assigned to,Call outcome,Associated Contact,Associated Contact IDs',
  '90011,Call,2026-11-16 10:00,Dana Reyes,No answer,Jordan Lee,501',
].join('\n');

const outCall = {
  type: 'call',
  channel: 'call',
  direction: 'outbound',
  timestamp: '2026-11-16T09:00:00.000Z',
  timePrecision: 'minute',
  title: 'Call',
  outcome: 'no-answer',
  owner: 'Dana Reyes',
  automated: false,
} as const;
const inCall = {
  ...outCall,
  direction: 'inbound',
  timestamp: '2026-11-16T09:01:00.000Z',
  outcome: 'connected',
} as const;

describe('a presumed-outbound timed export call beside a page call each way, one minute apart', () => {
  for (const order of ['page first', 'export first'] as const) {
    it(`is 2 calls, 1 inbound (${order})`, async () => {
      const db = await freshDb();
      if (order === 'page first') await readContactPage(db, HS, [outCall, inCall]);
      await importText(db, 'hubspot', HS.tenant, EXPORT);
      if (order === 'export first') await readContactPage(db, HS, [outCall, inCall]);
      const t = (await contactView(db, KEY)).touches;
      expect({ total: t.total, call: t.byChannel.call, inbound: t.inbound }).toEqual({ total: 2, call: 2, inbound: 1 });
    });
  }
});

/**
 * Emails, the same root: a HubSpot emails export without an "Email direction" column lists Dana's
 * email "Pricing" at 10:00 (presumed outbound). The page shows her email (outbound, 10:00) and
 * Jordan's reply (inbound, 10:01, same subject, as a reply sent from a client that keeps it).
 * By hand (metrics.md, Reply rate: "an outbound email counts as answered when a (non-automated)
 * inbound email follows it before the next outbound email"): 2 emails, 1 inbound, 1 of 1 answered.
 */
const EMAILS = [
  'Record ID,Email subject,Activity date,Activity assigned to,Associated Contact,Associated Contact IDs',
  '91011,Pricing,2026-11-17 10:00,Dana Reyes,Jordan Lee,501',
].join('\n');
const outEmail = {
  type: 'email',
  channel: 'email',
  direction: 'outbound',
  timestamp: '2026-11-17T09:00:00.000Z',
  timePrecision: 'minute',
  title: 'Pricing',
  owner: 'Dana Reyes',
  automated: false,
} as const;
const inEmail = { ...outEmail, direction: 'inbound', timestamp: '2026-11-17T09:01:00.000Z' } as const;

describe('a presumed-outbound timed export email beside the page’s email and its reply', () => {
  it('is 2 emails, 1 inbound, and the email answered (export first)', async () => {
    const db = await freshDb();
    await importText(db, 'hubspot', HS.tenant, EMAILS);
    await readContactPage(db, HS, [outEmail, inEmail]);
    const view = await contactView(db, KEY);
    const t = view.touches;
    expect({ total: t.total, email: t.byChannel.email, inbound: t.inbound }).toEqual({
      total: 2,
      email: 2,
      inbound: 1,
    });
  });
});

describe('the same, on the team page (Dana’s row)', () => {
  it('Dana: 1 email sent, answered: reply rate 1 of 1 (export first)', async () => {
    const db = await freshDb();
    await importText(db, 'hubspot', HS.tenant, EMAILS);
    await readContactPage(db, HS, [outEmail, inEmail]);
    const team = await loadTeamView({
      db,
      filters: { period: '30d', motion: 'mid-market' },
      settings: defaultSettings(CLOCK.timeZone),
      now: CLOCK.now,
    });
    const dana = team.reps.find((r) => r.rep === 'Dana Reyes');
    expect(dana?.replyRate).toMatchObject({ numerator: 1, denominator: 1 });
  });
});
