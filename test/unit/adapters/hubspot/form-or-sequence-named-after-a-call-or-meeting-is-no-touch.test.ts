// @vitest-environment happy-dom
/**
 * HubSpot shows record events on the contact's timeline beside the touches: a form the contact
 * submitted, the contact enrolled in a sequence. Forms and sequences are often named after what
 * they offer ("Book a meeting", "Request a call back", "Discovery call follow-up"), and the type word
 * in that name made the event a call attempt or a held meeting (metrics.md: system events are never
 * touches). The event's words at the head of the header win over a type word further on, in every
 * language's wording; a type word opening the header, or a subject after its type, still wins.
 */
import { describe, expect, it } from 'vitest';
import { TOUCH_TYPES } from '../../../../lib/schema/activity';
import { contactRecord, previewEvent, readHubSpot, timeline } from './contact-record';

const read = (lang: string, header: string, when: string) =>
  readHubSpot(contactRecord({ lang, middle: timeline(previewEvent(header, when, '')) })).activities;

describe('HubSpot: a record event whose form or sequence is named after a call or meeting', () => {
  it.each([
    ['en-US', 'Form submission: Book a meeting', 'Nov 18, 2026 at 9:15 AM'],
    ['en-US', 'Form submission: Request a call back', 'Nov 18, 2026 at 9:15 AM'],
    ['en-US', 'Alex Morgan enrolled Mara Quist in the sequence Discovery call follow-up', 'Nov 18, 2026 at 9:15 AM'],
    ['fr-FR', 'Soumission de formulaire : Réserver un rendez-vous', '18 nov. 2026 à 09:15'],
    ['fr-FR', 'Soumission de formulaire : Demander un appel', '18 nov. 2026 à 09:15'],
    ['de-DE', 'Formulareinsendung: Termin vereinbaren', '18.11.2026 09:15'],
    ['nl-NL', 'Formulierinzending: Plan een afspraak', '18-11-2026 09:15'],
  ])('%s "%s" is no touch', (lang, header, when) => {
    const [event] = read(lang, header, when);
    expect(event?.type).toBe('system');
    expect((TOUCH_TYPES as readonly string[]).includes(event?.type ?? '')).toBe(false);
  });

  it.each([
    ['Meeting - Form submission review', 'meeting'],
    ['Email - Re: Updated proposal', 'email'],
  ])('(control) "%s", a type then a subject, stays a %s', (header, type) => {
    expect(read('en-US', header, 'Nov 18, 2026 at 9:15 AM')[0]?.type).toBe(type);
  });

  // Other event words stand in a touch's own title too: only a form or an enrolment named first is the event.
  it.each([
    ['Webinar follow-up call', 'call'],
    ['Property tour meeting', 'meeting'],
  ])('"%s", a title naming another event word before its type, stays a %s', (header, type) => {
    expect(read('en-US', header, 'Nov 18, 2026 at 9:15 AM')[0]?.type).toBe(type);
  });
});
