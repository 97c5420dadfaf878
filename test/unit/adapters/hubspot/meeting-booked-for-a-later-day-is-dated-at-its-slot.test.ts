// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contactRecord, groupHeading, previewEvent, property, readHubSpot, timeline } from './contact-record';

/**
 * Review hs51. A prospect books a meeting through the rep's meetings link on Nov 12 for Nov 25. The
 * timeline item is dated when it was booked; its body gives the meeting's own slot. metrics.md:
 * "booked is not held"; a meeting with a date still ahead is not (yet) a touch. Read at its booking
 * time, with no outcome, it counted as a meeting held on Nov 12. The meeting is dated at its slot:
 * ahead, it is planned; once the slot has passed, it is a meeting held then, never at booking time.
 */
function read(now: string) {
  const html = contactRecord({
    properties: property('Email', 'mara.quist@northwind.example') + property('Contact owner', 'Alex Morgan'),
    middle: timeline(
      groupHeading('November 2026') +
        previewEvent(
          'Meeting booked - Discovery call',
          'Nov 12, 2026 at 2:14 PM',
          '<div>Mara Quist booked a meeting with Alex Morgan using a meetings link</div><div>Wed, Nov 25, 2026 2:00 PM – 2:30 PM EST</div>',
        ),
    ),
  });
  return readHubSpot(html, { now, zone: 'America/New_York' }).activities;
}

describe('a meeting booked via a meetings link for a later day', () => {
  it('is planned at its own slot while that is ahead', () => {
    const [meeting, ...others] = read('2026-11-20T15:00:00Z');
    expect(others).toEqual([]);
    expect(meeting).toMatchObject({ type: 'meeting', planned: true, timestamp: '2026-11-25T19:00:00.000Z' });
  });

  it('once its slot has passed, took place then, not at booking time', () => {
    const [meeting] = read('2026-11-27T15:00:00Z');
    expect(meeting?.planned).toBeUndefined();
    expect(meeting?.timestamp).toBe('2026-11-25T19:00:00.000Z');
  });
});
