import { describe, expect, it } from 'vitest';
import { contactPage, item, read, timeline } from './contact-page';

/**
 * An email Einstein Activity Capture syncs is no Salesforce record: its entry's subject link opens a
 * preview (`href="javascript:void(0);"`), no /lightning/r/ page. Without classes such entries were
 * found only beside a linked one in the same list, so a month group holding only them was dropped
 * with no word, and each was titled by its sentence. crm-evidence-2.md "What follows for readers":
 * find items by what they are, repeated siblings with a date and a subject; a group's list stands
 * where the list of the group beside it stands, and the subject link carries its `title`.
 * Pages by hand: This Month holds a logged call and a captured email, Last Month two captured emails.
 */
const captured = (subject: string, date: string, summary: string) =>
  item({ token: 'EmailMessage', icon: 'email', iconTitle: 'Email', subject, id: 'X', date, summary }).replace(
    'href="/lightning/r/EmailMessage/X/view"',
    'href="javascript:void(0);"',
  );
const call = item({
  token: 'Task',
  icon: 'log-a-call',
  iconTitle: 'Call',
  subject: 'Call',
  id: '00T5g00000DpQM7EAN',
  date: 'Nov 17',
  summary: 'You logged a call with Maria Jensen',
});
const page = contactPage(
  timeline('', [
    {
      heading: 'This Month',
      items: call + captured('Q1 proposal', '9:42 AM | Nov 19', 'You sent an email to Maria Jensen'),
    },
    {
      heading: 'Last Month',
      items:
        captured('Intro', '10:00 AM | Oct 6', 'You sent an email to Maria Jensen') +
        captured('RE: Intro', '3:00 PM | Oct 7', 'Maria Jensen sent you an email'),
    },
  ]),
);

describe('a month group holding only emails that link to no record, on a page without classes', () => {
  it.each(['stripped', 'renamed'] as const)('is read, each email under its own subject (%s)', (transform) => {
    const seen = read(page, transform).activities.map((a) => `${a.title} | ${a.direction} | ${a.timestamp}`);
    expect(seen.sort()).toEqual([
      'Call | outbound | 2026-11-17T00:00:00.000Z',
      'Intro | outbound | 2026-10-06T10:00:00.000Z',
      'Q1 proposal | outbound | 2026-11-19T09:42:00.000Z',
      'RE: Intro | inbound | 2026-10-07T15:00:00.000Z',
    ]);
  });
});
