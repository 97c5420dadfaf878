// @vitest-environment happy-dom
/**
 * Review s48. Without test ids (README: the second path) a timeline's only item, or a month's, whose
 * body shows a date of its own ("Follow up on Nov 24, 2026") fell apart: the finder takes each date
 * line's largest block holding no other date line (find-items.ts), so the item stopped at its header
 * line and was read without its body (titled "Logged call", its notes lost); with its date line
 * below its header, it was dropped. No sibling of its shape makes it whole (several-dates.ts): a date
 * in its body, which reads as no item, is no boundary of another one.
 */
import { describe, expect, it } from 'vitest';
import { type Reading, readHubSpot } from './contact-record';
import { DE, EN, group, hashedRecord, preview } from './hashed-record';

const pages = {
  'en-US': {
    wording: EN,
    month: 'November 2026',
    call: ['Logged call', 'Nov 18, 2026 at 10:02 AM'],
    notes: 'Walked Mara through the pricing.',
    followUp: '<p>Follow up on <span>Nov 24, 2026</span></p>',
  },
  'de-DE': {
    wording: DE,
    month: 'November 2026',
    call: ['Anruf protokolliert', '18. Nov. 2026 um 10:02'],
    notes: 'Preise für 40 Fahrzeuge besprochen.',
    followUp: '<p>Nachfassen am <span>24.11.2026</span></p>',
  },
} as const;

const calls = ({ activities }: Reading) => activities.map(({ type, timestamp, title }) => ({ type, timestamp, title }));

describe.each(Object.entries(pages))('HubSpot without test ids (%s): an item alone, a date in its body', (_, page) => {
  const [header, when] = page.call;
  const body = `<p>${page.notes}</p>${page.followUp}`;
  const read = [{ type: 'call', timestamp: '2026-11-18T10:02:00.000Z', title: page.notes }];

  it.each([
    ['its date beside its header', false],
    ['its date below its header', true],
  ])('keeps its body, %s', (_, timeBelow) => {
    const only = preview(header, when, body, { timeBelow });
    for (const groups of [[group(page.month, [only])], [only]]) {
      const reading = readHubSpot(hashedRecord(page.wording, groups));
      expect(calls(reading)).toEqual(read);
      expect(reading.notRead.filter((n) => n.field.startsWith('activities'))).toEqual([]);
    }
  });
});
