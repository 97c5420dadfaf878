import { describe, expect, it } from 'vitest';
import { readRecord, recordPage } from './aura-timeline-page';

/**
 * Lightning's Activity component in its "related lists" view (a per-user activity setting) shows
 * "Open Activities" and "Activity History" cards instead of the timeline; a card shows its first
 * rows only, its title counting "(3+)" and its footer offering "View All". README: "A timeline the
 * CRM shows filtered, folded or only partly loaded … is reported as partly read"; related-list.ts
 * itself reads "(3+)" as `partial`, and the brief: never a confident count.
 *
 * Oracle, by hand: Activity History shows 3 of more than 3 done activities; the reading says that
 * activities were not all read (one `notRead` entry for `activities`), without `part: 'older'`: no
 * public source says in which order the card lists its rows. "Open Activities (1)" is whole.
 * (Before: the three rows were read and nothing said, so counts looked complete.)
 */
const row = (obj: string, id: string, subject: string, isTask: boolean, date: string) =>
  `<tr><th scope="row"><a href="/lightning/r/${obj}/${id}/view" title="${subject}">${subject}</a></th><td><a href="/lightning/r/Contact/0038d00000KpT2aAAF/view">Dana Whitfield</a></td><td><span class="slds-checkbox"><input type="checkbox" disabled${isTask ? ' checked' : ''}><span class="slds-checkbox_faux"></span></span></td><td><lightning-formatted-date-time>${date}</lightning-formatted-date-time></td><td>Sam Okafor</td></tr>`;
const card = (title: string, count: string, list: string, rows: string) =>
  `<lst-related-list-single-container><article class="slds-card slds-card_boundary"><div class="slds-card__header"><h2 class="slds-card__header-title"><a class="slds-card__header-link" href="/lightning/r/Contact/0038d00000KpT2aAAF/related/${list}/view"><span title="${title}">${title}</span><span> ${count}</span></a></h2></div>
<div class="slds-card__body"><table class="slds-table"><thead><tr><th aria-label="Subject" scope="col">Subject</th><th aria-label="Name" scope="col">Name</th><th aria-label="Task" scope="col">Task</th><th aria-label="Due Date" scope="col">Due Date</th><th aria-label="Assigned To" scope="col">Assigned To</th></tr></thead><tbody>${rows}</tbody></table></div>
<footer class="slds-card__footer"><a href="/lightning/r/Contact/0038d00000KpT2aAAF/related/${list}/view"><span class="view-all-label">View All</span></a></footer></article></lst-related-list-single-container>`;

const page = recordPage(
  card('Open Activities', '(1)', 'OpenActivities', row('Task', '00T8d00000Cc401AAV', 'Call', true, '11/25/2026')) +
    card(
      'Activity History',
      '(3+)',
      'ActivityHistories',
      row('Task', '00T8d00000Cc402AAV', 'Call', true, '11/18/2026') +
        row('Task', '00T8d00000Cc403AAV', 'Email: Pricing deck', true, '11/16/2026') +
        row('Event', '00U8d00000Cc404AAV', 'Discovery meeting', false, '11/10/2026'),
    ),
);

/** The same cards drawn by other components: no Lightning container tag, no link to the list's page. */
const unlinked = page
  .replace(/lst-related-list-single-container/g, 'div')
  .replace(/<a class="slds-card__header-link" href="[^"]*">/g, '<a class="slds-card__header-link">')
  .replace(/<footer[\s\S]*?<\/footer>/g, '');

describe('activities read only from an "Activity History (3+)" card', () => {
  it.each([false, true])('are reported as partly read, which part unsaid (classes stripped: %s)', (strip) => {
    const r = readRecord(page, { strip });
    expect(r.activities.filter((a) => !a.planned)).toHaveLength(3);
    expect(r.notRead.filter((n) => n.field === 'activities')).toEqual([
      { field: 'activities', reason: 'the "Activity History" list shows its first rows only ("(3+)")' },
    ]);
  });

  it.each([false, true])('are reported by the heading before the rows alone (classes stripped: %s)', (strip) => {
    expect(unlinked).not.toContain('/related/');
    const r = readRecord(unlinked, { strip });
    expect(r.notRead.filter((n) => n.field === 'activities').map((n) => n.reason)).toEqual([
      'the "Activity History" list shows its first rows only ("(3+)")',
    ]);
  });
});

// Review s61 (helper's note on 9d4dfb1): a count over the rows shown says the same as "(3+)".
describe('activities read from an "Activity History (5)" card showing 3 rows', () => {
  it.each([false, true])('are reported as partly read (classes stripped: %s)', (strip) => {
    const r = readRecord(page.replace('<span> (3+)</span>', '<span> (5)</span>'), { strip });
    expect(r.notRead.filter((n) => n.field === 'activities').map((n) => n.reason)).toEqual([
      'the "Activity History" list shows its first rows only ("(5)")',
    ]);
  });

  it('"(3)" over its 3 rows is the whole list', () => {
    const r = readRecord(page.replace('<span> (3+)</span>', '<span> (3)</span>'));
    expect(r.notRead.filter((n) => n.field === 'activities')).toEqual([]);
  });
});
