// The same records' pages in German and French: the panel's figures are the ones worked out by hand
// for the English page (contact-pages / deal-pages tests).
import { describe, expect, it } from 'vitest';
import { asContact, asDeal, extension } from './chain';

describe.each(['de', 'fr'])('pages in %s', (lang) => {
  it('HubSpot Lena Vogt', async () => {
    const v = asContact(await extension().open('hubspot', `contact-preview-feed-${lang}`));
    expect(v.touches.total).toBe(4);
    expect(v.touches.byChannel).toMatchObject({ email: 2, call: 2 });
    expect(v.daysSinceLastTouch).toBe(0);
    expect(v.outcomes.replyRate).toMatchObject({ numerator: 1, denominator: 1 });
    expect(v.outcomes.connectRate).toMatchObject({ numerator: 1, denominator: 2 });
    expect(v.outcomes.leadResponseHours).toBeCloseTo(192.75, 1);
  });
  it('Salesforce Maria Jensen', async () => {
    const v = asContact(await extension().open('salesforce', `contact-activity-groups-${lang}`));
    expect(v.touches.total).toBe(4);
    expect(v.touches.byChannel).toMatchObject({ email: 1, call: 1, social: 1, meeting: 1 });
    expect(v.outcomes.connectRate).toMatchObject({ numerator: 0, denominator: 1 });
    expect(v.outcomes.meetingsHeld).toBe(1);
    expect(v.outcomes.touchesToFirstReply).toBe(3);
    expect(v.daysSinceLastTouch).toBe(1);
  });
  it('Pipedrive Maya Lindqvist', async () => {
    const v = asContact(await extension().open('pipedrive', `person-hashed-${lang}`));
    expect(v.touches.total).toBe(4);
    expect(v.touches.byChannel).toMatchObject({ email: 2, call: 1, meeting: 1 });
    expect(v.outcomes.replyRate).toMatchObject({ numerator: 1, denominator: 1 });
    expect(v.outcomes.connectRate).toMatchObject({ numerator: 1, denominator: 1 });
    expect(v.cadence.gaps).toHaveLength(1);
  });
  it('deals: HubSpot Northwind, Salesforce Northwind, Pipedrive Nordhavn', async () => {
    const h = asDeal(await extension().open('hubspot', `deal-highlight-stage-${lang}`));
    expect([h.daysInStage, h.touches.total, h.contactsTouched, h.warning]).toEqual([4, 3, 2, 'none']);
    const s = asDeal(await extension().open('salesforce', `deal-activity-groups-${lang}`));
    expect([s.daysInStage, s.touches.total, s.contactsTouched, s.warning]).toEqual([10, 5, 2, 'none']);
    const p = asDeal(await extension().open('pipedrive', `deal-hashed-${lang}`));
    expect([p.daysInStage, p.touches.total, p.contactsTouched, p.warning]).toEqual([3, 4, 2, 'none']);
  });
});
