// @vitest-environment happy-dom
/**
 * crm-pages.md / crm-evidence-2.md: loading placeholders are Lightning's stencil entries ("wait until
 * they are gone"). A fully loaded timeline (two logged calls under "This Month", Lightning's classes
 * present) whose list also holds an empty separator entry between them has nothing still loading:
 * the reading must not report "the activity timeline is still loading".
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

it.each(['none', 'stripped'] as const)('an empty separator <li> is no placeholder (page: %s)', (transform) => {
  const items =
    call('Call', '00T5g00000DpQM5EAN', 'Nov 18') +
    '<li role="separator"></li>' +
    call('Follow-up call', '00T5g00000DpQM6EAN', 'Nov 17');
  const r = read(contactPage(timeline('', [{ heading: 'This Month', items }])), transform);
  expect(r.activities).toHaveLength(2);
  expect(r.notRead.filter((n) => n.field === 'activities' && /still loading/.test(n.reason))).toEqual([]);
});
