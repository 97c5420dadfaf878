import { describe, expect, it } from 'vitest';
import { contactPage, item, read, timeline } from './contact-page';

/**
 * crm-evidence-2.md: "a logged call is a Task with subtype Call", and "Type, tense and who are in a
 * summary sentence ('You logged a call with …')"; readers take the type "from every carrier … summary
 * sentence". With classes stripped and an icon that carries no words (no `title`, no assistive text),
 * the item's link `/lightning/r/Task/…` only says it is a Task, which every logged call is; its
 * sentence still says it was a call.
 *
 * Oracle, by hand: "You logged a call with Maria Jensen" is a call (a touch), not a task (no touch).
 */
const loggedCall = (summary: string) =>
  item({
    token: 'Task',
    icon: 'log-a-call',
    iconTitle: '',
    subject: 'Follow-up',
    id: '00T5g00000DpQP1EAN',
    date: '3:30 PM | Nov 17',
    summary,
  })
    .replace(' title=""', '')
    .replace('<span class="slds-assistive-text"></span>', '');

const typeOf = (summary: string, lang: string, heading: string) =>
  read(contactPage(timeline('', [{ heading, items: loggedCall(summary) }]), { lang }), 'stripped').activities.find(
    (a) => a.title === 'Follow-up',
  )?.type;

describe('a logged call on a page without classes, its icon wordless', () => {
  it('en: "You logged a call with …" is a call', () => {
    expect(typeOf('You logged a call with Maria Jensen', 'en-US', 'This Month')).toBe('call');
  });

  it('de: "Sie haben einen Anruf mit … protokolliert" is a call', () => {
    expect(typeOf('Sie haben einen Anruf mit Maria Jensen protokolliert', 'de-DE', 'Diesen Monat')).toBe('call');
  });

  it('guard: with the classes kept (icon class log-a-call) it is a call (passes today)', () => {
    const r = read(
      contactPage(timeline('', [{ heading: 'This Month', items: loggedCall('You logged a call with Maria Jensen') }])),
    );
    expect(r.activities.find((a) => a.title === 'Follow-up')?.type).toBe('call');
  });
});
