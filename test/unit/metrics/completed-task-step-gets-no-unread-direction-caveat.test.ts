import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { at, contact, email, NOW, settings, task } from './builders';

/**
 * Review regress56a (s56), commit 4b3f9b7. A team that logs its touches as tasks turns on "count
 * tasks completed against a contact" (metrics.md, Completed tasks). Salesforce ("You had a Task
 * with Jordan Lee") and Pipedrive (activity type Task) show no direction for a task, and the
 * adapters keep it `unknown` (salesforce/classify-activity.ts directionOf, pipedrive/activity-direction.ts).
 * A task is the rep's own work: it cannot "come from the contact", and it is never a reply.
 *   Mon 16 Nov 09:00  email "Route pricing v2"            outbound  step 1
 *   Tue 17 Nov 11:00  task "Send revised proposal", done  (counted)  step 2
 * Mid-market defaults (0 email, 2 call, 4 email, business days): step 3 (email) is due 2 business
 * days after Tue 17 = Thu 19 Nov, overdue on Fri 20. At 882c5ae the next step stood bare; at HEAD
 * it says "1 touch whose direction the page did not show is counted as yours: had it come from
 * the contact, the cadence would have ended." on every panel (and every overdue row on the team
 * page) of a team that counts tasks: a doubt no page could resolve.
 */
describe('a completed task counted as a step', () => {
  const view = buildContactView({
    contact: contact(),
    activities: [email(at('2026-11-16 09:00')), task(at('2026-11-17 11:00'))],
    settings: settings({ countCompletedTasks: true }),
    now: NOW,
  });

  it('(control) is step 2: step 3 is due Thu 19 Nov', () => {
    expect(view.cadence.nextDue).toMatchObject({ step: 3, date: '2026-11-19', overdue: true });
  });

  it('carries no "had it come from the contact" caveat', () => {
    expect(view.cadence.nextDueReason ?? '').not.toContain('direction the page did not show');
  });
});
