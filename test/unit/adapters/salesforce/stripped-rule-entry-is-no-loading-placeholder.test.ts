// @vitest-environment happy-dom
/**
 * crm-pages.md: loading placeholders are Lightning's stencil entries, "wait until they are gone";
 * a placeholder is an entry still to be filled. A fully loaded timeline (two logged calls under
 * "This Month"), on a page without Lightning's classes (decisions.md "Reading pages": a second
 * path needing no class name), whose list also holds a purely decorative entry between them — an
 * `<li aria-hidden="true">` (already handled), or an `<li>` holding only an `<hr>` (HTML's thematic break, a separator by its own semantics) — has
 * nothing still loading: both calls read, no "still loading" report (which would withhold the
 * contact's figures as incomplete).
 */
import { expect, it } from 'vitest';
import { contactPage, item, read, timeline } from './contact-page';

const call = (subject: string, id: string, date: string) =>
  item({
    token: 'Task',
    icon: 'log-a-call',
    iconTitle: 'Call',
    subject,
    id,
    date,
    summary: 'You logged a call with Maria Jensen',
  });

it('an <li> holding only an <hr> is no placeholder on a stripped page', () => {
  const deco = '<li><hr></li>';
  const items =
    call('Call', '00T5g00000DpQM5EAN', 'Nov 18') + deco + call('Follow-up call', '00T5g00000DpQM6EAN', 'Nov 17');
  const r = read(contactPage(timeline('', [{ heading: 'This Month', items }])), 'stripped');
  expect(r.activities).toHaveLength(2);
  expect(r.notRead.filter((n) => n.field === 'activities' && /still loading/.test(n.reason))).toEqual([]);
});
