import { describe, expect, it } from 'vitest';
import { readSubjectTask } from './subject-task-page';

/**
 * Closed Tasks of a rep's ordinary work that name LinkedIn, WhatsApp or "social" beside a common
 * verb that sends nothing: an order or a plan ("Send …", "Follow up: …"), or a past act on another
 * channel with the channel in another part of the subject ("Followed up by phone - prefers
 * WhatsApp now"). None is a message to the contact: metrics.md counts no task that was not a
 * contact, so none adds to activity counts, "contacts worked" or the last touch. The rep's past
 * act beside its channel is a touch: task-naming-its-channel-after-the-reps-verb-is-a-touch.test.ts.
 * Oracle, by hand.
 */
describe('Salesforce: a Task naming a channel beside a verb, no message', () => {
  it.each([
    'Follow up: update LinkedIn URL in Salesforce',
    'Send LinkedIn ad report to marketing',
    'Follow up after the social event',
    'Followed up by phone - prefers WhatsApp now',
  ])('"%s" stays a task', (subject) => {
    expect(readSubjectTask(subject, 'task')).toEqual(['task', 'unknown']);
  });
});
