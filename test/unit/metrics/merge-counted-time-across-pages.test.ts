import { describe, expect, it } from 'vitest';
import { collectTouches } from '../../../lib/metrics/collect-touches';
import type { Activity } from '../../../lib/schema/activity';
import { call, dealKey, JORDAN, LA, NOW } from './builders';

/**
 * metrics.md "Duplicate", rule 3 (no source id): same person, channel, direction and title within 2
 * minutes is one touch. A time worked out from a count ("3 hours ago", `relativeTime`) is only as
 * precise as its count: pages give one for counts of seconds, minutes and hours only, and "3 hours
 * ago" stands for any time in the hour it covers while the count moves on between readings (the save
 * step allows 70 minutes, COUNTED_TIME_DRIFT_MS). Two counted items one page showed apart were told
 * apart when saved (keys `base` and `base:2`, lib/keys.ts readingKeys), and two shown times are
 * exact. Calls to Jordan (no CRM ids), Fri 20 Nov 2026, times in UTC; his deal is 9001.
 */
const DEAL = dealKey('9001');
const onContactPage = (iso: string, extra: Partial<Activity> = {}) =>
  call(iso, null, { contactKeys: [JORDAN], dealKeys: [], ...extra });
const onDealPage = (iso: string, extra: Partial<Activity> = {}) =>
  call(iso, null, { contactKeys: [JORDAN], dealKeys: [DEAL], ...extra });
const counted = { relativeTime: true } as const;
/** Two items one contact page counted, keyed as readingKeys keys them: the later one with an ordinal. */
const ONE_PAGE = 'hubspot:4410982:activity:h00c0ffee00c0ffee';
const countedOnOnePage = (first: string, second: string) => [
  onContactPage(first, { ...counted, key: ONE_PAGE }),
  onContactPage(second, { ...counted, key: `${ONE_PAGE}:2` }),
];

const touches = (copies: Activity[]) => collectTouches(copies, { now: NOW, timeZone: LA, scopeKey: JORDAN }).touches;

describe('one call read with a counted time on one page and another time on another page', () => {
  it("is one touch when the contact's copy also names the deal (as the team view links them)", () => {
    const linked = onContactPage('2026-11-20T11:25:00.000Z', { ...counted, dealKeys: [DEAL] });
    expect(touches([linked, onDealPage('2026-11-20T11:40:00.000Z')])).toHaveLength(1);
  });

  it('is one touch: "3 hours ago" on the contact page (11:25) and 11:40 on the deal page', () => {
    const merged = touches([
      onContactPage('2026-11-20T11:25:00.000Z', counted),
      onDealPage('2026-11-20T11:40:00.000Z'),
    ]);
    expect(merged).toHaveLength(1);
    // The time the page showed wins over the one worked out from a count.
    expect(merged[0]?.at.toISOString()).toBe('2026-11-20T11:40:00.000Z');
    expect(merged[0]?.activity.relativeTime).toBeUndefined();
  });

  it('is one touch when the shown time comes first and the count later (11:40 shown, counted 12:30)', () => {
    expect(
      touches([onDealPage('2026-11-20T11:40:00.000Z'), onContactPage('2026-11-20T12:30:00.000Z', counted)]),
    ).toHaveLength(1);
  });

  it('is one touch when both pages counted, read 40 minutes apart (11:25 and 12:05)', () => {
    expect(
      touches([onContactPage('2026-11-20T11:25:00.000Z', counted), onDealPage('2026-11-20T12:05:00.000Z', counted)]),
    ).toHaveLength(1);
  });

  it('is two touches beyond what a count can cover (counted 11:25, shown 12:40)', () => {
    expect(
      touches([onContactPage('2026-11-20T11:25:00.000Z', counted), onDealPage('2026-11-20T12:40:00.000Z')]),
    ).toHaveLength(2);
  });
});

