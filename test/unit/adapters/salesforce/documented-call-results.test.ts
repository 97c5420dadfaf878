import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * Sales Engagement's own call results, as the Object Reference lists them (ContactMonthlyMetric:
 * calls "with the call result Meaningful Connect", "… Left Voicemail", "… Call Back Later", "… Not
 * Interested", "… Unqualified"), shown as a logged call's "Call Result". Connect rate counts calls
 * that reached a person (metrics.md "Outcomes beside activity"). contact-activity-groups' call is
 * "Follow-up call" with "Call Result  No answer".
 */
const en = fixturePage('salesforce', 'contact-activity-groups');
const call = (result: string) => {
  const reading = readPage(edited(en.html, ['>No answer<', `>${result}<`]), en.url);
  return {
    outcome: reading.activities.find((a) => a.title === 'Follow-up call')?.outcome,
    notRead: reading.notRead.filter((n) => n.field === 'outcome of "Follow-up call"').map((n) => n.reason),
  };
};

describe("a call whose Call Result is one of Salesforce's own", () => {
  it('"Meaningful Connect" reached the person: connected', () => {
    expect(call('Meaningful Connect')).toEqual({ outcome: 'connected', notRead: [] });
  });

  it('"Not Interested" is an answer only someone on the phone gives: connected', () => {
    expect(call('Not Interested')).toEqual({ outcome: 'connected', notRead: [] });
  });

  it('"Left Voicemail" is a voicemail', () => {
    expect(call('Left Voicemail')).toEqual({ outcome: 'voicemail', notRead: [] });
  });

  it.each(['Call Back Later', 'Unqualified'])(
    '"%s" does not say whether anyone was reached: unknown, and said so',
    (result) => {
      expect(call(result)).toEqual({
        outcome: 'unknown',
        notRead: [`its Call Result "${result}" does not say whether anyone was reached`],
      });
    },
  );

  it('is matched as the whole result, not as words inside an org\'s own ("No meaningful connect")', () => {
    expect(call('No meaningful connect').outcome).not.toBe('connected');
  });
});
