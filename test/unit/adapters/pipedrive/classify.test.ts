import { describe, expect, it } from 'vitest';
import { classifyItem, type ItemFacts } from '../../../../lib/adapters/pipedrive/classify-activity';

const facts = (over: Partial<ItemFacts>): ItemFacts => ({
  kind: 'activity',
  typeName: '',
  text: '',
  done: true,
  inFocus: false,
  ...over,
});

describe('Pipedrive item classification', () => {
  it.each([
    [
      { typeName: 'call', outcomeText: 'Outcome: No answer' },
      { type: 'call', direction: 'outbound', outcome: 'no-answer' },
    ],
    [
      { typeName: 'Call', outcomeText: 'Left voicemail' },
      { type: 'call', outcome: 'voicemail' },
    ],
    [
      { typeName: 'Call', outcomeText: 'Outcome: Busy' },
      { type: 'call', outcome: 'busy' },
    ],
    [
      { typeName: 'Call', outcomeText: 'Outcome: Connected' },
      { type: 'call', outcome: 'connected' },
    ],
    [
      { typeName: 'Call', text: 'Incoming call from Dana' },
      { type: 'call', direction: 'inbound', outcome: 'unknown' },
    ],
    [
      { typeName: 'Call', done: false },
      { type: 'call', planned: true },
    ],
    [{ typeName: 'meeting' }, { type: 'meeting', outcome: 'held' }],
    [
      { typeName: 'Meeting', text: 'Intro call No-show — rescheduled' },
      { type: 'meeting', outcome: 'no-show' },
    ],
    [
      { typeName: 'Meeting', text: 'Cancelled by client' },
      { type: 'meeting', outcome: 'cancelled' },
    ],
    [{ typeName: 'Lunch' }, { type: 'meeting', outcome: 'held' }],
    [
      { typeName: 'Meeting', done: false, inFocus: true },
      { type: 'meeting', planned: true },
    ],
    [
      { typeName: 'Task', done: false },
      { type: 'task', direction: 'unknown', planned: true },
    ],
    [{ typeName: 'Deadline' }, { type: 'task' }],
    [{ typeName: 'Email' }, { type: 'email', direction: 'outbound', automated: false }],
    [{ typeName: 'LinkedIn' }, { type: 'social', direction: 'outbound' }],
    [{ typeName: 'SMS' }, { type: 'sms' }],
    [{ typeName: 'WhatsApp' }, { type: 'sms' }],
    [{ typeName: 'Quarterly review board' }, { type: 'task' }],
    [
      { kind: 'email', mailDirection: 'outbound' },
      { type: 'email', direction: 'outbound', automated: false },
    ],
    [
      { kind: 'email', mailDirection: 'inbound' },
      { type: 'email', direction: 'inbound' },
    ],
    [
      { kind: 'email', text: 'Thanks, I sent the figures you received' },
      { type: 'email', direction: 'unknown' },
    ],
    [
      { kind: 'email', text: 'Sent Sequence: Q4 port outreach' },
      { type: 'email', automated: true },
    ],
    [
      { kind: 'email', text: 'Re: pricing' },
      { type: 'email', direction: 'unknown' },
    ],
    [
      { kind: 'note', text: 'Budget owner is Dana' },
      { type: 'note', automated: false },
    ],
    [
      { kind: 'change', text: 'Stage: Demo → Proposal' },
      { type: 'system', automated: true },
    ],
  ] as const)('%o → %o', (input, expected) => {
    expect(classifyItem(facts(input))).toMatchObject(expected);
  });

  it('planned items carry no outcome and notes no planned flag', () => {
    expect(classifyItem(facts({ typeName: 'Call', done: false }))).not.toHaveProperty('outcome');
    expect(classifyItem(facts({ kind: 'note', inFocus: true }))).not.toHaveProperty('planned');
  });

  it('files and documents are not activities', () => {
    expect(classifyItem(facts({ kind: 'file' }))).toBeNull();
    expect(classifyItem(facts({ kind: 'document' }))).toBeNull();
  });
});
