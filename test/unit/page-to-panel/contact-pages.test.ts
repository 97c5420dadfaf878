// A rep opens a saved contact page at contracts.md's clock (Fri 2026-11-20 15:00 UTC, zone UTC,
// default settings: last 30 days, mid-market, automated counted, weekends excluded, follow-up 14 days).
// Every expected value below is worked out by hand from the page's visible items and metrics.md.
import { describe, expect, it } from 'vitest';
import { asContact, extension } from './chain';

describe('Salesforce contact Maria Jensen (contact-activity-groups)', () => {
  // Past: inbound email Nov 19 8:47, call Nov 17 15:30 (No Answer), LinkedIn InMail Nov 13 (date only),
  // event "Discovery meeting" Oct 22 14:00 in the past section (held). Upcoming: a task, an event Dec 3.
  it('shows the figures a rep works out from the page', async () => {
    const view = asContact(await extension().open('salesforce', 'contact-activity-groups'));
    expect(view.touches.total).toBe(4);
    expect(view.touches.byChannel).toMatchObject({ email: 1, call: 1, social: 1, meeting: 1 });
    expect(view.touches.inbound).toBe(1);
    expect(view.daysSinceLastTouch).toBe(1);
    expect(view.outcomes.replyRate.value).toBeNull(); // no outbound email
    expect(view.outcomes.connectRate).toMatchObject({ value: 0, numerator: 0, denominator: 1 });
    expect(view.outcomes.meetingsHeld).toBe(1);
    expect(view.outcomes.unknownOutcomes).toBe(1); // the meeting's outcome is not on the page
    // Outbound touches before the reply: meeting Oct 22, InMail Nov 13, call Nov 17.
    expect(view.outcomes.touchesToFirstReply).toBe(3);
    // Created Sep 28 16:10; first outbound touch Oct 22 14:00 = 23 d 21 h 50 min.
    expect(view.outcomes.leadResponseHours).toBeCloseTo(573.83, 1);
    expect(view.cadence.goneCold).toBe(false);
    expect(view.band).toMatchObject({ low: 8, high: 14, position: 'below', touches: 4 });
  });
});

describe('HubSpot contact Lena Vogt (contact-preview-feed)', () => {
  // Call today 14:26 (connected), reply yesterday 16:45, email Nov 17 10:05, call Nov 12 11:00 (voicemail),
  // meeting Aug 28 (held, before the period), a note and a planned task.
  it('shows the figures a rep works out from the page', async () => {
    const view = asContact(await extension().open('hubspot', 'contact-preview-feed'));
    expect(view.touches.total).toBe(4);
    expect(view.touches.byChannel).toMatchObject({ email: 2, call: 2, meeting: 0 });
    expect(view.daysSinceLastTouch).toBe(0);
    expect(view.outcomes.replyRate).toMatchObject({ value: 1, numerator: 1, denominator: 1 });
    expect(view.outcomes.connectRate).toMatchObject({ value: 0.5, numerator: 1, denominator: 2 });
    expect(view.outcomes.meetingsHeld).toBe(0);
    // Created Aug 20 09:00; first outbound touch the meeting Aug 28 09:45 = 8 d 0 h 45 min.
    expect(view.outcomes.leadResponseHours).toBeCloseTo(192.75, 1);
    expect(view.cadence.goneCold).toBe(false);
  });
});

