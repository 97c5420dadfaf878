import { describe, expect, it } from 'vitest';
import { outcomeOf } from '../../../../lib/adapters/salesforce/outcome';

/** A Call Result that denies a connection ("Not Reached", a common custom picklist value) is no connect. */
describe('Salesforce call results that deny a connection', () => {
  it.each(['Not Reached', 'Not connected', 'Did not connect', "Couldn't reach her"])('"%s" is no answer', (result) => {
    expect(outcomeOf('call', 'Call: pricing follow-up', result)).toBe('no-answer');
  });

  it('still reads "Connected" and "Reached" as connected', () => {
    expect(outcomeOf('call', 'Call', 'Connected')).toBe('connected');
    expect(outcomeOf('call', 'Call', 'Reached')).toBe('connected');
  });
});
