// @vitest-environment happy-dom
/**
 * HubSpot lets a rep log postal mail on a contact (its Communications API: "postal mail
 * engagement"). metrics.md has no postal channel, so such an item is reported as not read, as a
 * bare "Postal mail" is. "Logged postal mail" was silently an automated system event: "logged"
 * opening the header was taken for someone doing something to the record ("Alex Morgan logged …"),
 * and the rep's letter vanished without the panel saying it left something out.
 */
import { describe, expect, it } from 'vitest';
import { contactRecord, previewEvent, readHubSpot, timeline } from './contact-record';

describe('HubSpot: postal mail', () => {
  it.each(['Logged postal mail', 'Postal mail'])(
    '"%s" is reported as not read, never silently a system event',
    (header) => {
      const page = contactRecord({
        middle: timeline(
          previewEvent(header, 'Nov 18, 2026 at 9:15 AM', 'Sent the printed proposal and a welcome pack'),
        ),
      });
      const reading = readHubSpot(page);
      expect(reading.notRead.map((n) => n.field)).toContain('activities[0].type');
    },
  );

  it('(control) "Alex Morgan created this contact" is still a record event, and said nothing of', () => {
    const page = contactRecord({
      middle: timeline(previewEvent('Alex Morgan created this contact', 'Nov 18, 2026 at 9:15 AM')),
    });
    const reading = readHubSpot(page);
    expect(reading.activities[0]?.type).toBe('system');
    expect(reading.notRead.filter((n) => n.field.startsWith('activities'))).toEqual([]);
  });
});
