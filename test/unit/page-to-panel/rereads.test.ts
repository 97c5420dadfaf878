// The same page read again: twice in a row, a day later (the CRM now prints its relative dates one
// day on), in two tabs at once; and a contact page with its deal page, sharing touches.
import { describe, expect, it } from 'vitest';
import { asContact, asDeal, DAY, extension, NOW, readFixture } from './chain';

const dayLater = new Date(NOW.getTime() + DAY); // Sat 2026-11-21 15:00 UTC

/** What each page prints for the same items one day later. */
const printedADayLater: Record<string, (html: string) => string> = {
  'hubspot/contact-relative-dates': (h) =>
    h
      .replaceAll('Yesterday at 4:45 PM', 'Nov 19 at 4:45 PM')
      .replaceAll('Today at 9:05 AM', 'Yesterday at 9:05 AM')
      .replaceAll('2 days ago', '3 days ago'),
  'hubspot/contact-preview-feed': (h) =>
    h
      .replaceAll('Yesterday at 4:45 PM', 'Nov 19, 2026 at 4:45 PM')
      .replaceAll('Today at 2:26 PM', 'Yesterday at 2:26 PM'),
  'pipedrive/person-hashed': (h) => h.replaceAll('Yesterday at 4:40 PM', 'November 19, 2026 at 4:40 PM'),
  'pipedrive/person-long-timeline': (h) =>
    h
      .replaceAll('Yesterday at 11:20 AM', 'November 19, 2026 at 11:20 AM')
      .replaceAll('Yesterday at 4:05 PM', 'November 19, 2026 at 4:05 PM'),
  'salesforce/contact-mixed-timeline': (h) => h.replaceAll('| Yesterday<', '| Nov 19<'),
  'pipedrive/deal-hashed': (h) =>
    h
      .replaceAll('Yesterday at 11:20 AM', 'November 19, 2026 at 11:20 AM')
      .replace('3 d · Demo Scheduled', '4 d · Demo Scheduled'),
  'salesforce/deal-stage-history': (h) => h.replaceAll('| Yesterday<', '| Nov 19<'),
};

const pages = Object.keys(printedADayLater).map((p) => p.split('/') as [string, string]);

describe('the same page read twice', () => {
  it.each(pages)('%s/%s: the second reading changes no figure', async (crm, name) => {
    const ext = extension();
    const first = await ext.open(crm, name);
    const second = await ext.open(crm, name);
    expect(second.touches).toEqual(first.touches);
    expect(second.activitiesRead).toBe(first.activitiesRead);
    expect(second.daysSinceLastTouch).toBe(first.daysSinceLastTouch);
  });
});

describe('the same page read again a day later, its relative dates printed a day on', () => {
  it.each(pages)('%s/%s: no item is stored twice, and the last touch is a day older', async (crm, name) => {
    const ext = extension();
    const first = await ext.open(crm, name);
    ext.clock.now = dayLater;
    const before = await ext.view(first.recordKey); // the day-2 view from day 1's data
    const second = await ext.open(crm, name, printedADayLater[`${crm}/${name}`]);
    expect(second.activitiesRead).toBe(first.activitiesRead);
    expect(second.touches).toEqual(before.touches);
    expect(second.daysSinceLastTouch).toBe((first.daysSinceLastTouch ?? 0) + 1);
  });
});

describe('the same page open in two tabs', () => {
  it.each(pages)('%s/%s: both readings arrive together, each touch counts once', async (crm, name) => {
    const alone = await extension().open(crm, name);
    const ext = extension();
    const tab1 = readFixture(crm, name, NOW, 'UTC');
    const tab2 = readFixture(crm, name, new Date(NOW.getTime() + 60_000), 'UTC');
    await Promise.all([ext.save(tab1), ext.save(tab2)]);
    const view = await ext.view(alone.recordKey);
    expect(view.touches).toEqual(alone.touches);
    expect(view.activitiesRead).toBe(alone.activitiesRead);
  });
});

