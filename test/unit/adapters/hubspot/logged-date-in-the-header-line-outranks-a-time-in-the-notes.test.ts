/**
 * decisions.md: "an item's date is looked for in its header line before its body". With the
 * timestamp hook renamed away (crm-evidence-2.md: "even test ids churn"), a call's header line
 * "Logged call with Ivo Brandt · Nov 18, 2026 at 3:15 PM" says when it was logged; a <time> in its
 * notes names a day they speak of, even one that would fit the call's place in the feed. Clock
 * 2026-11-20 15:00 UTC.
 *
 * Review rg62c: a day and hour in a logged email's subject ("Logged email - Recap of our call on
 * Sep 3, 2026 at 2:00 PM") is what the mail speaks of, no logged line of its own: its Sent row's
 * <time>, fitting its place in the feed, dates it.
 *
 * Review rg62f: set after a separator ("Logged email - Site visit booked | Nov 12, 2026 at 2:00 PM",
 * as calendar tools write a meeting's time) the subject's day and hour was taken for the header's
 * own logged date: one stands apart only after the item's type wording alone.
 */
import { describe, expect, it } from 'vitest';
import { contactRecord, groupHeading, previewEvent, readHubSpot, timeline } from './contact-record';

const item = (id: string, header: string, when: string, body: string) =>
  previewEvent(
    header,
    when,
    `<div data-selenium-test="timeline-header-actions" data-selenium-id="${id}"></div>${body}`,
  );

/** The preview without its timestamp hook: its date only in its header line's text. */
const unhooked = (id: string, header: string, body: string) =>
  item(id, header, '', body).replace(/<span data-test-id="event-timestamp"[^>]*><\/span>/, '');

function dated(feed: string, id: string) {
  const reading = readHubSpot(contactRecord({ name: 'Ivo Brandt', middle: timeline(feed) }));
  const index = reading.activities.findIndex((a) => a.sourceId === id);
  return {
    timestamp: reading.activities[index]?.timestamp,
    reported: reading.notRead.some((n) => n.field === `activities[${index}].timestamp`),
  };
}

describe('HubSpot: a call whose header line says when it was logged', () => {
  it('is dated by that line, not by a <time> in its notes that fits its place', () => {
    const call = unhooked(
      '8602',
      'Logged call with Ivo Brandt · Nov 18, 2026 at 3:15 PM',
      '<div data-test-id="callComments-container">Went over the demo of <time datetime="2026-11-16">Nov 16, 2026</time></div>',
    );
    const feed =
      groupHeading('November 2026') +
      item('8601', 'Email - Pricing', 'Nov 19, 2026 at 10:00 AM', '<p>Attached</p>') +
      call +
      item('8603', 'Logged call - No answer', 'Nov 10, 2026 at 10:00 AM', '<p>No message</p>');
    expect(dated(feed, '8602')).toEqual({ timestamp: '2026-11-18T15:15:00.000Z', reported: false });
  });

  it.each([
    'Logged email - Recap of our call on Sep 3, 2026 at 2:00 PM',
    'Logged email - Re: Demo moved to Nov 12, 2026 at 2:00 PM',
    'Logged email - Site visit booked | Nov 12, 2026 at 2:00 PM',
    'Logged email – Kickoff · Nov 12, 2026 at 2:00 PM',
  ])('"%s" is dated by its Sent row, not by its subject', (header) => {
    const email = unhooked(
      '8612',
      header,
      '<p>From: Samuel Rivera</p><p>Sent: <time datetime="2026-11-14T09:00:00Z">Nov 14, 2026 at 9:00 AM</time></p><p>To: Ivo Brandt</p>',
    );
    const feed =
      groupHeading('November 2026') +
      item('8611', 'Logged call - Connected', 'Nov 18, 2026 at 10:00 AM', '<p>Went well</p>') +
      email +
      item('8613', 'Logged call - No answer', 'Nov 2, 2026 at 10:00 AM', '<p>No message</p>');
    expect(dated(feed, '8612')).toEqual({ timestamp: '2026-11-14T09:00:00.000Z', reported: false });
  });
});
