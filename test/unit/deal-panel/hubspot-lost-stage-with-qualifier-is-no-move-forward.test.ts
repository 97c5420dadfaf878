// @vitest-environment happy-dom
/**
 * A HubSpot deal lost in a stage whose name carries a qualifier ("Closed lost - no budget"). The
 * reader knows such a stage closes the deal (lib/adapters/hubspot/read-deal.ts: "A portal may add a
 * qualifier after the name ("Closed won (Sales Pipeline)", "Closed Lost - No budget", …)" → closed:
 * 'lost'), but the metrics decide what is an outcome by stageOutcome (one outcome word, nothing
 * else: lib/metrics/stage-outcome.ts) and closedStages (Salesforce only:
 * lib/metrics/closed-stage.ts), so "Closed lost - no budget" is an open stage to them.
 *
 * metrics.md "Stage conversion": "A move to a lost stage is not a move forward; closed won /
 * closed lost are outcomes, not rows." By hand: the deal entered Contract sent and was lost from
 * there, so Contract sent converted 0 of 1; no row is named after the lost stage.
 */
import { expect, it } from 'vitest';
import { hsDeal, hsHighlight, hsProp, readHs } from '../adapters/hubspot/built-deal-page';
import { keyOf, newDb, saved, viewOf } from './saved-deal-view';

const NOW = new Date('2026-11-20T15:00:00Z');

it('counts a deal lost from Contract sent as not moved on, and shows no conversion row for its lost stage', async () => {
  const page = hsDeal({
    lang: 'en-US',
    highlights:
      hsHighlight('dealstage', 'Deal stage', 'Closed lost - no budget') + hsHighlight('amount', 'Amount', '$10,000.00'),
    sidebar: hsProp('Pipeline', 'Sales Pipeline') + hsProp('Close date', 'Nov 10, 2026'),
    items: [
      {
        header: 'Alex Morgan moved the deal from Contract sent to Closed lost - no budget',
        date: 'Nov 10, 2026 at 9:00 AM',
      },
      {
        header: 'Alex Morgan moved the deal from Presentation scheduled to Contract sent',
        date: 'Oct 20, 2026 at 9:00 AM',
      },
      {
        header: 'Alex Morgan moved the deal from Appointment scheduled to Presentation scheduled',
        date: 'Oct 1, 2026 at 9:00 AM',
      },
    ],
  });
  const reading = readHs(page, { now: NOW });
  expect(reading.record.closed).toBe('lost');
  const db = await newDb();
  await saved(db, reading, NOW);
  const view = await viewOf(db, keyOf(reading), NOW);
  expect(view.closed).toBe('lost');
  expect(view.conversion.find((row) => row.stage === 'Contract sent')).toMatchObject({ entered: 1, advanced: 0 });
  expect(view.conversion.map((row) => row.stage)).not.toContain('Closed lost - no budget');
});
