import { describe, expect, it } from 'vitest';
import { recordView } from '../../../lib/background/record-view';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { defaultSettings } from '../../../lib/schema/settings';
import { ANA, anaKey, call, contactPage, dealKeyOf, dealPage } from './hand-pages';
import { freshDb } from './world-readings';

/**
 * One call to Ana, made Fri 20 Nov 2026 11:40 UTC (zone UTC, no CRM id on the pages' items).
 * - Her contact page, read at 14:25, prints "3 hours ago": the reader works out 11:25 (relativeTime).
 * - The deal's page, read at 14:30, prints the call with its time, 11:40, naming Ana; or, read at
 *   15:05, prints "3 hours ago" too: the reader works out 12:05.
 * The two sightings are stored as two rows (each page owns its items; the save step reconciles only
 * one page's sightings, test/unit/db/counted-hours-ago-then-time.test.ts). metrics.md "Duplicate",
 * rule 3: one touch; a counted time is only as precise as its count. By hand: 1 call on Ana's panel
 * and 1 on the deal's.
 */
const Z = 'UTC';
const counted = call('2026-11-20T11:25:00.000Z', { relativeTime: true });

async function viewOf(db: TouchlineDb, key: string) {
  const view = await recordView(db, key, {
    settings: defaultSettings(Z),
    now: new Date('2026-11-20T15:10:00.000Z'),
    onInvalid: () => undefined,
  });
  if (!view) throw new Error(`no view of ${key}`);
  return view;
}

async function readBoth(onDeal: ReturnType<typeof call>, dealReadAt: string) {
  const db = await freshDb();
  await saveReading(db, contactPage(ANA, [counted]), new Date('2026-11-20T14:25:00.000Z'), Z, Z);
  await saveReading(db, dealPage([onDeal]), new Date(dealReadAt), Z, Z);
  expect(await db.count('activities')).toBe(2);
  return db;
}

describe('a call read as "3 hours ago" on the contact page and again on the deal page', () => {
  it('with its time (11:40) on the deal page: one call on her panel, at 11:40, and one on the deal', async () => {
    const db = await readBoth(call('2026-11-20T11:40:00.000Z', { contactIds: [ANA] }), '2026-11-20T14:30:00.000Z');
    const ana = await viewOf(db, anaKey);
    expect([ana.touches.byChannel.call, ana.touches.total]).toEqual([1, 1]);
    if (ana.kind !== 'contact') throw new Error('not a contact');
    expect(ana.cadence.lastTouchAt).toBe('2026-11-20T11:40:00.000Z');
    expect((await viewOf(db, dealKeyOf)).touches.byChannel.call).toBe(1);
  });

  it('counted there too, read 40 minutes later (12:05): one call on her panel and one on the deal', async () => {
    const db = await readBoth(
      call('2026-11-20T12:05:00.000Z', { contactIds: [ANA], relativeTime: true }),
      '2026-11-20T15:05:00.000Z',
    );
    expect((await viewOf(db, anaKey)).touches.byChannel.call).toBe(1);
    expect((await viewOf(db, dealKeyOf)).touches.byChannel.call).toBe(1);
  });
});

describe('two calls the deal page shows an hour apart (11:40, 12:40), one of them counted on the contact page', () => {
  it('stays two calls on both panels when the count (12:10, "3 hours ago" at 15:10) lies between them', async () => {
    const db = await freshDb();
    const between = call('2026-11-20T12:10:00.000Z', { relativeTime: true });
    await saveReading(db, contactPage(ANA, [between]), new Date('2026-11-20T15:10:00.000Z'), Z, Z);
    const shown = ['2026-11-20T11:40:00.000Z', '2026-11-20T12:40:00.000Z'].map((t) => call(t, { contactIds: [ANA] }));
    await saveReading(db, dealPage(shown), new Date('2026-11-20T14:30:00.000Z'), Z, Z);
    expect((await viewOf(db, anaKey)).touches.byChannel.call).toBe(2);
    expect((await viewOf(db, dealKeyOf)).touches.byChannel.call).toBe(2);
  });
});

describe('two calls her page counts an hour apart ("3 hours ago", "2 hours ago" at 14:25)', () => {
  it('stays two calls on her panel', async () => {
    const db = await freshDb();
    const later = call('2026-11-20T12:25:00.000Z', { relativeTime: true });
    await saveReading(db, contactPage(ANA, [counted, later]), new Date('2026-11-20T14:25:00.000Z'), Z, Z);
    expect((await viewOf(db, anaKey)).touches.byChannel.call).toBe(2);
  });
});
