import { describe, expect, it } from 'vitest';
import { auraTimeline, entry, readRecord, recordPage } from './aura-timeline-page';

/**
 * A rep's done to-do Task ("You had a Task with …", crm-evidence-2.md: "had" is done) whose subject
 * names LinkedIn as the place to look something up, not a message sent: "Check Dana's LinkedIn
 * profile before the demo" (and Outreach's own step "LinkedIn: View a Profile", which public
 * reporting code keeps out of touches). metrics.md: "tasks that were not a contact … are not
 * touches". A channel word makes a Task a touch only when the subject names a message on it: a
 * message term anywhere ("LinkedIn InMail", "LinkedIn message"), or the channel at the head
 * followed by a separator or a message word ("LinkedIn: Congrats on the launch"). Oracle, by hand.
 */
const read = (subject: string) => {
  const item = entry({
    object: 'Task',
    id: '00T8d00000Rs1a1AAB',
    subject,
    kind: 'task',
    iconTitle: 'Task',
    date: 'Nov 18',
    checkbox: true,
    summary: 'You had a Task with Dana Whitfield',
  });
  return readRecord(recordPage(auraTimeline({ groups: [{ heading: 'This Month', items: item }] }))).activities[0]?.type;
};

describe('Salesforce: a done Task that uses LinkedIn for research', () => {
  it.each([
    "Check Dana's LinkedIn profile before the demo",
    'Research Umbrella Corp org chart on LinkedIn Sales Navigator',
    'LinkedIn: View a Profile',
  ])('"%s" is a task, no social touch', (subject) => {
    expect(read(subject)).toBe('task');
  });
});

describe('Salesforce: a done Task that names a LinkedIn message (control)', () => {
  it.each([
    'LinkedIn InMail',
    'LinkedIn message to Dana',
    'LinkedIn: Congrats on the launch',
    'Sent connection request',
  ])('"%s" is a social touch', (subject) => {
    expect(read(subject)).toBe('social');
  });
});
