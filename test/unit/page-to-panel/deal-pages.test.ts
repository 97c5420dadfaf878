// A manager opens a saved deal page at contracts.md's clock (Fri 2026-11-20 15:00 UTC, zone UTC,
// default settings). Expected values are worked out by hand from the page and metrics.md.
import { describe, expect, it } from 'vitest';
import { asDeal, DAY, extension, NOW } from './chain';

describe('deal pages, first visit', () => {
  it('HubSpot Contoso (deal-stage-history): in Proposal since Nov 10 09:00, a call and a held demo in the period', async () => {
    const view = asDeal(await extension().open('hubspot', 'deal-stage-history'));
    expect(view.stage).toBe('Proposal');
    expect(view.daysInStage).toBe(10);
    expect(view.daysInStageAtLeast).toBeFalsy();
    expect(view.typicalDaysInStage).toMatchObject({ days: 14, source: 'default' });
    expect(view.warning).toBe('none');
    // The Oct 20 15:00 email is before the period (Oct 21 15:00).
    expect(view.touches.total).toBe(2);
    expect(view.touches.byChannel).toMatchObject({ call: 1, meeting: 1, email: 0 });
    expect(view.daysSinceLastTouch).toBe(3);
    expect(view.contactsTouched).toBe(2);
    expect(view.contacts).toHaveLength(2);
  });

  it('HubSpot Northwind (deal-highlight-stage): Contract sent since Nov 16 11:15', async () => {
    const view = asDeal(await extension().open('hubspot', 'deal-highlight-stage'));
    expect(view.stage).toBe('Contract sent');
    expect(view.daysInStage).toBe(4);
    expect(view.warning).toBe('none');
    expect(view.touches.total).toBe(3);
    expect(view.touches.byChannel).toMatchObject({ email: 1, meeting: 1, call: 1 });
    expect(view.daysSinceLastTouch).toBe(2);
    // The Nov 10 meeting names Lena and Ravi, both on the deal.
    expect(view.contactsTouched).toBe(2);
  });

  it('Salesforce Northwind (deal-activity-groups): Proposal/Price Quote since Nov 10 14:15', async () => {
    const view = asDeal(await extension().open('salesforce', 'deal-activity-groups'));
    expect(view.stage).toBe('Proposal/Price Quote');
    expect(view.daysInStage).toBe(10);
    expect(view.warning).toBe('none');
    // call Nov 19, reply Nov 18, email Nov 16, meeting Nov 12 (past section: held), call Oct 26.
    expect(view.touches.total).toBe(5);
    expect(view.touches.byChannel).toMatchObject({ call: 2, email: 2, meeting: 1 });
    expect(view.daysSinceLastTouch).toBe(1);
    expect(view.contactsTouched).toBe(2);
  });

  it('Salesforce Contoso (deal-stage-history): Proposal since Nov 14 09:30', async () => {
    const view = asDeal(await extension().open('salesforce', 'deal-stage-history'));
    expect(view.stage).toBe('Proposal');
    expect(view.daysInStage).toBe(6);
    expect(view.warning).toBe('none');
    // emails Nov 19, Oct 24 (reply), Oct 23 (task, date only), Oct 23 09:40; calls Nov 18, 17, Oct 30;
    // InMail Nov 11; meeting Nov 4 (held). The Oct 29 no-show is no touch.
    expect(view.touches.total).toBe(9);
    expect(view.touches.byChannel).toMatchObject({ email: 4, call: 3, social: 1, meeting: 1 });
    expect(view.daysSinceLastTouch).toBe(1);
    expect(view.contactsTouched).toBe(2);
  });

  it('Pipedrive Nordhavn (deal-hashed): Demo Scheduled since Nov 17 09:30', async () => {
    const view = asDeal(await extension().open('pipedrive', 'deal-hashed'));
    expect(view.stage).toBe('Demo Scheduled');
    expect(view.daysInStage).toBe(3);
    expect(view.warning).toBe('none');
    expect(view.touches.total).toBe(4);
    expect(view.touches.byChannel).toMatchObject({ email: 2, call: 1, meeting: 1 });
    expect(view.daysSinceLastTouch).toBe(1);
    expect(view.contactsTouched).toBe(2);
  });

  it('Pipedrive Harborline (deal-stage-history): Proposal since Nov 16 09:05', async () => {
    const view = asDeal(await extension().open('pipedrive', 'deal-stage-history'));
    expect(view.stage).toBe('Proposal');
    expect(view.daysInStage).toBe(4);
    expect(view.warning).toBe('none');
    expect(view.touches.total).toBe(5);
    expect(view.touches.byChannel).toMatchObject({ email: 2, call: 2, meeting: 1 });
    expect(view.daysSinceLastTouch).toBe(1);
    expect(view.contactsTouched).toBe(2);
  });
});

