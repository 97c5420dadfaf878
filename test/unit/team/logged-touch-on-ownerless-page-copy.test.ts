import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import { DEAL_WRITE_STORES, putDeal } from '../../../lib/db/put-deal';
import type { TouchlineDb } from '../../../lib/db/schema';
import { applyYourNames } from '../../../lib/db/your-touches';
import type { ActivityReading } from '../../../lib/schema/activity';
import type { Deal } from '../../../lib/schema/record';
import { defaultSettings } from '../../../lib/schema/settings';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { CLOCK, freshDb } from '../csv-import/import-fixture';
import { contactView, readContactPage } from '../csv-import/page-copy';

/**
 * docs/team-view.md (Reps): "Touches logged in Touchline … are on the row of the name set under
 * 'You in your CRMs' on the options page; without one they are on no row, and the section says how
 * many touches logged in the period that leaves out". The notice itself: "… are on no rep's row:
 * set your name in each CRM on the options page to count them on yours". metrics.md: duplicates are
 * merged before any count (a call logged on the contact and again on its deal is one touch, as the
 * panels count it).
 *
 * Dana (HubSpot) emailed Jordan on 12 Nov (the page names Dana). On 20 Nov at 10:04 UTC she logged a
 * call with Jordan in Touchline before setting her name; at 10:05 Jordan's CRM page showed that call,
 * naming no owner, and the logged call merged into it (one call on Jordan's panel).
 */
const NOW = CLOCK.now;
const JORDAN = { crm: 'hubspot', tenant: '123', recordId: '501' } as const;
const KEY = 'hubspot:123:contact:501';
const DANA = 'Dana Reyes';
const mail: ActivityReading = {
  type: 'email',
  channel: 'email',
  direction: 'outbound',
  timestamp: '2026-11-12T09:00:00.000Z',
  timePrecision: 'minute',
  title: 'Intro',
  automated: false,
  owner: DANA,
} as ActivityReading;
const pageCall: ActivityReading = {
  type: 'call',
  channel: 'call',
  direction: 'outbound',
  timestamp: '2026-11-20T10:05:00.000Z',
  timePrecision: 'minute',
  title: 'Call with Jordan',
  automated: false,
} as ActivityReading;

const view = (db: TouchlineDb) =>
  loadTeamView({
    db,
    filters: { period: '30d', motion: 'mid-market' },
    settings: defaultSettings(CLOCK.timeZone),
    now: NOW,
  });

async function loggedThenShownWithoutOwner() {
  const db = await freshDb();
  await readContactPage(db, JORDAN, [mail]);
  await logTouch(
    db,
    { recordKey: KEY, channel: 'call', timestamp: '2026-11-20T10:04:00.000Z' },
    new Date('2026-11-20T10:04:30Z'),
  );
  await readContactPage(db, JORDAN, [mail, pageCall]);
  // Hand check: Jordan's panel counts the email and the call, once each.
  expect((await contactView(db, KEY)).touches.total).toBe(2);
  return db;
}

describe('a touch logged before "your name" was set, merged into a CRM copy that names no owner (team-view.md: logged touches on your row, else counted in the notice)', () => {
  it('counts the call on Dana’s row once she sets her name: 2 touches (the email and the call)', async () => {
    const db = await loggedThenShownWithoutOwner();
    await applyYourNames(db, { yourNames: { hubspot: DANA } });
    const dana = (await view(db)).reps.find((r) => r.rep === DANA);
    expect(dana?.counts.total).toBe(2);
  });

  it('takes the call off Dana’s row and back into the notice when she clears her name again', async () => {
    const db = await loggedThenShownWithoutOwner();
    await applyYourNames(db, { yourNames: { hubspot: DANA } });
    await applyYourNames(db, { yourNames: {} });
    const shown = await view(db);
    expect(shown.reps.find((r) => r.rep === DANA)?.counts.total).toBe(1);
    expect(shown.unownedLogged).toBe(1);
  });

  it('says, before the name is set, that 1 touch logged in the period is on no rep’s row', async () => {
    const db = await loggedThenShownWithoutOwner();
    const shown = await view(db);
    // Hand check: the call is on no row (Dana's row has the email only).
    expect(shown.reps.find((r) => r.rep === DANA)?.counts.total).toBe(1);
    expect(shown.unownedLogged).toBe(1);
  });
});

describe('a call logged on the contact and again on its deal, before "your name" was set (metrics.md: duplicates merged before any count)', () => {
  it('says 1 touch logged in the period is on no rep’s row, not 2: the panel counts one call', async () => {
    const db = await freshDb();
    await readContactPage(db, JORDAN, [mail]);
    const deal: Deal = {
      crm: 'hubspot',
      tenant: '123',
      kind: 'deal',
      recordId: '77',
      key: 'hubspot:123:deal:77',
      lastReadAt: NOW.toISOString(),
      name: 'Fleet pilot',
      stageHistory: [],
      contacts: [{ id: '501', name: 'Jordan Lee' }],
    } as Deal;
    const tx = db.transaction([...DEAL_WRITE_STORES], 'readwrite');
    await putDeal(tx, deal);
    await tx.done;
    await logTouch(
      db,
      { recordKey: KEY, channel: 'call', timestamp: '2026-11-20T10:04:00.000Z' },
      new Date('2026-11-20T10:04:30Z'),
    );
    await logTouch(
      db,
      { recordKey: deal.key, channel: 'call', contactKey: KEY, timestamp: '2026-11-20T10:05:00.000Z' },
      new Date('2026-11-20T10:05:30Z'),
    );
    // Hand check: Jordan's panel counts the email and one call.
    expect((await contactView(db, KEY)).touches.total).toBe(2);
    expect((await view(db)).unownedLogged).toBe(1);
  });
});