describe('a contact page and its deal page both read', () => {
  it('Salesforce: Jordan Lee and Contoso — Fleet pilot share nine items by id; each counts once', async () => {
    const ext = extension();
    const contactAlone = asContact(await ext.open('salesforce', 'contact-mixed-timeline'));
    const deal = asDeal(await ext.open('salesforce', 'deal-stage-history'));
    const contact = asContact(await ext.view(contactAlone.recordKey));
    // Jordan's touches in the period are all on both pages (the deal adds only Rita's call).
    expect(contact.touches.total).toBe(8);
    expect(contact.touches).toEqual(contactAlone.touches);
    // The deal: its own nine; Jordan's extra touches (Oct 20, 18, 16) are before the period.
    expect(deal.touches.total).toBe(9);
    expect(deal.contactsTouched).toBe(2);
    // Jordan's row on the deal: email Nov 19, call Nov 18, InMail, meeting Nov 4, call Oct 30, reply Oct 24,
    // two Oct 23 emails.
    expect(deal.contacts.find((c) => c.name === 'Jordan Lee')?.touches).toBe(8);
    // Reading the contact again after the deal changes nothing.
    const again = asContact(await ext.open('salesforce', 'contact-mixed-timeline'));
    expect(again.touches).toEqual(contactAlone.touches);
  });

  it('Pipedrive: Dana Whitaker and Harborline share the reply, the call and the meeting by id', async () => {
    const ext = extension();
    const contactAlone = asContact(await ext.open('pipedrive', 'person-long-timeline'));
    expect(contactAlone.touches.total).toBe(9);
    const deal = asDeal(await ext.open('pipedrive', 'deal-stage-history'));
    // Deal: reply and call Nov 19, meeting Nov 12, call Nov 4 (Lee), email Oct 22 (Dana), plus Dana's own
    // emails Nov 17 (2), calls Nov 3 and Oct 29, sequence email Oct 27, social Oct 26.
    expect(deal.touches.total).toBe(11);
    expect(deal.touches.byChannel).toMatchObject({ email: 5, call: 4, meeting: 1, social: 1 });
    expect(deal.contactsTouched).toBe(2);
    // Dana now also has the deal's Oct 22 email naming her.
    const contact = asContact(await ext.view(contactAlone.recordKey));
    expect(contact.touches.total).toBe(10);
    expect(contact.touches.byChannel).toMatchObject({ email: 5, call: 3, meeting: 1, social: 1 });
    expect(contact.outcomes.meetingsHeld).toBe(1);
  });

  it('HubSpot: Lena Vogt and Northwind — Fleet telematics', async () => {
    const ext = extension();
    await ext.open('hubspot', 'contact-preview-feed');
    const deal = asDeal(await ext.open('hubspot', 'deal-highlight-stage'));
    // Deal page: email Nov 18, meeting Nov 10, call Nov 4; Lena's page: call Nov 20, reply Nov 19,
    // email Nov 17, call Nov 12.
    expect(deal.touches.total).toBe(7);
    expect(deal.daysSinceLastTouch).toBe(0);
    expect(deal.contactsTouched).toBe(2);
  });
});

describe('a contact page and its deal page open in two tabs at once', () => {
  it('Salesforce: Jordan Lee and Contoso — Fleet pilot arrive together; shared touches count once', async () => {
    const ext = extension();
    const contact = readFixture('salesforce', 'contact-mixed-timeline', NOW, 'UTC');
    const deal = readFixture('salesforce', 'deal-stage-history', NOW, 'UTC');
    const [c, d] = await Promise.all([ext.save(contact), ext.save(deal)]);
    const contactView = asContact(await ext.view(c.recordKey));
    const dealView = asDeal(await ext.view(d.recordKey));
    expect(contactView.touches.total).toBe(8);
    expect(dealView.touches.total).toBe(9);
    expect(dealView.contacts.find((x) => x.name === 'Jordan Lee')?.touches).toBe(8);
  });
});

describe('deal pages read again a day later', () => {
  it('Salesforce Contoso: a day more in Proposal, the same touches', async () => {
    const ext = extension();
    const first = asDeal(await ext.open('salesforce', 'deal-stage-history'));
    ext.clock.now = dayLater;
    const second = asDeal(
      await ext.open('salesforce', 'deal-stage-history', printedADayLater['salesforce/deal-stage-history']),
    );
    expect(second.daysInStage).toBe(7);
    expect(second.daysInStageAtLeast).toBeFalsy();
    expect(second.activitiesRead).toBe(first.activitiesRead);
    // Period now from Oct 22 15:00: the Oct 23 emails, Oct 24 reply and the rest stay; 9 touches.
    expect(second.touches.total).toBe(9);
    expect(second.daysSinceLastTouch).toBe(2);
  });

  it('Pipedrive Nordhavn: a day more in Demo Scheduled, the same touches', async () => {
    const ext = extension();
    const first = asDeal(await ext.open('pipedrive', 'deal-hashed'));
    ext.clock.now = dayLater;
    const second = asDeal(await ext.open('pipedrive', 'deal-hashed', printedADayLater['pipedrive/deal-hashed']));
    expect(second.daysInStage).toBe(4);
    expect(second.daysInStageAtLeast).toBeFalsy();
    expect(second.activitiesRead).toBe(first.activitiesRead);
    expect(second.touches.total).toBe(4);
    expect(second.daysSinceLastTouch).toBe(2);
  });
});

describe('a day later the page prints an item with less precision', () => {
  // Lena's page on Nov 20 prints the reply "Yesterday at 4:45 PM"; on Nov 21 it prints "2 days ago"
  // (no time), and the call "Today at 2:26 PM" as "Yesterday at 2:26 PM". No HubSpot id on either.
  it('merges the date-only sighting into the timed row: the same four touches', async () => {
    const ext = extension();
    const first = asContact(await ext.open('hubspot', 'contact-preview-feed'));
    ext.clock.now = dayLater;
    const second = asContact(
      await ext.open('hubspot', 'contact-preview-feed', (h) =>
        h.replaceAll('Yesterday at 4:45 PM', '2 days ago').replaceAll('Today at 2:26 PM', 'Yesterday at 2:26 PM'),
      ),
    );
    expect(second.activitiesRead).toBe(first.activitiesRead);
    expect(second.touches.total).toBe(4);
    expect(second.outcomes.replyRate).toMatchObject({ numerator: 1, denominator: 1 });
    expect(second.daysSinceLastTouch).toBe(1);
  });
});
