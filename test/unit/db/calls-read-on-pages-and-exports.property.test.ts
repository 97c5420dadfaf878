import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordView } from '../../../lib/background/record-view';
import { previewCsv } from '../../../lib/csv-import/parse-csv';
import { prepareMapping } from '../../../lib/csv-import/prepare-mapping';
import { runImport } from '../../../lib/csv-import/run-import';
import { saveReading, saveReadings } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { ActivityReading } from '../../../lib/schema/activity';
import { contactReadSchema, dealReadSchema } from '../../../lib/schema/read-result';
import { defaultSettings } from '../../../lib/schema/settings';
import { zonedDay } from '../../../lib/zoned-day';
import { freshDb, TENANT } from './world-readings';

// Pages are read in the browser's zone, which each run picks (the user's zone setting is the same).
const browser = vi.hoisted(() => ({ zone: 'UTC' }));
vi.mock('../../../lib/db/time-precision', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/db/time-precision')>()),
  browserTimeZone: () => browser.zone,
}));

/**
 * metrics.md "Duplicate" (merging is order-independent, duplicates merged before any count) and
 * the guide (re-reading a page never duplicates a touch). A few calls to Ana, Wed 18 to Fri 20 Nov
 * 2026, are read on her contact page and her deal's page in any order, each item shown with its
 * time, by its date alone, by a count ("3 hours ago", as HubSpot rounds it), or undated, with or
 * without a CRM id, and found in HubSpot exports imported between readings. Same-titled calls are
 * hours apart on different days, so each sighting says which call it is. The reference, straight
 * from the story: the calls shown anywhere. The panel counts no more calls than that, and leaves
 * none out (an undated sighting may stand for one of them, counted apart as undated).
 */
const ANA = '501';
const DEAL = '777';
const anaKey = `hubspot:${TENANT}:contact:${ANA}`;
const H = 3_600_000;
const FIRST_CALL = Date.parse('2026-11-18T17:00:00.000Z');

interface Call {
  at: number;
  title: string;
  id: string;
}
type Shown = 'minute' | 'day' | 'counted' | 'undated';

const callsArb = fc
  .record({
    times: fc.array(fc.record({ hour: fc.integer({ min: 0, max: 39 }), minute: fc.integer({ min: 0, max: 59 }) }), {
      minLength: 1,
      maxLength: 3,
    }),
    sharedTitle: fc.boolean(),
  })
  .map(({ times, sharedTitle }) =>
    times
      .map((t, i) => ({
        at: FIRST_CALL + t.hour * H + t.minute * 60_000,
        title: sharedTitle ? 'Call' : `Call ${i}`,
        id: `9${i}`,
      }))
      .sort((a, b) => a.at - b.at),
  );

const itemArb = fc.record({
  // Three in four sightings show the call: a page shows only some (a filter, the newest loaded).
  shown: fc.integer({ min: 0, max: 3 }).map((n) => n !== 0),
  as: fc.constantFrom<Shown>('minute', 'day', 'counted', 'undated'),
  withId: fc.boolean(),
});

const stepArb = fc.record({
  page: fc.constantFrom('contact', 'contact', 'deal', 'import'),
  laterMs: fc.integer({ min: 0, max: 19 * 60 }).map((minutes) => minutes * 60_000),
  items: fc.array(itemArb, { minLength: 3, maxLength: 3 }),
  exportIds: fc.boolean(),
  exportDeal: fc.boolean(),
});

const storyArb = fc.record({
  zone: fc.constantFrom('UTC', 'America/Los_Angeles', 'Europe/Berlin'),
  calls: callsArb,
  ids: fc.constantFrom('none', 'some'),
  steps: fc.array(stepArb, { minLength: 2, maxLength: 4 }),
  firstAfterMs: fc.integer({ min: 1, max: 5 * 60 }).map((minutes) => minutes * 60_000),
});
type Story = typeof storyArb extends fc.Arbitrary<infer T> ? T : never;

/**
 * Calls of one title whose sightings could all be one call's are one call as well as two, and the
 * panel may count either: the story keeps such calls apart, and only those (couldBeOne).
 */
function toldApart(calls: readonly Call[], zone: string): boolean {
  const last = (calls.at(-1) as Call).at;
  // Every reading is after the last call, and a page counts a call up to 21 hours after it.
  const countable = (call: Call) => Math.round((last - call.at) / H) <= 21;
  return calls.every((a, i) =>
    calls.every((b, j) => i >= j || a.title !== b.title || !couldBeOne(a, b, zone, countable)),
  );
}