describe('HubSpot contact Dana Whitfield (contact-long-timeline)', () => {
  // Two "Case study: Northwind" emails 14:00 and 14:01 with two ids: a double capture (rule 2), one touch.
  // The Nov 5 meeting was a no-show: no touch. The Nov 16 email came from a sequence.
  it('shows the figures a rep works out from the page', async () => {
    const view = asContact(await extension().open('hubspot', 'contact-long-timeline'));
    expect(view.touches.total).toBe(8);
    expect(view.touches.byChannel).toMatchObject({ email: 3, call: 3, meeting: 1, social: 1 });
    expect(view.touches.automated).toBe(1);
    expect(view.daysSinceLastTouch).toBe(1);
    // Outbound emails Nov 12 (one touch) and Nov 16; the Nov 19 reply answers only the Nov 16 one.
    expect(view.outcomes.replyRate).toMatchObject({ value: 0.5, numerator: 1, denominator: 2 });
    expect(view.outcomes.connectRate).toMatchObject({ numerator: 1, denominator: 3 });
    expect(view.outcomes.meetingsHeld).toBe(1);
    // social Nov 2, meeting Nov 3, calls Nov 9 and 10, emails Nov 12 and 16, call Nov 18.
    expect(view.outcomes.touchesToFirstReply).toBe(7);
    expect(view.outcomes.touchesToFirstMeeting).toBe(1);
    // Created Oct 1 09:00; first outbound touch Nov 2 13:10.
    expect(view.outcomes.leadResponseHours).toBeCloseTo(772.17, 1);
    // Step 2 (meeting Tue Nov 3) to step 3 (call Mon Nov 9): 4 business days > 2 + 1 grace.
    expect(view.cadence.gaps).toHaveLength(1);
    expect(view.cadence.gaps[0]?.from.slice(0, 10)).toBe('2026-11-03');
    expect(view.cadence.goneCold).toBe(false);
  });
});

describe('HubSpot contact Nora Kowalski (contact-relative-dates)', () => {
  it('shows the figures a rep works out from the page', async () => {
    const view = asContact(await extension().open('hubspot', 'contact-relative-dates'));
    // call today, reply yesterday, email "2 days ago", call Nov 3, email Nov 2, call Oct 28, text Oct 27.
    expect(view.touches.total).toBe(7);
    expect(view.touches.byChannel).toMatchObject({ email: 3, call: 3, sms: 1 });
    expect(view.daysSinceLastTouch).toBe(0);
    expect(view.outcomes.replyRate).toMatchObject({ value: 0.5, numerator: 1, denominator: 2 });
    expect(view.outcomes.connectRate).toMatchObject({ numerator: 1, denominator: 3 });
    // Before yesterday's reply: the email of Oct 20 (before the period), the text, the two calls and
    // the two emails.
    expect(view.outcomes.touchesToFirstReply).toBe(6);
    // No "Create date" on the page: lead response time is not shown.
    expect(view.outcomes.leadResponseHours).toBeNull();
  });
});

describe('Pipedrive person Maya Lindqvist (person-hashed)', () => {
  it('shows the figures a rep works out from the page', async () => {
    const view = asContact(await extension().open('pipedrive', 'person-hashed'));
    expect(view.touches.total).toBe(4);
    expect(view.touches.byChannel).toMatchObject({ email: 2, call: 1, meeting: 1 });
    expect(view.daysSinceLastTouch).toBe(1);
    expect(view.outcomes.replyRate).toMatchObject({ value: 1, numerator: 1, denominator: 1 });
    expect(view.outcomes.connectRate).toMatchObject({ value: 1, numerator: 1, denominator: 1 });
    expect(view.outcomes.meetingsHeld).toBe(1);
    expect(view.outcomes.touchesToFirstReply).toBe(3);
    // Meeting Thu Nov 5 (step 1) to email Mon Nov 16 (step 2): 7 business days > 2 + 1.
    expect(view.cadence.gaps).toHaveLength(1);
    expect(view.cadence.goneCold).toBe(false);
  });
});

describe('Pipedrive person Dana Whitaker (person-long-timeline)', () => {
  // The synced "Port pricing" (email:551840, date only) and the activity "Port pricing" (activity:88115,
  // 14:01) have different ids and one has no time of day: two touches by rule 2.
  it('shows the figures a rep works out from the page', async () => {
    const view = asContact(await extension().open('pipedrive', 'person-long-timeline'));
    // reply Nov 19, call Nov 19, 2 emails Nov 17, meeting Nov 12 (held), Nov 5 no-show (no touch),
    // calls Nov 3 and Oct 29, sequence email Oct 27, social Oct 26.
    expect(view.touches.total).toBe(9);
    expect(view.touches.byChannel).toMatchObject({ email: 4, call: 3, meeting: 1, social: 1 });
    expect(view.touches.automated).toBe(1);
    expect(view.outcomes.connectRate).toMatchObject({ numerator: 1, denominator: 3 });
    expect(view.outcomes.meetingsHeld).toBe(1);
    expect(view.daysSinceLastTouch).toBe(1);
  });
});

