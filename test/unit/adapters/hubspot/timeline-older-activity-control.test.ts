/**
 * Review s34 (markup generations). A control under the timeline that loads older activity means
 * the reading has only part of the timeline (README: a timeline "only partly loaded ... is reported
 * as partly read"), as a loading state does (timeline-loading-more.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

const hubspotContact = fixturePage('hubspot', 'contact-preview-feed');

describe('HubSpot: a timeline with a control that loads older activity', () => {
  it.each(['Load more', 'Show older activity'])('reports the timeline as partly read ("%s")', (label) => {
    const html = edited(hubspotContact.html, [
      /(<\/section>\n)(<\/div><\/div>\n<div data-test-id="records-right-sidebar")/,
      `$1<button type="button">${label}</button>$2`,
    ]);
    const reading = readPage(html, hubspotContact.url);
    expect(reading.activities).toHaveLength(readPage(hubspotContact.html, hubspotContact.url).activities.length);
    // The timeline lists newest first: only older items are missing, and the entry says so.
    expect(reading.notRead.filter((n) => n.field === 'activities')).toEqual([
      {
        field: 'activities',
        reason: `older timeline items are behind a "${label}" control`,
        part: 'older',
        olderThan: expect.any(String),
      },
    ]);
  });

  it('says nothing of the kind for an item’s own "Show more" (a long note) or a timeline read in full', () => {
    const html = edited(hubspotContact.html, [
      /(before the budget review\.)(<\/div>)(?![\s\S]*before the budget review)/,
      '$1<button type="button">Show more</button>$2',
    ]);
    expect(readPage(html, hubspotContact.url).notRead.filter((n) => n.field === 'activities')).toEqual([]);
    const complete = readPage(hubspotContact.html, hubspotContact.url);
    expect(complete.notRead.filter((n) => n.field === 'activities')).toEqual([]);
  });
});