/**
 * Whether some sightings of call `a` and of the later call `b` read the same as one call's. A count
 * is rounded (countedAgo), so it puts its call anywhere in an hour-wide span around the time worked
 * out ("3 hours ago" read at 02:40: 23:11 to 00:10), which a reading later or earlier moves: one
 * call's count and another call's sighting are one call's where such a span can hold both. So two
 * calls on one day (one date-only sighting each), a count and the other's time under an hour apart,
 * two counts under two hours apart (one call between them), a count and the other's date where
 * that day is under an hour from the counted call: a call at 23:45 counted "3 hours ago" at 02:50
 * (23:50) and another dated "Nov 20" are what one call at 00:10 gives, counted then and dated.
 */
function couldBeOne(a: Call, b: Call, zone: string, countable: (call: Call) => boolean): boolean {
  if (dayOf(a.at, zone) === dayOf(b.at, zone)) return true;
  const apart = b.at - a.at;
  const aCounted = countable(a) && (apart < H || dayOf(a.at + H - 1, zone) === dayOf(b.at, zone));
  const bCounted = countable(b) && (apart < H || dayOf(b.at - H + 1, zone) === dayOf(a.at, zone));
  return aCounted || bCounted || (countable(a) && countable(b) && apart < 2 * H);
}

function dayOf(at: number, zone: string): string {
  return zonedDay(new Date(at).toISOString(), zone);
}

/** 00:00 of the call's day in `zone` (the zones here are whole hours off UTC). */
function midnightOf(at: number, zone: string): string {
  const day = dayOf(at, zone);
  for (let hours = -14; hours <= 14; hours++) {
    const start = Date.parse(`${day}T00:00:00.000Z`) - hours * H;
    if (dayOf(start, zone) === day && dayOf(start - 1, zone) !== day) return new Date(start).toISOString();
  }
  throw new Error(`no midnight on ${day} in ${zone}`);
}

/** A call as a page reading at `now` shows it. */
function sighting(call: Call, now: number, as: Shown, withId: boolean, zone: string): ActivityReading {
  const item: ActivityReading = {
    type: 'call',
    channel: 'call',
    direction: 'outbound',
    title: call.title,
    automated: false,
    outcome: 'unknown',
    contactIds: [ANA],
    ...(withId ? { sourceId: call.id } : {}),
  };
  if (as === 'minute') return { ...item, timestamp: new Date(call.at).toISOString(), timePrecision: 'minute' };
  if (as === 'day') return { ...item, timestamp: midnightOf(call.at, zone), timePrecision: 'day' };
  if (as === 'counted') {
    const counted = countedAgo(now - call.at);
    return { ...item, timestamp: new Date(now - counted).toISOString(), timePrecision: 'minute', relativeTime: true };
  }
  const [year, month, day] = dayOf(call.at, zone).split('-');
  return { ...item, dateText: `${month}/${day}/${year}` };
}

/**
 * The time a count stands for, as HubSpot prints it (moment.js's fromNow, which rounds: "a minute
 * ago" to "44 minutes ago", "an hour ago" from 45 to 89 minutes, then hours, "3 hours ago" from
 * 2 h 30 to 3 h 29, up to "21 hours ago") and the reader takes it back (lib/locale/relative-date.ts:
 * the reading's time less the count). `ago` is whole minutes, at least one.
 */
function countedAgo(ago: number): number {
  const minutes = Math.round(ago / 60_000);
  return minutes < 45 ? minutes * 60_000 : Math.round(ago / H) * H;
}

/** A HubSpot calls export of `calls`, times as the export prints them (in the importer's zone). */
function exportOf(calls: readonly Call[], withIds: boolean, withDeal: boolean, zone: string): string {
  const time = new Intl.DateTimeFormat('sv-SE', { timeZone: zone, dateStyle: 'short', timeStyle: 'short' });
  const head = `${withIds ? 'Record ID,' : ''}Call title,Activity date,Activity assigned to,Call direction,Associated Contact IDs${withDeal ? ',Associated Deal IDs' : ''}`;
  const rows = calls.map(
    (call) =>
      `${withIds ? `${call.id},` : ''}${call.title},${time.format(call.at)},Dana Reyes,Outbound,${ANA}${withDeal ? `,${DEAL}` : ''}`,
  );
  return [head, ...rows].join('\n');
}

async function importExport(db: TouchlineDb, text: string, now: number, zone: string) {
  const prepared = prepareMapping('hubspot', await previewCsv(text, 21));
  return runImport({
    db,
    crm: 'hubspot',
    tenant: TENANT,
    input: text,
    mapping: prepared.mapping,
    clock: { now: new Date(now), timeZone: zone },
  });
}

async function callsOnAna(db: TouchlineDb, now: number, zone: string) {
  const view = await recordView(db, anaKey, {
    settings: defaultSettings(zone),
    now: new Date(now),
    onInvalid: () => undefined,
  });
  return { calls: view?.touches.byChannel.call ?? 0, undated: view?.touches.undated ?? 0 };
}

