import { describe, expect, it } from 'vitest';
import { withRatesReadInPart } from '../../../lib/metrics/timeline-read-in-part';
import type { NotRead } from '../../../lib/schema/read-result';
import type { OutcomeFigures } from '../../../lib/schema/view-model';

/**
 * Review s62 (rg62d). A thread's folded messages are emails: they may answer an email, but hold no
 * call and no meeting. Beside them, 0 of 3 calls connected and no meeting held stay as read; the
 * reply rate with no answer read is not known. A filter may hide anything: all three are not known.
 */
const outcomes: OutcomeFigures = {
  replyRate: { value: 0, numerator: 0, denominator: 1 },
  connectRate: { value: 0, numerator: 0, denominator: 3 },
  meetingsHeld: 0,
  unknownOutcomes: 0,
};
const folded: NotRead = { field: 'activities', reason: '"2 replies" folded', part: 'emails' };
const filtered: NotRead = { field: 'activities', reason: 'filtered to "Notes"' };

describe('outcomes beside a part not read', () => {
  it('beside folded emails: only the reply rate is not known', () => {
    const shown = withRatesReadInPart(outcomes, [folded]);
    expect([shown.replyRate.value, shown.connectRate.value, shown.meetingsHeldNotKnown]).toEqual([null, 0, undefined]);
  });

  it('beside a filter as well: none is known', () => {
    const shown = withRatesReadInPart(outcomes, [folded, filtered]);
    expect([shown.replyRate.value, shown.connectRate.value, shown.meetingsHeldNotKnown]).toEqual([null, null, true]);
  });
});
