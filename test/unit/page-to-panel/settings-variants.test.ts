// The same saved pages with the panel's period switched, and with automated touches left out of the
// headline (settings). Expected values worked out by hand from the pages and metrics.md.
import { describe, expect, it } from 'vitest';
import { asContact, extension } from './chain';

describe('period switch', () => {
  it('Lena Vogt, last 7 days (from Nov 13 15:00): call today, reply yesterday, email Nov 17', async () => {
    const view = asContact(await extension('UTC', { period: '7d' }).open('hubspot', 'contact-preview-feed'));
    expect(view.touches.total).toBe(3);
    expect(view.touches.byChannel).toMatchObject({ call: 1, email: 2 });
    expect(view.outcomes.replyRate).toMatchObject({ numerator: 1, denominator: 1 });
    expect(view.outcomes.connectRate).toMatchObject({ numerator: 1, denominator: 1 });
    // The band is always over the last 30 days: 4 touches.
    expect(view.band).toMatchObject({ touches: 4, samePeriod: false });
  });

  it('Rita Kowalski, last quarter (Jul 1 – Sep 30): three emails and two calls', async () => {
    const view = asContact(await extension('UTC', { period: 'last-quarter' }).open('pipedrive', 'demo-person-other'));
    expect(view.period.start.slice(0, 10)).toBe('2026-07-01');
    expect(view.touches.total).toBe(5);
    expect(view.touches.byChannel).toMatchObject({ email: 3, call: 2 });
    expect(view.outcomes.replyRate).toMatchObject({ value: 0, numerator: 0, denominator: 3 });
    expect(view.outcomes.connectRate).toMatchObject({ value: 0, numerator: 0, denominator: 2 });
    // Gone cold is whatever the period: 37 days without a touch.
    expect(view.cadence.goneCold).toBe(true);
    expect(view.band).toMatchObject({ touches: 0, samePeriod: false });
    // Step 2 Fri Sep 11 -> step 3 Thu Sep 24: 9 business days > 2 + 1.
    expect(view.cadence.gaps).toHaveLength(1);
  });

  it('Rita Kowalski, this quarter (from Oct 1): six touches, all in October', async () => {
    const view = asContact(await extension('UTC', { period: 'this-quarter' }).open('pipedrive', 'demo-person-other'));
    expect(view.touches.total).toBe(6);
    expect(view.touches.byChannel).toMatchObject({ email: 3, call: 2, social: 1 });
    expect(view.outcomes.connectRate).toMatchObject({ numerator: 1, denominator: 2 });
  });
});

describe('automated touches left out of the headline', () => {
  it('Dana Whitfield: the sequence email of Nov 16 is only shown apart', async () => {
    const view = asContact(await extension('UTC', { countAutomated: false }).open('hubspot', 'contact-long-timeline'));
    expect(view.touches.total).toBe(7);
    expect(view.touches.byChannel).toMatchObject({ email: 2, call: 3, meeting: 1, social: 1 });
    expect(view.touches.automated).toBe(1);
    // social, meeting, two calls, the Nov 12 email, the Nov 18 call.
    expect(view.outcomes.touchesToFirstReply).toBe(6);
    expect(view.daysSinceLastTouch).toBe(1);
    expect(view.cadence.gaps).toHaveLength(1);
  });

  it('Jordan Lee: the first response is the call of Oct 18, not the sequence email of Oct 16', async () => {
    const view = asContact(
      await extension('UTC', { countAutomated: false }).open('salesforce', 'contact-mixed-timeline'),
    );
    // Created Oct 11 09:00; call Oct 18 16:30 = 7 d 7 h 30 min.
    expect(view.outcomes.leadResponseHours).toBeCloseTo(175.5, 1);
    expect(view.touches.total).toBe(8);
  });
});

describe('weekends counted (businessDays off)', () => {
  it('Lars Brandt: Thu Nov 12 -> Tue Nov 17 is 5 days > 2 + 1: a gap; step 4 due 3 days after Thu Nov 19', async () => {
    const view = asContact(await extension('UTC', { businessDays: false }).open('hubspot', 'contact-no-attributes'));
    expect(view.cadence.gaps).toHaveLength(1);
    expect(view.cadence.nextDue).toMatchObject({ date: '2026-11-22', channel: 'call', step: 4 });
  });
});

describe('completed tasks counted as touches (setting)', () => {
  it('Dana Whitfield: the completed task of Nov 1 joins the total, in no channel', async () => {
    const view = asContact(
      await extension('UTC', { countCompletedTasks: true }).open('hubspot', 'contact-long-timeline'),
    );
    expect(view.touches.total).toBe(9);
    expect(view.touches.tasks).toBe(1);
    expect(view.touches.byChannel).toMatchObject({ email: 3, call: 3, meeting: 1, social: 1 });
  });
});

describe('completed tasks counted, more pages', () => {
  it('Maya Lindqvist: the done task "Send rate card" of Nov 3 joins the total', async () => {
    const view = asContact(await extension('UTC', { countCompletedTasks: true }).open('pipedrive', 'person-hashed'));
    expect(view.touches.total).toBe(5);
    expect(view.touches.tasks).toBe(1);
  });
  it('Salesforce Northwind deal: the past task "Send NDA" (with Tom Becker) joins the total', async () => {
    const view = await extension('UTC', { countCompletedTasks: true }).open('salesforce', 'deal-activity-groups');
    expect(view.touches.total).toBe(6);
  });
});

describe('a deal over the last 7 days', () => {
  it('Salesforce Contoso: email Nov 19, calls Nov 18 (Jordan) and Nov 17 (Rita): both contacts worked', async () => {
    const view = await extension('UTC', { period: '7d' }).open('salesforce', 'deal-stage-history');
    expect(view.touches.total).toBe(3);
    expect(view.kind === 'deal' && view.contactsTouched).toBe(2);
  });
});

describe('retention shorter than the silence', () => {
  it('Rita Kowalski, retention 30 days: her last touch (Oct 14) is older than kept; she has still gone cold', async () => {
    const view = asContact(await extension('UTC', { retentionDays: 30 }).open('pipedrive', 'demo-person-other'));
    expect(view.touches.total).toBe(0);
    expect(view.cadence.goneCold).toBe(true);
    expect(view.daysSinceLastTouch).not.toBe(0);
  });
});

describe('inbound follow-up motion', () => {
  it('Priya Shah: step 4 (day 3, email) due 2 business days after Wed Nov 18: today; band 3-6 within', async () => {
    const view = asContact(await extension('UTC', { motion: 'inbound' }).open('salesforce', 'lead-activity-groups'));
    expect(view.band).toMatchObject({ low: 3, high: 6, position: 'within', touches: 3 });
    expect(view.cadence.nextDue).toMatchObject({ date: '2026-11-20', channel: 'email', step: 4, overdue: false });
    expect(view.cadence.gaps).toHaveLength(1);
  });
});
