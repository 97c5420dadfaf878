import { afterEach, describe, expect, it, vi } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import type { TouchlineDb } from '../../../lib/db/schema';
import { applyYourNames } from '../../../lib/db/your-touches';
import { DAY_MS } from '../../../lib/metrics/zoned-days';
import type { TeamFilters } from '../../../lib/team/filters';
import { loadTeamView } from '../../../lib/team/load-team-view';
import {
  call,
  contact,
  deal,
  email,
  history,
  logged,
  NOW,
  RITA,
  reply,
  SAM,
  settings,
  TENANT,
} from '../metrics/builders';
import { cacheWith } from './team-cache';

const DAY = 86_400_000;
const daysAgo = (days: number, hours = 0) => new Date(NOW.getTime() - days * DAY - hours * 3_600_000).toISOString();
const ALEX = 'Alex Morgan';
const CASEY = 'Casey Nguyen';
const filters: TeamFilters = { period: '30d', motion: 'mid-market' };

const stalled = deal({
  name: 'Stalled pilot',
  stage: 'Demo',
  stageHistory: history(['Qualified', daysAgo(60)], ['Demo', daysAgo(40)]),
  contacts: [{ id: '901', name: 'Jordan Lee' }],
});
const fresh = deal({ name: 'Fresh pilot', stage: 'Qualified', stageHistory: history(['Qualified', daysAgo(10)]) });
const won = deal({
  name: 'Won pilot',
  closed: 'won',
  stage: 'Closed won',
  stageHistory: history(['Demo', daysAgo(9)]),
});

/**
 * Alex worked Jordan (3 emails, a reply) and Sam (a connected call) this month; the deal's
 * timeline shows one of Jordan's emails again, naming nobody. Casey first wrote to Rita 35 days
 * ago (the oldest instant the early warning looks back to: Casey's history covers its 4 weeks),
 * called her twice three weeks ago and wrote ten emails in the four weeks before the last week,
 * then nothing.
 */
function activities() {
  const first = email(daysAgo(20), 'Route pricing v2', { owner: ALEX });
  return [
    first,
    email(daysAgo(20), 'Route pricing v2', {
      owner: ALEX,
      contactKeys: [],
      dealKeys: [stalled.key],
      key: 'copy-on-deal',
    }),
    reply(daysAgo(19), 'Re: Route pricing v2', { owner: ALEX }),
    email(daysAgo(12), 'Following up', { owner: ALEX }),
    email(daysAgo(3), 'Next steps', { owner: ALEX }),
    call(daysAgo(2), 'connected', { owner: ALEX, contactKeys: [SAM] }),
    email(daysAgo(35), 'Casey first', { owner: CASEY, contactKeys: [RITA] }),
    call(daysAgo(21), 'no-answer', { owner: CASEY, contactKeys: [RITA] }),
    call(daysAgo(21, 3), 'connected', { owner: CASEY, contactKeys: [RITA], title: 'Second try' }),
    ...Array.from({ length: 10 }, (_, i) =>
      email(daysAgo(8 + i * 2), `Casey ${i}`, { owner: CASEY, contactKeys: [RITA] }),
    ),
    email(daysAgo(5), 'Elsewhere', { owner: ALEX, tenant: '9900001', key: 'hubspot:9900001:activity:1' }),
  ];
}

async function viewOf(extra: Partial<TeamFilters> = {}, db?: TouchlineDb) {
  return loadTeamView({ db: db ?? (await cache()), filters: { ...filters, ...extra }, settings: settings(), now: NOW });
}

function cache() {
  return cacheWith({
    activities: activities(),
    deals: [stalled, fresh, won],
    contacts: [
      contact(),
      contact({ key: SAM, recordId: '902', name: 'Sam Ortiz' }),
      contact({ key: RITA, recordId: '903', name: 'Rita Gomez', owner: CASEY }),
    ],
  });
}

afterEach(() => vi.restoreAllMocks());

