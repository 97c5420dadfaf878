// @vitest-environment happy-dom
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { salesforce } from '../../../../lib/adapters/salesforce';
import { contactPage, item, NOW, timeline, URL_CONTACT } from './contact-page';

/**
 * metrics.md: planned items are never touches; crm-evidence-2.md: past groups hold "tasks marked as
 * done". planned.ts reads a task's checkbox as done only by its `checked` attribute or
 * `aria-checked`. On the live page the extension reads, Lightning (LWC) sets a ticked checkbox's
 * `checked` *property*, not the attribute, so every done task's box reads as unticked, and the
 * checkbox is consulted before the section. Wherever the sentence does not settle the tense (a page
 * in a language without a table, an item without a sentence), a done email task under a past month
 * is read as planned: the email drops out of every count, with nothing in notRead.
 * Oracle, by hand: the box is ticked (`input.checked === true`) and the item sits under a past month:
 * done, not planned.
 */
function readLive(lang: string, summary?: string) {
  const li = item({
    token: 'Task',
    icon: 'email',
    iconTitle: 'Email',
    subject: 'Email: Proposal',
    id: '00T5g00000DpQL1EAN',
    date: '15.10.2026',
    checkbox: 'unchecked',
    ...(summary ? { summary } : {}),
  });
  const window = new Window({ url: URL_CONTACT });
  window.document.write(contactPage(timeline('', [{ heading: 'October • 2026', items: li }]), { lang }));
  // What LWC does when it renders a ticked lightning-input: the property, not the attribute.
  (window.document.querySelector('input[type="checkbox"]') as unknown as HTMLInputElement).checked = true;
  const r = salesforce.read(window.document as unknown as Document, new URL(URL_CONTACT), {
    now: NOW,
    timeZone: 'UTC',
  });
  window.close();
  if (r.status !== 'read') throw new Error(r.status);
  return r.activities.find((a) => a.title === 'Email: Proposal');
}

describe('a done email task whose checkbox LWC ticked by its property', () => {
  it('is done on a page in a language without a table (pl)', () => {
    expect(readLive('pl', 'Miałeś zadanie z Maria Jensen')?.planned).toBeUndefined();
  });

  it('is done when the item shows no summary sentence (en-US)', () => {
    expect(readLive('en-US')?.planned).toBeUndefined();
  });
});

describe('a task ticked on the live page while still listed as upcoming', () => {
  it('is done: its box beats the sentence Lightning has not redrawn yet', () => {
    // Oracle: the rep ticked the box (Lightning sets the property); the task is no longer open.
    const li = item({
      token: 'Task',
      icon: 'task',
      iconTitle: 'Task',
      subject: 'Send the proposal',
      id: '00T5g00000DpQLBEAN',
      date: 'Nov 19',
      checkbox: 'unchecked',
      summary: 'You have an upcoming Task with Maria Jensen',
    });
    const window = new Window({ url: URL_CONTACT });
    window.document.write(contactPage(timeline(li, [])));
    (window.document.querySelector('input[type="checkbox"]') as unknown as HTMLInputElement).checked = true;
    const r = salesforce.read(window.document as unknown as Document, new URL(URL_CONTACT), {
      now: NOW,
      timeZone: 'UTC',
    });
    window.close();
    if (r.status !== 'read') throw new Error(r.status);
    expect(r.activities.find((a) => a.title === 'Send the proposal')?.planned).toBeUndefined();
  });
});
