// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contactRecord, groupHeading, previewEvent, property, readHubSpot, timeline } from './contact-record';

/**
 * Review regress51. A rep logs the discovery meeting held on Nov 10 and writes in its notes when the
 * follow-up demo is booked, the way a calendar prints a slot on a line of its own ("Tue, Dec 1, 2026
 * 2:00 PM – 2:30 PM"). metrics.md counts a held meeting as a touch on its day; decisions.md: an
 * item's date is looked for in its header line before its body. Only a meeting whose header says it
 * was booked ("Meeting booked - …") is dated at the slot in its body (meeting-slot.ts): dated at the
 * slot its notes name, this one moved to Dec 1, was planned, and dropped out of every figure.
 *
 * Oracle, by hand: the meeting took place on Nov 10 at 3:00 PM (UTC page clock).
 */
const props = property('Email', 'mara.quist@northwind.example') + property('Contact owner', 'Alex Morgan');

describe('a held meeting whose notes give the next meeting’s slot', () => {
  it('stays dated when it was held, not at the slot its notes name', () => {
    const html = contactRecord({
      properties: props,
      middle: timeline(
        groupHeading('November 2026') +
          previewEvent(
            'Meeting - Discovery call',
            'Nov 10, 2026 at 3:00 PM',
            '<div>Went well, they want to see the fleet module. Follow-up demo booked for:</div><div>Tue, Dec 1, 2026 2:00 PM – 2:30 PM</div>',
          ),
      ),
    });
    const [meeting] = readHubSpot(html).activities;
    expect(meeting?.type).toBe('meeting');
    expect(meeting?.timestamp).toBe('2026-11-10T15:00:00.000Z');
    expect(meeting?.planned).toBeFalsy();
  });
});
