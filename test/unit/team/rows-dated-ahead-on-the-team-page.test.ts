/**
 * The contact's panel and the team page agree on a call the CRM shows done (closed) but dates by its
 * due day still ahead (Salesforce lists a closed Task under past activity dated by its due date,
 * crm-evidence-2.md: "Today", "Tomorrow" …): it counts as a touch made by now (lib/metrics/touch.ts shownDone;
 * test/unit/metrics/completed-call-due-tomorrow-counts-now.test.tsx); the team page read only rows
 * dated up to now, so the same call was missing from the rep's row.
 *
 * By hand (metrics.md: calls are touches; "Planned items … are never touches while the CRM shows them as
 * planned" — this one is done): last 30 days, Dana (the user, "your name in this CRM" = Dana Ruiz, the
 * page credits both items to "You") made 1 email + 1 connected call with Mara = 2 touches on 1 active
 * contact. Panel: 2. Team page, Dana's row: must also be 2 touches, 1 call, connect rate 1 of 1.
 *
 * Input: a hand-written Salesforce contact reading saved through the background service; clock Fri
 * 2026-11-20 15:00Z, zone UTC, default settings plus yourNames.salesforce.
 */
import { describe, expect, it } from 'vitest';
import { createService } from '../../../lib/background/service';
import { dealReadSchema, type ReadResult } from '../../../lib/schema/read-result';
import { defaultSettings, type Settings } from '../../../lib/schema/settings';
import type { ContactView } from '../../../lib/schema/view-model';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { freshDb } from '../db/world-readings';

const SETTINGS: Settings = { ...defaultSettings('UTC'), yourNames: { salesforce: 'Dana Ruiz' } };

const NOW = new Date('2026-11-20T15:00:00Z');

function world() {
  const dbp = freshDb();
  return { dbp, service: createService({ db: dbp, now: () => NOW, settings: async () => SETTINGS }) };
}

async function teamOf(dbp: ReturnType<typeof freshDb>) {
  return loadTeamView({
    db: await dbp,
    filters: { period: '30d', motion: 'mid-market' },
    settings: SETTINGS,
    now: NOW,
  });
}
const reading: ReadResult = {
  status: 'read',
  crm: 'salesforce',
  tenant: 'harbor.lightning.force.com',
  kind: 'contact',
  recordId: '0035g00000QxR7TAAV',
  record: { name: 'Mara Lindqvist' },
  activities: [
    {
      type: 'call',
      channel: 'call',
      direction: 'outbound',
      timestamp: '2026-11-21T00:00:00.000Z',
      timePrecision: 'day',
      title: 'Call about the cold-room quote',
      byViewer: true,
      automated: false,
      outcome: 'connected',
      planned: false,
      sourceId: '00T5g00000Cq1Z1EAJ',
    },
    {
      type: 'email',
      channel: 'email',
      direction: 'outbound',
      timestamp: '2026-11-12T00:00:00.000Z',
      timePrecision: 'day',
      title: 'Cold-room quote',
      byViewer: true,
      automated: false,
      sourceId: '00T5g00000Cq0Y2EAJ',
    },
  ],
  crmFigures: {},
  notRead: [],
} as ReadResult;

