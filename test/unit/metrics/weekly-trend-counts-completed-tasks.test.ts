import { describe, expect, it } from 'vitest';
import { weeklyTrend } from '../../../lib/metrics/weekly-trend';
import { weeklyTrendSchema } from '../../../lib/schema/view-model';
import { at, call, email, LA, NOW, task, touchesOf } from './builders';

// Now is Fri 20 Nov 2026 07:00 in Los Angeles. A call on Mon 2 Nov, completed tasks on Thu 5 and
// Mon 16 Nov, an email on Tue 17 Nov: the week of 2 Nov has a call and a task, the week of 16 Nov
// a task and an email.
const activities = [
  call(at('2026-11-02 09:00'), 'no-answer'),
  task(at('2026-11-05 09:00')),
  task(at('2026-11-16 09:00')),
  email(at('2026-11-17 10:00')),
];

describe('weeklyTrend with completed tasks counted as touches', () => {
  it('counts each completed task in its week, apart from the channels', () => {
    const weeks = weeklyTrend(touchesOf(activities, NOW, LA, { countCompletedTasks: true }), NOW, LA, true);
    expect(weeks.find((w) => w.weekStart === '2026-11-02')?.byChannel).toEqual({
      call: 1,
      email: 0,
      meeting: 0,
      social: 0,
      sms: 0,
      task: 1,
    });
    expect(weeks.find((w) => w.weekStart === '2026-11-16')?.byChannel).toEqual({
      call: 0,
      email: 1,
      meeting: 0,
      social: 0,
      sms: 0,
      task: 1,
    });
  });

  it('has no tasks in a week without one, nor any when the setting leaves tasks out', () => {
    const counted = weeklyTrend(touchesOf(activities, NOW, LA, { countCompletedTasks: true }), NOW, LA, true);
    expect(counted.find((w) => w.weekStart === '2026-11-09')?.byChannel.task).toBeUndefined();
    const notCounted = weeklyTrend(touchesOf(activities, NOW, LA), NOW, LA, true);
    expect(notCounted.some((w) => 'task' in w.byChannel)).toBe(false);
  });

  it('keeps the tasks when the view crosses to the panel (the message schema)', () => {
    const weeks = weeklyTrend(touchesOf(activities, NOW, LA, { countCompletedTasks: true }), NOW, LA, true);
    const parsed = weeklyTrendSchema.safeParse(weeks);
    expect(parsed.success && parsed.data.find((w) => w.weekStart === '2026-11-16')?.byChannel.task).toBe(1);
  });
});
