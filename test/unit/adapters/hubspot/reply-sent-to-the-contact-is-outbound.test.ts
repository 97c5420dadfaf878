// @vitest-environment happy-dom
/**
 * Review s46 hscontact. An email reply the rep sent to the contact ("Email reply sent to Mara
 * Quist", To: the contact's address) is outbound. classify-activity.ts directionOf tests the
 * header's inbound words ("reply", German "E-Mail-Antwort") before its outbound words ("sent",
 * "gesendet") and before who it was sent to, so the rep's own reply is read as the contact's: a
 * reply that never came (metrics.md Reply rate: answered by an inbound email), the rep's touch
 * missing from the outbound count and the cadence ended.
 */
import { describe, expect, it } from 'vitest';
import { contactRecord, previewEvent, property, readHubSpot, timeline } from './contact-record';

const cases = [
  {
    lang: 'en-US',
    email: 'Email',
    item: previewEvent(
      'Email reply sent to Mara Quist',
      'Nov 18, 2026 at 10:02 AM',
      '<div>Re: Pricing for 40 seats</div><div><span>From: alex.morgan@acme.example</span> <span>To: mara@quist.example</span></div>',
    ),
  },
  {
    lang: 'de-DE',
    email: 'E-Mail',
    item: previewEvent(
      'E-Mail-Antwort an Mara Quist gesendet',
      '18. Nov. 2026 um 10:02',
      '<div>Re: Angebot für 40 Lizenzen</div><div><span>Von: alex.morgan@acme.example</span> <span>An: mara@quist.example</span></div>',
    ),
  },
];

describe('HubSpot: a reply the rep sent to the contact', () => {
  it.each(cases)('is an outbound email ($lang)', ({ lang, email, item }) => {
    const html = contactRecord({ lang, properties: property(email, 'mara@quist.example'), middle: timeline(item) });
    const [read] = readHubSpot(html).activities;
    expect(read).toMatchObject({ type: 'email', direction: 'outbound' });
  });
});
