import { describe, expect, it } from 'vitest';
import { contactPage, read } from './contact-page';

/**
 * A Lightning contact timeline in a markup generation whose items wrap their content in an
 * `<article>` (`<li><article>…</article></li>`) and whose classes are renamed or absent, so the
 * summary sentence has no `summary` class. crm-evidence-2.md (B): type, tense and who are in the
 * summary sentence: "You logged a call with …" is a call (a Task with subtype Call), "upcoming"
 * means open, "… sent you an email" is received.
 */
const MARIA = '<a href="/lightning/r/Contact/0035g00000DpQ9xAAF/view">Maria Jensen</a>';
const entry = (id: string, obj: string, subject: string, date: string, sentence: string) =>
  `<li><article><div><a href="/lightning/r/${obj}/${id}/view" title="${subject}">${subject}</a><span>${date}</span></div><div>${sentence}</div></article></li>`;

const timeline = `<div><h2>Activity</h2>
<div><h3><button aria-expanded="true">Upcoming &amp; Overdue</button></h3><ul>
${entry('00T5g00000AAAA4AAA', 'Task', 'Send proposal', 'Nov 25', `You have an upcoming Task with ${MARIA}`)}
</ul></div>
<div><h3><button aria-expanded="true">November • 2026</button></h3><ul>
${entry('00T5g00000AAAA1AAA', 'Task', 'Follow-up', '2:15 PM | Nov 18', `You logged a call with ${MARIA}`)}
${entry('02s5g00000AAAA2AAA', 'EmailMessage', 'Re: Pricing', '9:05 AM | Nov 17', `${MARIA} sent you an email`)}
</ul></div></div>`;

const noSectionTimeline = `<div><h2>Activity</h2><ul>
${entry('00T5g00000AAAA4AAA', 'Task', 'Send proposal', 'Nov 25', `You have an upcoming Task with ${MARIA}`)}
${entry('00T5g00000AAAA1AAA', 'Task', 'Follow-up', '2:15 PM | Nov 18', `You logged a call with ${MARIA}`)}
</ul></div>`;

describe('Salesforce timeline items wrapped in <article>, without the summary class', () => {
  for (const transform of ['none', 'renamed'] as const) {
    it(`reads a logged call as a call, from its sentence (${transform})`, () => {
      const { activities } = read(contactPage(timeline), transform);
      const call = activities.find((a) => a.title === 'Follow-up');
      expect(call).toMatchObject({ type: 'call', direction: 'outbound', timestamp: '2026-11-18T14:15:00.000Z' });
    });

    it(`reads "Maria Jensen sent you an email" as received (${transform})`, () => {
      const { activities } = read(contactPage(timeline), transform);
      expect(activities.find((a) => a.title === 'Re: Pricing')).toMatchObject({ type: 'email', direction: 'inbound' });
    });
  }

  it('reads "You have an upcoming Task" as open, due this Nov 25, when no section heading says so', () => {
    const { activities, notRead } = read(contactPage(noSectionTimeline));
    const task = activities.find((a) => a.title === 'Send proposal');
    // Open and due in five days; never a task done a year ago.
    expect(task?.planned).toBe(true);
    expect(task?.timestamp).toBe('2026-11-25T00:00:00.000Z');
    expect(notRead.some((n) => n.field.includes('Send proposal'))).toBe(false);
  });
});
