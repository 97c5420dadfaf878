import { describe, expect, it } from 'vitest';
import { classifyItem, type ItemText } from '../../../../lib/adapters/salesforce/classify-activity';

const item = (kind: string, subject: string, summary: string, extra = ''): ItemText => ({
  kind,
  assistive: '',
  subject,
  summary,
  all: `${subject} ${summary} ${extra}`,
});
const CONTACT = { names: ['Jordan Lee'] };

describe('Salesforce timeline item classification', () => {
  it.each([
    [
      item('call', 'Call', 'You logged a call with Jordan Lee', 'Call Result Connected'),
      'call',
      'outbound',
      false,
      'connected',
      undefined,
    ],
    [
      item('call', 'Call', 'Casey Nguyen logged a call with Jordan Lee', 'Call Result Left Voicemail'),
      'call',
      'outbound',
      false,
      'voicemail',
      'Casey Nguyen',
    ],
    [
      item('call', 'Call', 'You logged a call with Jordan Lee', 'Call Result No Answer'),
      'call',
      'outbound',
      false,
      'no-answer',
      undefined,
    ],
    [
      item('call', 'Call', 'You logged a call with Jordan Lee', 'Call Result Busy'),
      'call',
      'outbound',
      false,
      'busy',
      undefined,
    ],
    [
      item('call', 'Call', 'You logged a call with Jordan Lee', 'Call Type Inbound'),
      'call',
      'inbound',
      false,
      'unknown',
      undefined,
    ],
    [item('email', 'Next steps', 'You sent an email to Jordan Lee'), 'email', 'outbound', false, undefined, undefined],
    [
      item('email', 'Re: Next steps', 'Jordan Lee sent an email to Alex Morgan'),
      'email',
      'inbound',
      false,
      undefined,
      'Alex Morgan',
    ],
    [
      item('email', 'Re: Next steps', 'Jordan Lee sent an email to You'),
      'email',
      'inbound',
      false,
      undefined,
      undefined,
    ],
    [
      { ...item('email', 'Hello', 'You sent an email to Jordan Lee', 'Cadence Q4 fleet outreach'), automation: true },
      'email',
      'outbound',
      true,
      undefined,
      undefined,
    ],
    [
      item('task', 'Email: Next steps', 'You logged an email with Jordan Lee'),
      'email',
      'outbound',
      false,
      undefined,
      undefined,
    ],
    [
      item('event', 'Intro call', 'You had an event with Jordan Lee', 'Meeting Outcome Held'),
      'meeting',
      'outbound',
      false,
      'held',
      undefined,
    ],
    [
      item('event', 'Intro call', 'You had an event with Jordan Lee', 'Meeting Outcome No-show'),
      'meeting',
      'outbound',
      false,
      'no-show',
      undefined,
    ],
    [
      item('event', 'Demo', 'Jamie Patel has an upcoming event with Jordan Lee', 'Canceled'),
      'meeting',
      'outbound',
      false,
      'cancelled',
      'Jamie Patel',
    ],
    [
      item('task', 'LinkedIn InMail', 'You had a task with Jordan Lee'),
      'social',
      'outbound',
      false,
      undefined,
      undefined,
    ],
    [item('task', 'SMS follow-up', 'You had a task with Jordan Lee'), 'sms', 'outbound', false, undefined, undefined],
    [
      item('task', 'Send proposal', 'You have an upcoming task with Jordan Lee'),
      'task',
      'unknown',
      false,
      undefined,
      undefined,
    ],
    [
      item('', 'Call', 'Robin Fischer logged a call with Jordan Lee'),
      'call',
      'outbound',
      false,
      'unknown',
      'Robin Fischer',
    ],
  ])('%o → %s %s automated=%s outcome=%s owner=%s', (text, type, direction, automated, outcome, owner) => {
    // A logged call's outbound is presumed: logged-call-presumes-outbound.test.ts.
    const { byViewer: _, unread: __, directionPresumed: ___, ...c } = classifyItem(text, CONTACT);
    expect(c).toEqual({ type, direction, automated, outcome, owner });
  });

  it.each([
    [item('call', 'Call', 'You logged a call with Jordan Lee'), true],
    [item('email', 'Re: Next steps', 'Jordan Lee sent an email to You'), true],
    [item('task', 'Send proposal', 'You have an upcoming task with Jordan Lee'), true],
    [item('call', 'Call', 'Casey Nguyen logged a call with Jordan Lee'), undefined],
    [item('email', 'Re: Next steps', 'Jordan Lee sent an email to Casey Nguyen'), undefined],
  ])('%o: the viewer acted for the company: %s', (text, byViewer) => {
    expect(classifyItem(text, CONTACT).byViewer).toBe(byViewer);
  });
});
