import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * A folded group of Lightning's activity timeline renders no items, and what it hides depends on
 * the group. "Upcoming & Overdue" holds open tasks and planned meetings only, never a touch
 * (metrics.md: planned items are no touches while the CRM shows them planned): the past
 * activities were all read, only the planned items were not. A month group ("October • 2026")
 * holds that month's items only (Lightning groups past activities by their date): nothing newer
 * than the month's end, which has passed in every time zone by noon UTC on 1 November, as "Load
 * More Past Activities" leaves only older items. contact-activity-groups has "Upcoming & Overdue",
 * "This Month" and, last, "October • 2026", all open. Oracle, by hand.
 */
const en = fixturePage('salesforce', 'contact-activity-groups');
const notRead = (html: string) => readPage(html, en.url).notRead;
const timeline = (html: string) => notRead(html).filter((n) => n.field === 'activities');

const upcomingFolded = edited(en.html, [
  /aria-expanded="true">Upcoming &amp; Overdue<\/button>\s*<ul class="slds-timeline__list">[\s\S]*?<\/ul>/,
  'aria-expanded="false">Upcoming &amp; Overdue</button>',
]);
const octoberFolded = (heading: string) =>
  edited(en.html, [
    /aria-expanded="true">October • 2026<\/button><\/h3>\s*<ul class="slds-timeline__list">[\s\S]*?<\/ul>/,
    `aria-expanded="false">${heading}</button></h3>`,
  ]);

describe('a folded group of the Salesforce activity timeline', () => {
  it('"Upcoming & Overdue" folded: the past activities were read whole, only the planned items were not', () => {
    expect(timeline(upcomingFolded)).toEqual([]);
    expect(notRead(upcomingFolded)).toContainEqual({
      field: 'plannedActivities',
      reason: expect.stringContaining('"Upcoming & Overdue"'),
    });
  });

  it('"October • 2026" folded: only items older than October’s end were not read', () => {
    expect(timeline(octoberFolded('October • 2026'))).toEqual([
      {
        field: 'activities',
        reason: expect.stringContaining('"October • 2026"'),
        part: 'older',
        olderThan: '2026-11-01T12:00:00.000Z',
      },
    ]);
  });

  it('(control) a folded group whose month the heading does not name may hide items of any date', () => {
    expect(timeline(octoberFolded('Earlier activity'))).toEqual([
      { field: 'activities', reason: expect.stringContaining('"Earlier activity"') },
    ]);
  });
});
