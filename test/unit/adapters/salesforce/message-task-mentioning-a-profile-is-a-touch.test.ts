import { describe, expect, it } from 'vitest';
import { readSubjectTask } from './subject-task-page';

/**
 * Closed Tasks logging LinkedIn and WhatsApp messages whose text mentions a profile: Dana's reply
 * "loved your profile", her WhatsApp with her company profile attached, the rep's "Thanks for
 * checking out my profile". Each is a social or sms touch with its direction (metrics.md: social
 * and sms are touches; replies end a cadence and decide the reply rate). Only a look-up's words
 * ("View a Profile") make a plain task: linkedin-research-task-is-no-touch.test.ts. Oracle, by hand.
 */
describe('Salesforce: a message Task whose subject mentions a profile', () => {
  it.each([
    ['LinkedIn reply from Dana: loved your profile', 'social', 'inbound'],
    ['WhatsApp reply from Dana - updated company profile attached', 'sms', 'inbound'],
    ['LinkedIn: Thanks for checking out my profile', 'social', 'outbound'],
  ])('"%s" is a %s touch, %s', (subject, type, direction) => {
    expect(readSubjectTask(subject, 'task')).toEqual([type, direction]);
  });
});
