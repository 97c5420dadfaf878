import { describe, expect, it } from 'vitest';
import { classifyActivity } from '../../../../lib/adapters/hubspot/classify-activity';

/**
 * Contacts are named by people: "Call" and "Meeting" are surnames. metrics.md: record events (a
 * form the contact submitted) are no touch; a surname says nothing of an item's kind.
 */
describe('a contact whose name holds a type word', () => {
  it('"Jordan Call submitted form Contact us" is a form submission, no call', () => {
    expect(classifyActivity('Jordan Call submitted form Contact us', { contactNames: ['Jordan Call'] }).type).toBe(
      'system',
    );
  });

  it('"Ada Meeting viewed page Pricing" is a page view, no meeting', () => {
    expect(classifyActivity('Ada Meeting viewed page Pricing', { contactNames: ['Ada Meeting'] }).type).toBe('system');
  });

  it('(control) a call with Jordan Call is a call', () => {
    expect(classifyActivity('Logged call with Jordan Call', { contactNames: ['Jordan Call'] }).type).toBe('call');
  });

  it('(control) Jordan Call booking a meeting is a meeting', () => {
    expect(classifyActivity('Jordan Call booked a meeting', { contactNames: ['Jordan Call'] }).type).toBe('meeting');
  });
});
