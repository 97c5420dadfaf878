import { describe, expect, it } from 'vitest';
import { undoLoggedTouch, updateLoggedTouch } from '../../../lib/db/logged-touch-changes';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import { ANA, anaKey, call, connectRateOn, contactPage, dealPage } from '../db/hand-pages';
import { freshDb, NOW, ZONE } from '../db/world-readings';

const at = (m: number) => new Date(NOW.getTime() - m * 60_000);
const SIX = '2026-11-20T14:00:00.000Z';

describe('guard: the page copy gives back the user outcome when the logged touch leaves it', () => {
  for (const leave of ['undo', 'channel'] as const) {
    it(`after ${leave}, the page call's outcome is the page's own (unknown): 0 % connected`, async () => {
      const db = await freshDb();
      await saveReading(db, contactPage(ANA, []), at(60), ZONE);
      await saveReading(db, dealPage([]), at(60), ZONE);
      const t = await logTouch(
        db,
        { recordKey: anaKey, channel: 'call', timestamp: SIX, outcome: 'connected' },
        at(20),
      );
      await saveReading(db, contactPage(ANA, [call(SIX)]), at(10), ZONE);
      await saveReading(db, dealPage([call(SIX)]), at(9), ZONE);
      expect((await connectRateOn(db, anaKey)).value).toBe(1);
      if (leave === 'undo') await undoLoggedTouch(db, t.key);
      else await updateLoggedTouch(db, t.key, { channel: 'email' }, at(5), ZONE);
      expect((await connectRateOn(db, anaKey)).value).toBe(0);
    });
  }
});
