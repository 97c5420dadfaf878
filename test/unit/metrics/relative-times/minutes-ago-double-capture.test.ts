import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../../adapters/page-variation';
import { noraView } from './hubspot-view';

/**
 * metrics.md, Duplicate, rule 2: different CRM ids are different touches "except a double capture:
 * same channel, direction, title and outcome, both with a time of day, within 2 minutes" (its own
 * example: a touch logged by hand and by an email sync). HubSpot contact page (fixture
 * contact-relative-dates) read Fri 20 Nov 2026 15:00 UTC: the rep's email "Following up" to Nora
 * shows twice, ids 80000003 and 80000013, both "12 minutes ago" (14:48): one email captured twice.
 *
 * By hand, last 30 days (21 Oct 15:00 → 20 Nov 15:00), email touches: Nora's reply of 19 Nov 16:45,
 * the 2 Nov email, and today's "Following up" once → 3 (outbound emails 2).
 * Keyed by their day, both copies keep the time their count gives (14:48), so rule 2's exception
 * applies on the day the email is sent, as it does once the CRM prints the time.
 */
describe('HubSpot: one email captured twice (two ids), both shown "12 minutes ago"', () => {
  const page = fixturePage('hubspot', 'contact-relative-dates');
  const card = page.html.split('\n').find((line) => line.includes('data-selenium-id="80000003"'));
  if (!card) throw new Error('fixture changed: no card 80000003');
  const fresh = card.replace('2 days ago', '12 minutes ago');
  const html = edited(page.html, [card, `${fresh}\n${fresh.replace('80000003', '80000013')}`]);
  const reading = readPage(html, page.url);
  const view = noraView(reading);

  it('reads both copies (control)', () => {
    const copies = reading.activities.filter((a) => a.title === 'Following up');
    expect(copies.map((a) => a.sourceId).sort()).toEqual(['80000003', '80000013']);
  });

  it('counts the email once: 3 email touches in the last 30 days', () => {
    expect(view.touches.byChannel.email).toBe(3);
  });
});
