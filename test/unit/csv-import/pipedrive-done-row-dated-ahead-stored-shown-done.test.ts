import { describe, expect, it } from 'vitest';
import { dump, freshDb, importText } from './import-fixture';
import { contactView } from './page-copy';

/**
 * A Pipedrive activities list exported without the "Marked as done time" column (docs/team-view.md
 * export table: a done row is then dated by its due date). Sam scheduled a follow-up call with Ana
 * for Tue 24 Nov and ticked it done early: the row is done, dated by a due day still ahead of the
 * clock (2026-11-20 15:00Z, Berlin). The page reader stores such an item shown done
 * (`planned: false`, lib/adapters/pipedrive/read-timeline.ts doneAhead), and metrics count an item
 * dated ahead only when shown done (lib/metrics/touch.ts shownDone; metrics.md: planned items are
 * no touches only while the CRM shows them planned). By hand: 1 call on Ana's panel.
 */
const HEADER =
  'Activity - ID,Activity - Subject,Activity - Type,Activity - Due date,Activity - Due time,Activity - Done,Activity - Assigned to user,Person - Name,Person - ID';
const ANA = 'pipedrive:acme:contact:41';
const AHEAD = [HEADER, '901,Follow-up call,Call,2026-11-24,10:00,Done,Sam Fox,Ana Ruiz,41'].join('\n');

describe('a Pipedrive call marked done before its due date, in a list without the done time', () => {
  it('is stored as the page reader stores it: dated by its due day, shown done', async () => {
    const db = await freshDb();
    await importText(db, 'pipedrive', 'acme', AHEAD);
    expect((await dump(db))[0]).toMatchObject({ timestamp: '2026-11-24T09:00:00.000Z', planned: false });
  });

  it("counts on Ana's contact panel", async () => {
    const db = await freshDb();
    await importText(db, 'pipedrive', 'acme', AHEAD);
    expect((await contactView(db, ANA)).touches.byChannel.call).toBe(1);
  });

  it('seen planned before (an export of the same list a day earlier), is shown done now', async () => {
    const db = await freshDb();
    await importText(db, 'pipedrive', 'acme', AHEAD.replace(',Done,', ',To do,'));
    expect((await dump(db))[0]?.planned).toBe(true);
    await importText(db, 'pipedrive', 'acme', AHEAD);
    expect((await dump(db))[0]?.planned).toBe(false);
    expect((await contactView(db, ANA)).touches.byChannel.call).toBe(1);
  });
});

describe('a done Pipedrive call dated before now', () => {
  it('stores no done mark: its date says it happened (what a page copy of it stores)', async () => {
    const db = await freshDb();
    await importText(
      db,
      'pipedrive',
      'acme',
      [HEADER, '902,Intro call,Call,2026-11-10,09:00,Done,Sam Fox,Ana Ruiz,41'].join('\n'),
    );
    expect((await dump(db))[0]).not.toHaveProperty('planned');
  });
});
