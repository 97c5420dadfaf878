import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import type { Activity } from '../../../lib/schema/activity';
import { at, call, contact, dealKey, email, JORDAN, meeting, NOW, SAM, settings, task, touchesOf } from './builders';

/**
 * Reviewer "tasks" (s64). With "count tasks completed against a contact" on, a rep ticks her Call
 * task done and logs the call it was for at the same minute: metrics.md, Completed tasks ("a
 * completed task usually records work whose real touch, the call or email, is logged too") and
 * Duplicate ("the same touch captured twice … merged before any count"). Rules 2 and 3 ask for
 * the same channel, which a task has none of; the rule kept (docs/settings.md): a completed task
 * within 2 minutes of a call, email, meeting, social or SMS touch with the same person, of one
 * owner, is a copy of that touch, which keeps its channel and outcome.
 * Jordan Lee, Los Angeles, clock Fri 20 Nov 07:00; mid-market cadence (0 email, 2 call, 4 email;
 * business days):
 *   Mon 16 Nov 09:00  email "Route pricing v2"   step 1
 *   Wed 18 Nov 10:00  call, connected            step 2
 *   Wed 18 Nov 10:01  task "Call Jordan", done   the call's copy
 * By hand: 2 touches (1 email, 1 call, no task), connect rate 1 of 1, step 3 (email) due 2
 * business days after Wed 18 = Fri 20 Nov, today, not overdue. Counted twice, the task would take
 * step 3 and leave step 4 (a call) due Mon 23.
 */
const tasksOn = settings({ countCompletedTasks: true });
const theEmail = () => email(at('2026-11-16 09:00'));
const theCall = (extra: Partial<Activity> = {}) => call(at('2026-11-18 10:00'), 'connected', extra);
const theTask = (when = '2026-11-18 10:01', extra: Partial<Activity> = {}) =>
  task(at(when), { title: 'Call Jordan', ...extra });
const viewOf = (activities: Activity[], countCompletedTasks = true) =>
  buildContactView({
    contact: contact(),
    activities,
    settings: countCompletedTasks ? tasksOn : settings(),
    now: NOW,
  });

describe('completed tasks counted: a completed task beside the call it was for', () => {
  it('is that call: 2 touches, 1 call, no task, 1 of 1 connected, step 3 (email) due Fri 20', () => {
    const view = viewOf([theEmail(), theCall(), theTask()]);
    expect(view.touches.total).toBe(2);
    expect(view.touches.byChannel.call).toBe(1);
    expect(view.touches.tasks ?? 0).toBe(0);
    expect(view.outcomes.connectRate).toMatchObject({ numerator: 1, denominator: 1 });
    expect(view.cadence.nextDue).toMatchObject({ date: '2026-11-20', channel: 'email', step: 3, overdue: false });
  });

  it('is that call when ticked done a minute before it was logged', () => {
    const view = viewOf([theEmail(), theTask('2026-11-18 09:59'), theCall()]);
    expect(view.touches.total).toBe(2);
    expect(view.touches.byChannel.call).toBe(1);
    expect(view.cadence.nextDue).toMatchObject({ date: '2026-11-20', channel: 'email', step: 3 });
  });

  it('is listed among the call’s copies, and the merged touch is the call, as logged', () => {
    const done = theTask();
    const touches = touchesOf([theCall(), done], NOW, undefined, { countCompletedTasks: true });
    expect(touches).toHaveLength(1);
    expect(touches[0]).toMatchObject({ channel: 'call', activity: { type: 'call', outcome: 'connected' } });
    expect(touches[0]?.copies).toContain(done.key);
  });

  it('is a meeting held at that minute, too: 1 touch, a meeting', () => {
    const touches = touchesOf([meeting(at('2026-11-18 10:00')), theTask()], NOW, undefined, {
      countCompletedTasks: true,
    });
    expect(touches.map((t) => t.channel)).toEqual(['meeting']);
  });

  it('is the deal timeline’s copy of the call that names nobody: one touch, with Jordan', () => {
    const deal = dealKey('5501');
    const touches = touchesOf(
      [theCall({ contactKeys: [], dealKeys: [deal] }), theTask(undefined, { dealKeys: [deal] })],
      NOW,
      undefined,
      { countCompletedTasks: true },
    );
    expect(touches).toHaveLength(1);
    expect(touches[0]).toMatchObject({ channel: 'call', contactKeys: [JORDAN] });
  });
});

describe('completed tasks counted: a completed task that is no copy of a touch stays a touch', () => {
  it('(control) ticked done with no call logged: 2 touches, 1 completed task, no call attempt', () => {
    const view = viewOf([theEmail(), theTask()]);
    expect(view.touches.total).toBe(2);
    expect(view.touches.tasks).toBe(1);
    expect(view.outcomes.connectRate.denominator).toBe(0);
  });

  it('3 minutes after the call: two touches, 3 in all', () => {
    const view = viewOf([theEmail(), theCall(), theTask('2026-11-18 10:03')]);
    expect(view.touches.total).toBe(3);
    expect(view.touches.tasks).toBe(1);
  });

  it('another rep’s task at the call’s minute: two touches (one touch has one owner)', () => {
    const view = viewOf([theEmail(), theCall(), theTask(undefined, { owner: 'Sam Ortiz' })]);
    expect(view.touches.total).toBe(3);
  });

  it('with another contact at the call’s minute: two touches, a call and a task', () => {
    const touches = touchesOf([theCall(), theTask(undefined, { contactKeys: [SAM] })], NOW, undefined, {
      countCompletedTasks: true,
    });
    expect(touches.map((t) => t.channel)).toEqual(['call', 'task']);
  });

  it('(control) with the setting off, the task is no touch at all: 2 touches', () => {
    const view = viewOf([theEmail(), theCall(), theTask()], false);
    expect(view.touches.total).toBe(2);
    expect(view.touches.tasks ?? 0).toBe(0);
  });

  // Review rg64d: a task records the rep's own touch that took place, with the people it names.
  const channels = (activities: Activity[]) =>
    touchesOf(activities, NOW, undefined, { countCompletedTasks: true }).map((t) => t.channel);

  it('beside a cancelled meeting: the task stays a touch (the meeting was none)', () => {
    const cancelled = meeting(at('2026-11-18 10:00'), 'cancelled');
    const view = viewOf([theEmail(), cancelled, theTask()]);
    expect([view.touches.total, view.touches.tasks]).toEqual([2, 1]);
  });

  it('beside the contact’s reply or a sequence’s email: the task stays the rep’s own touch', () => {
    const reply = email(at('2026-11-18 10:00'), 'Re: Route pricing v2', { direction: 'inbound' });
    const sequence = email(at('2026-11-18 10:00'), 'Step 2', { automated: true });
    expect(channels([reply, theTask()])).toEqual(['email', 'task']);
    expect(channels([sequence, theTask()])).toEqual(['email', 'task']);
  });

  it('naming a contact the call does not: two touches, the call not given to her', () => {
    const touches = touchesOf([theCall(), theTask(undefined, { contactKeys: [JORDAN, SAM] })], NOW, undefined, {
      countCompletedTasks: true,
    });
    expect(touches.map((t) => [t.channel, t.contactKeys])).toEqual([
      ['call', [JORDAN]],
      ['task', [JORDAN, SAM]],
    ]);
  });

  it('two tasks beside one call: one is the call’s, the other a task', () => {
    expect(channels([theCall(), theTask(), theTask('2026-11-18 10:02', { title: 'Send the deck' })])).toEqual([
      'call',
      'task',
    ]);
  });
});
