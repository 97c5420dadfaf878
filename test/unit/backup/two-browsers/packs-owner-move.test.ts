/**
 * The team page reads the owner/day packs (activity-packs.ts); a page
 * copy that takes the user's name as owner from a logged touch moves from the no-owner pack to the
 * rep's. After each import (merge pass, an edit moving the touch away) the packs must hold what
 * the rows hold (pack-oracle.ts).
 */
import { describe, expect, it } from 'vitest';
import { updateLoggedTouch } from '../../../../lib/db/logged-touch-changes';
import { logTouch } from '../../../../lib/db/logged-touches';
import { ANA, anaKey, call, contactPage } from '../../db/hand-pages';
import { freshDb, ZONE } from '../../db/world-readings';
import { carry, minutes, packsAndRows, save } from './world';

const AT = '2026-11-20T14:00:00.000Z';

describe('the packs after an import gives a page copy the rep as owner', () => {
  it('hold what the rows hold after the merge pass, and after an edit that moves the touch to the day before', async () => {
    const laptop = await freshDb();
    await save(laptop, contactPage(ANA, []), minutes(-10));
    const touch = await logTouch(
      laptop,
      { recordKey: anaKey, channel: 'call', timestamp: AT, outcome: 'connected' },
      minutes(0),
      { yourNames: { hubspot: 'Rita Rep' } },
    );
    const desktop = await freshDb();
    await save(desktop, contactPage(ANA, [call(AT), call('2026-11-19T14:00:00.000Z', { sourceId: 'x' })]), minutes(5));
    await carry(laptop, desktop, minutes(10));
    const merged = await desktop.get('activities', touch.key);
    expect(merged?.mergedInto).toBeDefined();
    expect((await desktop.get('activities', merged?.mergedInto as string))?.owner).toBe('Rita Rep');
    let packs = await packsAndRows(desktop);
    expect(packs.stored).toEqual(packs.expected);

    await updateLoggedTouch(laptop, touch.key, { timestamp: '2026-11-19T14:00:00.000Z' }, minutes(20), ZONE, ZONE);
    await carry(laptop, desktop, minutes(25));
    packs = await packsAndRows(desktop);
    expect(packs.stored).toEqual(packs.expected);
    await carry(desktop, laptop, minutes(26));
    packs = await packsAndRows(laptop);
    expect(packs.stored).toEqual(packs.expected);
  });
});