describe('Salesforce contact Jordan Lee (contact-mixed-timeline)', () => {
  it('shows the figures a rep works out from the page', async () => {
    const view = asContact(await extension().open('salesforce', 'contact-mixed-timeline'));
    // Since Oct 21 15:00: email Nov 19, call Nov 18, InMail Nov 11, meeting Nov 4 (held), call Oct 30 (busy),
    // reply Oct 24, "Email: Route pricing v2" task Oct 23 and the email Oct 23 09:40; the Oct 29 no-show is no touch.
    expect(view.touches.total).toBe(8);
    expect(view.touches.byChannel).toMatchObject({ email: 4, call: 2, social: 1, meeting: 1 });
    expect(view.outcomes.connectRate).toMatchObject({ numerator: 1, denominator: 2 });
    expect(view.outcomes.meetingsHeld).toBe(1);
    expect(view.daysSinceLastTouch).toBe(1);
    // Created Oct 11 09:00; first outbound touch the sequence email Oct 16 14:05 = 5 d 5 h 5 min.
    expect(view.outcomes.leadResponseHours).toBeCloseTo(125.08, 1);
  });
});

describe('Salesforce lead Priya Shah (lead-activity-groups): a cadence under way, no reply', () => {
  // Past: webinar Tue Nov 3 11:00 (past section: held), call Mon Nov 16 16:45 (connected), email Wed Nov 18 10:02.
  // Upcoming: a call today (planned: no touch). Created Nov 2 09:15.
  it('shows the figures a rep works out from the page', async () => {
    const view = asContact(await extension().open('salesforce', 'lead-activity-groups'));
    expect(view.touches.total).toBe(3);
    expect(view.touches.byChannel).toMatchObject({ meeting: 1, call: 1, email: 1 });
    expect(view.daysSinceLastTouch).toBe(2);
    expect(view.outcomes.replyRate).toMatchObject({ value: 0, numerator: 0, denominator: 1 });
    expect(view.outcomes.connectRate).toMatchObject({ value: 1, numerator: 1, denominator: 1 });
    expect(view.outcomes.meetingsHeld).toBe(1);
    expect(view.outcomes.touchesToFirstReply).toBeNull();
    expect(view.outcomes.leadResponseHours).toBeCloseTo(25.75, 2);
    // Step 1 Tue Nov 3 -> step 2 Mon Nov 16: 9 business days > 2 + 1: a gap. Step 3 Wed Nov 18 on time.
    expect(view.cadence.gaps).toHaveLength(1);
    // Step 4 (day 7, call) is due 7 - 4 = 3 business days after Wed Nov 18: Mon Nov 23.
    expect(view.cadence.nextDue).toMatchObject({ date: '2026-11-23', channel: 'call', step: 4, overdue: false });
    expect(view.cadence.goneCold).toBe(false);
  });
});

describe('HubSpot contact Lars Brandt (contact-no-attributes): a cadence on time', () => {
  // meeting Thu Nov 12 17:00 (held), email Tue Nov 17 15:00, call Thu Nov 19 11:00 (voicemail).
  it('shows the figures a rep works out from the page', async () => {
    const view = asContact(await extension().open('hubspot', 'contact-no-attributes'));
    expect(view.touches.total).toBe(3);
    expect(view.daysSinceLastTouch).toBe(1);
    expect(view.outcomes.replyRate).toMatchObject({ value: 0, numerator: 0, denominator: 1 });
    expect(view.outcomes.connectRate).toMatchObject({ value: 0, numerator: 0, denominator: 1 });
    expect(view.outcomes.meetingsHeld).toBe(1);
    // Thu Nov 12 -> Tue Nov 17 is 3 business days = 2 + 1 grace: not longer, no gap.
    expect(view.cadence.gaps).toHaveLength(0);
    // Step 4 (call) 3 business days after Thu Nov 19: Tue Nov 24.
    expect(view.cadence.nextDue).toMatchObject({ date: '2026-11-24', channel: 'call', step: 4, overdue: false });
    // Created Sep 2 08:00; first outbound touch Nov 12 17:00 = 71 d 9 h.
    expect(view.outcomes.leadResponseHours).toBeCloseTo(1713, 0);
  });
});

