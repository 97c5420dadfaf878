import { describe, expect, it } from 'vitest';
import { readDoneActivity } from './logged-activity-page';

/**
 * On Ana Gómez's page, "Recap email from Ana's kickoff", "Follow-up from Ana's demo" and "Intro
 * call from Ana's referral" are the rep's own touches: "from" names what the touch follows on
 * from, something of hers, not who sent it. metrics.md: "Direction: outbound (rep to contact),
 * inbound (contact to rep)". "Email from Ana Gómez" is still hers.
 */
describe('a Pipedrive subject naming something of the person’s after "from"', () => {
  it.each([
    ['Email', 'email', "Recap email from Ana's kickoff"],
    ['Email', 'email', 'Recap email from Ana Gómez’s kickoff'],
    ['Call', 'call', "Follow-up from Ana's demo"],
    ['Call', 'call', "Intro call from Ana's referral"],
  ])('%s "%s" is the rep’s, outbound', (icon, type, subject) => {
    const { activity } = readDoneActivity('en-US', icon, subject);
    expect(activity?.type).toBe(type);
    expect(activity?.direction).toBe('outbound');
  });

  it('"Email from Ana Gómez" is hers, inbound', () => {
    expect(readDoneActivity('en-US', 'Email', 'Email from Ana Gómez').activity?.direction).toBe('inbound');
  });
});
