import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { loggedTouchesCsv } from '../../../lib/export/logged-csv';
import type { ActivityReading } from '../../../lib/schema/activity';
import { ANA, anaKey, BEN, contactPage, dealKeyOf, dealPage, viewOf } from './hand-pages';
import { freshDb, NOW, ZONE } from './world-readings';

/**
 * metrics.md "Duplicate", rule 3: no source id on at least one of them, same person, channel,
 * direction and title, timestamps within 2 minutes: the same touch; "each touch joins the group of
 * the earliest touch it duplicates ... Duplicates are merged before any count". "Logged in
 * Touchline": a logged touch merges with one page touch first seen after it was logged.
 *
 * Ana's record is open in two tabs. 06:58:00 (LA) the rep clicks "call" in tab 1 for a call made
 * from a mobile. 06:58:45 tab 1 reads the page again: the CRM's mobile sync has added "Call with Ana
 * Ortiz" at 06:58, which takes the logged touch. 06:59:30 the rep, in tab 2 whose panel never showed
 * the log, clicks "call" for the same call. The two logged touches are 90 s apart with the same
 * title: one touch by rule 3, and the first is the CRM's call. Worked by hand: Ana 1 call, the deal
 * 1 call, nothing left for the CRM's import file. The second click was once a second call
 * everywhere, and the file offered it to the CRM, which then held the call twice.
 */
const NOW_MS = NOW.getTime(); // 15:00Z = 07:00 LA
const at = (secondsBefore: number) => new Date(NOW_MS - secondsBefore * 1000);
const save = (db: TouchlineDb, r: Parameters<typeof saveReading>[1], when: Date) => saveReading(db, r, when, ZONE);

const synced: ActivityReading = {
  type: 'call',
  channel: 'call',
  direction: 'outbound',
  timestamp: '2026-11-20T14:58:00.000Z',
  timePrecision: 'minute',
  title: 'Call with Ana Ortiz',
  automated: false,
  outcome: 'unknown',
};

async function story() {
  const db = await freshDb();
  await save(db, contactPage(ANA, []), at(3600));
  await save(db, contactPage(BEN, []), at(3600));
  await save(db, dealPage([]), at(3600));
  await logTouch(db, { recordKey: anaKey, channel: 'call', logId: 'tab-1-click' }, at(120));
  await save(db, contactPage(ANA, [synced]), at(75));
  await logTouch(db, { recordKey: anaKey, channel: 'call', logId: 'tab-2-click' }, at(30));
  return db;
}

describe('the same call logged again from a second tab after the page showed it', () => {
  it('is one call on the contact and on the deal', async () => {
    const db = await story();
    expect((await viewOf(db, anaKey)).touches.byChannel.call).toBe(1);
    expect((await viewOf(db, dealKeyOf)).touches.byChannel.call).toBe(1);
  });

  it('is not offered to the CRM, which has the call already', async () => {
    const db = await story();
    expect((await loggedTouchesCsv(db, ZONE, NOW)).map((f) => f.rows)).toEqual([]);
  });

  it('gives the second tab the first log, so its Undo and details act on the one call', async () => {
    const db = await freshDb();
    await save(db, contactPage(ANA, []), at(3600));
    const first = await logTouch(db, { recordKey: anaKey, channel: 'call', logId: 'tab-1-click' }, at(120));
    await save(db, contactPage(ANA, [synced]), at(75));
    const second = await logTouch(db, { recordKey: anaKey, channel: 'call', logId: 'tab-2-click' }, at(30));
    expect(second.key).toBe(first.key);
  });
});

/**
 * logged-again.ts: a logged touch merged into a page touch is where the page holds it. The CRM's
 * dialer synced a 06:10 call late; the rep's 06:58 log (made at the default "now") merged into it
 * on the same day. A log 90 s after that click is near no touch the panel shows: the CRM's call is
 * at 06:10. It is a call of its own, as any touch logged once its page copy was shown.
 */
describe('a call logged again near a log the CRM holds at another time', () => {
  it('is a second call, listed for the CRM', async () => {
    const db = await freshDb();
    await save(db, contactPage(ANA, []), at(3600));
    await logTouch(db, { recordKey: anaKey, channel: 'call', logId: 'tab-1-click' }, at(120));
    const saved = await save(db, contactPage(ANA, [{ ...synced, timestamp: '2026-11-20T14:10:00.000Z' }]), at(75));
    expect(saved.mergedLogged).toHaveLength(1);
    await logTouch(db, { recordKey: anaKey, channel: 'call', logId: 'tab-2-click' }, at(30));
    expect((await viewOf(db, anaKey)).touches.byChannel.call).toBe(2);
    expect((await loggedTouchesCsv(db, ZONE, NOW)).map((f) => f.rows)).toEqual([1]);
  });
});
