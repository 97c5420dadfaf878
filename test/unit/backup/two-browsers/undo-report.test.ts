import { describe, expect, it } from 'vitest';
import { undoLoggedTouch } from '../../../../lib/db/logged-touch-changes';
import { logTouch } from '../../../../lib/db/logged-touches';
import { ANA, anaKey, contactPage } from '../../db/hand-pages';
import { freshDb, ZONE } from '../../db/world-readings';
import { carry, minutes, save } from './world';

/**
 * The import report says what the import did to the cache: a logged touch that the file brings
 * but an undo mark here undoes is not "added": it is left out, and the report says why.
 */
describe('the backup import report of a logged touch undone in one browser', () => {
  const AT = '2026-11-20T14:00:00.000Z';

  async function twoBrowsersWithCall() {
    const laptop = await freshDb();
    await save(laptop, contactPage(ANA, []), minutes(-10));
    const touch = await logTouch(laptop, { recordKey: anaKey, channel: 'call', timestamp: AT }, minutes(0));
    const desktop = await freshDb();
    await carry(laptop, desktop, minutes(2));
    return { laptop, desktop, touch };
  }

  it('counts the touch as undone, not added, when a backup made before the undo comes back', async () => {
    const { laptop, desktop, touch } = await twoBrowsersWithCall();
    await undoLoggedTouch(laptop, touch.key, ZONE, ZONE, minutes(5));

    const report = await carry(desktop, laptop, minutes(10));

    expect(report).toMatchObject({ added: 0, undone: 1 });
  });

  it('still counts a logged touch that no undo touches as added', async () => {
    const { laptop } = await twoBrowsersWithCall();
    const third = await freshDb();

    const report = await carry(laptop, third, minutes(10));

    expect(report).toMatchObject({ added: 2, undone: 0 });
  });
});
