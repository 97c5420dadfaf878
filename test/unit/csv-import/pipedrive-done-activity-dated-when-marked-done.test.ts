import { describe, expect, it } from 'vitest';
import { view } from '../team/from-files/harness';
import { dump, freshDb, importText } from './import-fixture';

/**
 * Pipedrive activities list exported with Pipedrive's entity prefixes (docs/team-view.md export
 * table), the "Marked as done time" column added (lib/csv-import/words/pipedrive.ts reads it as a
 * date column). Sam scheduled a follow-up call for Tue 24 Nov, reached Ana early on Thu 19 Nov and
 * marked it done then: Pipedrive keeps the due date and records when it was marked done.
 * Clock 2026-11-20 15:00Z (Berlin). metrics.md: a done call is a touch; only planned items are not.
 * By hand, last 30 days: both calls are done before now, so Sam has 2 calls; neither is stored after now.
 */
const EXPORT = [
  'Activity - ID,Activity - Subject,Activity - Type,Activity - Due date,Activity - Due time,Activity - Done,Activity - Marked as done time,Activity - Assigned to user,Person - Name,Person - ID',
  '901,Follow-up call,Call,2026-11-24,10:00,Done,2026-11-19 10:12:45,Sam Fox,Ana Ruiz,41',
  '902,Intro call,Call,2026-11-10,09:00,Done,2026-11-10 09:20:02,Sam Fox,Ana Ruiz,41',
].join('\n');

describe('a Pipedrive call marked done before its due date', () => {
  it('is not stored in the future', async () => {
    const db = await freshDb();
    await importText(db, 'pipedrive', 'acme', EXPORT);
    const early = (await dump(db)).find((a) => a.sourceId === 'activity:901');
    expect(Date.parse(early?.timestamp ?? '')).toBeLessThanOrEqual(Date.parse('2026-11-20T15:00:00Z'));
  });

  it("counts on the rep's row in the last 30 days", async () => {
    const db = await freshDb();
    await importText(db, 'pipedrive', 'acme', EXPORT);
    const sam = (await view(db)).reps.find((r) => r.rep === 'Sam Fox');
    expect(sam?.counts.byChannel.call).toBe(2);
  });
});

describe('a Pipedrive activity list with a done time column', () => {
  it('dates a planned activity by its due date and time', async () => {
    const db = await freshDb();
    const planned = [EXPORT.split('\n')[0], '903,Next call,Call,2026-11-26,11:00,To do,,Sam Fox,Ana Ruiz,41'].join(
      '\n',
    );
    await importText(db, 'pipedrive', 'acme', planned);
    expect((await dump(db))[0]).toMatchObject({ planned: true, timestamp: '2026-11-26T10:00:00.000Z' });
  });
});
