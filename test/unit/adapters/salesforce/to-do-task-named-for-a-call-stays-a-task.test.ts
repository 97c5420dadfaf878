import { describe, expect, it } from 'vitest';
import { readSubjectTask } from './subject-task-page';

/**
 * A closed Task ("You had a Task with …", the task icon) whose subject is a to-do naming a call or
 * an email ("Call Ana", "Email Ana the case study") is a task: metrics.md, "Completed tasks: not
 * touches by default", and a task is never a call attempt. The same Task in a report (Task Subtype
 * "Task") is imported as a task. A subject that is the type word as a label ("Call", "Email:
 * Rollout plan", logged from a mail client, "Call - Ana") still says the touch. Oracle, by hand
 * (review "tasks"; crm-evidence-2.md: "had" means done, a logged call is a Task with subtype Call).
 */
describe('Salesforce: a closed Task whose subject is a to-do naming a call or email', () => {
  it.each(['Call Ana', 'Email Ana the case study', 'Phone Ana re renewal'])('"%s" stays a task', (subject) => {
    expect(readSubjectTask(subject, 'task')).toEqual(['task', 'unknown']);
  });

  it.each([
    ['Call', 'call'],
    ['Call - Ana', 'call'],
    ['Call | Ana', 'call'],
    ['Call (Ana)', 'call'],
    ['Call-Ana', 'call'],
    ['Call, left voicemail', 'call'],
    ['Email | Rollout plan', 'email'],
    ['Email: Rollout plan', 'email'],
  ])('(control) "%s" as a label is a %s', (subject, type) => {
    expect(readSubjectTask(subject, 'task')[0]).toBe(type);
  });
});
