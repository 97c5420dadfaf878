import { describe, expect, it } from 'vitest';
import { classifyActivity } from '../../../../lib/adapters/hubspot/classify-activity';

const contactNames = ['Jordan Lee'];

describe('HubSpot timeline header classification', () => {
  it.each([
    ['Logged call', {}, { type: 'call', direction: 'outbound', automated: false, directionPresumed: true }],
    [
      'Logged call',
      { outcomeText: 'Connected' },
      { type: 'call', direction: 'outbound', automated: false, outcome: 'connected', directionPresumed: true },
    ],
    [
      'Call',
      { outcomeText: 'No answer' },
      { type: 'call', direction: 'outbound', automated: false, outcome: 'no-answer' },
    ],
    [
      'Logged call',
      { outcomeText: 'Left voicemail' },
      { type: 'call', direction: 'outbound', automated: false, outcome: 'voicemail', directionPresumed: true },
    ],
    [
      'Logged call',
      { outcomeText: 'Busy' },
      { type: 'call', direction: 'outbound', automated: false, outcome: 'busy', directionPresumed: true },
    ],
    // The contact was not reached: no connect, and not "without a recorded outcome" (the CSV import reads it so too).
    [
      'Logged call',
      { outcomeText: 'Wrong number' },
      { type: 'call', direction: 'outbound', automated: false, outcome: 'no-answer', directionPresumed: true },
    ],
    ['Logged call', { directionText: 'Inbound' }, { type: 'call', direction: 'inbound', automated: false }],
    ['Incoming call', {}, { type: 'call', direction: 'inbound', automated: false }],
    [
      'Email',
      { description: 'from Alex Morgan to Jordan Lee', contactNames },
      { type: 'email', direction: 'outbound', automated: false },
    ],
    [
      'Email',
      { description: 'from Jordan Lee to Alex Morgan', contactNames },
      { type: 'email', direction: 'inbound', automated: false },
    ],
    ['Email', {}, { type: 'email', direction: 'unknown', automated: false }],
    ['Logged email', {}, { type: 'email', direction: 'outbound', automated: false, directionPresumed: true }],
    ['Email reply from Jordan Lee', {}, { type: 'email', direction: 'inbound', automated: false }],
    ['Sequence email sent by Alex Morgan', {}, { type: 'email', direction: 'outbound', automated: true }],
    [
      'Meeting',
      { outcomeText: 'Completed' },
      { type: 'meeting', direction: 'outbound', automated: false, outcome: 'held' },
    ],
    [
      'Meeting',
      { outcomeText: 'No show' },
      { type: 'meeting', direction: 'outbound', automated: false, outcome: 'no-show' },
    ],
    [
      'Meeting',
      { outcomeText: 'Canceled' },
      { type: 'meeting', direction: 'outbound', automated: false, outcome: 'cancelled' },
    ],
    [
      'Meeting',
      { outcomeText: 'Rescheduled' },
      { type: 'meeting', direction: 'outbound', automated: false, outcome: 'rescheduled' },
    ],
    [
      'Meeting',
      { outcomeText: 'Scheduled' },
      { type: 'meeting', direction: 'outbound', automated: false, outcome: 'unknown' },
    ],
    [
      'Meeting',
      { description: 'Jordan Lee booked a meeting', contactNames },
      { type: 'meeting', direction: 'inbound', automated: false },
    ],
    [
      'Logged LinkedIn message',
      {},
      { type: 'social', direction: 'outbound', automated: false, directionPresumed: true },
    ],
    ['Logged SMS', {}, { type: 'sms', direction: 'outbound', automated: false, directionPresumed: true }],
    ['Logged WhatsApp message', {}, { type: 'sms', direction: 'outbound', automated: false, directionPresumed: true }],
    ['Note by Alex Morgan', {}, { type: 'note', direction: 'unknown', automated: false }],
    ['Anything', { isNoteCard: true }, { type: 'note', direction: 'unknown', automated: false }],
    ['Task assigned to Alex Morgan', {}, { type: 'task', direction: 'unknown', automated: false }],
    ['Contact created', {}, { type: 'system', direction: 'unknown', automated: true }],
    ['Lifecycle stage changed', {}, { type: 'system', direction: 'unknown', automated: true }],
    ['Deal stage changed', {}, { type: 'system', direction: 'unknown', automated: true }],
    ['', { icon: 'calling' }, { type: 'call', direction: 'outbound', automated: false }],
  ] as const)('"%s" %o', (header, hints, expected) => {
    expect(classifyActivity(header, hints)).toEqual(expected);
  });

  it('classifies by the header, not by a title that names another kind', () => {
    expect(classifyActivity('Meeting').type).toBe('meeting');
    expect(classifyActivity('Email - Intro call follow-up').type).toBe('email');
    expect(classifyActivity('Task assigned to Alex Morgan: call Jordan').type).toBe('task');
  });
});
