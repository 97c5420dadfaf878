/**
 * Numeric dates of stage changes in the order the page prints them. README ("Supported CRMs"): a
 * page whose visible dates show their order (19/11/2026) is read in that order whatever its
 * language tag says; a numeric date whose order the page does not settle is kept as text and
 * reported, never guessed. Session 31 (items 10 and 15, HubSpot and Salesforce): only dates
 * printed as values settle the order, not a date someone typed in an email body.
 */
import { describe, expect, it } from 'vitest';
import { edited, readPage } from '../page-variation';
import { deal } from './deal-page-edits';

describe('Pipedrive deal stage history and the order of day and month', () => {
  it('an en-US page printing day-first dates (17/11/2026) reads 03/11/2026 as 3 November', () => {
    // Pipedrive's date format is a user setting apart from the interface language. Read month first,
    // the deal (created 30 Oct 2026) would have entered Contact Made on 11 March 2026.
    const page = edited(
      deal.html,
      ['November 11, 2026 at 10:00 AM', '03/11/2026 10:00'],
      ['November 17, 2026 at 9:30 AM', '17/11/2026 09:30'],
    );
    const history = readPage(page, deal.url).record.stageHistory as { stage: string; enteredAt: string }[];
    expect(history.find((e) => e.stage === 'Contact Made')?.enteredAt).toBe('2026-11-03T10:00:00.000Z');
  });

  it('on a lang="en" page a date in a contact’s email body does not settle the order of the changelog’s dates', () => {
    // "11/10/2026" is 10 Nov or 11 Oct; only the customer's own text ("23/11/2026") is day first (the page's dates
    // with a month name are printed both ways round, which settles nothing). Read as 11 Oct the deal entered
    // Contact Made before it was created (30 Oct). Expected: reported as either way round.
    const page = edited(
      deal.html,
      ['<html lang="en-US"', '<html lang="en"'],
      ['November 11, 2026 at 10:00 AM', '11/10/2026 10:00 AM'],
      ['November 17, 2026 at 9:30 AM', 'Nov 17 at 9:30 AM'],
      ['>December 18, 2026</div>', '>18 December 2026</div>'],
      [/Scope looks right\. Sent it on to our CFO\./g, 'Scope looks right. Could we start on 23/11/2026?'],
    );
    const reading = readPage(page, deal.url);
    const history = reading.record.stageHistory as { stage: string; enteredAt: string }[];
    expect(history.map((e) => e.enteredAt)).not.toContain('2026-10-11T10:00:00.000Z');
    expect(reading.notRead).toContainEqual({
      field: 'activities.timestamp',
      reason: 'the date "11/10/2026 10:00 AM" reads either way round',
    });
  });
});