describe('loadTeamView: reps', () => {
  it('gives each rep their touches, active contacts and touches per contact, the deal copy merged', async () => {
    const view = await viewOf({ account: `hubspot:${TENANT}` });
    const alex = view.reps.find((r) => r.rep === ALEX);
    // 3 emails out, 1 reply in, 1 call: the deal-timeline copy of the first email is that email.
    expect(alex?.counts.total).toBe(3 + 1 + 1);
    expect(alex?.perContact.activeContacts).toBe(2);
    expect(alex?.perContact.value).toBe(2.5);
    expect(alex?.replyRate).toMatchObject({ numerator: 1, denominator: 3 });
    expect(alex?.connectRate).toMatchObject({ numerator: 1, denominator: 1 });
    const casey = view.reps.find((r) => r.rep === CASEY);
    expect(casey?.counts.total).toBe(2 + 10);
    expect(casey?.perContact).toMatchObject({ activeContacts: 1, value: 12 });
    expect(view.team?.counts.total).toBe(17);
    expect(view.team?.perContact.activeContacts).toBe(3);
  });

  it('warns early for the rep who went quiet, with the reason in words', async () => {
    const view = await viewOf({ account: `hubspot:${TENANT}` });
    const casey = view.reps.find((r) => r.rep === CASEY);
    // Trailing 4 weeks (7–35 days ago): 2 calls and 11 emails = 3.25 a week; none in the last 7 days.
    expect(casey?.warning).toEqual({ warning: true, lastWeek: 0, weeklyAverage: 3.25 });
    expect(casey?.warningReason).toBe(
      '0 touches in the last 7 days, below 70 % of the weekly average of 3.25 over the 4 weeks before (2.275).',
    );
    expect(view.reps.find((r) => r.rep === ALEX)?.warning.warning).toBe(false);
  });

  it('leaves another account out when one is chosen, and keeps it in otherwise', async () => {
    // 19 rows of this account, 18 activities (the deal-timeline copy of the first email is that
    // email, as the figures count it), and 1 of another.
    expect((await viewOf({ account: `hubspot:${TENANT}` })).basis.activities).toBe(18);
    expect((await viewOf()).basis.activities).toBe(19);
  });

  it('gives no early warning when retention keeps fewer days than the warning looks back', async () => {
    const db = await cache();
    const at = async (retentionDays: number) =>
      (await loadTeamView({ db, filters, settings: settings({ retentionDays }), now: NOW })).reps.find(
        (r) => r.rep === CASEY,
      );
    // 35 days kept: the last 7 days and the 4 weeks before are all there, and Casey's drop shows.
    const kept = await at(35);
    expect(kept?.warning.warning).toBe(true);
    expect(kept).not.toHaveProperty('warningNotRead');
    // 34 days kept: the oldest day of the 4 weeks before is pruned; a verdict would rest on an understated average.
    const short = await at(34);
    expect(short?.warningNotRead).toBe('beyond-retention');
    expect(short?.warningReason).toBe(
      'Not computed: the last 7 days and the 4 weeks before reach back 35 days, further than the 34 days of activities Touchline keeps (the retention setting).',
    );
  });

  it('gives no early warning while a raised retention has not caught up with what the shorter one deleted', async () => {
    const db = await cache();
    const casey = async (prunedBefore?: string) =>
      (
        await loadTeamView({ db, filters, settings: settings({ retentionDays: 400, prunedBefore }), now: NOW })
      ).reps.find((r) => r.rep === CASEY);
    // Raised from 30 days 2 days ago: what was older than 30 days then is gone, 32 days back today.
    const raised = await casey(new Date(NOW.getTime() - 32 * DAY_MS).toISOString());
    expect(raised?.warningNotRead).toBe('beyond-retention');
    expect(raised?.warningReason).toBe(
      'Not computed: the last 7 days and the 4 weeks before reach back 35 days, further than Oct 19, 2026: activities before it were deleted, or never stored, under the shorter retention setting in force until it was raised.',
    );
    // Raised 5 days ago or earlier: the 35 days are all kept again, and Casey's drop shows.
    const caughtUp = await casey(new Date(NOW.getTime() - 35 * DAY_MS).toISOString());
    expect(caughtUp?.warning.warning).toBe(true);
    expect(caughtUp).not.toHaveProperty('warningNotRead');
  });

  it('shows only the chosen owner', async () => {
    const view = await viewOf({ owner: CASEY });
    expect(view.reps.map((r) => r.rep)).toEqual([CASEY]);
    expect(view.team?.counts.total).toBe(12);
  });

  it('says how many call attempts had no recorded outcome beside the connect rate', async () => {
    const calls = [
      call(daysAgo(2), 'connected', { owner: ALEX }),
      call(daysAgo(3), null, { owner: ALEX, title: 'Mobile call' }),
      call(daysAgo(4), 'unknown', { owner: ALEX, title: 'Another call' }),
    ];
    const [alex] = (await viewOf({}, await cacheWith({ activities: calls, contacts: [contact()] }))).reps;
    expect([alex?.connectRate.numerator, alex?.connectRate.denominator, alex?.callsWithoutOutcome]).toEqual([1, 3, 2]);
  });

  it("keeps a contact another rep touched lately off the chosen owner's gone-cold list", async () => {
    // Jordan is Alex's contact, last written to by Alex 20 days ago (the follow-up limit is 14).
    const alexOnly = [email(daysAgo(20), 'Intro', { owner: ALEX })];
    const contacts = [contact({ owner: ALEX })];
    const untouched = await viewOf({ owner: ALEX }, await cacheWith({ activities: alexOnly, contacts }));
    expect(untouched.followUps.map((f) => [f.name, f.kind])).toEqual([['Jordan Lee', 'gone-cold']]);
    // Casey called Jordan 3 days ago: not cold, though Casey's row is not shown (the cadence may still list a step).
    const caseyCalled = [...alexOnly, call(daysAgo(3), 'connected', { owner: CASEY })];
    const view = await viewOf({ owner: ALEX }, await cacheWith({ activities: caseyCalled, contacts }));
    expect(view.reps.map((r) => r.rep)).toEqual([ALEX]);
    expect(view.followUps.filter((f) => f.kind === 'gone-cold')).toEqual([]);
  });

  it('keeps a contact off the gone-cold list when a touch logged without a name reached it lately', async () => {
    // Alex wrote to Jordan 20 days ago; 2 days ago the user logged a call with Jordan before setting
    // their name in this CRM. Jordan's own panel counts that call; the team page must not call Jordan cold.
    const activities = [
      email(daysAgo(20), 'Intro', { owner: ALEX }),
      logged(daysAgo(2), 'call', { outcome: 'connected', owner: undefined }),
    ];
    const view = await viewOf({}, await cacheWith({ activities, contacts: [contact({ owner: ALEX })] }));
    expect(view.unownedLogged).toBe(1);
    expect(view.followUps.filter((f) => f.kind === 'gone-cold')).toEqual([]);
  });
});

