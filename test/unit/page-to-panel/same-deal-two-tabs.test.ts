// Review s36 (single-page apps): the same deal open in two tabs.
import { describe, expect, it } from 'vitest';
import type { DealView } from '../../../lib/schema/view-model';
import { extension, readFixture } from './chain';

const at = (iso: string) => new Date(iso);

/** The deal page as tab 2 drew it at 14:00: still in "Decision maker bought-in" (entered Nov 3). */
const STAGE_EVENT = /<div data-test-id="collapsible-event-accordion"[^\n]*Deal stage changed[^\n]*\n/;
const beforeTheMove = (html: string) =>
  html
    .replace(/(highlight-property-display-dealstage">)Contract sent/, '$1Decision maker bought-in')
    .replace(
      '<div data-deferred-property-input-mode="display"><span data-selenium-test="property-label">Date entered "Contract sent (Sales Pipeline)"</span><div>11/16/2026 11:15 AM</div></div>',
      '',
    )
    .replace(STAGE_EVENT, '');
/** The page after the rep moved the deal to "Contract sent" at 14:55 in tab 1 (HubSpot's own "Date entered" says so). */
const afterTheMove = (html: string) =>
  html
    .replace('11/16/2026 11:15 AM', '11/20/2026 2:55 PM')
    .replace('Nov 16, 2026 at 11:15 AM', 'Nov 20, 2026 at 2:55 PM');

describe('the same deal open in two tabs, the stage moved in one of them', () => {
  it('a later reading of the older tab does not move the deal back and forth', async () => {
    const ext = extension('UTC');
    const steps: [string, (h: string) => string][] = [
      ['2026-11-20T14:00:00Z', beforeTheMove], // tab 2 opened
      ['2026-11-20T15:00:00Z', afterTheMove], // tab 1, after the move
      ['2026-11-20T15:10:00Z', beforeTheMove], // tab 2 read again (its timeline scrolled in more items, "read again", a setting changed)
      ['2026-11-20T15:20:00Z', afterTheMove], // tab 1 read again
    ];
    let view: DealView | undefined;
    for (const [time, edit] of steps) {
      const reading = readFixture('hubspot', 'deal-highlight-stage', at(time), 'UTC', edit);
      ext.clock.now = at(time);
      view = (await ext.save(reading)) as DealView;
    }
    if (!view) throw new Error('no view');
    // One move today: Decision maker bought-in (Nov 3) → Contract sent (14:55, as the page itself says).
    // Tab 2's page is older than what is stored (its stage was entered Nov 3, before the known 14:55
    // entry of Contract sent): no move back at 15:10 and no re-entry at 15:20, which would restart the
    // time in stage (metrics.md: re-entering starts counting again) and add two stays of minutes to the
    // typical-time samples and the stage conversion.
    const sinceNov3 = view.stageTimeline.filter((s) => s.enteredAt >= '2026-11-03').map((s) => [s.stage, s.enteredAt]);
    expect(sinceNov3).toEqual([
      ['Decision maker bought-in', '2026-11-03T16:00:00.000Z'],
      ['Contract sent', '2026-11-20T14:55:00.000Z'],
    ]);
    expect(view.stage).toBe('Contract sent');
  });

  it('a move back the page dates after the stored entry is a move', async () => {
    const ext = extension('UTC');
    // The rep moved the deal back to "Decision maker bought-in" at 15:15; HubSpot's "Date entered" says so.
    const movedBack = (html: string) => beforeTheMove(html).replace('11/03/2026 4:00 PM', '11/20/2026 3:15 PM');
    const steps: [string, (h: string) => string][] = [
      ['2026-11-20T15:00:00Z', afterTheMove],
      ['2026-11-20T15:20:00Z', movedBack],
    ];
    let view: DealView | undefined;
    for (const [time, edit] of steps) {
      ext.clock.now = at(time);
      view = (await ext.save(readFixture('hubspot', 'deal-highlight-stage', at(time), 'UTC', edit))) as DealView;
    }
    expect(view?.stage).toBe('Decision maker bought-in');
    expect(view?.stageTimeline.at(-1)).toMatchObject({ stage: 'Decision maker bought-in', current: true });
  });
});
