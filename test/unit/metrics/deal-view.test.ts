import { describe, expect, it } from 'vitest';
import { mergeStageHistory } from '../../../lib/db/stage-history';
import { buildStageSummaries } from '../../../lib/db/stage-summary-tally';
import { buildDealView } from '../../../lib/metrics/deal-view';
import { resolvePeriod } from '../../../lib/metrics/period';
import type { Activity } from '../../../lib/schema/activity';
import type { Deal, StageEntry } from '../../../lib/schema/record';
import { dealViewSchema } from '../../../lib/schema/view-model';
import { dealRow } from '../../../lib/team/deal-row';
import { typicalTimes } from '../../../lib/team/typical-times';
import {
  at,
  call,
  contact,
  deal,
  dealThatLeft,
  email,
  history,
  JORDAN,
  LA,
  meeting,
  NOW,
  note,
  PIPELINE,
  reply,
  SAM,
  settings,
  task,
  undated,
} from './builders';

const fleetPilot = deal({
  name: 'Fleet pilot',
  amount: 31_500,
  stage: 'Proposal',
  stages: [...PIPELINE, 'Closed won', 'Closed lost'],
  stageHistory: history(
    ['Discovery', at('2026-09-21 10:00')],
    ['Qualified', at('2026-09-25 10:00')],
    ['Demo', at('2026-10-02 10:00')],
    ['Proposal', at('2026-10-28 10:00')],
  ),
  contacts: [
    { id: '901', name: 'Jordan Lee' },
    { id: '902', name: 'Sam Okoye' },
    { id: '903', name: 'Rita Haas' },
  ],
  crmFigures: { lastActivity: at('2026-11-19 09:00') },
});

const onDeal = (extra = {}) => ({ dealKeys: [fleetPilot.key], ...extra });

const activities = [
  email(at('2026-11-02 09:00'), 'Proposal attached', onDeal({ contactKeys: [] })),
  email(at('2026-11-02 09:00'), 'Proposal attached', { contactKeys: [JORDAN] }),
  reply(at('2026-11-03 16:20'), 'Re: Proposal attached', { contactKeys: [JORDAN] }),
  meeting(at('2026-11-10 10:00'), 'held', onDeal({ contactKeys: [JORDAN, SAM], title: 'Proposal walkthrough' })),
  call(at('2026-11-19 08:30'), 'connected', { contactKeys: [JORDAN] }),
  email(at('2026-11-09 09:00'), 'Security questionnaire', { contactKeys: [SAM], automated: true }),
  note(at('2026-11-19 09:00'), onDeal({ contactKeys: [] })),
];

const otherDeals = [5, 7, 8, 9, 10, 10, 10, 10, 12, 14, 18, 30].map((days) => dealThatLeft('Proposal', days));

/** What the cache's per-stage summaries hold once these deals are stored. */
const storedAs = (deals: Deal[]) => buildStageSummaries(deals, LA);

const build = (overrides: Partial<Parameters<typeof buildDealView>[0]> = {}) =>
  buildDealView({
    deal: fleetPilot,
    activities,
    contacts: [contact(), contact({ key: SAM, recordId: '902', name: 'Sam Okoye' })],
    summaries: storedAs([fleetPilot, ...otherDeals]),
    settings: settings(),
    now: NOW,
    ...overrides,
  });

