// @vitest-environment happy-dom
/**
 * A rep logs by hand (or forwards to HubSpot's log address) a mail the contact sent from a device
 * HubSpot does not track. The item's header is the logging act ("Logged email", "E-Mail
 * protokolliert") and its body opens with the mail's From/To rows. "Logged" says who put it in the
 * CRM, not who wrote it: the contact's mail read as the rep's outbound email was lost from the
 * reply rate and counted as one more unanswered email (metrics.md: "Direction", "Reply rate").
 */
import { describe, expect, it } from 'vitest';
import { contactRecord, previewEvent, readHubSpot, timeline } from './contact-record';

describe('HubSpot: a logged email whose From row is the contact', () => {
  it.each([
    [
      'en-US',
      'Logged email - Re: Revised quote',
      'Nov 18, 2026 at 9:15 AM',
      'From: Mara Quist &lt;mara.quist@northwind.example&gt;<br>To: Alex Morgan &lt;alex.morgan@fleetline.example&gt;<br>Looks good, please send the contract.',
    ],
    [
      'de-DE',
      'E-Mail protokolliert - AW: Angebot',
      '18.11.2026 09:15',
      'Von: Mara Quist &lt;mara.quist@northwind.example&gt;<br>An: Alex Morgan &lt;alex.morgan@fleetline.example&gt;<br>Passt, bitte schicken Sie den Vertrag.',
    ],
  ])('%s "%s" is the contact’s inbound email', (lang, header, when, body) => {
    const page = contactRecord({ lang, middle: timeline(previewEvent(header, when, body)) });
    const [email] = readHubSpot(page).activities;
    expect([email?.type, email?.direction]).toEqual(['email', 'inbound']);
  });

  it('(control) a logged email From the rep To the contact is outbound', () => {
    const page = contactRecord({
      middle: timeline(
        previewEvent(
          'Logged email - Revised quote',
          'Nov 18, 2026 at 9:15 AM',
          'From: Alex Morgan &lt;alex.morgan@fleetline.example&gt;<br>To: Mara Quist &lt;mara.quist@northwind.example&gt;',
        ),
      ),
    });
    expect(readHubSpot(page).activities[0]?.direction).toBe('outbound');
  });
});
