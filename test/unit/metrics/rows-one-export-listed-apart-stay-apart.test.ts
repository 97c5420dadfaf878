import { describe, expect, it } from 'vitest';
import { collectTouches } from '../../../lib/metrics/collect-touches';
import { listedApart } from '../../../lib/metrics/duplicate-rules';
import type { Activity } from '../../../lib/schema/activity';
import { at, call, NOW } from './builders';

/**
 * metrics.md "Duplicate" rule 3 takes date-only copies of one contact, channel, direction and
 * title on one day as one touch, but a Salesforce report without Activity ID lists three dials of
 * one contact on one day as three rows: the import keys them `<key>`, `<key>:2`, `<key>:3`
 * (lib/csv-import/row-ordinal.ts), and rows so listed apart stay apart (duplicate-rules.ts
 * listedApart). Builders' zone (Los Angeles); dials on 18 Nov, dated by the day.
 */
const BASE = 'salesforce:acme.lightning.force.com:activity:ha9d60f306f0c55c9';
const dial = (key: string, outcome: 'no-answer' | 'connected') =>
  call(at('2026-11-18 00:00'), outcome, {
    key,
    crm: 'salesforce',
    origin: 'import',
    timePrecision: 'day',
    printedOn: '2026-11-18',
  });
const DIALS = [dial(BASE, 'no-answer'), dial(`${BASE}:2`, 'no-answer'), dial(`${BASE}:3`, 'connected')];
/** The page's copy of one dial, with its time: no ordinal. */
const pageCopy = call(at('2026-11-18 10:40'), 'connected', { crm: 'salesforce', key: 'salesforce:acme:activity:p1' });

const touches = (copies: Activity[]) => collectTouches(copies, { now: NOW, timeZone: 'America/Los_Angeles' }).touches;

describe('date-only rows of one export listed apart', () => {
  it('are three touches', () => {
    expect(touches(DIALS)).toHaveLength(3);
  });

  it('with a page copy of one of them, still three: the copy joins the first', () => {
    const merged = touches([...DIALS, pageCopy]);
    expect(merged).toHaveLength(3);
    expect(merged.find((t) => t.copies.includes(pageCopy.key))?.copies).toEqual([pageCopy.key, BASE]);
  });

  it('where the first was found already there as the page copy (not stored), still three', () => {
    expect(touches([pageCopy, ...DIALS.slice(1)])).toHaveLength(3);
  });

  it('only keys hashed from one item are listed apart: never two keys with CRM ids ending in digits', () => {
    const keyed = (key: string) => ({ ...(DIALS[0] as Activity), key });
    expect(listedApart(keyed(BASE), keyed(`${BASE}:2`))).toBe(true);
    expect(
      listedApart(keyed('pipedrive:acme:activity:activity:901'), keyed('pipedrive:acme:activity:activity:9')),
    ).toBe(false);
    expect(listedApart(keyed(`${BASE}:2`), keyed(`${BASE}:2`))).toBe(false);
  });
});
