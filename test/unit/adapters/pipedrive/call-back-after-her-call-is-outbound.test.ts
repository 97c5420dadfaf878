import { describe, expect, it } from 'vitest';
import { readDone } from './logged-activity-page';

/**
 * A call the rep logged as "Ana called – called her back" records the rep's call-back: the
 * subject says why the rep called, as "Missed call from Ana – called back" does. metrics.md:
 * "outbound (rep to contact)". Read inbound, the rep's call leaves the outbound counts and Ana
 * reads as having called. "Ana Gómez called back" alone is still her call.
 */
const directionOf = (lang: string, subject: string) => readDone('call', lang, subject).direction;

describe('a Pipedrive call-back logged after the person called', () => {
  it.each([
    ['en-US', 'Ana called – called her back'],
    ['en-US', 'Ana called – called back, left VM'],
    ['es', 'Ana Gómez llamó – le devolví la llamada'],
  ])('%s "%s" is the rep’s call, outbound', (lang, subject) => {
    expect(directionOf(lang, subject)).toBe('outbound');
  });

  it('"Ana Gómez called back" is her call, inbound', () => {
    expect(directionOf('en-US', 'Ana Gómez called back')).toBe('inbound');
  });
});
