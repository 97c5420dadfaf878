import { describe, expect, it, vi } from 'vitest';
import { updateActivityPacks } from '../../../lib/db/activity-packs';
import { openTouchlineDb } from '../../../lib/db/open';
import { DB_VERSION } from '../../../lib/db/schema';
import { buildStageSummaries } from '../../../lib/db/stage-summary-tally';
import type { Activity } from '../../../lib/schema/activity';
import { activity, deal, history } from '../metrics/builders';
import { expectedPacks, storedPacks } from './pack-oracle';
import { freshName } from './world-readings';

/**
 * Database version 10. Before it, a Pipedrive activity export's ID 302 was stored as the bare id
 * (key `pipedrive:acme:activity:302`) where the page reader gives `activity:302` (key
 * `pipedrive:acme:activity:activity:302`): one activity read on its page and imported was two
 * touches. The upgrade gives imported ids the reader's form, merging such pairs; and builds the
 * stage summaries again with the stages each deal reached after each stage, won deals too.
 */
const PERSON = 'pipedrive:acme:person:61';
const oldKey = (id: number) => `pipedrive:acme:activity:${id}`;
const readerKey = (id: number) => `pipedrive:acme:activity:activity:${id}`;

function pipedrive(key: string, sourceId: string, extra: Partial<Activity> = {}): Activity {
  return activity({
    key,
    crm: 'pipedrive',
    tenant: 'acme',
    type: 'email',
    title: 'Send deck',
    timestamp: '2026-11-17T10:00:00.000Z',
    sourceId,
    contactKeys: [PERSON],
    owner: 'Casey Nguyen',
    ...extra,
  });
}

const imported302 = pipedrive(oldKey(302), '302', { origin: 'import' });
const read302 = pipedrive(readerKey(302), 'activity:302', { outcome: 'unknown' });
const imported303 = pipedrive(oldKey(303), '303', { origin: 'import', title: 'Follow-up call', type: 'call' });
const logged = pipedrive('pipedrive:acme:logged:1', 'x', {
  origin: 'logged-in-touchline',
  type: 'call',
  title: 'Call',
  mergedInto: oldKey(303),
});
// A page row without an id that an import gave its bare id: its key stays, its id takes the reader's form.
const filledIn = pipedrive('pipedrive:acme:activity:h1a2b3c', '304', { title: 'Lunch' });
const hubspot = activity({ type: 'email', timestamp: '2026-11-17T10:00:00.000Z', sourceId: '302' });
const looping = deal({
  name: 'Loop',
  stage: 'Demo',
  stageHistory: history(
    ['Discovery', '2026-10-01T09:00:00.000Z'],
    ['Demo', '2026-10-05T09:00:00.000Z'],
    ['Discovery', '2026-10-09T09:00:00.000Z'],
    ['Demo', '2026-10-12T09:00:00.000Z'],
  ),
});

async function version9(): Promise<string> {
  const name = freshName();
  const v9 = await openTouchlineDb(name, { version: 9 });
  const { sourceId: _, ...loggedRow } = logged;
  const rows = [imported302, read302, imported303, loggedRow as Activity, filledIn, hubspot];
  const tx = v9.transaction(
    ['activities', 'activityPacks', 'undatedActivities', 'deals', 'stageSummaries'],
    'readwrite',
  );
  for (const row of rows) await tx.objectStore('activities').put(row);
  await updateActivityPacks(tx as never, [], rows);
  await tx.objectStore('deals').put(looping);
  // Version 9's summaries had no `reached`.
  for (const { reached: _r, ...row } of buildStageSummaries([looping], 'UTC')) {
    await tx.objectStore('stageSummaries').put(row as never);
  }
  await tx.done;
  v9.close();
  return name;
}

describe('upgrading a version 9 database', () => {
  it("gives imported Pipedrive activities the page reader's id, merging the page copy of the same activity", async () => {
    const db = await openTouchlineDb(await version9(), { onInvalid: vi.fn() });

    expect(db.version).toBe(DB_VERSION);
    const rows = new Map((await db.getAll('activities')).map((row) => [row.key, row]));
    expect([...rows.keys()].sort()).toEqual(
      [readerKey(302), readerKey(303), logged.key, filledIn.key, hubspot.key].sort(),
    );
    expect(rows.get(readerKey(302))).toMatchObject({ sourceId: 'activity:302', outcome: 'unknown' });
    expect(rows.get(readerKey(303))).toMatchObject({ sourceId: 'activity:303', origin: 'import', type: 'call' });
    expect(rows.get(logged.key)?.mergedInto).toBe(readerKey(303));
    expect(rows.get(filledIn.key)?.sourceId).toBe('activity:304');
    expect(rows.get(hubspot.key)).toEqual(hubspot);
    expect(await storedPacks(db)).toEqual(await expectedPacks(db));
    db.close();
  });

  it('builds the stage summaries again with the stages each deal reached after each stage', async () => {
    const db = await openTouchlineDb(await version9(), { onInvalid: vi.fn() });

    const summaries = await db.getAll('stageSummaries');
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
    expect(summaries.sort(byKey)).toEqual(buildStageSummaries([looping], 'UTC').sort(byKey));
    expect(summaries.find((row) => row.stage === 'Discovery')?.reached).toEqual({ Demo: 1 });
    db.close();
  });
});
