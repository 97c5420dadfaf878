import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * Salesforce prints dates in the user's locale setting, which need not match the language the page
 * is in: an `en-US` page of a user whose locale is English (United Kingdom) prints 27/10/2026.
 * deal-activity-groups (`<html lang="en-US">`) with every numeric date written day first: some are
 * plainly day first (27/10/2026, 15/12/2026), two could be either (2/10/2026, 10/11/2026).
 */
const page = fixturePage('salesforce', 'deal-activity-groups');
const dayFirst = edited(page.html, [/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, '$2/$1/$3']);

describe('an en-US page whose dates are day first', () => {
  const original = readPage(page.html, page.url);
  const read = readPage(dayFirst, page.url);

  it('is the page the test means: en-US, with ambiguous and plainly day-first dates', () => {
    expect(dayFirst).toContain('<html lang="en-US">');
    expect(dayFirst).toContain('<td>2/10/2026, 10:00 AM</td>');
    expect(dayFirst).toContain('27/10/2026');
  });

  it('reads its ambiguous dates in the order its other dates show', () => {
    const entered = (r: typeof read) =>
      (r.record.stageHistory as { stage: string; enteredAt: string }[]).map((e) => [e.stage, e.enteredAt]);
    expect(entered(read)).toEqual(entered(original));
    expect(entered(read)).toContainEqual(['Proposal/Price Quote', '2026-11-10T14:15:00.000Z']);
  });

  it('reads the same record and activities as the month-first page', () => {
    expect(read.record).toEqual(original.record);
    expect(read.activities).toEqual(original.activities);
    expect(read.notRead).toEqual(original.notRead);
  });
});
