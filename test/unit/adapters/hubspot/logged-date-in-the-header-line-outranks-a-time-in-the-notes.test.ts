/**
 * decisions.md: "an item's date is looked for in its header line before its body". With the
 * timestamp hook renamed away (crm-evidence-2.md: "even test ids churn"), a call's header line
 * "Logged call with Ivo Brandt · Nov 18, 2026 at 3:15 PM" says when it was logged; a <time> in its
 * notes names a day they speak of, even one that would fit the call's place in the feed. Clock
 * 2026-11-20 15:00 UTC.
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
});