describe('deal stage warnings as the days pass (no new reading)', () => {
  // HubSpot Contoso entered Proposal on Nov 10 09:00; no typical time known yet: 14 days (default).
  it('is watch above 21 days and stalled above 28 days', async () => {
    const ext = extension();
    const first = asDeal(await ext.open('hubspot', 'deal-stage-history'));
    ext.clock.now = new Date(NOW.getTime() + 12 * DAY); // Dec 2 15:00: 22 days in Proposal
    const watch = asDeal(await ext.view(first.recordKey));
    expect(watch.daysInStage).toBe(22);
    expect(watch.warning).toBe('watch');
    ext.clock.now = new Date(NOW.getTime() + 20 * DAY); // Dec 10 15:00: 30 days
    const stalled = asDeal(await ext.view(first.recordKey));
    expect(stalled.daysInStage).toBe(30);
    expect(stalled.warning).toBe('stalled');
    // No touch since the call Nov 17: 23 days > 14, the deal has no recent activity.
    expect(stalled.noRecentActivity).toBe(true);
    expect(stalled.daysSinceLastTouch).toBe(23);
  });
});

describe('long-open and closed deals', () => {
  it('Pipedrive Fabrikam — Fleet pilot: in Negotiation since Sep 30, 51 days against 14: stalled', async () => {
    const view = asDeal(await extension().open('pipedrive', 'demo-deal-stage-history'));
    expect(view.daysInStage).toBe(51);
    expect(view.typicalDaysInStage).toMatchObject({ days: 14, source: 'default' });
    expect(view.warning).toBe('stalled');
  });

  it('Salesforce Northwind — Annual renewal: in Demo since Oct 2, 49 days: stalled', async () => {
    const view = asDeal(await extension().open('salesforce', 'demo-deal-path'));
    expect(view.daysInStage).toBe(49);
    expect(view.warning).toBe('stalled');
  });

  it('a lost deal never warns (Pipedrive Contoso, HubSpot Contoso)', async () => {
    const ext = extension();
    expect(asDeal(await ext.open('pipedrive', 'demo-deal-closed')).warning).toBe('none');
    expect(asDeal(await ext.open('hubspot', 'demo-deal-stage-history')).warning).toBe('none');
  });
});

describe('stage history as the manager sees it', () => {
  it('Pipedrive Nordhavn: 12 d Qualified, 6 d Contact Made, 3 d Demo Scheduled, as the stage bar prints', async () => {
    const view = asDeal(await extension().open('pipedrive', 'deal-hashed'));
    expect(view.stageTimeline.map((s) => [s.stage, s.days, s.current])).toEqual([
      ['Qualified', 12, false],
      ['Contact Made', 6, false],
      ['Demo Scheduled', 3, true],
    ]);
  });
  it('HubSpot Contoso: Discovery 15, Qualified 23, Demo 13, Proposal 10 days', async () => {
    const view = asDeal(await extension().open('hubspot', 'deal-stage-history'));
    expect(view.stageTimeline.map((s) => [s.stage, s.days])).toEqual([
      ['Discovery', 15],
      ['Qualified', 23],
      ['Demo', 13],
      ['Proposal', 10],
    ]);
  });
});

describe('stage warning thresholds, day by day (HubSpot Contoso, Proposal since Nov 10)', () => {
  it.each([
    ['2026-12-01T15:00:00Z', 21, 'none'], // 21 = 1.5 × 14: not above
    ['2026-12-02T15:00:00Z', 22, 'watch'],
    ['2026-12-08T15:00:00Z', 28, 'watch'], // 28 = 2 × 14: not above
    ['2026-12-09T15:00:00Z', 29, 'stalled'],
  ])('on %s: %i days, %s', async (at, days, warning) => {
    const ext = extension();
    const first = await ext.open('hubspot', 'deal-stage-history');
    ext.clock.now = new Date(at);
    const view = asDeal(await ext.view(first.recordKey));
    expect(view.daysInStage).toBe(days);
    expect(view.warning).toBe(warning);
  });
});
