import { describe, expect, it } from 'vitest';
import { contactPage, item, read, timeline } from './contact-page';

/**
 * Lightning draws the timeline's "Upcoming & Overdue" group before its past part (crm-evidence-2.md);
 * read between the two, the page is no whole history (upcoming-group-without-past-part-is-not-whole).
 * That was told by the groups' classes only: a page without them (decisions.md "Reading pages": a
 * second path needing no class name) was read as a whole history with no past touch, a confident 0.
 * Without classes the group is found by its heading's wording, and the same check runs from it.
 * Pages by hand: an open task under the upcoming group, then nothing, a past group, or the empty state.
 */
const taskItem = (summary = 'You have an upcoming Task with Maria Jensen') =>
  item({
    token: 'Task',
    icon: 'task',
    iconTitle: 'Task',
    subject: 'Send proposal',
    id: '00T5g00000DpQM3EAN',
    date: 'Tomorrow',
    summary,
  });
const openTask = (heading = 'Upcoming &amp; Overdue', summary?: string) => timeline(taskItem(summary), [], heading);
const pastCall = item({
  token: 'Task',
  icon: 'log-a-call',
  iconTitle: 'Call',
  subject: 'Call',
  id: '00T5g00000DpQM4EAN',
  date: 'Nov 18',
  summary: 'You logged a call with Maria Jensen',
});
const gaps = (html: string, transform: 'stripped' | 'renamed') =>
  read(html, transform)
    .notRead.filter((n) => n.field === 'activities')
    .map((n) => n.reason);
const NOT_DRAWN =
  "the timeline's past activity has not been drawn yet: after its upcoming group it shows neither a past group nor the empty-state text";

describe('a timeline showing only its upcoming group, on a page without its classes', () => {
  it.each(['stripped', 'renamed'] as const)('is reported as not yet drawn (%s)', (transform) => {
    expect(gaps(contactPage(openTask()), transform)).toEqual([NOT_DRAWN]);
  });

  it('in German, under "Anstehend und überfällig", is reported as not yet drawn', () => {
    const html = contactPage(
      openTask('Anstehend und überfällig', 'Sie haben eine anstehende Aufgabe mit Maria Jensen'),
      { lang: 'de' },
    );
    expect(gaps(html, 'stripped')).toEqual([NOT_DRAWN]);
  });

  it('guard: a past group after it is the whole timeline', () => {
    const html = contactPage(timeline(taskItem(), [{ heading: 'This Month', items: pastCall }]));
    expect(gaps(html, 'stripped')).toEqual([]);
  });

  it('guard: the empty state after it is the whole timeline of a new contact', () => {
    const html = contactPage(
      openTask().replace(
        /<\/div>\s*$/,
        '<p>No past activity. Past meetings and tasks marked as done show up here.</p></div>',
      ),
    );
    expect(gaps(html, 'stripped')).toEqual([]);
  });
});