describe('loadTeamView: a cadence that began before the weeks read', () => {
  // Enterprise: 7 steps, the last a meeting 7 days after step 6; the follow-up limit is 14 days.
  const enterprise = { ...filters, motion: 'enterprise' as const };
  const emailsOn = (days: number[]) => days.map((d) => email(daysAgo(d), `Step ${d}`, { owner: ALEX }));
  // Six steps in the 13 weeks read (91 days), every 14 days, the last 14 days ago.
  const inWindow = emailsOn([84, 70, 56, 42, 28, 14]);
  const overdue = async (before: number[]) => {
    const db = await cacheWith({ activities: [...emailsOn(before), ...inWindow], contacts: [contact()] });
    const view = await loadTeamView({ db, filters: enterprise, settings: settings(), now: NOW });
    return view.followUps.map((f) => [f.name, f.kind, f.reason]);
  };

  it('counts the steps done before the window, as the contact’s panel does', async () => {
    // Two more emails 105 and 98 days ago, no silence since: all 7 steps are done, and the
    // follow-up on the last touch is due today, not overdue. Read from the window alone, step 7
    // (the meeting) looked 7 days overdue.
    expect(await overdue([105, 98])).toEqual([]);
  });

  it('counts steps logged in Touchline before the window, which retention keeps', async () => {
    // 90 days kept: the page's emails before the window (91 days) would be pruned, touches logged in
    // Touchline are not, and the page's emails of the window are all kept (retention applies on read).
    const logged = [105, 98].map((d) =>
      email(daysAgo(d), `Logged ${d}`, { owner: ALEX, origin: 'logged-in-touchline', key: `logged-${d}` }),
    );
    const db = await cacheWith({ activities: [...logged, ...inWindow], contacts: [contact()] });
    const view = await loadTeamView({ db, filters: enterprise, settings: settings({ retentionDays: 90 }), now: NOW });
    expect(view.followUps).toEqual([]);
  });

  it('starts the run after a silence before the window, as the panel does', async () => {
    // Emails 120 and 113 days ago, then 29 days of silence: the run began 84 days ago, and step 7
    // was due 7 business days after step 6 (Friday Nov 6).
    expect(await overdue([120, 113])).toEqual([['Jordan Lee', 'overdue', 'step 7 (meeting) was due 2026-11-17']]);
  });
});

