/**
 * From review s53 (dates; Pipedrive's case: test/unit/adapters/pipedrive/
 * day-shown-over-a-midnight-utc-datetime.test.ts). A web app serialises
 * a date-only value as midnight UTC (`<time datetime="2026-11-19T00:00:00.000Z">` behind "Nov 19");
 * the page shows no time of day, so decisions.md keys the touch by "the date as printed" and
 * metrics.md counts days in the user's zone: read in California, the attribute's instant is
 * 16:00 on 18 November. The shown day must win (lib/locale/machine-date-stands.ts).
 */
import { describe, expect, it } from 'vitest';
import { zonedDay } from '../../../../lib/zoned-day';
import { inspectPage } from '../../../../scripts/inspect-page';

/**
 * HubSpot reads a `datetime` inside the item's timestamp before its text too (hubspot/timeline-item.ts
 * dateTextOf): "Nov 19" shown, `datetime="2026-11-19T00:00:00.000Z"` behind it.
 */
const HUBSPOT = `<!DOCTYPE html><html lang="en-US"><head><title>Owen Castillo | HubSpot</title></head><body>
<div data-test-id="left-sidebar"><div data-card-type="OBJECT_HIGHLIGHT"><div data-test-id="record-highlight-main-content"><h1 data-selenium-test="highlightTitle">Owen Castillo</h1></div></div>
<div data-selenium-test="highlightedPropertySidebar"><div><span data-selenium-test="property-label-email">Email</span><div data-deferred-property-input-mode="display">owen@castillofreight.example</div></div></div></div>
<div data-test-id="middle-pane"><div data-test-id="crm-events-viz-timeline"><h3>November 2026</h3>
<div data-test-id="collapsible-event-accordion"><div role="button" aria-expanded="false" tabindex="0"><div data-test-id="timeline-preview-event">
<div data-test-id="generic-preview-event-header"><span data-test-id="header-message">Logged call - Connected</span>
<span data-test-id="event-timestamp"><time datetime="2026-11-19T00:00:00.000Z">Nov 19</time></span></div><div>Talked through the quote.</div></div></div></div>
</div></div><div data-test-id="records-right-sidebar"></div></body></html>`;

describe('HubSpot: a timestamp showing only "Nov 19", its <time datetime> at midnight UTC, read in Los Angeles', () => {
  it('dates the call on 19 November in the rep’s zone, without a time of day', () => {
    const { output } = inspectPage(
      HUBSPOT,
      'https://app.hubspot.com/contacts/4410782/record/0-1/90311',
      new Date('2026-11-20T15:00:00Z'),
      'America/Los_Angeles',
    );
    const call = (
      output as { activities: { type: string; timestamp?: string; timePrecision?: string }[] }
    ).activities.find((a) => a.type === 'call');
    expect(call?.timestamp).toBeDefined();
    expect(zonedDay(call?.timestamp as string, 'America/Los_Angeles')).toBe('2026-11-19');
    expect(call?.timePrecision).toBe('day');
  });
});
