import { describe, expect, it } from 'vitest';
import { contactPage, read } from './contact-page';

/**
 * The Lightning timeline as crm-pages.md describes it (UTAM page objects):
 * `div.skip-timeline-wrapper`, upcoming items in `.standardTimelineUpcomingActivities`, past ones in
 * `past-activity-groups .pastActivities` — nothing there says the past part sits inside the wrapper.
 * A new contact with one upcoming task and no past activity: `past-activity-groups` drawn beside the
 * wrapper, showing Lightning's empty state "No past activity. Past meetings and tasks marked as done
 * show up here." (crm-evidence-2.md, B). A whole timeline, "no touches yet": not "past activity
 * not drawn yet", which would make the panel say "read in part" for good on a page that said
 * plainly there is none.
 */
const upcomingTask =
  '<ul class="slds-timeline"><li class="runtime_sales_activitiesActivityTimelineFixedStencil row Task"><div class="slds-timeline__item_expandable slds-timeline__item_task"><div class="slds-media__body"><h3><a class="subjectLink slds-truncate" title="Send proposal" rel="noreferrer" href="/lightning/r/Task/00T000000000A09AAA/view">Send proposal</a></h3><p class="slds-timeline__date dueDate">Tomorrow</p><div class="slds-timeline__summary summary">You have an upcoming Task with Maria Jensen</div></div></div></li></ul>';
const noPast = 'No past activity. Past meetings and tasks marked as done show up here.';

describe('a Lightning contact with only an upcoming task, its "No past activity" drawn beside the timeline wrapper', () => {
  it('is read as a whole timeline with no past touches, not as read in part', () => {
    const reading = read(
      contactPage(
        `<div class="skip-timeline-wrapper"><div class="standardTimelineUpcomingActivities">${upcomingTask}</div></div>` +
          `<past-activity-groups><div class="pastActivities"><p class="slds-text-align_center">${noPast}</p></div></past-activity-groups>`,
      ),
    );
    expect(reading.activities.map((a) => a.title)).toEqual(['Send proposal']);
    expect(reading.notRead.filter((n) => n.field === 'activities')).toEqual([]);
  });
});
