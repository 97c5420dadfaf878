/**
 * decisions.md "Backups": the round trip keeps counts; a restore into
 * an empty browser brings the backup's settings, the time-zone setting included (the day a
 * logged touch is on: metrics.md "Logged in Touchline", same day). The new merge pass after an
 * import decides "the same day" in the zone setting the browser had BEFORE the restore
 * (use-data-section.ts passes settings.timeZone loaded before importBackup; retention already
 * uses the backup's own: retentionOf).
 *
 * Rep whose zone setting is Los Angeles. Logged: a call at 07:30Z on 20 Nov (23:30 on the 19th in
 * LA). The CRM shows a call at 08:30Z (00:30 on the 20th in LA): another day, so two calls, by
 * hand. A new browser (default zone setting New York, where both are on the 20th) restores the
 * backup: it must show the same two calls.
 */
import { describe, expect, it } from 'vitest';
import { importBackup } from '../../../../lib/backup/import-backup';
import { logTouch } from '../../../../lib/db/logged-touches';
import { defaultSettings } from '../../../../lib/schema/settings';
import { ANA, anaKey, call, callsOn, contactPage } from '../../db/hand-pages';
import { freshDb, ZONE } from '../../db/world-readings';
import { backupOf, minutes, save } from './world';

describe('restoring a backup into a new browser whose zone setting differs', () => {
  it('shows the same two calls as the browser the backup came from (decisions.md "Backups": round-trip keeps counts)', async () => {
    const source = await freshDb();
    await save(source, contactPage(ANA, []), minutes(-10));
    await logTouch(source, { recordKey: anaKey, channel: 'call', timestamp: '2026-11-20T07:30:00.000Z' }, minutes(0));
    await save(source, contactPage(ANA, [call('2026-11-20T08:30:00.000Z', { sourceId: 'late-call' })]), minutes(5));
    expect(await callsOn(source, anaKey)).toBe(2);

    const restored: unknown[] = [];
    const target = await freshDb();
    const report = await importBackup(target, await backupOf(source, minutes(10), defaultSettings(ZONE)), {
      now: minutes(10),
      timeZone: 'America/New_York',
      pageTimeZone: 'America/New_York',
      retentionDays: 90,
      saveSettings: async (settings) => restored.push(settings),
    });
    expect(report.settingsRestored).toBe(true);
    expect((restored[0] as { timeZone: string }).timeZone).toBe(ZONE);

    // callsOn views with the LA zone setting: the one restored.
    expect(await callsOn(target, anaKey)).toBe(2);
  });
});
