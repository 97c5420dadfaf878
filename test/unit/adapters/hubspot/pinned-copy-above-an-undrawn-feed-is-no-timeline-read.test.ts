/**
 * Review spa (s64). On a first visit HubSpot may draw the pinned section (crm-evidence-2.md: "a
 * second copy of an item", above the feed) before the feed it copies. The copy alone is not the
 * timeline: a feed not drawn yet is still loading where it shows so, else reported as not read
 * (as a blank feed without any pinned copy is), never read as a timeline of one item (metrics.md:
 * gone cold and meetings held are never confident from what was not seen).
 */
import { describe, expect, it } from 'vitest';
import type { ReadResult } from '../../../../lib/schema/read-result';
import { CONTACT_URL, contactPage } from './contact-page';
import { readPage } from './read-page';

/** The 2024+ preview feed's item, its engagement id on the header actions (crm-evidence-2.md). */
const item = (id: string, header: string, date: string) =>
  `<div data-test-id="collapsible-event-accordion"><div role="button" aria-expanded="false" tabindex="0"><div data-test-id="timeline-preview-event"><div data-test-id="generic-preview-event-header"><span data-test-id="header-message">${header}</span> <span data-test-id="event-timestamp">${date}</span></div><div data-selenium-test="timeline-header-actions" data-selenium-id="${id}"></div></div></div></div>`;
const CALL = item('7001', 'Logged call - Connected by Dana Whitfield', 'Nov 18, 2026 at 10:05 AM');
const MAIL = item('7002', 'Email sent by Dana Whitfield: Pricing follow-up', 'Nov 16, 2026 at 9:12 AM');
const pinned = (items: string) =>
  `<section data-test-id="pinned-activity-section" aria-label="Pinned"><h3>Pinned</h3>${items}</section>`;
const LOADING_STATE = '<div data-test-id="timeline-event-container-loading-state"></div>';

const read = (page: { before?: string; feed?: string }) => readPage(contactPage(page), CONTACT_URL);
const timelineGaps = (reading: ReadResult) =>
  reading.status === 'read' ? reading.notRead.filter((n) => n.field === 'activities') : [];

describe('HubSpot: a pinned copy shown above a feed not drawn yet', () => {
  it('is still loading where the feed shows its loading state', () => {
    expect(read({ before: pinned(MAIL), feed: LOADING_STATE }).status).toBe('loading');
  });

  it('reports the timeline as not read where the feed shows nothing', () => {
    const reading = read({ before: pinned(MAIL) });
    expect(reading.status).toBe('read');
    expect(timelineGaps(reading)).not.toEqual([]);
  });

  it('reports the timeline as not read where the pinned section stands inside the empty feed', () => {
    const reading = read({ feed: pinned(MAIL) });
    expect(reading.status).toBe('read');
    expect(timelineGaps(reading)).not.toEqual([]);
  });

  it('(control) reads the whole timeline once the feed holds its items, the pinned one among them', () => {
    const reading = read({ before: pinned(MAIL), feed: CALL + MAIL });
    expect(reading.status === 'read' && reading.activities.map((a) => a.type).sort()).toEqual(['call', 'email']);
    expect(timelineGaps(reading)).toEqual([]);
  });

  it('(control) reads a feed holding only the pinned item as its timeline', () => {
    const reading = read({ before: pinned(MAIL), feed: MAIL });
    expect(reading.status === 'read' && reading.activities).toHaveLength(1);
    expect(timelineGaps(reading)).toEqual([]);
  });
});
