// A rep reads a deal page, then the contact's page: the deal's items that name the contact are the
// contact's touches too (contracts.md: stored against the deal, with the contact the page names).
import { describe, expect, it } from 'vitest';
import { asContact, asDeal, extension } from './chain';

describe("a contact's figures after its deal's page was read", () => {
  it('Pipedrive Maya Lindqvist with Nordhavn — Cold-chain pilot', async () => {
    const ext = extension();
    await ext.open('pipedrive', 'deal-hashed');
    const view = asContact(await ext.open('pipedrive', 'person-hashed'));
    // Her page: reply Nov 19, call Nov 17, email Nov 16, meeting Nov 5. The deal's, naming her:
    // call Nov 16 (no answer), email "Pilot scope" Nov 12, lunch Nov 6 (done).
    expect(view.touches.total).toBe(7);
    expect(view.touches.byChannel).toMatchObject({ email: 3, call: 2, meeting: 2 });
    // Nov 12 is followed by Nov 16 before the reply: 1 of 2 answered.
    expect(view.outcomes.replyRate).toMatchObject({ numerator: 1, denominator: 2 });
    expect(view.outcomes.connectRate).toMatchObject({ numerator: 1, denominator: 2 });
    expect(view.outcomes.meetingsHeld).toBe(2);
    expect(view.outcomes.touchesToFirstReply).toBe(6);
  });

  it('Salesforce Maria Jensen with Northwind — Depot rollout', async () => {
    const ext = extension();
    await ext.open('salesforce', 'deal-activity-groups');
    const view = asContact(await ext.open('salesforce', 'contact-activity-groups'));
    // Her page: reply Nov 19, call Nov 17, InMail Nov 13, meeting Oct 22. The deal's, naming her:
    // call Nov 19 (connected), reply Nov 18, email Nov 16, meeting Nov 12.
    expect(view.touches.total).toBe(8);
    expect(view.touches.byChannel).toMatchObject({ email: 3, call: 2, social: 1, meeting: 2 });
    expect(view.outcomes.replyRate).toMatchObject({ value: 1, numerator: 1, denominator: 1 });
    expect(view.outcomes.connectRate).toMatchObject({ numerator: 1, denominator: 2 });
    expect(view.outcomes.meetingsHeld).toBe(2);
    // meeting Oct 22, meeting Nov 12, InMail Nov 13, email Nov 16, call Nov 17, then the reply of Nov 18.
    expect(view.outcomes.touchesToFirstReply).toBe(5);
    expect(view.daysSinceLastTouch).toBe(1);
  });

  it('HubSpot Lena Vogt with Northwind — Fleet telematics', async () => {
    const ext = extension();
    await ext.open('hubspot', 'deal-highlight-stage');
    const view = asContact(await ext.open('hubspot', 'contact-preview-feed'));
    // Her page's four plus the deal's "Contract review" meeting of Nov 10 (held) naming her.
    expect(view.touches.total).toBe(5);
    expect(view.outcomes.meetingsHeld).toBe(1);
    // Before her reply of Nov 19: the intro meeting of Aug 28 (before the period), the meeting of
    // Nov 10, the call of Nov 12 and the email of Nov 17.
    expect(view.outcomes.touchesToFirstReply).toBe(4);
  });
});

describe('a planned meeting whose day passed, the page not read again', () => {
  it('Maria Jensen on Dec 4: the Dec 3 check-in is still planned, no touch; 15 days without one: cold', async () => {
    const ext = extension();
    const first = await ext.open('salesforce', 'contact-activity-groups');
    ext.clock.now = new Date('2026-12-04T15:00:00Z');
    const view = asContact(await ext.view(first.recordKey));
    // Since Nov 4 15:00: reply Nov 19, call Nov 17, InMail Nov 13.
    expect(view.touches.total).toBe(3);
    expect(view.outcomes.meetingsHeld).toBe(0);
    expect(view.daysSinceLastTouch).toBe(15);
    expect(view.cadence.goneCold).toBe(true);
  });
});

describe('the same meeting on the contact page and on the deal page, neither with an id', () => {
  // HubSpot shows the "Contract review" meeting of Nov 10 15:00 on Lena's page and on the deal's
  // (naming Lena and Ravi). Duplicate rule 3: same person, channel, direction and title within 2 minutes.
  const card = (title: string, when: string) =>
    `<div data-test-id="collapsible-event-accordion" class="Accordion__Wrapper-sc-8n2"><div role="button" aria-expanded="false" tabindex="0" class="Accordion__Toggle-sc-8n2-1"><div data-test-id="timeline-preview-event" class="TimelinePreviewEvent__Card-sc-7ab2"><div data-test-id="generic-preview-event-header" class="PreviewHeader__Row-sc-1k0"><span role="img" aria-label="Meeting" class="UIIcon__Wrapper-sc-0x1"></span><span data-test-id="header-message">Meeting with Lena Vogt</span><span data-test-id="event-timestamp">${when}</span></div><div class="PreviewBody__Subject-sc-2b1">${title}</div><div class="PreviewBody__Meta-sc-2b1"><span>Outcome</span> <span>Completed</span></div></div></div></div>\n`;
  const withMeeting = (h: string) =>
    h.replace(
      '</section>\n<section class="TimelineGroup__Month-sc-9"><h3>August 2026</h3>',
      `${card('Contract review', 'Nov 10, 2026 at 3:00 PM')}</section>\n<section class="TimelineGroup__Month-sc-9"><h3>August 2026</h3>`,
    );

  it('counts it once on the contact and on the deal, whichever page is read first', async () => {
    for (const order of ['contact first', 'deal first']) {
      const ext = extension();
      if (order === 'deal first') await ext.open('hubspot', 'deal-highlight-stage');
      const contactFirst = asContact(await ext.open('hubspot', 'contact-preview-feed', withMeeting));
      expect(contactFirst.touches.total, order).toBe(order === 'deal first' ? 5 : 5);
      const deal = asDeal(await ext.open('hubspot', 'deal-highlight-stage'));
      const contact = asContact(await ext.view(contactFirst.recordKey));
      // Lena: call, reply, email, call and the meeting; the deal: its email and call, the meeting, Lena's four.
      expect(contact.touches.total, order).toBe(5);
      expect(contact.outcomes.meetingsHeld, order).toBe(1);
      expect(deal.touches.total, order).toBe(7);
      expect(deal.touches.byChannel.meeting, order).toBe(1);
    }
  });
});