describe('Pipedrive person Dana Whitaker (person-unusual-dates)', () => {
  it('counts the dated touches and keeps the undated call and meeting apart', async () => {
    const view = asContact(await extension().open('pipedrive', 'person-unusual-dates'));
    // calls Nov 18 15:15 and Nov 18 (date only), meetings Nov 16 and Nov 19 (held), email Nov 10, text Nov 18.
    // The webinar "a week ago" has no day Touchline can know (any of seven): undated, with the call "sometime last spring".
    expect(view.touches.total).toBe(6);
    expect(view.touches.byChannel).toMatchObject({ call: 2, meeting: 2, email: 1, sms: 1 });
    expect(view.touches.undated).toBe(2);
    expect(view.outcomes.connectRate).toMatchObject({ numerator: 1, denominator: 2 });
    expect(view.outcomes.meetingsHeld).toBe(2);
    expect(view.daysSinceLastTouch).toBe(1);
    // An outbound call without a date may have been the first: not shown.
    expect(view.outcomes.leadResponseHours).toBeNull();
  });
});

describe('Pipedrive person Rita Kowalski (demo-person-other): gone cold', () => {
  // Outbound only, the last an email Wed Oct 14 11:31; nothing since, 37 days before Nov 20.
  it('is cold, with nothing in the period and a new cadence overdue', async () => {
    const view = asContact(await extension().open('pipedrive', 'demo-person-other'));
    expect(view.touches.total).toBe(0);
    expect(view.daysSinceLastTouch).toBe(37);
    expect(view.cadence.goneCold).toBe(true);
    expect(view.outcomes.replyRate.value).toBeNull();
    expect(view.outcomes.connectRate.value).toBeNull();
    // Step 1 of a new cadence, due when what it replaces was due, or when the 14-day limit ran out
    // if that came first (only a touch done moves a due date): Oct 14 + 14 = Oct 28.
    expect(view.cadence.nextDue).toMatchObject({ date: '2026-10-28', channel: 'email', step: 1, overdue: true });
    // Created Sep 9 10:00; first outbound touch Sep 10 01:31 = 15 h 31 min.
    expect(view.outcomes.leadResponseHours).toBeCloseTo(15.52, 2);
  });
});

describe('a meeting marked done today, dated without a time (Pipedrive person-unusual-dates)', () => {
  // The "On-site demo" item's done checkbox is ticked and its date reads "Today": the CRM says it took place.
  it('is a held meeting and today is the last touch', async () => {
    const today = (h: string) => {
      const at = h.indexOf('/activities/90008');
      const date = h.indexOf('>Yesterday<', at);
      return `${h.slice(0, date)}>Today<${h.slice(date + '>Yesterday<'.length)}`;
    };
    const view = asContact(await extension().open('pipedrive', 'person-unusual-dates', today));
    expect(view.outcomes.meetingsHeld).toBe(2);
    expect(view.touches.total).toBe(6);
    expect(view.daysSinceLastTouch).toBe(0);
  });
});

describe('a lone call (Salesforce Rita Okoye, contact-hidden-earlier-record)', () => {
  // One outbound call Tue Nov 17 13:00, nothing else. Step 2 (day 2) is due Thu Nov 19; a gap (and cold)
  // once more than 2 + 1 business days passed: not on Fri Nov 20 (3), yes on Mon Nov 23 (4).
  it('is due, overdue, but not cold on Friday; cold with one gap on Monday', async () => {
    const ext = extension();
    const fri = asContact(await ext.open('salesforce', 'contact-hidden-earlier-record'));
    expect(fri.cadence.nextDue).toMatchObject({ date: '2026-11-19', channel: 'call', step: 2, overdue: true });
    expect(fri.cadence.gaps).toHaveLength(0);
    expect(fri.cadence.goneCold).toBe(false);
    ext.clock.now = new Date('2026-11-23T15:00:00Z');
    const mon = asContact(await ext.view(fri.recordKey));
    expect(mon.cadence.gaps).toHaveLength(1);
    expect(mon.cadence.goneCold).toBe(true);
    expect(mon.daysSinceLastTouch).toBe(6);
  });
});
