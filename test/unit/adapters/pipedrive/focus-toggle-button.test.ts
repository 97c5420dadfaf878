import { describe, expect, it } from 'vitest';
import { personPage, read } from './hashed-person-page';

/**
 * Planned activities in the Focus section (crm-evidence-2.md: "the page shows planned and done
 * activities ... in one feed"; no source shows an item's markup, "type only in an icon's
 * aria-label/title"). Here each item's done toggle is an icon button named by its aria-label
 * ("Mark as done", a word the reader's own table knows) with no checkbox role, and the subject is a
 * heading element. metrics.md: "A meeting in an upcoming, planned or Focus section ... is not (yet) a
 * touch"; "Planned items of any type are never touches while the CRM shows them as planned".
 * Both meetings (Nov 19 and Nov 18, 10:00, before the clock's Nov 20 15:00) are planned, not held.
 */
describe('Pipedrive person: planned meetings in Focus with an icon-button done toggle', () => {
  const card = (subject: string, date: string, toggle: string) =>
    `<div class="FlowItem_item__t7Kq2"><span class="cui5-icon" aria-label="Meeting" title="Meeting"></span><div class="FlowItem_card__t7Kq2"><h4 class="FlowItem_subject__t7Kq2">${subject}</h4><button type="button" class="cui5-button cui5-button--icon" aria-label="${toggle}"></button><div class="FlowItem_meta__t7Kq2"><span>${date}</span> · <span>Casey Nguyen</span></div></div></div>`;
  const reading = read(
    personPage({
      focus: [
        card('Kickoff with operations', 'Nov 19, 2026 10:00 AM', 'Mark as done'),
        card('Warehouse walkthrough', 'Nov 18, 2026 10:00 AM', 'Mark as done'),
      ],
      history: [card('Site visit', 'Nov 10, 2026 10:00 AM', 'Mark as not done')],
    }),
  );
  const byTitle = (t: string) => reading.activities.find((a) => a.title === t);

  it('reads the first Focus meeting as planned', () => {
    expect(byTitle('Kickoff with operations')?.planned).toBe(true);
  });
  it('reads the second Focus meeting as planned too, not as a held meeting', () => {
    expect(byTitle('Warehouse walkthrough')?.planned).toBe(true);
  });
  it('reads the done meeting in History as not planned', () => {
    expect(byTitle('Site visit')?.planned).not.toBe(true);
  });
});

/**
 * The same toggles, with the History list headed only by its filter chips (crm-evidence-2.md: chips
 * with aria-pressed; no source shows a "History" heading). The done meeting (Nov 10) and the done call
 * (Nov 9), each with a "Mark as not done" toggle, are done: two touches. Only the Focus item (Nov 24) is
 * planned.
 */
describe('Pipedrive person: History without a heading of its own, done toggles as icon buttons', () => {
  const filters = `<div class="FlowFilters_root__z5Hn2" role="group" aria-label="Filter history">${[
    'All',
    'Activities',
    'Notes',
    'Emails',
    'Files',
    'Changelog',
  ]
    .map((n) => `<button type="button" aria-pressed="${n === 'All'}">${n}</button>`)
    .join('')}</div>`;
  const card = (subject: string, date: string, toggle: string, icon: string, id: number) =>
    `<div class="FlowItem_item__t7Kq2"><span class="cui5-icon" aria-label="${icon}" title="${icon}"></span><div class="FlowItem_card__t7Kq2"><div class="FlowItem_header__t7Kq2"><button type="button" class="cui5-button cui5-button--icon" aria-label="${toggle}"></button><a href="/activities/${id}">${subject}</a></div><div class="FlowItem_meta__t7Kq2"><span>${date}</span> · <span>Casey Nguyen</span></div></div></div>`;
  const reading = read(
    personPage({
      historyTitle: '',
      filters,
      focus: [card('Kickoff', 'Nov 24, 2026 10:00 AM', 'Mark as done', 'Meeting', 1)],
      history: [
        card('Site visit', 'Nov 10, 2026 10:00 AM', 'Mark as not done', 'Meeting', 2),
        card('Call with Maya', 'Nov 9, 2026 10:00 AM', 'Mark as not done', 'Call', 3),
      ],
    }),
  );
  const planned = (t: string) => reading.activities.find((a) => a.title === t)?.planned === true;

  it('reads the Focus meeting as planned', () => {
    expect(planned('Kickoff')).toBe(true);
  });
  it('reads the done meeting and the done call in History as done', () => {
    expect([planned('Site visit'), planned('Call with Maya')]).toEqual([false, false]);
  });
});
