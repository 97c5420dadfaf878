// @vitest-environment happy-dom
/**
 * Commit 05bceec makes planned.ts read any checkbox inside an item first
 * (`found.el.querySelector('[role="checkbox"], input[type="checkbox"]')`), before the summary
 * sentence. A checkbox that is not the task's completion box (an event's expanded details showing
 * the boolean field "All-Day Event", drawn as a disabled, unticked input) now decides the tense: a
 * meeting held last month ("You had an event with Maria Jensen", under "October • 2026") is read as
 * planned and drops out of every count (metrics.md: planned items are never touches). Before
 * 05bceec the sentence settled it: done.
 */
import { describe, expect, it } from 'vitest';
import { contactPage, item, read, timeline } from './contact-page';

const heldMeeting = item({
  token: 'Event',
  icon: 'event',
  iconTitle: 'Event',
  subject: 'Pricing review',
  id: '00U5g00000DpQL7EAN',
  date: 'Oct 15, 2026',
  summary: 'You had an event with Maria Jensen',
  body: '<div class="slds-form-element"><span class="slds-form-element__label">All-Day Event</span><div class="slds-form-element__control"><input type="checkbox" disabled aria-label="All-Day Event"></div></div>',
});

describe('a held meeting whose details show an unticked boolean field', () => {
  it('is done, not planned: the field is no completion checkbox', () => {
    const r = read(contactPage(timeline('', [{ heading: 'October • 2026', items: heldMeeting }])));
    const meeting = r.activities.find((a) => a.title === 'Pricing review');
    expect(meeting?.type).toBe('meeting');
    expect(meeting?.planned).not.toBe(true);
  });

  it('a held meeting with a box on its header line is done too: an event has no completion checkbox', () => {
    const boxed = heldMeeting.replace(
      '<a class="subjectLink',
      '<input type="checkbox" aria-label="Select"><a class="subjectLink',
    );
    const r = read(contactPage(timeline('', [{ heading: 'October • 2026', items: boxed }])));
    expect(r.activities.find((a) => a.title === 'Pricing review')?.planned).not.toBe(true);
  });
});

describe('a done task whose details show an unticked boolean field after its subject', () => {
  it('is done: only the box before its subject is its completion checkbox', () => {
    const doneTask = item({
      token: 'Task',
      icon: 'task',
      iconTitle: 'Task',
      subject: 'Send the price list',
      id: '00T5g00000DpQL8EAN',
      date: 'Oct 14, 2026',
      summary: 'You had a Task with Maria Jensen',
      body: '<div class="slds-form-element"><span class="slds-form-element__label">Reminder Set</span><div class="slds-form-element__control"><input type="checkbox" disabled aria-label="Reminder Set"></div></div>',
    });
    const r = read(contactPage(timeline('', [{ heading: 'October • 2026', items: doneTask }])));
    expect(r.activities.find((a) => a.title === 'Send the price list')?.planned).toBeUndefined();
  });
});
