// @vitest-environment happy-dom
/**
 * HubSpot logs LinkedIn, SMS and WhatsApp messages sent or received (its Communications API:
 * LINKEDIN_MESSAGE, SMS, WHATS_APP). The contact's answer on those channels is worded as a reply
 * (trust C: no public source gives HubSpot's exact header). A reply word made it an inbound email:
 * the email reply rate rose and the LinkedIn or SMS count lost the contact's message (metrics.md:
 * channels per touch, "Reply rate"). A reply naming its channel is inbound on that channel.
 */
import { describe, expect, it } from 'vitest';
import { contactRecord, previewEvent, readHubSpot, timeline } from './contact-record';

describe('HubSpot: the contact’s answer on LinkedIn or by text', () => {
  it.each([
    ['en-US', 'Mara Quist replied to your LinkedIn message', 'Nov 18, 2026 at 9:15 AM', 'social'],
    ['en-US', 'Reply to InMail from Mara Quist', 'Nov 18, 2026 at 9:15 AM', 'social'],
    ['en-US', 'Incoming SMS reply from Mara Quist', 'Nov 18, 2026 at 9:15 AM', 'sms'],
    ['en-US', 'WhatsApp reply from Mara Quist', 'Nov 18, 2026 at 9:15 AM', 'sms'],
    ['fr-FR', 'Mara Quist a répondu à votre message LinkedIn', '18 nov. 2026 à 09:15', 'social'],
  ])('%s "%s" is an inbound %s touch, not an email', (lang, header, when, channel) => {
    const page = contactRecord({
      lang,
      middle: timeline(previewEvent(header, when, 'Thanks Alex, Tuesday works.')),
    });
    const [answer] = readHubSpot(page).activities;
    expect([answer?.type, answer?.direction]).toEqual([channel, 'inbound']);
  });

  it('(control) "Email reply from Mara Quist" about LinkedIn stays an email', () => {
    const page = contactRecord({
      middle: timeline(previewEvent('Email reply from Mara Quist - Re: LinkedIn post', 'Nov 18, 2026 at 9:15 AM')),
    });
    expect(readHubSpot(page).activities.map((a) => [a.type, a.direction])).toEqual([['email', 'inbound']]);
  });
});
