// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contactPage, item, read, timeline } from './contact-page';

/**
 * metrics.md: "Planned items of any type are never touches while the CRM shows them as planned."
 * crm-evidence-2.md: tense is in the summary sentence ("You have an upcoming Task with …"), items sit
 * under "Upcoming & Overdue". On a page without class
 * names (decisions.md: every field needs a path without them) the reader looks for the sentence as
 * the shortest element holding a tense phrase: the task's description "She had a question about the
 * renewal" is shorter than the real sentence, its "had a" reads as done, and that beats the unticked
 * checkbox and the "Upcoming & Overdue" section.
 * Oracle, by hand: an open call task due Nov 17 (overdue on 2026-11-20) under "Upcoming & Overdue",
 * checkbox unticked: planned, never a done outbound call on Nov 17.
 */
const overdueCall = item({
  token: 'Task',
  icon: 'task',
  iconTitle: 'Task',
  subject: 'Call Maria back',
  id: '00T5g00000DpQL2EAN',
  date: 'Nov 17',
  checkbox: 'unchecked',
  summary: 'You have an upcoming Task with Maria Jensen',
  // The item's description preview line below its sentence.
  body: '<div class="slds-text-body_small slds-line-clamp_small">She had a question about the renewal</div>',
});

describe('an open task under "Upcoming & Overdue" whose description says "had a"', () => {
  it.each(['stripped', 'renamed'] as const)('stays planned (%s)', (t) => {
    const a = read(contactPage(timeline(overdueCall, [])), t).activities.find((x) => x.title === 'Call Maria back');
    expect(a?.planned).toBe(true);
  });
});

describe('the summary sentence of an item without class names', () => {
  it('is the sentence below the subject, not a shorter description after it', () => {
    // Oracle: "You logged a call with Maria Jensen" makes the Task a logged call.
    const li = item({
      token: 'Task',
      icon: 'task',
      iconTitle: 'Task',
      subject: 'Pricing follow-up',
      id: '00T5g00000DpQL5EAN',
      date: 'Nov 18',
      checkbox: 'checked',
      summary: 'You logged a call with Maria Jensen',
      body: '<div>She had a question</div>',
    });
    const a = read(contactPage(timeline('', [{ heading: 'This Month', items: li }])), 'stripped').activities;
    expect(a.find((x) => x.title === 'Pricing follow-up')).toMatchObject({ type: 'call', direction: 'outbound' });
  });

  it("is not the subject's line, whose wording may hold a tense phrase", () => {
    // Oracle: the sentence names Jamie Patel as the rep who held the meeting.
    const li = item({
      token: 'Event',
      icon: 'event',
      iconTitle: 'Event',
      subject: 'Recap – had a demo with IT',
      id: '00U5g00000DpQL6EAN',
      date: '10:00 AM | Nov 18',
      summary: 'Jamie Patel had an Event with Maria Jensen',
    });
    const a = read(contactPage(timeline('', [{ heading: 'This Month', items: li }])), 'stripped').activities;
    expect(a.find((x) => x.title === 'Recap – had a demo with IT')).toMatchObject({
      type: 'meeting',
      owner: 'Jamie Patel',
    });
  });
});

describe('an upcoming Event with no sentence whose description says "had a"', () => {
  it.each(['stripped', 'renamed'] as const)('stays planned under "Upcoming & Overdue" (%s)', (t) => {
    // Oracle: the section holds open items only; the description is free text, not the sentence.
    const li = item({
      token: 'Event',
      icon: 'event',
      iconTitle: 'Event',
      subject: 'Renewal check-in',
      id: '00U5g00000DpQL7EAN',
      date: '10:00 AM | Nov 25',
      body: '<div>She had a question about the renewal</div>',
    });
    const a = read(contactPage(timeline(li, [])), t).activities.find((x) => x.title === 'Renewal check-in');
    expect(a).toMatchObject({ planned: true, timestamp: '2026-11-25T10:00:00.000Z' });
  });
});
