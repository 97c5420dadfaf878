import { describe, expect, it } from 'vitest';
import { auraTimeline, entry, readRecord, recordPage } from './aura-timeline-page';

/**
 * contracts.md: "`timestamp`: ISO 8601 in UTC, or absent with `dateText` kept when the page's date
 * could not be parsed" (and the activity key takes the raw date text then). A Japanese page (no
 * table: README, "another language") prints "3 日前" (3 days ago), which Touchline cannot read.
 *
 * Oracle, by hand: the call shows the date "3 日前". With or without classes the reading keeps it
 * as `dateText` and reports it unparsable. Before, without classes, it kept nothing and reported
 * "no date shown in the item": the task's checkbox label ("Mark complete") ended the header line
 * before the date (structure.ts headerLine now looks past a control's label).
 */
const call = entry({
  object: 'Task',
  id: '00T8d00000Cc901AAV',
  subject: '電話',
  kind: 'call',
  iconTitle: '電話',
  date: '3 日前',
  checkbox: true,
});
const page = recordPage(auraTimeline({ groups: [{ heading: '今月', items: call }] }), {
  lang: 'ja',
});

describe('an item whose date Touchline cannot parse, beside a labelled completion checkbox', () => {
  it.each([false, true])('keeps the date text as shown (classes stripped: %s)', (strip) => {
    const r = readRecord(page, { strip });
    expect(r.activities[0]?.timestamp).toBeUndefined();
    expect(r.activities[0]?.dateText).toBe('3 日前');
    expect(r.notRead.find((n) => n.field === 'activity date of "電話"')?.reason).toContain('3 日前');
  });
});
