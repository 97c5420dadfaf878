// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contactRecord, previewEvent, readHubSpot, timeline } from './contact-record';

/**
 * A HubSpot contact's timeline shows marketing events beside the touches: a webinar she registered
 * for or attended, a page of the site she viewed. They are named after what they offer ("Discovery
 * call best practices", the "Book a meeting" page). metrics.md: automated system events are never
 * touches. An event word said before the type word makes the header the event (words' eventFirst),
 * so none of these is a call or a meeting the rep never had. Oracle, by hand.
 */
const read = (header: string) =>
  readHubSpot(contactRecord({ lang: 'en-US', middle: timeline(previewEvent(header, 'Nov 18, 2026 at 9:15 AM', '')) }))
    .activities;

describe('HubSpot: a marketing event named after a call or a meeting', () => {
  it.each([
    'Attended webinar: Discovery call best practices',
    'Registered for webinar: Discovery call best practices',
    'Page viewed: Book a meeting',
  ])('"%s" is no touch', (header) => {
    expect(read(header).map((a) => a.type)).toEqual(['system']);
  });
});
