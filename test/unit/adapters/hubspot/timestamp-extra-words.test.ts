import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';
import { readPage as readBare } from './read-page';

/**
 * An item's timestamp line can carry more than the date: a state after it ("· Overdue"), a zone,
 * a relative day. The date in it is read; the other words do not leave the item undated. Read on
 * 2026-11-20 at 15:00 UTC.
 */
const dated = (name: string, from: string, to: string, sourceId: string) => {
  const page = fixturePage('hubspot', name);
  return readPage(edited(page.html, [from, to]), page.url).activities.find((a) => a.sourceId === sourceId);
};
const feedTask = (to: string) => dated('contact-long-timeline', 'Due: Nov 24, 2026 at 9:00 AM UTC', to, '51230001');
const loggedCall = (to: string) => dated('contact-long-timeline', 'Nov 18, 2026 at 3:15 PM UTC', to, '51229981');

describe('HubSpot item timestamps with more than a date', () => {
  it('reads "Due: Nov 10 at 9:00 AM · Overdue" as the open task\'s due time this year', () => {
    expect(feedTask('Due: Nov 10 at 9:00 AM · Overdue')).toMatchObject({
      planned: true,
      timestamp: '2026-11-10T09:00:00.000Z',
    });
  });

  it('reads "Due: Nov 10, 2026 (Overdue)" as a day', () => {
    expect(feedTask('Due: Nov 10, 2026 (Overdue)')).toMatchObject({
      timestamp: '2026-11-10T00:00:00.000Z',
      timePrecision: 'day',
    });
  });

  it('reads the German "Fällig: 10. Nov. um 09:00 · Überfällig"', () => {
    const page = fixturePage('hubspot', 'contact-preview-feed-de');
    const html = edited(page.html, ['Fällig: 24. Nov. 2026 um 09:00', 'Fällig: 10. Nov. um 09:00 · Überfällig']);
    const task = readPage(html, page.url).activities.find((a) => a.type === 'task');
    expect(task?.timestamp).toBe('2026-11-10T09:00:00.000Z');
  });

  it('honours a zone suffix "GMT+1" and reads "Today at 2:00 PM" (already read: protection)', () => {
    expect(loggedCall('Nov 18, 2026 at 3:15 PM GMT+1')?.timestamp).toBe('2026-11-18T14:15:00.000Z');
    expect(loggedCall('Today at 2:00 PM')?.timestamp).toBe('2026-11-20T14:00:00.000Z');
  });

  it('reads a done call\'s "Nov 18, 2026 at 3:15 PM · Edited" without the trailing word', () => {
    expect(loggedCall('Nov 18, 2026 at 3:15 PM · Edited')?.timestamp).toBe('2026-11-18T15:15:00.000Z');
  });

  it('keeps a timestamp line with no date in it as text', () => {
    expect(loggedCall('Overdue')).toMatchObject({ dateText: 'Overdue' });
    expect(loggedCall('Overdue')?.timestamp).toBeUndefined();
  });

  it('reads the French "Échéance : 10 nov. à 09:00 · En retard"', () => {
    const page = fixturePage('hubspot', 'contact-preview-feed-fr');
    const html = edited(page.html, ['Échéance : 24 nov. 2026 à 09:00', 'Échéance : 10 nov. à 09:00 · En retard']);
    const task = readPage(html, page.url).activities.find((a) => a.type === 'task');
    expect(task?.timestamp).toBe('2026-11-10T09:00:00.000Z');
  });

  it('finds an overdue task on a page without test ids or classes, by its "Due: … · Overdue" line', () => {
    const card = (header: string, date: string, body: string) =>
      `<div><div><span>${header}</span><span>${date}</span></div><div><span>${body}</span></div></div>`;
    const html = `<!DOCTYPE html><html lang="en"><head><title>Ana Ruiz | HubSpot</title></head><body><main>
<div><h2>Ana Ruiz</h2></div><div><section><h3>Activity</h3>
${card('Task assigned to Alex Morgan', 'Due: Nov 10 at 9:00 AM · Overdue', 'Send proposal')}
${card('Logged call', 'Nov 18 at 3:15 PM', 'Renewal')}${card('Email', 'Nov 17 at 3:15 PM', 'Pricing')}
</section></div></main></body></html>`;
    const result = readBare(html, 'https://app.hubspot.com/contacts/2451908/record/0-1/950');
    const activities = result.status === 'read' ? result.activities : [];
    expect(activities.map((a) => [a.type, a.timestamp])).toEqual([
      ['task', '2026-11-10T09:00:00.000Z'],
      ['call', '2026-11-18T15:15:00.000Z'],
      ['email', '2026-11-17T15:15:00.000Z'],
    ]);
  });
});
