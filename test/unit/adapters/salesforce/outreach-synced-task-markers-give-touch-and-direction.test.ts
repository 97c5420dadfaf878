import { describe, expect, it } from 'vitest';
import { auraTimeline, entry, readRecord, recordPage } from './aura-timeline-page';

/**
 * Teams that sequence in Outreach see its activity in Salesforce as Tasks whose subject opens with
 * Outreach's markers: "[Outreach] [Email] [Out] <subject>" (an email sent), "[Email] [In]" (the
 * prospect's reply), "[Call] [Outbound] <disposition>" (also lower case, and "[inbound]"),
 * "[Email] [Opened]" (an open), "[Other] <step>" (a manual step such as "LinkedIn: View a Profile").
 * Public reporting code buckets Tasks by exactly these subjects (words/outreach.ts). On the
 * timeline such a Task shows as a plain Task ("You had a Task with …") or, of the Email subtype,
 * with the email icon and "You sent an email to …" (crm-evidence-2.md).
 *
 * metrics.md: emails and calls are touches with a direction (reply rate counts an inbound email
 * after an outbound one); an open is no one's touch; automated is "sent by a sequence/cadence tool
 * without a person writing it": Outreach gives its automatic emails and a rep's own the same
 * "[Out]" marker, so the email is read as the rep's and whether a tool wrote it is reported.
 * Oracle, by hand, from the markers.
 */
const read = (subject: string, as: 'task' | 'email' = 'task') => {
  const item = entry({
    object: 'Task',
    id: '00T8d00000Ou7r1AAB',
    subject,
    kind: as,
    iconTitle: as === 'task' ? 'Task' : 'Email',
    date: 'Nov 18',
    checkbox: as === 'task' ? true : undefined,
    summary: as === 'task' ? 'You had a Task with Dana Whitfield' : 'You sent an email to Dana Whitfield',
  });
  const r = readRecord(recordPage(auraTimeline({ groups: [{ heading: 'This Month', items: item }] })));
  return { activity: r.activities[0], notRead: r.notRead.filter((n) => n.field.endsWith(`of "${subject}"`)) };
};
const typeAndDirection = (subject: string, as: 'task' | 'email' = 'task') => {
  const { activity } = read(subject, as);
  return [activity?.type, activity?.direction];
};

describe('Salesforce: a Task Outreach synced, read by its subject markers', () => {
  it.each([
    ['[Outreach] [Email] [Out] Quick question about fleet tracking', 'email', 'outbound'],
    ['[Outreach] [Email] [In] Re: Quick question about fleet tracking', 'email', 'inbound'],
    ['[Outreach] [Call] [Outbound] Connected', 'call', 'outbound'],
    ['[Outreach] [Call] [outbound] Left Voicemail', 'call', 'outbound'],
    ['[Outreach] [Call] [inbound] Connected', 'call', 'inbound'],
  ])('"%s" as a plain Task is a %s touch, %s', (subject, type, direction) => {
    expect(typeAndDirection(subject)).toEqual([type, direction]);
  });

  it('of the Email subtype, the prospect’s "[In]" reply is inbound, whatever its sentence says', () => {
    expect(typeAndDirection('[Outreach] [Email] [In] Re: Quick question about fleet tracking', 'email')).toEqual([
      'email',
      'inbound',
    ]);
  });

  it.each(['task', 'email'] as const)('an "[Opened]" event shown as %s is no email touch', (as) => {
    const [type] = typeAndDirection('[Outreach] [Email] [Opened] Quick question about fleet tracking', as);
    expect(type).toBe('system');
  });

  it('a call it logged is the rep’s, never automated', () => {
    expect(read('[Outreach] [Call] [Outbound] Connected').activity?.automated).toBe(false);
  });

  it('an email it sent is read as the rep’s, and whether its sequence wrote it is reported', () => {
    const subject = '[Outreach] [Email] [Out] Quick question about fleet tracking';
    const { activity, notRead } = read(subject);
    expect(activity?.automated).toBe(false);
    expect(notRead.map((n) => n.field)).toContain(`automated of "${subject}"`);
  });

  it.each([
    ['[Outreach] [Other] LinkedIn: View a Profile', 'task'],
    ['[Outreach] [Other] LinkedIn: Send a Message', 'social'],
  ])('an "[Other]" step is read by the rest of its subject: "%s" is a %s', (subject, type) => {
    expect(read(subject).activity?.type).toBe(type);
  });

  it('markers it does not know leave the Task no touch, and say so', () => {
    const subject = '[Outreach] [Email] [Scheduled] Quick question about fleet tracking';
    const { activity, notRead } = read(subject);
    expect(activity?.type).toBe('task');
    expect(notRead.map((n) => n.field)).toContain(`type of "${subject}"`);
  });
});
