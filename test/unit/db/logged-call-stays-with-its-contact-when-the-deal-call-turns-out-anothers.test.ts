import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { loggedTouchesCsv } from '../../../lib/export/logged-csv';
import type { ActivityReading } from '../../../lib/schema/activity';
import { ANA, anaKey, BEN, benKey, contactPage, dealKeyOf, dealPage, viewOf } from './hand-pages';
import { freshDb, NOW, ZONE } from './world-readings';

/**
 * metrics.md "Logged in Touchline": a logged touch merges with one page touch "with the same
 * person (the contact; or, logged on a deal, any of its contacts or the deal itself)". contracts.md:
 * deal timelines rarely say which contact a touch was with.
 *
 * Friday 20 Nov (LA). 06:00 the rep rings Ana from a mobile, gets her voicemail, and logs it on
 * Ana's panel with a note. 06:30 the rep rings Ben through the CRM dialer and they talk. The deal
 * page lists "Discovery call" at 06:30 naming no contact; then Ben's own page lists the same call.
 * From then on the page call is Ben's, and Ana's voicemail is a touch of its own, which the CRM
 * never captured.
 *
 * Worked by hand: Ana 1 call, 0 of 1 connected (voicemail is an attempt, not a connect); Ben 1 call,
 * connected; the deal 2 calls, 1 of 2 connected; the file for the CRM holds Ana's call (1 line).
 * The merge once stayed: Ana's panel showed Ben's connected call as hers (1 of 1), the deal 2 of 2,
 * and the export said the CRM had Ana's call already, so it was never entered in the CRM.
 */
const at = (minutesBefore: number) => new Date(NOW.getTime() - minutesBefore * 60_000); // NOW = 07:00 LA
const save = (db: TouchlineDb, r: Parameters<typeof saveReading>[1], when: Date) => saveReading(db, r, when, ZONE);

const bensCall: ActivityReading = {
  type: 'call',
  channel: 'call',
  direction: 'outbound',
  timestamp: '2026-11-20T14:30:00.000Z', // 06:30 LA
  timePrecision: 'minute',
  title: 'Discovery call',
  automated: false,
  outcome: 'connected',
};

const anasVoicemail = {
  recordKey: anaKey,
  channel: 'call',
  timestamp: '2026-11-20T14:00:00.000Z', // 06:00 LA
  outcome: 'voicemail',
  note: 'left VM on mobile',
} as const;

async function seen() {
  const db = await freshDb();
  await save(db, contactPage(ANA, []), at(300));
  await save(db, contactPage(BEN, []), at(300));
  await save(db, dealPage([]), at(300));
  return db;
}

/** The deal page first (the merge made, then undone), or Ben's page first (never made). */
async function story(benFirst = false) {
  const db = await seen();
  await logTouch(db, anasVoicemail, at(55));
  await save(db, benFirst ? contactPage(BEN, [bensCall]) : dealPage([bensCall]), at(20));
  await save(db, benFirst ? dealPage([bensCall]) : contactPage(BEN, [bensCall]), at(10));
  return db;
}

async function numbers(db: TouchlineDb) {
  const [ana, ben, deal] = await Promise.all([viewOf(db, anaKey), viewOf(db, benKey), viewOf(db, dealKeyOf)]);
  if (ana.kind !== 'contact') throw new Error('contact view expected');
  const files = await loggedTouchesCsv(db, ZONE, NOW);
  return {
    ana: [ana.touches.total, ana.outcomes.connectRate.numerator, ana.outcomes.connectRate.denominator],
    ben: ben.touches.total,
    deal: [deal.touches.byChannel.call, deal.outcomes.connectRate.numerator, deal.outcomes.connectRate.denominator],
    exported: files.map((f) => [f.crm, f.rows]),
  };
}

