import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * HubSpot leaves the year out for dates of the current year, ahead as well as behind ("Aug 28 at
 * 9:45 AM", crm-evidence-2.md). The fixtures are read on 2026-11-20 at 15:00 UTC; their upcoming
 * groups hold an open task and a meeting.
 */
const feed = fixturePage('hubspot', 'contact-preview-feed');
const task = (html: string) => readPage(html, feed.url).activities.find((a) => a.type === 'task');
const dueOn = (date: string) => task(edited(feed.html, ['Due: Nov 24, 2026 at 9:00 AM', date]))?.timestamp;

describe('HubSpot upcoming items printed without a year', () => {
  it('an upcoming task due "Nov 24" is due this year, in four days', () => {
    expect(dueOn('Due: Nov 24 at 9:00 AM')).toBe('2026-11-24T09:00:00.000Z');
  });

  it('an upcoming meeting on "Nov 25" is this year, in five days', () => {
    const page = fixturePage('hubspot', 'contact-long-timeline');
    const html = edited(page.html, ['Nov 25, 2026 at 4:00 PM UTC', 'Nov 25 at 4:00 PM']);
    const meeting = readPage(html, page.url).activities.find((a) => a.sourceId === '51230002');
    expect(meeting).toMatchObject({ planned: true, timestamp: '2026-11-25T16:00:00.000Z' });
  });

  it('an open task left overdue is this year too, however long ago', () => {
    expect(dueOn('Due: Nov 10 at 9:00 AM')).toBe('2026-11-10T09:00:00.000Z');
    expect(dueOn('Due: Mar 3 at 9:00 AM')).toBe('2026-03-03T09:00:00.000Z');
  });

  it('a due date printed with its year keeps it', () => {
    expect(dueOn('Due: Nov 24, 2025 at 9:00 AM')).toBe('2025-11-24T09:00:00.000Z');
    expect(dueOn('Due: Jan 5, 2027 at 9:00 AM')).toBe('2027-01-05T09:00:00.000Z');
  });

  it('reads the German page\'s "Fällig: 24. Nov. um 09:00" the same way', () => {
    const page = fixturePage('hubspot', 'contact-preview-feed-de');
    const html = edited(page.html, ['Fällig: 24. Nov. 2026 um 09:00', 'Fällig: 24. Nov. um 09:00']);
    expect(task(html)?.timestamp).toBe('2026-11-24T09:00:00.000Z');
  });

  it('a done item of the history keeps the latest such day not after tomorrow', () => {
    const page = fixturePage('hubspot', 'contact-long-timeline');
    const html = edited(page.html, ['Nov 18, 2026 at 3:15 PM UTC', 'Nov 24 at 3:15 PM']);
    const call = readPage(html, page.url).activities.find((a) => a.sourceId === '51229981');
    expect(call?.timestamp).toBe('2025-11-24T15:15:00.000Z');
  });
});