describe('buildDealView', () => {
  const view = build();

  it('parses as the panel’s deal view', () => {
    expect(dealViewSchema.safeParse(view).success).toBe(true);
  });

  it('warns that the deal has stalled in Proposal, in plain words', () => {
    expect(view).toMatchObject({
      stage: 'Proposal',
      daysInStage: 23,
      typicalDaysInStage: { days: 10, source: 'own-deals', deals: 12 },
      warning: 'stalled',
      warningReason: '23 days in stage, typical 10 from your 12 deals — over 2× typical',
    });
    expect(view.stageTimeline.map((s) => [s.stage, s.days])).toEqual([
      ['Discovery', 4],
      ['Qualified', 7],
      ['Demo', 26],
      ['Proposal', 23],
    ]);
  });

  it('counts the deal’s touches once when the deal and contact timelines both show them', () => {
    expect(view.touches).toMatchObject({
      total: 5,
      byChannel: { email: 3, call: 1, meeting: 1, social: 0, sms: 0 },
      automated: 1,
      inbound: 1,
    });
    // The deal timeline's copy of "Proposal attached" is the contact's email: one activity, as one touch.
    expect(view.activitiesRead).toBe(6);
    expect(view.daysSinceLastTouch).toBe(1);
    expect(view.noRecentActivity).toBe(false);
  });

  it('shows multi-threading: 2 of 3 contacts worked', () => {
    expect(view.contactsTouched).toBe(2);
    expect(view.contacts).toEqual([
      { key: JORDAN, name: 'Jordan Lee', touches: 4, daysSinceLastTouch: 1 },
      { key: SAM, name: 'Sam Okoye', touches: 2, daysSinceLastTouch: 10 },
      { key: 'hubspot:4410982:contact:903', name: 'Rita Haas', touches: 0, daysSinceLastTouch: null },
    ]);
  });

  it('shows stage conversion from the cached deals, per open stage', () => {
    expect(view.conversion.map((c) => c.stage)).toEqual(PIPELINE);
    expect(view.conversion.find((c) => c.stage === 'Proposal')).toEqual({
      stage: 'Proposal',
      entered: 13,
      advanced: 12,
      rate: 0.92,
    });
  });

  it('does not count a deal lost from Proposal as moving on', () => {
    const lostFromProposal = deal({
      stage: 'Closed lost',
      closed: 'lost',
      stageHistory: history(['Proposal', at('2026-09-01 10:00')], ['Closed lost', at('2026-09-20 10:00')]),
    });
    const withLost = build({ summaries: storedAs([fleetPilot, ...otherDeals, lostFromProposal]) });
    expect(withLost.conversion.find((c) => c.stage === 'Proposal')).toEqual({
      stage: 'Proposal',
      entered: 14,
      advanced: 12,
      rate: 0.86,
    });
  });

  it('compares the CRM’s last activity with Touchline’s last touch by day: the same day needs no explanation', () => {
    expect(view.crmComparisons).toEqual([
      {
        label: 'Last activity',
        crmValue: 'Nov 19, 2026',
        touchlineValue: 'Nov 19, 2026',
      },
    ]);
  });

  it('never warns on a closed deal', () => {
    const won = build({ deal: { ...fleetPilot, closed: 'won' } });
    expect(won.warning).toBe('none');
    expect(won.warningReason).toBe('Closed won: closed deals get no stage warning.');
    expect(won.noRecentActivity).toBe(false);
  });

  it('uses the default typical time while fewer than 5 deals have left the stage', () => {
    const early = build({ summaries: storedAs([fleetPilot, ...otherDeals.slice(0, 3)]) });
    expect(early.typicalDaysInStage).toEqual({ days: 14, source: 'default', deals: 3 });
    expect(early.warning).toBe('watch');
    expect(early.warningReason).toBe(
      '23 days in stage, typical 14 (default: 3 of your deals that left Proposal have a known time there, 5 are needed) — over 1.5× typical',
    );
    expect(dealViewSchema.safeParse(early).success).toBe(true);
  });

  it('leaves automated touches out of every touch figure when the setting says so', () => {
    const sequenceOnly = [email(at('2026-11-18 09:00'), 'Step 3', onDeal({ contactKeys: [SAM], automated: true }))];
    const view = build({ activities: sequenceOnly, settings: settings({ countAutomated: false }) });
    expect(view).toMatchObject({ daysSinceLastTouch: null, noRecentActivity: true, contactsTouched: 0 });
    expect(view.touches).toMatchObject({ total: 0, automated: 1 });
    expect(view.contacts.find((c) => c.key === SAM)?.daysSinceLastTouch).toBeNull();
  });

  it('flags a deal without recent activity and still parses with nothing to show', () => {
    const quiet = build({ activities: [], contacts: [] });
    expect(quiet.noRecentActivity).toBe(true);
    expect(quiet.contactsTouched).toBe(0);
    expect(dealViewSchema.safeParse(quiet).success).toBe(true);
  });
});

describe('buildDealView: time in stage when the entry is not known exactly', () => {
  /** The stored history after Touchline's visits, each `[stage, when, page history shown]`. */
  const visited = (...visits: [string, string, StageEntry[]?][]) =>
    visits.reduce<StageEntry[]>(
      (stored, [stage, when, page = []]) =>
        mergeStageHistory({ stored, page, currentStage: stage, now: new Date(when), newest: true }),
      [],
    );
  const viewOf = (stage: string, stageHistory: StageEntry[]) => build({ deal: { ...fleetPilot, stage, stageHistory } });

  it('on a first visit whose page history ends at an earlier stage, is at least 0 days and at most since that stage', () => {
    const shown = fleetPilot.stageHistory.slice(0, 3);
    const view = viewOf('Proposal', visited(['Proposal', NOW.toISOString(), shown]));
    expect(view).toMatchObject({ daysInStage: 0, daysInStageAtLeast: true, daysInStageUpTo: 49, warning: 'none' });
    expect(view.warningReason).toBe(
      '0–49 days in stage (Touchline saw the stage, not the day the deal entered it), typical 10 from your 12 deals',
    );
  });

  it('after a stage change seen between two visits, is a range and raises no warning the lower bound does not justify', () => {
    const history = visited(
      ['Demo', at('2026-10-01 10:00')],
      ['Demo', at('2026-11-05 10:00')],
      ['Proposal', at('2026-11-19 10:00')],
    );
    const view = viewOf('Proposal', history);
    expect(view).toMatchObject({ daysInStage: 1, daysInStageAtLeast: true, daysInStageUpTo: 15, warning: 'none' });
  });

  it('warns when the lower bound alone crosses the threshold', () => {
    const history = visited(
      ['Demo', at('2026-10-01 10:00')],
      ['Demo', at('2026-10-10 10:00')],
      ['Proposal', at('2026-10-25 10:00')],
    );
    const view = viewOf('Proposal', history);
    expect(view).toMatchObject({ daysInStage: 26, daysInStageUpTo: 41, warning: 'stalled' });
  });

  it('is at least the days since Touchline first saw the deal when the page never showed any history', () => {
    const view = viewOf('Proposal', visited(['Proposal', at('2026-11-10 10:00')]));
    expect(view).toMatchObject({ daysInStage: 10, daysInStageAtLeast: true, warning: 'none' });
    expect(view.daysInStageUpTo).toBeUndefined();
  });

  it('is exact to the day, marked approximate, when the page shows how long the deal has been in the stage', () => {
    const view = viewOf('Proposal', [{ stage: 'Proposal', enteredAt: at('2026-11-08 07:00'), approximate: true }]);
    expect(view).toMatchObject({ daysInStage: 12, daysInStageApproximate: true });
    expect(view.daysInStageAtLeast).toBeUndefined();
  });
});

