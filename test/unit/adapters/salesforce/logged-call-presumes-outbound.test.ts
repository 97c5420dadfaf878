import { describe, expect, it } from 'vitest';
import { classifyItem, type ItemText } from '../../../../lib/adapters/salesforce/classify-activity';
import { wordsFor } from '../../../../lib/adapters/salesforce/words';

// "You logged a call with Maya Chen" says who logged the call, not who dialled: read outbound when
// nothing else is shown, but presumed, so a report's "Call Type: Inbound" wins.
const call = (summary: string, all = summary): ItemText => ({
  kind: 'call',
  assistive: '',
  subject: 'Call',
  summary,
  all,
});
const MAYA = { names: ['Maya Chen'] };

describe('Salesforce: a logged call whose details say nothing of its direction', () => {
  it('is outbound, presumed', () => {
    const read = classifyItem(call('You logged a call with Maya Chen'), MAYA);
    expect(read).toMatchObject({ type: 'call', direction: 'outbound', directionPresumed: true });
  });

  it('in German too ("protokolliert")', () => {
    const read = classifyItem(call('Sie haben einen Anruf mit Maya Chen protokolliert'), MAYA, wordsFor('de'));
    expect(read).toMatchObject({ type: 'call', direction: 'outbound', directionPresumed: true });
  });

  it('one whose Call Type says Inbound is inbound, stated', () => {
    const read = classifyItem(
      call('You logged a call with Maya Chen', 'You logged a call with Maya Chen Call Type: Inbound'),
      MAYA,
    );
    expect(read.direction).toBe('inbound');
    expect(read.directionPresumed).toBeUndefined();
  });

  it('an email is not presumed: its From row says who wrote it', () => {
    const read = classifyItem(
      {
        kind: 'email',
        assistive: '',
        subject: 'Re: Pricing',
        summary: 'Maya Chen sent an email to You',
        all: '',
        from: 'Maya Chen',
      },
      MAYA,
    );
    expect(read.direction).toBe('inbound');
    expect(read.directionPresumed).toBeUndefined();
  });
});
