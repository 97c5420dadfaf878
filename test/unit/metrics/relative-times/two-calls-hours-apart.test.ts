import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../../adapters/page-variation';
import { contactView } from './hubspot-view';

/**
 * Items without the CRM's id (fixture hubspot/contact-preview-feed: its items carry none).
 *
 * metrics.md, Duplicate, rule 3: with no source id, two copies are one touch when they share
 * person, channel, direction and title AND their timestamps are within 2 minutes. A rep who calls
 * Lena twice on one day under the same title (HubSpot names every logged call alike; here the
 * fixture's "Quarterly check-in") makes two touches; the page says so: "3 hours ago" and "1 hour
 * ago", two hours apart. Read Fri 20 Nov 2026 15:00 UTC.
 *
 * By hand, last 30 days: calls = these two + the 12 Nov voicemail = 3; connect rate 2 of 3.
 * Both are keyed by their day (record, type, day, title); the reading tells them apart by the
 * times their counts give, two hours apart (lib/keys.ts readingKeys).
 */
describe('HubSpot, items without ids: two calls with one title, "3 hours ago" and "1 hour ago"', () => {
  const page = fixturePage('hubspot', 'contact-preview-feed');
  const card = page.html.split('\n').find((line) => line.includes('Quarterly check-in'));
  if (!card) throw new Error('fixture changed: no Quarterly check-in card');
  const later = card.replaceAll('Today at 2:26 PM', '1 hour ago');
  const earlier = card.replaceAll('Today at 2:26 PM', '3 hours ago');
  const html = edited(page.html, [card, `${later}\n${earlier}`]);
  const reading = readPage(html, page.url);
  const view = contactView('941', 'Lena Vogt', reading);

  it('reads two calls (the page shows two)', () => {
    expect(reading.activities.filter((a) => a.title === 'Quarterly check-in')).toHaveLength(2);
  });

  it('counts 3 calls in the last 30 days, 2 of 3 connected', () => {
    expect(view.touches.byChannel.call).toBe(3);
    if (view.kind !== 'contact') throw new Error('not a contact');
    expect(view.outcomes.connectRate).toMatchObject({ numerator: 2, denominator: 3 });
  });
});