describe('buildDealView: closed deals and comparable deals', () => {
  it('never warns on a deal whose stage name says it is closed, even without the closed marker', () => {
    const lost = build({
      deal: { ...fleetPilot, stage: 'Verloren', stageHistory: history(['Verloren', at('2026-08-01 10:00')]) },
    });
    expect(lost).toMatchObject({ closed: 'lost', warning: 'none', noRecentActivity: false });
  });

  it('leaves deals of unknown pipeline out of a known pipeline’s typical time', () => {
    const unknownPipeline = otherDeals.map((d) => ({ ...d, pipeline: undefined }));
    expect(build({ summaries: storedAs([fleetPilot, ...unknownPipeline]) }).typicalDaysInStage).toEqual({
      days: 14,
      source: 'default',
      deals: 0,
    });
  });

  it('does not call a deal in a stage since before the retention cutoff untouched when none of its touches is kept', () => {
    const kept30 = settings({ retentionDays: 30 });
    // In Discovery since Sep 21 with 30 days kept: its touches may be older than Touchline keeps.
    const pruned = build({ activities: [], settings: kept30 });
    expect(pruned).toMatchObject({ daysSinceLastTouch: null, lastTouchBeforeKept: true });
    // A deal that entered its first stage within the days kept, with no stored contact: never touched, as far as anyone knows.
    const young = deal({ stage: 'Discovery', stageHistory: history(['Discovery', at('2026-11-01 10:00')]) });
    expect(build({ deal: young, activities: [], contacts: [], settings: kept30 })).not.toHaveProperty(
      'lastTouchBeforeKept',
    );
    // The same deal with a contact created in September: the deal's last touch is its contacts' too.
    expect(build({ deal: young, activities: [], settings: kept30 })).toHaveProperty('lastTouchBeforeKept', true);
    // Retention raised to 400 days today from 30: what Touchline holds still starts 30 days ago.
    const raised = settings({ retentionDays: 400, prunedBefore: at('2026-10-21 15:00') });
    expect(build({ activities: [], settings: raised })).toHaveProperty('lastTouchBeforeKept', true);
    // The default 400 days reach back past Sep 21.
    expect(build({ activities: [] })).not.toHaveProperty('lastTouchBeforeKept');
  });
});

describe("buildDealView and the team page deal row follow the contact view's touch settings", () => {
  const view = (list: Activity[], change: Parameters<typeof settings>[0]) =>
    buildDealView({
      deal: fleetPilot,
      activities: list,
      contacts: [contact(), contact({ key: SAM, recordId: '902', name: 'Sam Okoye' })],
      summaries: [],
      settings: settings(change),
      now: NOW,
    });

  it('counts a task completed with a contact as a touch when the setting says so, on the panel and the team row', () => {
    const list = [task(at('2026-11-18 10:00'), { contactKeys: [JORDAN], dealKeys: [fleetPilot.key] })];
    const on = view(list, { countCompletedTasks: true });
    expect([on.touches.total, on.contactsTouched, on.daysSinceLastTouch, on.noRecentActivity]).toEqual([
      1,
      1,
      2,
      false,
    ]);
    expect(view(list, {}).touches.total).toBe(0);
    const s = settings({ countCompletedTasks: true });
    const row = dealRow({
      deal: fleetPilot,
      activities: list,
      contacts: new Map([[JORDAN, contact()]]),
      typical: typicalTimes([fleetPilot], s),
      settings: s,
      period: resolvePeriod(s.period, NOW, s.timeZone),
      now: NOW,
      pageTimeZone: s.timeZone,
    });
    expect([row.contactsWorked, row.daysSinceTouch]).toEqual([1, 2]);
  });

  it('leaves an undated automated touch out of touches-undated when automated touches are left out', () => {
    const list = [undated('last spring', { automated: true, contactKeys: [JORDAN] })];
    expect(view(list, { countAutomated: false }).touches.undated).toBe(0);
    expect(view(list, { countAutomated: true }).touches.undated).toBe(1);
  });
});
