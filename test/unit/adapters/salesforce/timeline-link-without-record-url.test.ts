import { describe, expect, it } from 'vitest';
import { contactPage, read } from './contact-page';

/**
 * An activity shown both in the timeline and in "Activity History" is one activity
 * (crm-pages.md, "All CRMs": a record seen twice must not double its activities). Here the
 * timeline's subject link (`a.subjectLink`, crm-evidence-2.md) does not carry the
 * `/lightning/r/Task/{id}/view` URL: the Aura generation's click-handled link
 * (`href="javascript:void(0);"` with the id in `data-recordid`) or the pre-Winter '18 URL shape
 * `/one/one.app#/sObject/{id}/view`. The related list row does link the Task.
 */
const timelineItem = (
  link: string,
) => `<div class="skip-timeline-wrapper"><div class="past-activity-group"><h3><button aria-expanded="true">November • 2026</button></h3><ul>
<li class="runtime_sales_activitiesActivityTimelineFixedStencil row Task"><div><lightning-icon class="slds-icon-standard-log-a-call" title="Call"></lightning-icon>${link}<span class="dueDate">2:15 PM | Nov 17</span></div><div class="timelineItem"><div class="summary">You logged a call with Maria Jensen</div></div></li></ul></div></div>`;

const activityHistory = `<lst-related-list-single-container><article class="slds-card"><h2 class="slds-card__header-title"><span title="Activity History">Activity History</span> (1)</h2><table class="slds-table"><thead><tr><th aria-label="Subject">Subject</th><th aria-label="Name">Name</th><th aria-label="Task">Task</th><th aria-label="Due Date">Due Date</th><th aria-label="Assigned To">Assigned To</th></tr></thead><tbody>
<tr><th><a href="/lightning/r/Task/00T5g00000DpQC4EAN/view">Call</a></th><td><a href="/lightning/r/Contact/0035g00000DpQ9xAAF/view">Maria Jensen</a></td><td><input type="checkbox" checked disabled></td><td>11/17/2026</td><td>Alex Morgan</td></tr></tbody></table></article></lst-related-list-single-container>`;

const LINKS = {
  'javascript: link with data-recordid':
    '<a class="subjectLink slds-truncate" title="Call" rel="noreferrer" href="javascript:void(0);" data-recordid="00T5g00000DpQC4EAN">Call</a>',
  'one.app#/sObject link':
    '<a class="subjectLink slds-truncate" title="Call" rel="noreferrer" href="/one/one.app#/sObject/00T5g00000DpQC4EAN/view">Call</a>',
};

describe('a logged call in the timeline and in Activity History, the timeline link without a /lightning/r/ URL', () => {
  for (const [name, link] of Object.entries(LINKS)) {
    it(`is one call, not two (${name})`, () => {
      const { activities } = read(contactPage(timelineItem(link) + activityHistory));
      const calls = activities.filter((a) => a.type === 'call');
      expect(calls).toHaveLength(1);
      expect(calls[0]?.timestamp).toBe('2026-11-17T14:15:00.000Z');
    });
  }
});
