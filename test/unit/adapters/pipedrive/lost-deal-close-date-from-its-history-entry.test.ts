// @vitest-environment happy-dom
/**
 * A lost deal whose sidebar shows no Lost time, only the plan "Expected close date: Dec 15, 2026",
 * a day still to come. The reader took that plan as the day the deal closed, so its time in its
 * last stage ran on to today (metrics.md "Time in stage: now (or the exit time) minus …"). The
 * History's "Deal lost: No budget" entry (12 Nov) says when it closed; without one, a closed deal
 * cannot have closed on a day still to come: its close date is not read, and notRead says so.
 * Review s61 (r61j): nor on an expected close date already past, which was the plan too.
 * Clock 2026-11-20 15:00 UTC.
 */
import { describe, expect, it } from 'vitest';
import { changelogItem, dealPage, fieldRow, readDeal, stageBar } from './div-header-deal-page';

const lost = (feed: string, expected = 'Dec 15, 2026') =>
  readDeal(
    dealPage({
      headerExtra:
        '<span class="StatusBadge__badge--x2">Lost</span><button type="button" class="cui5-button">Reopen</button>',
      stages: stageBar([
        ['Qualified', null, false],
        ['Proposal', null, false],
        ['Negotiation', 4, true],
      ]),
      fields:
        fieldRow('Pipeline', 'Sales') +
        fieldRow('Expected close date', expected) +
        fieldRow('Deal created', 'Oct 1, 2026'),
      feed: feed + changelogItem('Stage: Proposal → Negotiation', 'Nov 8, 2026 9:30 AM'),
    }),
  );

describe('Pipedrive: a lost deal showing no Lost time', () => {
  it('closed on the day of its History entry "Deal lost"', () => {
    const r = lost(changelogItem('Deal lost: No budget', 'Nov 12, 2026 4:00 PM'));
    expect(r.record.closed).toBe('lost');
    expect(r.record.closeDate).toBe('2026-11-12');
  });

  it('without such an entry, an expected close date still to come is no close date, and is said', () => {
    const r = lost('');
    expect(r.record.closeDate).toBeUndefined();
    expect(r.notRead).toContainEqual(
      expect.objectContaining({ field: 'closeDate', reason: expect.stringContaining('Dec 15, 2026') }),
    );
  });

  it('an expected close date already past is no close date either, and is said', () => {
    const r = lost('', 'Nov 10, 2026');
    expect(r.record.closeDate).toBeUndefined();
    expect(r.notRead).toContainEqual(
      expect.objectContaining({ field: 'closeDate', reason: expect.stringContaining('Nov 10, 2026') }),
    );
  });

  it('a rep’s note without an icon saying "Deal lost: …" is prose, never the day it closed', () => {
    const note = `<div class="FlowItem_item__z8Qp1"><div class="FlowItem_card__z8Qp1"><div>Deal lost: they chose a competitor, call them again in spring.</div><div class="FlowItem_meta__z8Qp1"><span>Nov 18, 2026 11:00 AM</span> · <span>Lena Vogel</span></div></div></div>`;
    expect(lost(note, 'Nov 10, 2026').record.closeDate).toBeUndefined();
  });
});
