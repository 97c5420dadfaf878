/**
 * An import cut off after its chunks were written and before the merge pass ran (the options tab
 * closed, the browser quit: the pass is one transaction after every chunk). The user imports the
 * same file again.
 *
 * Story as in logged-touch-two-browsers.test.ts: the laptop logged a
 * connected call with Ana at minute 0; the desktop first read Ana's page, which shows that call, at
 * minute 5. By hand: 1 call on Ana, connected (metrics.md "Logged in Touchline": the logged touch
 * merges with the page touch Touchline first saw after it was logged). The second, complete import
 * must give what a first complete import gives.
 */
import { describe, expect, it, vi } from 'vitest';
import { logTouch } from '../../../../lib/db/logged-touches';
import { ANA, anaKey, call, callsOn, connectRateOn, contactPage } from '../../db/hand-pages';
import { freshDb } from '../../db/world-readings';
import { carry, minutes, save } from './world';

const cut = vi.hoisted(() => ({ now: false }));
vi.mock('../../../../lib/backup/merge-after-import', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../lib/backup/merge-after-import')>();
  return {
    ...real,
    mergeAfterImport: (...args: Parameters<typeof real.mergeAfterImport>) => {
      if (cut.now) return Promise.reject(new Error('the tab was closed'));
      return real.mergeAfterImport(...args);
    },
  };
});

describe('importing a backup again after an import was cut off before its merge pass', () => {
  it('counts the call once, connected, as a complete first import does (metrics.md "Logged in Touchline")', async () => {
    const laptop = await freshDb();
    await save(laptop, contactPage(ANA, []), minutes(-10));
    await logTouch(
      laptop,
      { recordKey: anaKey, channel: 'call', timestamp: '2026-11-20T14:00:00.000Z', outcome: 'connected' },
      minutes(0),
    );
    const desktop = await freshDb();
    await save(desktop, contactPage(ANA, [call('2026-11-20T14:00:00.000Z', { sourceId: 'call-9' })]), minutes(5));

    cut.now = true;
    await expect(carry(laptop, desktop, minutes(10))).rejects.toThrow();
    cut.now = false;
    await carry(laptop, desktop, minutes(11));

    expect(await callsOn(desktop, anaKey)).toBe(1);
    expect(await connectRateOn(desktop, anaKey)).toMatchObject({ numerator: 1, denominator: 1 });
  });
});
