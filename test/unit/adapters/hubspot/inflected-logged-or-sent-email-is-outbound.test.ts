import { describe, expect, it } from 'vitest';
import { contactRecord, groupHeading, previewEvent, property, readHubSpot, timeline } from './contact-record';

/**
 * German and Dutch participles take an ending before a noun: "Protokollierte E-Mail", "Gesendete
 * E-Mail", "Gelogde e-mail" (as "Eingehender Anruf": inflected-direction.test.ts). The English page's
 * "Logged email" and "Sent email" are outbound (words/en.ts `outbound`); the German and Dutch
 * tables knew "protokolliert", "gesendet" and "gelogd" only uninflected, so the rep's logged or sent
 * email had no direction and dropped out of metrics.md's reply rate (a contact's answer to it was
 * then no reply to anything).
 *
 * Oracle, by hand: as in English, a logged or sent email with no sender shown is the rep's, outbound.
 */
describe("a rep's logged or sent email, its participle inflected before the noun", () => {
  it.each([
    ['en-US', 'Logged email', 'Email', 'Nov 18, 2026 at 9:12 AM'],
    ['en-US', 'Sent email', 'Email', 'Nov 18, 2026 at 9:12 AM'],
    ['de-DE', 'Protokollierte E-Mail', 'E-Mail', '18. Nov. 2026 um 09:12'],
    ['de-DE', 'Gesendete E-Mail', 'E-Mail', '18. Nov. 2026 um 09:12'],
    ['nl-NL', 'Gelogde e-mail', 'E-mail', '18 nov. 2026 om 09:12'],
  ] as const)('%s "%s" is an outbound email', (lang, header, emailLabel, time) => {
    const html = contactRecord({
      lang,
      name: 'Lena Vogt',
      properties: property(emailLabel, 'lena.vogt@northwind.example'),
      middle: timeline(groupHeading('November 2026') + previewEvent(header, time, '<div>Rahmenvertrag 2027</div>')),
    });
    const email = readHubSpot(html, { zone: 'Europe/Berlin' }).activities[0];
    expect({ type: email?.type, direction: email?.direction }).toEqual({ type: 'email', direction: 'outbound' });
  });
});
