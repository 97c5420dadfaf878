import { describe, expect, it } from 'vitest';
import { recordView } from '../../../lib/background/record-view';
import { logTouch } from '../../../lib/db/logged-touches';
import { pruneExpired } from '../../../lib/db/retention';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { loggedTouchesCsv } from '../../../lib/export/logged-csv';
import type { ActivityReading } from '../../../lib/schema/activity';
import { defaultSettings } from '../../../lib/schema/settings';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { expectedPacks, storedPacks } from './pack-oracle';
import { contactKey, contactReading, dealKey, dealReading, freshDb, NOW, world, ZONE } from './world-readings';

const DAY = 86_400_000;
const ago = (d: number, h = 0) => new Date(NOW.getTime() - d * DAY - h * 3_600_000).toISOString();

async function demoCache(): Promise<TouchlineDb> {
  const db = await freshDb();
  const readAt = new Date(NOW.getTime() - 90 * DAY);
  for (const c of world.contacts) await saveReading(db, contactReading(c.id), readAt, ZONE);
  for (const d of world.deals) await saveReading(db, dealReading(d.id), readAt, ZONE);
  // Logged calls 45 days ago on three contacts; the page shows them after logging (merged), and
  // one logged 50 days ago the CRM never showed.
  const ids = world.contacts.slice(0, 3).map((c) => c.id);
  for (const [i, id] of ids.entries()) {
    const when = ago(45, i);
    await logTouch(
      db,
      { recordKey: contactKey(id), channel: 'call', timestamp: when, note: 'mobile' },
      new Date(Date.parse(when) + 60_000),
    );
    const later = contactReading(id);
    const copy: ActivityReading = {
      type: 'call',
      channel: 'call',
      direction: 'outbound',
      timestamp: when,
      title: 'Call from mobile',
      automated: false,
      outcome: 'unknown',
      sourceId: `mobile-${id}`,
    };
    later.activities.push(copy);
    await saveReading(db, later, new Date(Date.parse(when) + 3_600_000), ZONE);
  }
  await logTouch(db, { recordKey: contactKey(world.contacts[4]?.id ?? 0), channel: 'sms', timestamp: ago(50) }, NOW);
  return db;
}

async function everyNumber(db: TouchlineDb, retentionDays: number) {
  const settings = { ...defaultSettings(ZONE), retentionDays, period: '90d' as const };
  const views: unknown[] = [];
  for (const c of world.contacts)
    views.push(await recordView(db, contactKey(c.id), { settings, now: NOW, onInvalid: () => undefined }));
  for (const d of world.deals)
    views.push(await recordView(db, dealKey(d.id), { settings, now: NOW, onInvalid: () => undefined }));
  const teams: unknown[] = [];
  for (const period of ['30d', '90d', 'last-quarter'] as const)
    teams.push(await loadTeamView({ db, filters: { period, motion: 'mid-market' }, settings, now: NOW }));
  return { views, teams };
}

describe('retention before and after the daily pruning', () => {
  it('every panel and team number is the same right before and right after the daily run (your-data.md: lowering takes effect at once; decisions.md: retention applies on read)', async () => {
    const db = await demoCache();
    const before = await everyNumber(db, 30);
    const pruned = await pruneExpired(db, NOW, 30, { batch: 7 });
    expect(pruned).toBeGreaterThan(0);
    const after = await everyNumber(db, 30);
    expect(JSON.parse(JSON.stringify(after.views))).toEqual(JSON.parse(JSON.stringify(before.views)));
    expect(JSON.parse(JSON.stringify(after.teams))).toEqual(JSON.parse(JSON.stringify(before.teams)));
    // The packs follow the rows.
    expect(await storedPacks(db)).toEqual(await expectedPacks(db));
    // Logged touches all kept; export unchanged: the unmerged sms only.
    expect((await db.getAll('activities')).filter((a) => a.origin === 'logged-in-touchline').length).toBe(4);
    const files = await loggedTouchesCsv(db, ZONE, NOW);
    expect(files.map((f) => f.rows)).toEqual([1]);
  });
});
