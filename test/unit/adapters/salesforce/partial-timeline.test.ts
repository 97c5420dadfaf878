import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * Lightning's activity timeline shows only part of a record's history when its filters narrow it
 * ("Filters: Within 2 months • All activities • All types", with "Show All Activities" offered),
 * when older activities wait behind "Load More Past Activities", or when a month group is folded
 * (its items are not rendered). A reading that says nothing then passes a partial history off as
 * the whole one: the rep sees no touches where there were some. contact-activity-groups(-de) end
 * with the "October • 2026" group.
 */
const en = fixturePage('salesforce', 'contact-activity-groups');
const de = fixturePage('salesforce', 'contact-activity-groups-de');
const timelineTop = '<div class="slds-timeline timeline-container">';
const timelineEnd = /(<\/li>\s*<\/ul>\s*<\/div>)(\s*<\/div>\s*<\/div>\s*<\/div>\s*<\/flexipage-tabset2>)/;
const gaps = (html: string, url: string) => readPage(html, url).notRead.filter((n) => n.field === 'activities');

describe('a Salesforce timeline that shows only part of the history', () => {
  it('says older activities are behind "Load More Past Activities"', () => {
    const html = edited(en.html, [
      timelineEnd,
      '$1<div class="slds-m-vertical_small"><button class="slds-button slds-button_neutral">Load More Past Activities</button></div>$2',
    ]);
    expect(gaps(html, en.url)).toEqual([
      {
        field: 'activities',
        reason: expect.stringContaining('Load More Past Activities'),
        part: 'older',
        olderThan: expect.any(String),
      },
    ]);
  });

  it('says the timeline is filtered when its filter line narrows the time range', () => {
    const html = edited(en.html, [
      timelineTop,
      `${timelineTop}<div class="slds-text-body_small slds-m-bottom_x-small">Filters: Within 2 months • All activities • All types</div>`,
    ]);
    expect(gaps(html, en.url)).toEqual([{ field: 'activities', reason: expect.stringContaining('Within 2 months') }]);
  });

  it('says the timeline is filtered when its message offers "Show All Activities"', () => {
    const html = edited(en.html, [
      timelineEnd,
      '$1<p class="slds-text-align_center">To change what\'s shown, try changing your filters. <a href="#">Show All Activities</a></p>$2',
    ]);
    expect(gaps(html, en.url)).toEqual([{ field: 'activities', reason: expect.stringContaining('filters') }]);
  });

  it('says a folded month group was not read: only items of that month, older than the groups open above it', () => {
    const html = edited(en.html, [
      /aria-expanded="true">October • 2026<\/button><\/h3>\s*<ul class="slds-timeline__list">[\s\S]*?<\/ul>/,
      'aria-expanded="false">October • 2026</button></h3>',
    ]);
    // Noon UTC on 1 November: after October's end in every zone the user's Salesforce may be set to.
    expect(gaps(html, en.url)).toEqual([
      {
        field: 'activities',
        reason: expect.stringContaining('October • 2026'),
        part: 'older',
        olderThan: '2026-11-01T12:00:00.000Z',
      },
    ]);
  });

  it('reads a German filter line and load control in German', () => {
    const html = edited(
      de.html,
      [
        timelineTop,
        `${timelineTop}<div class="slds-text-body_small">Filter: Innerhalb von 2 Monaten • Alle Aktivitäten • Alle Typen</div>`,
      ],
      [timelineEnd, '$1<button class="slds-button">Weitere vergangene Aktivitäten laden</button>$2'],
    );
    expect(gaps(html, de.url)).toHaveLength(2);
  });

  it('says nothing when the filters show everything and no more can be loaded', () => {
    const html = edited(
      en.html,
      [
        timelineTop,
        `${timelineTop}<div class="slds-text-body_small">Filters: All time • All activities • All types</div>`,
      ],
      [timelineEnd, '$1<p>No more past activities to load.</p>$2'],
    );
    expect(gaps(html, en.url)).toEqual([]);
  });

  it('an item\'s own "Show More" (a long email body) is not the timeline\'s', () => {
    const html = edited(en.html, [
      '<dt class="slds-item_label">From:</dt>',
      '<button class="slds-button">Show More</button><dt class="slds-item_label">From:</dt>',
    ]);
    expect(gaps(html, en.url)).toEqual([]);
  });
});
