// @vitest-environment happy-dom
/**
 * Session 50's regression review. A HubSpot contact with one activity so far: the middle column
 * shows the record's tabs, the filter bar ("Filter activity (1/1)", "All users", … with no search
 * box shown) and the timeline's only item, collapsed to its header and date line (crm-evidence-2.md:
 * a collapsed preview shows its header message and `event-timestamp`; classes hashed, test ids may
 * be gone). Once a block right below the record tabs had to show an item by itself (Overview cards
 * stand there too), these headers, which open with a type word but are no whole type name, were
 * dropped: the panel showed no touch, and the contact's reply was lost from the reply rate. The
 * filter bar's buttons above the item place it in the timeline, which the Overview's cards lack.
 */
import { describe, expect, it } from 'vitest';
import { readHubSpot } from './contact-record';
import { EN, hashedRecord, preview } from './hashed-record';

const WHEN = 'Nov 18, 2026 at 10:02 AM';
const read = (header: string) => readHubSpot(hashedRecord(EN, [preview(header, WHEN)], { search: false }));

describe('HubSpot: the timeline’s only item, collapsed, right below the record tabs (no search box)', () => {
  it.each([
    ['Logged LinkedIn message', 'social', 'outbound'],
    ['Logged WhatsApp message', 'sms', 'outbound'],
    ['Email from Mara Quist to Alex Morgan', 'email', 'inbound'],
  ])('"%s" is read as a touch', (header, type, direction) => {
    const { activities } = read(header);
    expect(activities.map((a) => [a.type, a.direction, a.timestamp])).toEqual([
      [type, direction, '2026-11-18T10:02:00.000Z'],
    ]);
  });
});
