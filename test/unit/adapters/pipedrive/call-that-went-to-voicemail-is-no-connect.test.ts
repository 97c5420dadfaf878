import { describe, expect, it } from 'vitest';
import { classifyItem, type ItemFacts } from '../../../../lib/adapters/pipedrive/classify-activity';

const call = (text: string, lines?: string[]): ItemFacts => ({
  kind: 'activity',
  typeName: 'Call',
  text,
  title: text,
  done: true,
  inFocus: false,
  ...(lines ? { lines } : {}),
});

/**
 * metrics.md: "Connect rate: calls with a connected outcome / call attempts"; a call whose outcome
 * the page does not show is an attempt of unknown outcome. "Went to voicemail", as reps log it, says
 * the outcome: a voicemail, not unknown.
 */
describe('a done Pipedrive call logged as having gone to voicemail', () => {
  it('on a line of its own under the subject, is a voicemail', () => {
    expect(classifyItem(call('Call', ['Call', 'Went to voicemail']))?.outcome).toBe('voicemail');
  });

  it('in the subject, is a voicemail too', () => {
    expect(classifyItem(call('Call – went to voicemail'))?.outcome).toBe('voicemail');
  });

  it('control: "Call – connected" stays connected, "Call" alone unknown', () => {
    expect(classifyItem(call('Call – connected'))?.outcome).toBe('connected');
    expect(classifyItem(call('Call'))?.outcome).toBe('unknown');
  });
});
