import { describe, expect, it } from 'vitest';
import { auraTimeline, entry, readRecord, recordPage } from './aura-timeline-page';

/**
 * Emails Einstein Activity Capture syncs are shown in the activity timeline but are not Salesforce
 * records, so their subject links to no `/lightning/r/EmailMessage/{id}` page (here a click-handled
 * `<a role="button">`). crm-evidence-2.md, "What follows for readers": "Find items by what they are
 * (a list of repeated siblings with a date and a subject), not only by one attribute"; README: every
 * field has a second path that needs no classes; the brief: never a silently dropped item.
 *
 * Oracle, by hand: the timeline shows three items, a logged call and two synced emails (one the
 * contact's reply, received on Nov 19 at 10:12; one sent on Nov 16 at 16:40). With classes all three
 * are read; without classes the two emails are entries beside the linked call (sibling-items.ts)
 * and read the same. (Before: they vanished and nothing said so.)
 */
const call = entry({
  object: 'Task',
  id: '00T8d00000Cc101AAV',
  subject: 'Call',
  kind: 'call',
  iconTitle: 'Call',
  date: 'Nov 18',
  checkbox: true,
  summary: 'You logged a call with Dana Whitfield',
});
const reply = entry({
  object: 'EmailMessage',
  id: 'unused',
  noLink: true,
  subject: 'Contract redlines',
  kind: 'email',
  iconTitle: 'Email',
  date: '10:12 AM | Nov 19',
  summary: 'Dana Whitfield sent you an email',
  details: [
    ['From:', 'Dana Whitfield'],
    ['To:', 'Sam Okafor'],
  ],
});
const sent = entry({
  object: 'EmailMessage',
  id: 'unused',
  noLink: true,
  subject: 'Pricing deck',
  kind: 'email',
  iconTitle: 'Email',
  date: '4:40 PM | Nov 16',
  summary: 'You sent an email to Dana Whitfield',
});
const page = recordPage(auraTimeline({ groups: [{ heading: 'This Month', items: call + reply + sent }] }));

const shown = (strip: boolean) =>
  readRecord(page, { strip }).activities.map(({ title, type, direction, timestamp }) => ({
    title,
    type,
    direction,
    timestamp,
  }));

describe('synced emails that link to no Salesforce record', () => {
  it('with classes, all three items are read', () => {
    expect(shown(false).map((a) => a.title)).toEqual(['Call', 'Contract redlines', 'Pricing deck']);
  });

  it('without classes, are read as their linked sibling is: by what they are, a subject and a date', () => {
    expect(shown(true)).toEqual(shown(false));
    expect(shown(true).filter((a) => a.type === 'email')).toEqual([
      { title: 'Contract redlines', type: 'email', direction: 'inbound', timestamp: '2026-11-19T10:12:00.000Z' },
      { title: 'Pricing deck', type: 'email', direction: 'outbound', timestamp: '2026-11-16T16:40:00.000Z' },
    ]);
  });
});