async function sortedRows(db: TouchlineDb) {
  return JSON.stringify((await db.getAll('activities')).sort((a, b) => (a.key < b.key ? -1 : 1)));
}

type Reading =
  | { page: 'contact' | 'deal'; now: number; items: ActivityReading[] }
  | { page: 'import'; now: number; text: string };

/** The story's readings and imports, and the calls any of them showed. */
function told(story: Story) {
  const { zone, calls } = story;
  let now = (calls.at(-1) as Call).at + story.firstAfterMs;
  const shown = new Set<Call>();
  const readings: Reading[] = [];
  for (const step of story.steps) {
    now += step.laterMs;
    const picked = calls.flatMap((call, i) => {
      const item = step.items[i] as (typeof step.items)[number];
      return item.shown ? [{ call, item }] : [];
    });
    if (step.page === 'import' && picked.length === 0) continue;
    for (const { call } of picked) shown.add(call);
    if (step.page === 'import') {
      const text = exportOf(
        picked.map(({ call }) => call),
        step.exportIds,
        step.exportDeal,
        zone,
      );
      readings.push({ page: 'import', now, text });
      continue;
    }
    const items = picked.map(({ call, item }) => {
      // A page counts up to 21 hours (moment says "a day ago" after); later it shows the time.
      const as = item.as === 'counted' && Math.round((now - call.at) / H) > 21 ? 'minute' : item.as;
      return sighting(call, now, as, story.ids === 'some' && item.withId, zone);
    });
    readings.push({ page: step.page as 'contact' | 'deal', now, items });
  }
  return { readings, shown, end: now };
}

/** Ana's contact page, or her deal's, showing `items`. */
function pageOf({ page, items }: { page: 'contact' | 'deal'; items: ActivityReading[] }) {
  const shared = { crm: 'hubspot', tenant: TENANT, status: 'read', activities: items, crmFigures: {}, notRead: [] };
  if (page === 'contact')
    return contactReadSchema.parse({ ...shared, kind: 'contact', recordId: ANA, record: { name: 'Ana Ortiz' } });
  const record = {
    name: 'Renewal',
    stage: 'Negotiation',
    stageHistory: [],
    contacts: [{ id: ANA, name: 'Ana Ortiz' }],
  };
  return dealReadSchema.parse({ ...shared, kind: 'deal', recordId: DEAL, record });
}

describe('calls read on a contact page, its deal page and in exports, in any order', () => {
  it('counts each call shown once, whatever the order, and re-reading or re-importing changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(storyArb, async (story) => {
        fc.pre(toldApart(story.calls, story.zone));
        browser.zone = story.zone;
        // Each story is a fresh browser: an account's remembered import zone (account-zone.ts) is its own.
        fakeBrowser.reset();
        const { zone } = story;
        const { readings, shown, end } = told(story);
        const db = await freshDb();
        for (const reading of readings) {
          if (reading.page === 'import') {
            await importExport(db, reading.text, reading.now, zone);
            expect((await importExport(db, reading.text, reading.now, zone)).added, 'the same file again').toBe(0);
            continue;
          }
          await saveReading(db, pageOf(reading), new Date(reading.now), zone, zone);
          const before = await sortedRows(db);
          const again = await saveReading(db, pageOf(reading), new Date(reading.now), zone, zone);
          expect([again.added, await sortedRows(db)], 'the same page again').toEqual([0, before]);
        }
        if (!readings.some((reading) => reading.page === 'contact')) return;
        const { calls, undated } = await callsOnAna(db, end, zone);
        expect(calls, 'no call counted twice').toBeLessThanOrEqual(shown.size);
        expect(calls + undated, 'no call left out').toBeGreaterThanOrEqual(shown.size);

        // Saved in one batch, the pages give the panel what they give saved one by one.
        if (readings.some((reading) => reading.page === 'import')) return;
        const batched = await freshDb();
        await saveReadings(
          batched,
          readings.map((reading) => ({
            result: pageOf(reading as Exclude<Reading, { page: 'import' }>),
            now: new Date(reading.now),
            timeZone: zone,
            pageTimeZone: zone,
          })),
        );
        expect(await callsOnAna(batched, end, zone)).toEqual({ calls, undated });
      }),
      // A fixed seed keeps CI repeatable. Seed 164933314 found two Berlin calls 3 h 1 min apart counted as
      // one when counts were cut off here; rounded, as HubSpot prints them, those readings are one call's
      // too (couldBeOne; count-before-midnight-and-date-alone.test.ts).
      { numRuns: 150, seed: 20261205 },
    );
  }, 120_000);
});
