// @vitest-environment happy-dom
/**
 * A HubSpot sequence mixes automatic email steps with steps a person does: a call task, a LinkedIn
 * task. The call the rep then makes carries the sequence's tag ("Sequence: Q4 outbound (step 2)").
 * metrics.md: automated is "a touch sent by a sequence/cadence tool without a person writing it";
 * no tool dials a phone or writes a LinkedIn message by itself. Read as automated, the rep's
 * connected calls left every touch figure when the setting leaves automated touches out.
 */
import { describe, expect, it } from 'vitest';
import { contactRecord, previewEvent, readHubSpot, timeline } from './contact-record';

describe('HubSpot: a call and a LinkedIn message the rep made as sequence steps', () => {
  const page = contactRecord({
    middle: timeline(
      previewEvent(
        'Call - Connected',
        'Nov 18, 2026 at 9:15 AM',
        'Sequence: Q4 outbound (step 2)<br>Talked through the pilot scope',
      ) +
        previewEvent(
          'Logged LinkedIn message',
          'Nov 17, 2026 at 4:40 PM',
          'Sequence: Q4 outbound (step 3)<br>Saw your post on route planning …',
        ) +
        previewEvent(
          'Sequence email sent by Alex Morgan',
          'Nov 16, 2026 at 8:00 AM',
          'Quick question about fleet tracking',
        ),
    ),
  });
  const activities = readHubSpot(page).activities;

  it.each([
    ['call', false],
    ['social', false],
    ['email', true],
  ])('the %s is automated: %s', (type, automated) => {
    expect(activities.find((a) => a.type === type)?.automated).toBe(automated);
  });
});
