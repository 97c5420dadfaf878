/**
 * decisions.md: "a wrong value counts against, `unknown` with a `notRead` entry does not". A day
 * named only in an item's body dates it where it fits its place in the feed (newest first):
 * place-in-feed.ts. crm-evidence-2.md: a pinned item is a second copy of an item, above the feed;
 * read first, its copy carries the item, so its body day is judged at the feed copy's place, and
 * the two copies read one date. Clock 2026-11-20 15:00 UTC.
 */
import { describe, expect, it } from 'vitest';
import { contactRecord, groupHeading, previewEvent, readHubSpot, timeline } from './contact-record';

const item = (id: string, header: string, when: string, body: string) =>
  previewEvent(
    header,
    when,
    `<div data-selenium-test="timeline-header-actions" data-selenium-id="${id}"></div>${body}`,
  );

const pinned = (copy: string) => `<div data-test-id="pinned-activity-section">${copy}</div>`;

function dated(feed: string, id: string) {
  const reading = readHubSpot(contactRecord({ name: 'Ivo Brandt', middle: timeline(feed) }));
  const index = reading.activities.findIndex((a) => a.sourceId === id);
  return {
    timestamp: reading.activities[index]?.timestamp,
    reported: reading.notRead.some((n) => n.field === `activities[${index}].timestamp`),
  };
}

describe('HubSpot: a pinned copy of an item whose date element shows nothing', () => {
  const newer = item('8501', 'Logged call - Connected', 'Nov 12, 2026 at 10:00 AM', '<p>Pricing</p>');
  const older = item('8504', 'Logged call - No answer', 'Oct 28, 2026 at 10:00 AM', '<p>No message</p>');

  it('is not dated by the later day its body proposes, which its feed copy lies below', () => {
    const email = item('8502', 'Email - Pilot next steps', '', '<p>Can we meet on Nov 19, 2026 at 10:00 AM?</p>');
    const feed = `${pinned(email)}${groupHeading('November 2026')}${newer}${email}${older}`;
    // By hand: the feed copy sits between Nov 12 and Oct 28; Nov 19 is the meeting it proposes.
    expect(dated(feed, '8502')).toEqual({ timestamp: undefined, reported: true });
  });

  it('keeps the body day that fits its feed copy place', () => {
    const email = item('8502', 'Email - Pilot next steps', '', '<p>Sent on Nov 3, 2026 at 9:30 AM</p>');
    const feed = `${pinned(email)}${groupHeading('November 2026')}${newer}${email}${older}`;
    expect(dated(feed, '8502')).toEqual({ timestamp: '2026-11-03T09:30:00.000Z', reported: false });
  });
});
