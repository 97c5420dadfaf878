import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * crm-evidence-2.md: HubSpot's timeline has filter tabs (`timeline-tab-filter-…`), Activity first.
 * With "Notes" or "Emails" selected the page shows one kind of activity only, so counting what
 * it shows would report no calls or emails where the record has them: the reading keeps what it
 * read and says the timeline was filtered.
 */
const feed = fixturePage('hubspot', 'contact-preview-feed');
const SELECT_NOTES: [string, string][] = [
  [
    'aria-selected="true" data-test-id="timeline-tab-filter-activity"',
    'aria-selected="false" data-test-id="timeline-tab-filter-activity"',
  ],
  [
    'aria-selected="false" data-test-id="timeline-tab-filter-notes"',
    'aria-selected="true" data-test-id="timeline-tab-filter-notes"',
  ],
];

const timelineNotRead = (html: string, url = feed.url) =>
  readPage(html, url).notRead.filter((n) => n.field === 'activities');

describe('a HubSpot timeline filtered to one kind of activity', () => {
  it('says the timeline shows only the selected tab, naming it', () => {
    expect(timelineNotRead(edited(feed.html, ...SELECT_NOTES))).toEqual([
      { field: 'activities', reason: 'the timeline is filtered to "Notes": select "Activity" to count every touch' },
    ]);
  });

  it('reads the filter in a translated page too', () => {
    const fr = fixturePage('hubspot', 'contact-preview-feed-fr');
    expect(timelineNotRead(edited(fr.html, ...SELECT_NOTES), fr.url)).toEqual([
      { field: 'activities', reason: 'the timeline is filtered to "Notes": select "Activité" to count every touch' },
    ]);
  });

  it('finds the filter tabs without their test ids, as the tab list nearest the timeline', () => {
    const bare = edited(feed.html, ...SELECT_NOTES, [/ data-test-id="timeline-tab-filter-\w+"/g, '']);
    expect(timelineNotRead(bare)).toHaveLength(1);
  });

  it('says nothing when the unfiltered tab is selected, or for the record’s own tabs', () => {
    expect(timelineNotRead(feed.html)).toEqual([]);
    // The record's "Overview | Activities" tabs, with Activities selected, above the timeline's panel.
    const recordTabs = edited(
      feed.html,
      [/ data-test-id="timeline-tab-filter-\w+"/g, ''],
      [/<div role="tablist" aria-label="Activity filters">.*?<\/div>/, ''],
      [
        /(<div data-test-id="middle-pane"[^>]*>)/,
        '$1<div role="tablist"><button role="tab" aria-selected="false">Overview</button><button role="tab" aria-selected="true">Activities</button></div><div role="tabpanel">',
      ],
      [
        '</section>\n</div></div>\n<div data-test-id="records-right-sidebar"',
        '</section>\n</div></div></div>\n<div data-test-id="records-right-sidebar"',
      ],
    );
    expect(timelineNotRead(recordTabs)).toEqual([]);
  });
});