describe('a call shown done but dated by a due day still ahead', () => {
  it('counts on the rep’s team row as it counts on the contact panel', async () => {
    const { dbp, service } = world();
    const answer = await service.readingSaved(reading);
    if (!answer.ok || !('view' in answer) || !answer.view) throw new Error(JSON.stringify(answer));
    const panel = answer.view as ContactView;
    expect(panel.touches.total).toBe(2);
    expect(panel.touches.byChannel.call).toBe(1);

    const team = await teamOf(dbp);
    const dana = team.reps.find((r) => r.rep === 'Dana Ruiz');
    expect(dana?.counts.total).toBe(2);
    expect(dana?.counts.byChannel.call).toBe(1);
    expect(dana?.connectRate).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it('does not list the contact as gone cold on the team page while her panel shows the call done and the next step not yet due', async () => {
    // By hand (metrics.md, Cadence, mid-market 0 email, 2 call, 4 email): email Thu 12 Nov is step 1, the
    // call (made by now, Fri 20 Nov) step 2; step 3 is due 2 business days later, Tue 24 Nov: not overdue,
    // not cold (a touch today). Without the call the team page sees a lone email 8 days old: "gone cold".
    const { dbp, service } = world();
    const answer = await service.readingSaved(reading);
    if (!answer.ok || !('view' in answer) || !answer.view) throw new Error(JSON.stringify(answer));
    const panel = answer.view as ContactView;
    expect(panel.cadence.goneCold).toBe(false);
    expect(panel.cadence.nextDue).toMatchObject({ date: '2026-11-24', overdue: false });

    const team = await teamOf(dbp);
    expect(team.followUps.map((f) => [f.name, f.kind])).toEqual([]);
  });

  it('on an opportunity page: the team page’s own deal row and follow-up list agree (deal row: touched today; so not gone cold 31 days)', async () => {
    // Salesforce opportunity (hand-written reading saved through saveReadings), zone UTC: "You" sent a
    // proposal email to Xan on 20 Oct and logged a call with Xan, a closed Task the timeline dates by its
    // due day, "Tomorrow" (21 Nov). By hand: the call is a touch made by now, so Xan was last touched
    // today (0 days): not gone cold (metrics.md: no touch for longer than the follow-up limit, 14), and
    // Dana (your name in Salesforce) has 1 touch in the last 30 days.
    const { dbp, service } = world();
    const opportunity = dealReadSchema.parse({
      status: 'read',
      crm: 'salesforce',
      tenant: 'harbor.lightning.force.com',
      kind: 'deal',
      recordId: '0065g00000Hb7QWAAZ',
      record: {
        name: 'Harbor cold rooms',
        stage: 'Negotiation/Review',
        stageHistory: [{ stage: 'Negotiation/Review', enteredAt: '2026-10-01T00:00:00.000Z' }],
        contacts: [{ id: '0035g00000QxR8TAAV', name: 'Xan Pike' }],
      },
      activities: [
        {
          type: 'email',
          channel: 'email',
          direction: 'outbound',
          timestamp: '2026-10-20T00:00:00.000Z',
          timePrecision: 'day',
          title: 'Proposal',
          byViewer: true,
          automated: false,
          sourceId: '00T5g00000Cq2A1EAJ',
          contactIds: ['0035g00000QxR8TAAV'],
        },
        {
          type: 'call',
          channel: 'call',
          direction: 'outbound',
          timestamp: '2026-11-21T00:00:00.000Z',
          timePrecision: 'day',
          title: 'Call Xan about the proposal',
          byViewer: true,
          automated: false,
          outcome: 'connected',
          planned: false,
          sourceId: '00T5g00000Cq2B2EAJ',
          contactIds: ['0035g00000QxR8TAAV'],
        },
      ],
      crmFigures: {},
      notRead: [],
    });
    const answer = await service.readingSaved(opportunity);
    if (!answer.ok) throw new Error(JSON.stringify(answer));
    const team = await teamOf(dbp);
    expect(team.deals[0]).toMatchObject({ daysSinceTouch: 0, contactsWorked: 1 });
    expect(team.reps.find((r) => r.rep === 'Dana Ruiz')?.counts.total).toBe(1);
    expect(team.followUps.filter((f) => f.kind === 'gone-cold').map((f) => f.name)).toEqual([]);
  });
});

/**
 * Rows dated ahead that the CRM shows planned are no touches (metrics.md: "Planned items of any type
 * are never touches while the CRM shows them as planned") and lie in no week the page reads
 * (docs/team-view.md: "The basis line counts the activities of every week read"). Dana emailed Mara
 * on Thu 12 Nov; her Upcoming & Overdue group lists a meeting on Fri 27 Nov and a call on Tue 8 Dec,
 * both planned. By hand: "from 1 activity on 1 contact"; Dana's row: 1 touch.
 */
const withPlannedAhead = {
  status: 'read',
  crm: 'salesforce',
  tenant: 'harbor.lightning.force.com',
  kind: 'contact',
  recordId: '0035g00000QxR7TAAV',
  record: { name: 'Mara Lindqvist' },
  activities: [
    {
      type: 'email',
      channel: 'email',
      direction: 'outbound',
      timestamp: '2026-11-12T00:00:00.000Z',
      timePrecision: 'day',
      title: 'Cold-room quote',
      byViewer: true,
      automated: false,
      sourceId: '00T5g00000Cq0Y2EAJ',
    },
    {
      type: 'meeting',
      channel: 'meeting',
      direction: 'outbound',
      timestamp: '2026-11-27T10:00:00.000Z',
      timePrecision: 'minute',
      title: 'Site visit',
      byViewer: true,
      automated: false,
      planned: true,
      sourceId: '00U5g00000Ev1A1EAJ',
    },
    {
      type: 'call',
      channel: 'call',
      direction: 'outbound',
      timestamp: '2026-12-08T09:00:00.000Z',
      timePrecision: 'minute',
      title: 'Call about the order',
      byViewer: true,
      automated: false,
      planned: true,
      sourceId: '00T5g00000Cq3C3EAJ',
    },
  ],
  crmFigures: {},
  notRead: [],
} as ReadResult;

describe('planned items dated ahead', () => {
  it('are not in the basis: from 1 activity', async () => {
    const { dbp, service } = world();
    const answer = await service.readingSaved(withPlannedAhead);
    if (!answer.ok) throw new Error(JSON.stringify(answer));
    const team = await teamOf(dbp);
    expect(team.reps.find((r) => r.rep === 'Dana Ruiz')?.counts.total).toBe(1);
    expect(team.basis).toMatchObject({ activities: 1, contacts: 1 });
  });
});
