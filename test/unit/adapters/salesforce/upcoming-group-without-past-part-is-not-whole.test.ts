import { describe, expect, it } from 'vitest';
import { contactPage, read } from './contact-page';

/**
 * Lightning draws the Activity timeline in parts: "Upcoming & Overdue" first, then the past groups
 * ("This Month", older months), or, for a record without past activity, "No past activity. Past
 * meetings and tasks marked as done show up here." (crm-evidence-2.md, B). Read between the two,
 * the timeline shows its upcoming task and nothing after it: not the whole history ("0 touches"),
 * but activities not read. Told by structure (text after the upcoming group), since no word table
 * holds the empty state's words: a new contact's empty state, wherever it is drawn, still reads as
 * a whole timeline without touches.
 */
const upcomingTask =
  '<ul class="slds-timeline"><li class="runtime_sales_activitiesActivityTimelineFixedStencil row Task"><div class="slds-timeline__item_expandable slds-timeline__item_task"><div class="slds-media__body"><h3><a class="subjectLink slds-truncate" title="Send proposal" rel="noreferrer" href="/lightning/r/Task/00T000000000A09AAA/view">Send proposal</a></h3><p class="slds-timeline__date dueDate">Tomorrow</p><div class="slds-timeline__summary summary">You have an upcoming Task with Maria Jensen</div></div></div></li></ul>';
const openGroup = (inner: string) =>
  `<div class="open-activity-group"><button class="slds-button" aria-expanded="true">Upcoming &amp; Overdue</button>${inner}</div>`;
const noNextSteps = '<p>No next steps. To get things moving, add a task or set up a meeting.</p>';
const noPast = 'No past activity. Past meetings and tasks marked as done show up here.';
const timeline = (inner: string) => contactPage(`<div class="skip-timeline-wrapper">${inner}</div>`);
const activitiesGap = (html: string) => read(html).notRead.filter((n) => n.field === 'activities');

describe('a Lightning timeline whose upcoming group is drawn before its past part', () => {
  it('reports the activities as not read while nothing follows the upcoming group', () => {
    const reading = read(timeline(openGroup(upcomingTask)));
    expect(reading.activities.map((a) => a.title)).toEqual(['Send proposal']);
    expect(reading.notRead).toContainEqual({
      field: 'activities',
      reason:
        "the timeline's past activity has not been drawn yet: after its upcoming group it shows neither a past group nor the empty-state text",
    });
  });

  it('reads a new contact as whole: the empty state after the upcoming group, with or without a group around it', () => {
    expect(
      activitiesGap(timeline(`${openGroup(noNextSteps)}<div class="past-activity-group"><p>${noPast}</p></div>`)),
    ).toEqual([]);
    expect(
      activitiesGap(timeline(`${openGroup(upcomingTask)}<div class="slds-text-align_center"><p>${noPast}</p></div>`)),
    ).toEqual([]);
  });
});