describe('loadTeamView: your own touches', () => {
  it('counts a touch logged in Touchline on the row of your name in that CRM, once the name is set', async () => {
    const db = await cache();
    const alexTotal = async () => (await viewOf({}, db)).reps.find((r) => r.rep === ALEX)?.counts.total;
    const before = await alexTotal();

    expect((await viewOf({}, db)).unownedLogged).toBe(0);
    await logTouch(db, { recordKey: SAM, channel: 'social' }, NOW);
    expect(await alexTotal()).toBe(before);
    // The page says why it is on no row.
    expect((await viewOf({}, db)).unownedLogged).toBe(1);
    expect((await viewOf({ account: 'hubspot:9900001' }, db)).unownedLogged).toBe(0);

    await applyYourNames(db, { yourNames: { hubspot: ALEX } });
    expect(await alexTotal()).toBe((before ?? 0) + 1);
    expect((await viewOf({}, db)).unownedLogged).toBe(0);

    await logTouch(db, { recordKey: SAM, channel: 'call' }, NOW, { yourNames: { hubspot: ALEX } });
    expect(await alexTotal()).toBe((before ?? 0) + 2);
  });
});

describe('loadTeamView: why it moved', () => {
  it('does not compare with a period before that reaches past what retention keeps', async () => {
    const db = await cache();
    const keptLong = await loadTeamView({ db, filters, settings: settings(), now: NOW });
    expect(keptLong.movement.notRead).toBeUndefined();
    expect(keptLong.movement.sentence).not.toMatch(/^Not compared/);
    // 30 days kept: the 30 days before the last 30 are pruned, so "none before" would be a false rise.
    const keptShort = await loadTeamView({ db, filters, settings: settings({ retentionDays: 30 }), now: NOW });
    expect(keptShort.movement.notRead).toBe('beyond-retention');
    expect(keptShort.movement.sentence).toMatch(/^Not compared: .*30 days of activities Touchline keeps/);
    // Kept 400 days now, but raised from 30 only 10 days ago: the period before is still partly gone.
    const prunedBefore = new Date(NOW.getTime() - 40 * DAY_MS).toISOString();
    const raised = await loadTeamView({ db, filters, settings: settings({ prunedBefore }), now: NOW });
    expect(raised.movement.notRead).toBe('beyond-retention');
    expect(raised.movement.sentence).toMatch(
      /^Not compared: .*further than Oct 11, 2026: activities before it were deleted/,
    );
    // The page also says where what it holds starts, and why.
    expect(keptLong).not.toHaveProperty('keptFrom');
    expect(keptShort.keptFrom).toEqual({ from: new Date(NOW.getTime() - 30 * DAY_MS).toISOString(), raised: false });
    expect(raised.keptFrom).toEqual({ from: prunedBefore, raised: true });
  });
});

