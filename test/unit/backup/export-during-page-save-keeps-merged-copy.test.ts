/**
 * "Export everything" reads each store a chunk per short transaction (store-chunks.ts) so that
 * page readings are saved meanwhile. A reading saved between two chunks of the activities store
 * can write a page copy at a key the export has already passed and merge a logged touch into it;
 * the logged touch (`touchline:…`, read last) was then written with `mergedInto` naming a row the
 * file did not hold, and restored it counted nowhere (a logged touch merged into a page copy is
 * not counted itself: metrics/touch.ts). The export now re-reads the copies logged touches name
 * and adds those it left out (merge-targets-left-out.ts).
 *
 * The concurrent save is simulated deterministically: the chunk reader is the real one with
 * chunks of one row, and the rep's CRM tab saves its reading when the first chunk of activities
 * has been read (what a background save in the gap between two chunk transactions does).
 */
import { describe, expect, it, vi } from 'vitest';
import { exportBackup } from '../../../lib/backup/export-backup';
import { importBackup } from '../../../lib/backup/import-backup';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import { defaultSettings } from '../../../lib/schema/settings';
import { ANA, anaKey, call, callsOn, contactPage } from '../db/hand-pages';
import { activityKeyOf, freshDb, NOW, ZONE } from '../db/world-readings';

const between = vi.hoisted(() => ({ hook: undefined as undefined | (() => Promise<void>) }));
vi.mock('../../../lib/backup/store-chunks', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../lib/backup/store-chunks')>();
  return {
    storeChunks: async function* (...[db, store]: Parameters<typeof real.storeChunks>) {
      for await (const chunk of real.storeChunks(db, store, 1)) {
        yield chunk;
        if (store === 'activities' && between.hook) {
          const hook = between.hook;
          between.hook = undefined;
          await hook();
        }
      }
    },
  };
});

const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const LOGGED_AT = '2026-11-20T14:00:00.000Z';

describe('a backup exported while a CRM tab saves the page copy of a logged call', () => {
  it('restores every call the exporting browser counted', async () => {
    const source = await freshDb();
    const earlier = [
      call('2026-11-18T10:00:00.000Z', { sourceId: 'call-5' }),
      call('2026-11-19T10:00:00.000Z', { sourceId: 'call-6' }),
    ];
    await saveReading(source, contactPage(ANA, earlier), at(-10), ZONE, ZONE);
    await logTouch(source, { recordKey: anaKey, channel: 'call', timestamp: LOGGED_AT, outcome: 'connected' }, at(0));

    // The page now shows the logged call (CRM id call-0: keyed before call-5, which the export has read).
    between.hook = async () => {
      await saveReading(
        source,
        contactPage(ANA, [call(LOGGED_AT, { sourceId: 'call-0' }), ...earlier]),
        at(5),
        ZONE,
        ZONE,
      );
    };
    const { blob } = await exportBackup(source, defaultSettings(ZONE), at(6));
    expect(between.hook).toBeUndefined();
    const copies = (await blob.text())
      .split('\n')
      .filter((line) => line.includes(`"key":"${activityKeyOf('call-0')}"`));
    expect(copies).toHaveLength(1);
    expect(await callsOn(source, anaKey)).toBe(3);

    const laptop = await freshDb();
    await importBackup(laptop, blob, { now: at(7), retentionDays: 400, timeZone: ZONE, pageTimeZone: ZONE });

    // Without the re-read: 2, the logged call points at hubspot:…:activity:call-0, which the file did not hold.
    expect(await callsOn(laptop, anaKey)).toBe(3);
  });
});
