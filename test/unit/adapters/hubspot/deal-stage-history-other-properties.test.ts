import { describe, expect, it } from 'vitest';
import { dealPage, property, readDeal } from './deal-page';

/**
 * A deal's timeline also shows its contacts' lifecycle and lead stages changing: those are no
 * stages of the deal's pipeline and stay out of its stage history, and are no unread move either.
 */
describe("HubSpot deal stage history and other properties' stages", () => {
  it.each([['Lifecycle stage changed to Opportunity'], ['Lead stage changed to Qualified']])(
    '"%s" is not a deal stage entry',
    (header) => {
      const read = readDeal(
        dealPage({
          sidebar: property('Deal stage', 'Decision maker bought-in'),
          items: [
            { header, date: 'Nov 10, 2026 at 9:00 AM', body: '' },
            {
              header: 'Deal stage changed',
              date: 'Nov 2, 2026 at 9:00 AM',
              body: '<p>Alex Morgan moved the deal from Appointment scheduled to Decision maker bought-in (Sales Pipeline)</p>',
            },
          ],
        }),
      );
      // By hand: only the move into Decision maker bought-in on Nov 2 at 9:00 UTC.
      expect(read.record.stageHistory).toEqual([
        { stage: 'Decision maker bought-in', enteredAt: '2026-11-02T09:00:00.000Z' },
      ]);
      expect(read.notRead.filter((n) => n.field === 'record.stageHistory')).toEqual([]);
    },
  );
});
