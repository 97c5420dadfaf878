import { describe, expect, it } from 'vitest';
import { contactPage, item, read, timeline } from './contact-page';

/**
 * An Event's timeline date as a start–end range beside the day without a year
 * ("10:00 AM – 11:00 AM | Nov 25"; crm-evidence-2.md: the day is short month and day without a
 * year, the SLDS layout "10:00am | 3/23/17"). The clock is 2026-11-20 15:00 UTC, zone UTC.
 * README: a day printed without a year is read by what the item is (an upcoming one is at most
 * about two months overdue), and a past group's year is its heading's ("November • 2025").
 * An Event is held at its start.
 */
const upcoming = (date: string) =>
  item({
    token: 'Event',
    icon: 'event',
    iconTitle: 'Event',
    subject: 'Demo',
    id: '00U5g00000AAAC1AAA',
    date,
    summary: 'You have an upcoming Event with Maria Jensen',
  });
const pastLastYear = (date: string) =>
  item({
    token: 'Event',
    icon: 'event',
    iconTitle: 'Event',
    subject: 'Intro',
    id: '00U5g00000AAAC2AAA',
    date,
    summary: 'You had an Event with Maria Jensen',
  });

const FORMATS = [
  ['10:00 AM – 11:00 AM | Nov 25', '10:00 AM – 11:00 AM | Nov 12'],
  ['Nov 25 | 10:00 AM - 11:00 AM', 'Nov 12 | 10:00 AM - 11:00 AM'],
] as const;

describe('an Event dated with a time range and no year', () => {
  for (const [next, past] of FORMATS) {
    it(`puts the upcoming meeting on this Nov 25, not a year ago ("${next}")`, () => {
      const { activities } = read(
        contactPage(timeline(upcoming(next), [{ heading: 'November • 2025', items: pastLastYear(past) }])),
      );
      const demo = activities.find((a) => a.title === 'Demo');
      expect(demo?.planned).toBe(true);
      expect(demo?.timestamp?.slice(0, 10)).toBe('2026-11-25');
    });

    it(`puts the past meeting in its group's year ("${past}" under "November • 2025")`, () => {
      const { activities } = read(
        contactPage(timeline(upcoming(next), [{ heading: 'November • 2025', items: pastLastYear(past) }])),
      );
      expect(activities.find((a) => a.title === 'Intro')?.timestamp?.slice(0, 10)).toBe('2025-11-12');
    });

    it(`dates each meeting at its start, 10:00 ("${next}")`, () => {
      const { activities } = read(
        contactPage(timeline(upcoming(next), [{ heading: 'November • 2025', items: pastLastYear(past) }])),
      );
      expect(activities.find((a) => a.title === 'Demo')?.timestamp?.slice(11, 16)).toBe('10:00');
      expect(activities.find((a) => a.title === 'Intro')?.timestamp?.slice(11, 16)).toBe('10:00');
    });
  }

  it('reads an upcoming Task whose due day carries a word before it ("Due Nov 25") as this Nov 25', () => {
    const task = item({
      token: 'Task',
      icon: 'task',
      iconTitle: 'Task',
      subject: 'Send proposal',
      id: '00T5g00000AAAC3AAA',
      date: 'Due Nov 25',
      summary: 'You have an upcoming Task with Maria Jensen',
    });
    const { activities } = read(contactPage(timeline(task, [])));
    expect(activities[0]?.timestamp?.slice(0, 10)).toBe('2026-11-25');
  });
});