describe("a call logged on Ana, and a deal-page call that Ben's page then shows as his", () => {
  it("Ana's panel counts her voicemail, not Ben's connected call", async () => {
    const db = await story();
    const ana = await viewOf(db, anaKey);
    if (ana.kind !== 'contact') throw new Error('contact view expected');
    expect(ana.touches.total).toBe(1);
    expect([ana.outcomes.connectRate.numerator, ana.outcomes.connectRate.denominator]).toEqual([0, 1]);
  });

  it('the deal counts two calls, one of them connected', async () => {
    const db = await story();
    const deal = await viewOf(db, dealKeyOf);
    expect((await viewOf(db, benKey)).touches.total).toBe(1);
    expect(deal.touches.byChannel.call).toBe(2);
    expect([deal.outcomes.connectRate.numerator, deal.outcomes.connectRate.denominator]).toEqual([1, 2]);
  });

  it("the file for the CRM still holds Ana's call: the CRM only has Ben's", async () => {
    const db = await story();
    const files = await loggedTouchesCsv(db, ZONE, NOW);
    expect(files.map((f) => [f.crm, f.rows])).toEqual([['hubspot', 1]]);
    const lines = Papa.parse<Record<string, string>>(files[0]?.text ?? '', { header: true }).data;
    expect(lines[0]).toMatchObject({
      'Activity type': 'Call',
      'Activity date': '2026-11-20 06:00',
      'Contact record ID': ANA,
    });
  });
});

describe("the order Ana's deal and Ben's page are read in", () => {
  it('decides none of the numbers', async () => {
    const dealFirst = await numbers(await story());
    expect(dealFirst).toEqual({ ana: [1, 0, 1], ben: 1, deal: [2, 1, 2], exported: [['hubspot', 1]] });
    expect(await numbers(await story(true))).toEqual(dealFirst);
  });
});

describe('a call both pages show under its CRM id (one stored row, given Ben when his page lists it)', () => {
  it("is Ben's as well: Ana keeps her own logged call, listed for the CRM", async () => {
    const withId: ActivityReading = { ...bensCall, sourceId: '88120334' };
    const db = await seen();
    await logTouch(db, anasVoicemail, at(55));
    await save(db, dealPage([withId]), at(20));
    await save(db, contactPage(BEN, [withId]), at(10));
    expect(await numbers(db)).toEqual({ ana: [1, 0, 1], ben: 1, deal: [2, 1, 2], exported: [['hubspot', 1]] });
  });
});

describe("once the deal's call is Ben's, the touches the merge passed over get it", () => {
  it("a call logged on Ben (at a wrong time) takes it: nothing of Ben's left to export", async () => {
    // Logged at 05:30 by mistake, so Ana's 06:25 call was nearer the deal's 06:30 call and took it.
    const db = await seen();
    await logTouch(db, { ...anasVoicemail, timestamp: '2026-11-20T14:25:00.000Z' }, at(33));
    await logTouch(db, { recordKey: benKey, channel: 'call', timestamp: '2026-11-20T13:30:00.000Z' }, at(32));
    await save(db, dealPage([bensCall]), at(20));
    await save(db, contactPage(BEN, [bensCall]), at(10));
    expect(await numbers(db)).toEqual({ ana: [1, 0, 1], ben: 1, deal: [2, 1, 2], exported: [['hubspot', 1]] });
    const lines = Papa.parse<Record<string, string>>((await loggedTouchesCsv(db, ZONE, NOW))[0]?.text ?? '', {
      header: true,
    }).data;
    expect(lines.map((line) => line['Contact record ID'])).toEqual([ANA]);
  });

  it("Ana's logged call takes her own page's call, read after the deal's: nothing to export", async () => {
    const anasOwn: ActivityReading = {
      ...bensCall,
      timestamp: '2026-11-20T14:00:00.000Z',
      title: 'Call with Ana',
      outcome: 'unknown',
    };
    const db = await seen();
    await logTouch(db, anasVoicemail, at(55));
    await save(db, dealPage([bensCall]), at(25));
    await save(db, contactPage(ANA, [anasOwn]), at(20));
    await save(db, contactPage(BEN, [bensCall]), at(10));
    const dealFirst = await numbers(db);
    expect(dealFirst).toEqual({ ana: [1, 0, 1], ben: 1, deal: [2, 1, 2], exported: [] });

    // Control: Ana's page first, where her logged call took her page's call from the start.
    const anaFirst = await seen();
    await logTouch(anaFirst, anasVoicemail, at(55));
    await save(anaFirst, contactPage(ANA, [anasOwn]), at(25));
    await save(anaFirst, dealPage([bensCall]), at(20));
    await save(anaFirst, contactPage(BEN, [bensCall]), at(10));
    expect(await numbers(anaFirst)).toEqual(dealFirst);
  });
});
