import { describe, expect, it } from 'vitest';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { call, contact, contactKey, email, NOW, reply, settings, social } from '../metrics/builders';
import { cacheWith } from '../team/team-cache';

const DAY = 86_400_000;
const ago = (d: number) => new Date(NOW.getTime() - Math.round(d * DAY)).toISOString();
const ALEX = 'Alex Morgan';
const CASEY = 'Casey Nguyen';
const DANA = 'Dana Reyes';
const EVE = 'Eve Park';
const C = (n: number) => contactKey(String(1000 + n));

function rows() {
  const acts = [];
  // Alex: 4 weeks of 2 emails to C1 + 1 connected call to C2, then a thin last week.
  for (const d of [8.5, 15.5, 22.5, 29.5]) {
    acts.push(email(ago(d), `Pricing ${d}a`, { owner: ALEX, contactKeys: [C(1)] }));
    acts.push(email(ago(d - 0.1), `Pricing ${d}b`, { owner: ALEX, contactKeys: [C(1)] }));
    acts.push(call(ago(d - 0.2), 'connected', { owner: ALEX, contactKeys: [C(2)], title: `Call ${d}` }));
  }
  acts.push(reply(ago(8), 'Re: Pricing 8.5b', { owner: ALEX, contactKeys: [C(1)] }));
  acts.push(email(ago(1), 'Follow up', { owner: ALEX, contactKeys: [C(1)] }));
  acts.push(call(ago(2), 'no-answer', { owner: ALEX, contactKeys: [C(2)], title: 'Call last' }));
  acts.push(email(ago(20), 'Hello', { owner: ALEX, contactKeys: [C(7)] }));
  acts.push(email(ago(40), 'Old', { owner: ALEX, contactKeys: [C(1)] }));
  // Casey: new, first touch 10 days ago.
  acts.push(email(ago(10), 'Intro', { owner: CASEY, contactKeys: [C(3)] }));
  acts.push(email(ago(5), 'Bump', { owner: CASEY, contactKeys: [C(3)] }));
  acts.push(call(ago(3), 'no-answer', { owner: CASEY, contactKeys: [C(4)], title: 'Call C4' }));
  acts.push(social(ago(2), { owner: CASEY, contactKeys: [C(4)] }));
  // Dana: one email a week, none in the last 7 days; the 9-day one also imported.
  for (const d of [9, 16, 23, 30, 37]) acts.push(email(ago(d), `Dana ${d}`, { owner: DANA, contactKeys: [C(5)] }));
  acts.push(
    email(new Date(NOW.getTime() - 9 * DAY + 60_000).toISOString(), 'Dana 9', {
      owner: DANA,
      contactKeys: [C(5)],
      origin: 'import',
      key: 'hubspot:4410982:activity:import-dana-9',
    }),
  );
  // Eve: one a week, exactly on the 7-day edges.
  for (const d of [7, 14, 21, 28, 35, 42]) acts.push(email(ago(d), `Eve ${d}`, { owner: EVE, contactKeys: [C(6)] }));
  return acts;
}

const contacts = [1, 2, 3, 4, 5, 6, 7].map((n) =>
  contact({
    key: C(n),
    recordId: String(1000 + n),
    name: `Person ${n}`,
    owner: n <= 2 || n === 7 ? ALEX : n <= 4 ? CASEY : n === 5 ? DANA : EVE,
  }),
);

async function view(filters: Record<string, string> = {}) {
  const db = await cacheWith({ activities: rows(), contacts });
  return loadTeamView({
    db,
    filters: { period: '30d', motion: 'mid-market', ...filters } as never,
    settings: settings(),
    now: NOW,
  });
}

describe('team scenario worked by hand', () => {
  it('rep rows', async () => {
    const v = await view();
    const r = (n: string) => {
      const row = v.reps.find((x) => x.rep === n);
      if (!row) throw new Error(`no row for ${n}`);
      return row;
    };
    const a = r(ALEX);
    expect([a.counts.total, a.perContact.activeContacts]).toEqual([16, 3]);
    expect(a.counts.byChannel).toMatchObject({ email: 11, call: 5 });
    expect([a.replyRate.numerator, a.replyRate.denominator]).toEqual([1, 10]);
    expect([a.connectRate.numerator, a.connectRate.denominator]).toEqual([4, 5]);
    expect(a.band.position).toBe('below');
    expect(a.warning.warning).toBe(true);
    expect(a.warningReason).toBe(
      '2 touches in the last 7 days, below 70 % of the weekly average of 3.5 over the 4 weeks before (2.45).',
    );
    const c = r(CASEY);
    expect([c.counts.total, c.perContact.activeContacts]).toEqual([4, 2]);
    expect(c.warningNotRead).toBe('short-history');
    expect(c.warningReason).toBe(
      'Not computed: first touch 10 days ago; the warning needs 4 weeks before the last 7 days.',
    );
    const d = r(DANA);
    expect([d.counts.total, d.perContact.activeContacts]).toEqual([4, 1]);
    expect(d.warning.warning).toBe(true);
    expect(d.warningReason).toBe(
      '0 touches in the last 7 days, below 70 % of the weekly average of 1 over the 4 weeks before (0.7).',
    );
    const e = r(EVE);
    expect([e.counts.total, e.perContact.activeContacts]).toEqual([4, 1]);
    expect(e.warning).toMatchObject({ warning: false, lastWeek: 1, weeklyAverage: 1 });
  });
  it('team row, per rep, movement', async () => {
    const v = await view();
    const team = v.team;
    if (!team) throw new Error('no team row');
    expect([team.counts.total, team.perContact.activeContacts]).toEqual([28, 7]);
    expect(v.perRep).toEqual({ value: 7, reps: 4 });
    expect(team.warning.warning).toBe(false);
    expect(team.warning.weeklyAverage).toBe(5.75);
    expect(v.movement.sentence).toBe(
      'Touches rose 600 % (4 → 28): 267 points from more active contacts, 208 from email, 107 from calls, 18 from social.',
    );
  });
  it('gone cold and basis', async () => {
    const v = await view();
    expect(v.followUps.filter((f) => f.kind === 'gone-cold').map((f) => [f.contactKey, f.owner])).toEqual([
      [C(7), ALEX],
    ]);
    expect(v.basis).toEqual({ activities: 32, contacts: 7, imported: 1 });
  });
  it('owner filter', async () => {
    const v = await view({ owner: DANA });
    expect(v.reps.map((r) => r.rep)).toEqual([DANA]);
    expect(v.team?.counts.total).toBe(4);
    expect(v.movement.decomposition).toMatchObject({ before: 1, after: 4 });
  });
});