describe('different calls near a counted time stay different', () => {
  it('keeps two calls shown an hour apart two, one on each page (11:40 and 12:40)', () => {
    expect(touches([onContactPage('2026-11-20T11:40:00.000Z'), onDealPage('2026-11-20T12:40:00.000Z')])).toHaveLength(
      2,
    );
  });

  it('keeps two calls the deal page shows an hour apart two when a counted copy on the contact page lies between', () => {
    const copies = [
      onDealPage('2026-11-20T11:40:00.000Z'),
      onContactPage('2026-11-20T12:10:00.000Z', counted),
      onDealPage('2026-11-20T12:40:00.000Z'),
    ];
    expect(touches(copies)).toHaveLength(2);
  });

  it('keeps two calls one contact page counts an hour apart two, each one with its deal-page copy', () => {
    const copies = [
      ...countedOnOnePage('2026-11-20T11:25:00.000Z', '2026-11-20T12:25:00.000Z'),
      onDealPage('2026-11-20T11:40:00.000Z'),
      onDealPage('2026-11-20T12:40:00.000Z'),
    ];
    const merged = touches(copies);
    expect(merged.map((t) => t.at.toISOString())).toEqual(['2026-11-20T11:40:00.000Z', '2026-11-20T12:40:00.000Z']);
    expect(merged.map((t) => t.copies.length)).toEqual([2, 2]);
  });

  it('keeps two calls one page counts an hour apart ("3 hours ago", "2 hours ago") two', () => {
    expect(touches(countedOnOnePage('2026-11-20T11:25:00.000Z', '2026-11-20T12:25:00.000Z'))).toHaveLength(2);
  });

  it('gives a shown time the save step could not place between two counted calls of one page to one of them', () => {
    const copies = [
      ...countedOnOnePage('2026-11-20T11:25:00.000Z', '2026-11-20T12:25:00.000Z'),
      onContactPage('2026-11-20T11:40:00.000Z'),
    ];
    expect(touches(copies)).toHaveLength(2);
  });

  it('keeps two calls one reading stored apart two (first seen together), across midnight in LA too', () => {
    const seen = { ...counted, firstSeenAt: '2026-11-20T08:40:00.000Z' };
    const copies = [
      onContactPage('2026-11-20T07:40:00.000Z', { ...seen, key: 'hubspot:4410982:activity:h1111111111111111' }),
      onContactPage('2026-11-20T08:20:00.000Z', { ...seen, key: 'hubspot:4410982:activity:h2222222222222222' }),
    ];
    expect(touches(copies)).toHaveLength(2);
    const readApart = copies.map((copy, i) => ({ ...copy, firstSeenAt: `2026-11-20T0${8 + i}:40:00.000Z` }));
    expect(touches(readApart)).toHaveLength(1);
  });

  it('gives an export row between two counted calls of one page to one of them (the import held back: which is unknowable)', () => {
    const exported = onDealPage('2026-11-20T11:40:00.000Z', { origin: 'import', sourceId: '90001' });
    const copies = [...countedOnOnePage('2026-11-20T11:25:00.000Z', '2026-11-20T12:25:00.000Z'), exported];
    expect(touches(copies)).toHaveLength(2);
  });

  it('keeps two exported calls 25 minutes apart two beside one counted copy', () => {
    const copies = [
      onContactPage('2026-11-20T11:25:00.000Z', counted),
      onDealPage('2026-11-20T11:40:00.000Z', { origin: 'import', sourceId: '90001' }),
      onDealPage('2026-11-20T12:05:00.000Z', { origin: 'import', sourceId: '90002' }),
    ];
    expect(touches(copies)).toHaveLength(2);
  });
});

describe('a counted page copy and an export row of one call', () => {
  // metrics.md "Duplicate": merging is order-independent. An import after the page fills the counted
  // copy in (lib/db/import-buckets.ts sameTouchStored); an export imported before the page is read
  // leaves two rows, which the panel must count as the one call it counts the other way round.
  it('is one touch, at the exported time (counted 11:25 on the contact page, exported 11:40)', () => {
    const exported = onDealPage('2026-11-20T11:40:00.000Z', { origin: 'import', sourceId: '90001' });
    const merged = touches([onContactPage('2026-11-20T11:25:00.000Z', counted), exported]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.at.toISOString()).toBe('2026-11-20T11:40:00.000Z');
  });

  it('is two touches beyond what a count can cover (counted 11:25, exported 12:40)', () => {
    const exported = onDealPage('2026-11-20T12:40:00.000Z', { origin: 'import', sourceId: '90001' });
    expect(touches([onContactPage('2026-11-20T11:25:00.000Z', counted), exported])).toHaveLength(2);
  });
});
