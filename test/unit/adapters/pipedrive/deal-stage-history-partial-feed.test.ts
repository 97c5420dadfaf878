/**
 * The deal's creation date is the entry into a stage only when the page shows the whole changelog:
 * on the saved page the deal was created on 30 Oct in Qualified, moved to Contact Made on 11 Nov and
 * to Demo Scheduled on 17 Nov (3 days in stage at 20 Nov). metrics.md: when the page shows no entry
 * for a stage, its entry is not known exactly (a range from Touchline's sightings), never a made-up
 * exact date. A feed that is filtered, cut off or holds an undated change says nothing about when
 * the deal entered the stage the first shown move leaves (or the stage it is in).
 */
import { describe, expect, it } from 'vitest';
import { edited, readPage } from '../page-variation';
import { deal, filteredToActivities, withoutDayCounts, withoutItem, withShowMore } from './deal-page-edits';

const CREATED = '2026-10-30T11:00:00.000Z';

describe('Pipedrive deal stage history from a feed that does not show every change', () => {
  it('a History filtered to "Activities" does not date the current stage from the deal’s creation', () => {
    // Older bar without day counts; the filter hides both changelog rows. Truth: Demo Scheduled since 17 Nov (3 days),
    // reading it as entered on 30 Oct gives an exact 21 days in stage (a "stalled" warning at the default 14-day typical time).
    const page = filteredToActivities(withoutDayCounts(deal.html));
    const reading = readPage(page, deal.url);
    expect(reading.notRead.map((n) => n.reason)).toContain('the history is filtered to "Activities"');
    expect(reading.record.stageHistory).not.toContainEqual(
      expect.objectContaining({ stage: 'Demo Scheduled', enteredAt: CREATED }),
    );
  });

  it('a feed cut off by "Show more" does not date the first shown move’s from-stage at creation', () => {
    // The 11 Nov move Qualified → Contact Made is behind "Show more"; only Contact Made → Demo Scheduled (17 Nov) shows.
    // Truth: Contact Made from 11 Nov to 17 Nov (6 days; the bar even says "6 d · Contact Made"), not 18 days from 30 Oct.
    const page = withShowMore(withoutItem(deal.html, 'Stage: Qualified → Contact Made'));
    const reading = readPage(page, deal.url);
    expect(reading.notRead.map((n) => n.field)).toContain('activities');
    expect(reading.record.stageHistory).not.toContainEqual(
      expect.objectContaining({ stage: 'Contact Made', enteredAt: CREATED }),
    );
  });

  it('an earlier stage change whose date is not read does not make the next one’s from-stage start at creation', () => {
    // lang="en", and dates with a month name printed both ways round, leave "11/10/2026" either way round:
    // that row is reported, and Contact Made's entry is unknown.
    const page = edited(
      deal.html,
      ['<html lang="en-US"', '<html lang="en"'],
      ['November 11, 2026 at 10:00 AM', '11/10/2026 10:00 AM'],
      ['>December 18, 2026</div>', '>18 December 2026</div>'],
    );
    const reading = readPage(page, deal.url);
    expect(reading.notRead).toContainEqual(expect.objectContaining({ field: 'activities.timestamp' }));
    expect(reading.record.stageHistory).not.toContainEqual(
      expect.objectContaining({ stage: 'Contact Made', enteredAt: CREATED }),
    );
  });
});
