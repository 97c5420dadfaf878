import { describe, expect, it } from 'vitest';
import { inspectPage } from '../../../scripts/inspect-page';
import { edited, fixturePage } from '../adapters/page-variation';

/**
 * contracts.md (Activity key): an item without the CRM's id is keyed by its time "to the minute
 * where the page shows a time of day, else the day (relative dates such as '2 days ago' move by
 * minutes between visits; the day does not)". "3 hours ago" shows no time of day: read at 15:00
 * and again at 15:10 it is one touch, stored once under its day's key. Its time, worked out from
 * the count, still orders it among the day's other items.
 */
describe('an item the page dates "3 hours ago", read twice ten minutes apart', () => {
  const page = fixturePage('hubspot', 'contact-preview-feed');
  const html = edited(page.html, [
    '<span data-test-id="event-timestamp">Nov 17, 2026 at 10:05 AM</span>',
    '<span data-test-id="event-timestamp">3 hours ago</span>',
  ]);
  type Out = { activities: { key: string; title: string; timestamp?: string; timePrecision?: string }[] };
  const readAt = (now: string) =>
    (inspectPage(html, page.url, new Date(now), 'UTC').output as Out).activities.find(
      (a) => a.title === 'Pricing for 2027',
    );

  it('has one key, and the time three hours before each reading', () => {
    const first = readAt('2026-11-20T15:00:00Z');
    const second = readAt('2026-11-20T15:10:00Z');

    expect(second?.key).toBe(first?.key);
    expect(first).toMatchObject({ timestamp: '2026-11-20T12:00:00.000Z', timePrecision: 'minute', relativeTime: true });
    expect(second).toMatchObject({ timestamp: '2026-11-20T12:10:00.000Z', timePrecision: 'minute' });
  });

  it('is keyed apart from an item of the same title on another day', () => {
    const today = readAt('2026-11-20T15:00:00Z');
    const tomorrow = readAt('2026-11-21T15:00:00Z');
    expect(tomorrow?.key).not.toBe(today?.key);
  });
});
