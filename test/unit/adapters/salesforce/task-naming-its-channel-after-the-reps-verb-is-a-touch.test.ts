import { describe, expect, it } from 'vitest';
import { readSubjectTask } from './subject-task-page';

/**
 * Lightning has no activity type for WhatsApp or LinkedIn: reps log them as Tasks and the subject
 * names the channel (crm-evidence-2.md: every logged touch is a Task record; the adapter tells
 * LinkedIn and SMS tasks apart by subject). Reps write the act first: "Sent WhatsApp to Dana re
 * pilot dates", "Messaged Dana on LinkedIn", "Followed up via WhatsApp"; German puts it last
 * ("WhatsApp an Dana gesendet"). Each is a message the rep sent, a touch (metrics.md: touches by
 * channel: email, call, meeting, social, SMS). Only a past act counts: an order or a plan ("Send
 * Dana's LinkedIn profile to the AE", "Follow-up on LinkedIn after the webinar") stays a plain
 * Task: task-naming-a-channel-beside-an-order-or-plan-is-no-touch.test.ts.
 * Oracle, by hand.
 */
const read = (subject: string, lang: 'en' | 'de' = 'en') => readSubjectTask(subject, 'task', lang);

describe('Salesforce: a Task whose subject names its channel after the verb', () => {
  it.each([
    ['Sent WhatsApp to Dana re pilot dates', 'sms'],
    ['Followed up via WhatsApp', 'sms'],
    ['Messaged Dana on LinkedIn', 'social'],
  ])('"%s" is an outbound %s touch', (subject, type) => {
    expect(read(subject)).toEqual([type, 'outbound']);
  });

  it('on a German page, "WhatsApp an Dana gesendet" is an outbound sms touch', () => {
    expect(read('WhatsApp an Dana gesendet', 'de')).toEqual(['sms', 'outbound']);
  });

  it.each(["Send Dana's LinkedIn profile to the AE", 'Prepare pilot dates for the WhatsApp group'])(
    '(control) "%s" is a plain task',
    (subject) => {
      expect(read(subject)[0]).toBe('task');
    },
  );
});
