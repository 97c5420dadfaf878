import { describe, expect, it } from 'vitest';
import { collectTouches } from '../../../lib/metrics/collect-touches';
import { dealKey, JORDAN, LA, NOW, undated } from '../metrics/builders';

/**
 * Regression of 284836e (undated-page-copies.ts). Undated rows without a CRM id are now merged across
 * pages when crm, account, type, direction and title match; the date text printed is only a
 * preference (`open.find(same dateText) ?? open[0]`). Two emails with one subject that the CRM prints
 * on different days ("18. Nov." on Jordan's page, "3. Okt." on the deal's timeline) are two touches
 * (one CRM prints one email's date the same way on both pages); 699a4e9 counted 2, now 1.
 */
const DEAL = dealKey('7002');

describe('undated emails with one subject on two pages, printed with different dates', () => {
  it('are two touches', () => {
    const onJordansPage = undated('18. Nov.', { title: 'Route pricing v2' });
    const onDealPage = undated('3. Okt.', { title: 'Route pricing v2', dealKeys: [DEAL] });
    const { undated: count } = collectTouches([onJordansPage, onDealPage], {
      now: NOW,
      timeZone: LA,
      scopeKey: JORDAN,
    });
    expect(count).toBe(2);
  });
});
