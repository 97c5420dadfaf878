/** A deal's expected close date shown without its year looks ahead, as a planned activity's date does. */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

const deal = fixturePage('pipedrive', 'deal-hashed');
const withCloseDate = (shown: string) => edited(deal.html, ['>December 18, 2026</div>', `>${shown}</div>`]);

describe('an open deal’s expected close date without a year', () => {
  it('is next month’s day, not last year’s (the page’s clock is 2026-11-20)', () => {
    expect(readPage(withCloseDate('December 18'), deal.url).record.closeDate).toBe('2026-12-18');
  });

  it('is a day of this year when it passed lately (an overdue close date)', () => {
    expect(readPage(withCloseDate('October 30'), deal.url).record.closeDate).toBe('2026-10-30');
  });
});

describe('a lost deal’s expected close date without a year', () => {
  // Review s61 (r61j): the plan, never the day the deal was lost; the note quotes it as the open deal's was read.
  it('is no close date, and the note gives the day as planned', () => {
    const lost = edited(withCloseDate('December 18'), [
      '<button type="button" class="cui5-button cui5-button--positive">Won</button><button type="button" class="cui5-button cui5-button--negative">Lost</button>',
      '<span class="cui5-badge cui5-badge--negative">Lost</span>',
    ]);
    const { record, notRead } = readPage(lost, deal.url);
    expect(record.closed).toBe('lost');
    expect(record.closeDate).toBeUndefined();
    expect(notRead).toContainEqual({
      field: 'closeDate',
      reason:
        'the deal is lost and the page shows only its expected close date ("December 18", 2026-12-18), not when it was lost',
    });
  });
});