describe('loadTeamView: deals', () => {
  it('lists open deals only, the stalled one first, with time in stage against the typical time', async () => {
    const view = await viewOf();
    expect(view.deals.map((d) => d.name)).toEqual(['Stalled pilot', 'Fresh pilot']);
    const row = view.deals[0];
    expect(row).toMatchObject({
      key: stalled.key,
      warning: 'stalled',
      daysInStage: 40,
      typicalDays: 14,
      daysSinceTouch: 3,
      contactsWorked: 1,
      contactsOnDeal: 1,
      url: `https://app.hubspot.com/contacts/${TENANT}/record/0-3/${stalled.recordId}`,
    });
    expect(row?.warningReason).toBe(
      '40 days in stage, typical 14 (default: 0 of your deals that left Demo have a known time there, 5 are needed) — over 2× typical',
    );
  });
  it("counts a touch on the deal's timeline that names none of its contacts", async () => {
    const quiet = deal({
      name: 'Quiet pilot',
      stage: 'Qualified',
      stageHistory: history(['Qualified', daysAgo(10)]),
      contacts: [{ id: '901', name: 'Jordan Lee' }],
    });
    const onDealOnly = call(daysAgo(6), 'connected', { owner: ALEX, contactKeys: [], dealKeys: [quiet.key] });
    const db = await cacheWith({ activities: [onDealOnly], deals: [quiet], contacts: [contact()] });
    const [row] = (await viewOf({}, db)).deals;
    expect([row?.name, row?.daysSinceTouch, row?.contactsWorked]).toEqual(['Quiet pilot', 6, 0]);
  });
});

describe('loadTeamView: reads through indexes', () => {
  it('never scans a whole store', async () => {
    const db = await cache();
    const storeReads = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const cursors = vi.spyOn(IDBObjectStore.prototype, 'openCursor');
    const indexReads = vi.spyOn(IDBIndex.prototype, 'getAll');
    const indexKeyReads = vi.spyOn(IDBIndex.prototype, 'getAllKeys');
    await viewOf({}, db);
    // The reps' activities come from their owner/day packs, a key range each: never a whole store.
    expect(storeReads.mock.calls.length).toBeGreaterThan(0);
    expect(storeReads.mock.calls.every(([query]) => query instanceof IDBKeyRange)).toBe(true);
    expect(new Set(storeReads.mock.contexts.map((store) => (store as IDBObjectStore).name))).toEqual(
      new Set(['activityPacks']),
    );
    expect(cursors).not.toHaveBeenCalled();
    const used = new Set(indexReads.mock.contexts.map((index) => (index as IDBIndex).name));
    // byOrigin: the touches logged in Touchline, to say how many are on no row.
    expect([...used].sort()).toEqual(['byContact', 'byOrigin', 'byPipeline', 'byTenant']);
    // A deal's own activities: the deal index's keys, the rows its contacts did not bring by key.
    expect(new Set(indexKeyReads.mock.contexts.map((index) => (index as IDBIndex).name))).toEqual(new Set(['byDeal']));
  });
});

describe('loadTeamView: an empty cache', () => {
  it('has no team row, no reps and no deals', async () => {
    const db = await cacheWith({});
    const view = await loadTeamView({ db, filters, settings: settings(), now: NOW });
    expect([view.team, view.reps, view.deals, view.basis.activities]).toEqual([null, [], [], 0]);
    expect(view.movement.sentence).toBe('No touches on active contacts in either period.');
  });
});
