// @vitest-environment happy-dom
/**
 * crm-pages.md / crm-evidence-2.md: loading placeholders are Lightning's stencil entries ("wait until
 * they are gone"). A fully loaded timeline (two logged calls under "This Month") whose list also
 * holds a separator between them, an empty `<li role="separator">` or an `<li>` holding only an
 * `<hr>` (HTML's thematic break), has nothing still loading, with Lightning's classes or without
 * them (decisions.md "Reading pages": a second path needing no class name): both calls read, no
 * "still loading" report (which would withhold the contact's figures as incomplete).
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

function readWith(separator: string, transform: 'none' | 'stripped') {
  const items =
    call('Call', '00T5g00000DpQM5EAN', 'Nov 18') + separator + call('Follow-up call', '00T5g00000DpQM6EAN', 'Nov 17');
  return read(contactPage(timeline('', [{ heading: 'This Month', items }])), transform);
}

const stillLoading = (r: ReturnType<typeof readWith>) =>
  r.notRead.filter((n) => n.field === 'activities' && /still loading/.test(n.reason));

it.each(['none', 'stripped'] as const)('an empty separator <li> is no placeholder (page: %s)', (transform) => {
  const r = readWith('<li role="separator"></li>', transform);
  expect(r.activities).toHaveLength(2);
  expect(stillLoading(r)).toEqual([]);
});

it('an <li> holding only an <hr> is no placeholder on a stripped page', () => {
  const r = readWith('<li><hr></li>', 'stripped');
  expect(r.activities).toHaveLength(2);
  expect(stillLoading(r)).toEqual([]);
});
