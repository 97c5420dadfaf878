/**
 * Review s35 r3 (the second path). Without classes, ids or data attributes the item's title is the
 * first text after its header line ("Call with Lars Brandt"), and its body runs on after it: the
 * rep the body's sentence names ("Alex Morgan logged a call with Lars Brandt") was lost.
 */
import { describe, expect, it } from 'vitest';
import type { ReadOk, ReadResult } from '../../../../lib/schema/read-result';
import { stripPage } from '../../../robustness/page-transforms';
import { readFixture } from './read-page';

function read(result: ReadResult): ReadOk {
  if (result.status !== 'read') throw new Error(`not read: ${result.status}`);
  return result;
}

describe('HubSpot without classes, ids or data attributes', () => {
  it('keeps the rep the item sentence names ("Alex Morgan logged a call with Lars Brandt"), or reports it', () => {
    const reading = read(readFixture('contact-no-attributes', stripPage));
    const index = reading.activities.findIndex((a) => a.title === 'Call with Lars Brandt');
    expect(index).toBeGreaterThanOrEqual(0);
    const reported = reading.notRead.some((n) => n.field === `activities[${index}].owner`);
    expect(reading.activities[index]?.owner === 'Alex Morgan' || reported).toBe(true);
  });
});
