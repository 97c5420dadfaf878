import { describe, expect, it } from 'vitest';
import { edited, readPage } from '../page-variation';
import { deal } from './deal-page-edits';

/**
 * Pipedrive's date format is a user setting apart from the interface language: an `en-US` page
 * of a user with a UK format prints "17 November 2026" and 03/11/2026 for 3 November. The saved
 * deal (created 30 Oct 2026), its month-name dates written day first, and its Contact Made move
 * printed "03/11/2026 10:00 AM", a date no number above 12 settles. Read month first, the deal
 * would have entered Contact Made on 11 March, before it was created.
 */
const MONTH_FIRST =
  /(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})/g;
const entered = (html: string) =>
  (readPage(html, deal.url).record.stageHistory as { stage: string; enteredAt: string }[]).find(
    (e) => e.stage === 'Contact Made',
  )?.enteredAt;

describe('a Pipedrive page whose date format is not its language’s', () => {
  it('an en-US page printing "17 November 2026" reads 03/11/2026 as 3 November', () => {
    const page = edited(deal.html, ['November 11, 2026 at 10:00 AM', '03/11/2026 10:00 AM'], [MONTH_FIRST, '$2 $1 $3']);
    expect(page).toContain('17 November 2026 at 9:30 AM');
    expect(entered(page)).toBe('2026-11-03T10:00:00.000Z');
  });
});
