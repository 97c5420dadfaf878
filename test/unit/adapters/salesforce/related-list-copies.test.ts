import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * Lightning's default contact page puts related lists (Details/Related tab) before the activity
 * timeline, and "Activity History" lists the same Tasks and Events again, each row linking to the
 * same record (crm-evidence-2.md: related lists may sit in a tab not selected). The row says less
 * than the timeline item (no call icon, no sentence, no time of day) and its "Task" column is a
 * checkbox saying whether the row is a Task, not whether it is done.
 */
const page = fixturePage('salesforce', 'contact-activity-groups');
const activityHistory = `</records-record-layout-section>
<lst-related-list-single-container><article class="slds-card slds-card_boundary">
<div class="slds-card__header slds-grid"><h2 class="slds-card__header-title"><span title="Activity History">Activity History</span> (2)</h2></div>
<div class="slds-card__body"><table class="slds-table"><thead><tr><th aria-label="Subject">Subject</th><th aria-label="Name">Name</th><th aria-label="Task">Task</th><th aria-label="Due Date">Due Date</th><th aria-label="Assigned To">Assigned To</th></tr></thead>
<tbody>
<tr><th><a href="/lightning/r/Task/00T5g00000DpQC4EAN/view">Follow-up call</a></th><td><a href="/lightning/r/Contact/0035g00000DpQ9xAAF/view">Maria Jensen</a></td><td><input type="checkbox" checked disabled></td><td>11/17/2026</td><td>Alex Morgan</td></tr>
<tr><th><a href="/lightning/r/Event/00U5g00000DpQC6EAN/view">Discovery meeting</a></th><td><a href="/lightning/r/Contact/0035g00000DpQ9xAAF/view">Maria Jensen</a></td><td><input type="checkbox" disabled></td><td>10/22/2026</td><td>Alex Morgan</td></tr>
</tbody></table></div></article></lst-related-list-single-container>`;
const html = edited(page.html, ['</records-record-layout-section>', activityHistory]);
const read = (title: string) => readPage(html, page.url).activities.filter((a) => a.title === title);

describe('an activity listed both in "Activity History" and in the timeline', () => {
  it('is read once, as the timeline shows it: a logged call at its time, not a Task on its day', () => {
    expect(read('Follow-up call')).toEqual([
      expect.objectContaining({ type: 'call', timestamp: '2026-11-17T15:30:00.000Z', timePrecision: 'minute' }),
    ]);
  });

  it('a past Event is a held touch, not planned because its row\'s "Task" box is unchecked', () => {
    const [meeting] = read('Discovery meeting');
    expect(meeting).toMatchObject({ type: 'meeting', timestamp: '2026-10-22T14:00:00.000Z' });
    expect(meeting?.planned).toBeUndefined();
  });
});

describe('an Event listed only in "Activity History"', () => {
  it('is done: the row\'s unchecked "Task" box says it is an Event, not that it is open', () => {
    const onlyList = edited(html, [
      /<li class="runtime_sales_activitiesActivityTimelineFixedStencil row Event">\s*<div class="slds-media">\s*<div class="slds-media__figure"><lightning-icon class="slds-icon-standard-event" title="Event"><span class="slds-assistive-text">Event<\/span><\/lightning-icon><\/div>\s*<div class="slds-media__body">\s*<div class="slds-grid slds-grid_align-spread">\s*<a class="subjectLink slds-truncate" title="Discovery meeting"[\s\S]*?<\/li>/,
      '',
    ]);
    const [meeting] = readPage(onlyList, page.url).activities.filter((a) => a.title === 'Discovery meeting');
    expect(meeting).toMatchObject({ type: 'meeting', timestamp: '2026-10-22T00:00:00.000Z' });
    expect(meeting?.planned).not.toBe(true);
  });
});
