// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contactPage, read } from './contact-page';

/**
 * crm-evidence-2.md: "a logged call is a Task with subtype Call"; the timeline tells it by its icon
 * and sentence, but an "Activity History" row shows a Task's subject, name, due date and owner only.
 * crm-pages.md: adapters "report what they could not read instead of guessing"; decisions.md: a wrong
 * value counts against, `unknown` with a notRead entry does not. The reader already reports a Task's
 * type as not read where only wording could tell (a page in an untabled language). A related-list
 * row with no timeline copy (a layout without the Activity component, or rows older than the loaded
 * timeline) is typed `task`, no touch, with nothing in notRead: logged calls named "Follow-up call"
 * vanish from every count while the panel looks complete.
 * Oracle, by hand: the row may be a logged call; its type is reported as not read.
 */
const activityHistory = `<lst-related-list-single-container><article class="slds-card slds-card_boundary">
<div class="slds-card__header slds-grid"><h2 class="slds-card__header-title"><a href="/lightning/r/Contact/0035g00000DpQ9xAAF/related/ActivityHistories/view"><span title="Activity History">Activity History</span> (1)</a></h2></div>
<div class="slds-card__body"><table class="slds-table"><thead><tr><th aria-label="Subject">Subject</th><th aria-label="Name">Name</th><th aria-label="Task">Task</th><th aria-label="Due Date">Due Date</th><th aria-label="Assigned To">Assigned To</th></tr></thead>
<tbody><tr><th><a href="/lightning/r/Task/00T5g00000DpQC4EAN/view">Follow-up call</a></th><td><a href="/lightning/r/Contact/0035g00000DpQ9xAAF/view">Maria Jensen</a></td><td><input type="checkbox" checked disabled></td><td>11/17/2026</td><td>Alex Morgan</td></tr></tbody>
</table></div></article></lst-related-list-single-container>`;

describe('a Task listed only in "Activity History"', () => {
  it('is not silently a non-touch task: its type is reported as not read', () => {
    const r = read(contactPage(activityHistory));
    const row = r.activities.find((a) => a.title === 'Follow-up call');
    expect(row).toBeDefined();
    if (row?.type === 'task') expect(r.notRead.map((n) => n.field)).toContain('type of "Follow-up call"');
  });
});

describe('a related list row whose subject names its touch', () => {
  it('guard: "Call: pricing follow-up" is a call, with no type reported as not read', () => {
    const r = read(contactPage(activityHistory.replace('>Follow-up call<', '>Call: pricing follow-up<')));
    expect(r.activities.find((a) => a.title === 'Call: pricing follow-up')?.type).toBe('call');
    expect(r.notRead.map((n) => n.field)).not.toContain('type of "Call: pricing follow-up"');
  });

  it('a plain Task row is a task with its type reported as not read (the oracle made strict)', () => {
    const r = read(contactPage(activityHistory));
    expect(r.activities.find((a) => a.title === 'Follow-up call')?.type).toBe('task');
    expect(r.notRead.map((n) => n.field)).toContain('type of "Follow-up call"');
  });
});
