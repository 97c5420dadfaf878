import { describe, expect, it } from 'vitest';
import { classifyActivity } from '../../../../lib/adapters/hubspot/classify-activity';

/**
 * A subject is typed by a person or a mail client: "Fwd: Deal stage changed to Closed won" is the
 * rep forwarding HubSpot's notification, "Re: We moved the deal from Q4 to Q1" the contact's
 * answer. metrics.md: emails are touches; only the record's own event moves the deal.
 */
describe('an email whose subject reads like a stage change', () => {
  it.each([['Email - Fwd: Deal stage changed to Closed won'], ['Email - Re: We moved the deal from Q4 to Q1']])(
    '"%s" is an email, no stage move',
    (header) => {
      expect(classifyActivity(header).type).toBe('email');
    },
  );

  it('is an email when its subject comes first ("… - Email")', () => {
    expect(classifyActivity('Fwd: Deal stage changed to Closed won - Email').type).toBe('email');
  });

  it.each([
    ['Deal stage changed to Discovery call'],
    ['Alex Morgan moved the deal from Proposal to Closed won'],
    ['Alex Morgan moved the deal from Contract sent to Closed lost - no budget'],
  ])('(control) the record’s own "%s" is still a stage move, no touch', (header) => {
    expect(classifyActivity(header).type).toBe('system');
  });
});
