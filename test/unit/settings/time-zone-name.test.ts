import { describe, expect, it } from 'vitest';
import { defaultSettings, settingsSchema } from '../../../lib/schema/settings';

/**
 * A zone typed in another case ("europe/berlin") is one the browser knows, and is saved under its
 * own name: as typed, the log form showed a zone label beside the browser's own zone, and every
 * deal view rebuilt its stage summaries for a zone that was no other.
 */
describe('a time zone typed in another case', () => {
  it.each([
    ['europe/berlin', 'Europe/Berlin'],
    ['AMERICA/NEW_YORK', 'America/New_York'],
    ['utc', 'UTC'],
  ])('"%s" is saved as "%s"', (typed, saved) => {
    const parsed = settingsSchema.safeParse({ ...defaultSettings('UTC'), timeZone: typed });
    expect(parsed.success && parsed.data.timeZone).toBe(saved);
  });

  it('is still refused when no browser knows it', () => {
    expect(settingsSchema.safeParse({ ...defaultSettings('UTC'), timeZone: 'Europe/Atlantis' }).success).toBe(false);
  });
});
