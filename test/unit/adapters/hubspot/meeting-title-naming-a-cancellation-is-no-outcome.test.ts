import { describe, expect, it } from 'vitest';
import { classifyActivity } from '../../../../lib/adapters/hubspot/classify-activity';
import { it as italian } from '../../../../lib/adapters/hubspot/words/it';

/**
 * metrics.md: a meeting is held once its time has passed "and no cancelled, no-show or rescheduled
 * outcome". The outcome is the meeting's field, or HubSpot's own label in its header ("Meeting -
 * Cancelled"); a title the rep typed ("Review of the cancelled order") is no outcome.
 */
const contactNames = ['Lena Vogt'];
const reps = ['Sam Rivera'];

describe('a meeting whose title names something cancelled, a no-show or a rescheduling', () => {
  it.each([
    ['Meeting - Review of the cancelled order'],
    ['Meeting - Why was the no-show fee charged?'],
    ['Meeting - Rescheduled delivery plan'],
    ['Review of the cancelled order - Meeting'],
  ])('"%s" has no outcome', (header) => {
    const c = classifyActivity(header, { contactNames, reps });
    expect(c.type).toBe('meeting');
    expect(c.outcome).toBeUndefined();
  });

  it('takes its outcome from its outcome property, whatever its title says', () => {
    const c = classifyActivity('Meeting - Review of the cancelled order', { outcomeText: 'Completed', contactNames });
    expect(c.outcome).toBe('held');
  });
});

describe('(control) HubSpot’s own outcome wording in the header', () => {
  it.each([
    ['Meeting - Cancelled', 'cancelled'],
    ['Meeting with Lena Vogt - No show', 'no-show'],
    ['Meeting - Rescheduled by Sam Rivera', 'rescheduled'],
    ['Cancelled meeting', 'cancelled'],
    ['Meeting with Lena Vogt - Completed', 'held'],
  ])('"%s" is %s', (header, outcome) => {
    expect(classifyActivity(header, { contactNames, reps }).outcome).toBe(outcome);
  });

  it('reads it in the page’s language, who it was with after it ("Riunione - Annullata con Lena Vogt")', () => {
    const c = classifyActivity('Riunione - Annullata con Lena Vogt', { contactNames, words: [italian] });
    expect(c).toMatchObject({ type: 'meeting', outcome: 'cancelled' });
  });
});
