import { describe, expect, it } from 'vitest';
import { buildDealView } from '../../../lib/metrics/deal-view';
import { dealViewSchema } from '../../../lib/schema/view-model';
import {
  at,
  call,
  contact,
  deal,
  dealThatLeft,
  email,
  history,
  JORDAN,
  meeting,
  NOW,
  note,
  reply,
  SAM,
  settings,
} from './builders';

const fleetPilot = deal({
  name: 'Fleet pilot',
  amount: 31_500,
  stage: 'Proposal',
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

const build = (overrides: Partial<Parameters<typeof buildDealView>[0]> = {}) =>
  buildDealView({
    deal: fleetPilot,
    activities,
    contacts: [contact(), contact({ key: SAM, recordId: '902', name: 'Sam Okoye' })],
    deals: [fleetPilot, ...otherDeals],
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
    expect(view.activitiesRead).toBe(7);
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

  it('shows stage conversion from the cached deals', () => {
    expect(view.conversion.find((c) => c.stage === 'Proposal')).toEqual({
      stage: 'Proposal',
      entered: 13,
      advanced: 12,
      rate: 0.92,
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
    const early = build({ deals: [fleetPilot, ...otherDeals.slice(0, 3)] });
    expect(early.typicalDaysInStage).toEqual({ days: 14, source: 'default', deals: 3 });
    expect(early.warning).toBe('watch');
    expect(early.warningReason).toBe(
      '23 days in stage, typical 14 (default until 5 deals have left the stage; 3 of your deals have left Proposal) — over 1.5× typical',
    );
    expect(dealViewSchema.safeParse(early).success).toBe(true);
  });

  it('flags a deal without recent activity and still parses with nothing to show', () => {
    const quiet = build({ activities: [], contacts: [] });
    expect(quiet.noRecentActivity).toBe(true);
    expect(quiet.contactsTouched).toBe(0);
    expect(dealViewSchema.safeParse(quiet).success).toBe(true);
  });
});
