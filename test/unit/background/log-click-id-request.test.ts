import { describe, expect, it } from 'vitest';
import { createService } from '../../../lib/background/service';
import { defaultSettings } from '../../../lib/schema/settings';
import { contactKey, contactReading, freshDb, NOW, workedContact, ZONE } from '../db/world-readings';

const id = workedContact();
const CLICK_ID = '0b5f3c2e-7d4a-4e1b-9c6f-2a8d1e3b4c5d';

/**
 * A log's click id makes a retry of it the same touch (lib/db/logged-again.ts) only with the
 * click's time sent beside it: the background would stamp each send with its own "now", and the
 * touch's key holds both. The request says so rather than storing a click twice.
 */
describe('a log request with a click id', () => {
  it('is refused without the click’s time, and without an id of the click’s own form', async () => {
    const s = createService({ db: freshDb(), now: () => NOW, settings: () => defaultSettings(ZONE) });
    await s.readingSaved(contactReading(id));
    expect(await s.logTouch({ recordKey: contactKey(id), channel: 'call', logId: CLICK_ID })).toMatchObject({
      ok: false,
      error: { kind: 'invalid', message: expect.stringContaining('names the click’s time') },
    });
    const at = NOW.toISOString();
    expect(await s.logTouch({ recordKey: contactKey(id), channel: 'call', logId: 'x:y', timestamp: at })).toMatchObject(
      {
        error: { kind: 'invalid' },
      },
    );
    const logged = await s.logTouch({ recordKey: contactKey(id), channel: 'call', logId: CLICK_ID, timestamp: at });
    expect(logged).toMatchObject({ ok: true, touch: { key: expect.stringMatching(new RegExp(`:${CLICK_ID}$`)) } });
  });
});
