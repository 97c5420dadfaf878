// @vitest-environment happy-dom
/**
 * From review s53 (dates). HubSpot prints item times in the user's HubSpot time zone and may name it
 * after the time (crm-evidence-2.md: "12 Mar 2025 at 3:04 PM GMT", "10 sept. 2026 à 11:53 GMT+2" (its offset style),
 * "Today at 2:26 PM"); Touchline honours a known suffix (hubspot/page-date.ts). A rep whose HubSpot
 * profile is set to New York opens the page from Berlin (the browser's zone, the page clock's) at
 * 00:30 on 21 November, which is still 18:30 on 20 November in New York. The page says the call was
 * "Today at 5:10 PM GMT-5", i.e. 22:10 UTC on 20 November, 80 minutes ago. "Today" taken from the
 * browser's calendar (21 November) with the time from GMT-5 was 22:10 UTC on 21 November, almost a
 * day in the future: a touch after now is in no period (metrics.md: the period ends now), "days
 * since last touch" counted from tomorrow, and "Yesterday at 11:30 PM GMT-5" moved a day on too.
 * The day word is the page's day in the zone it prints (lib/locale/read-date.ts).
 */
import { describe, expect, it } from 'vitest';
import { hubspot } from '../../../../lib/adapters/hubspot/index';
import { readRecordPage } from '../../../../lib/adapters/record-page';

const URL_TEXT = 'https://app.hubspot.com/contacts/2260193/record/0-1/70422';
const NOW = '2026-11-20T23:30:00Z';

const item = (header: string, when: string, body: string) =>
  `<div data-test-id="collapsible-event-accordion"><div role="button" aria-expanded="false" tabindex="0">
<div data-test-id="timeline-preview-event">
<div data-test-id="generic-preview-event-header"><span data-test-id="header-message">${header}</span>
<span data-test-id="event-timestamp">${when}</span></div>
<div>${body}</div></div></div></div>`;

const PAGE = `<!DOCTYPE html><html lang="en-US"><head><title>Priya Raman | HubSpot</title></head><body>
<div data-test-id="left-sidebar"><div data-card-type="OBJECT_HIGHLIGHT"><div data-test-id="record-highlight-main-content">
<h1 data-selenium-test="highlightTitle">Priya Raman</h1></div></div>
<div data-selenium-test="highlightedPropertySidebar"><div><span data-selenium-test="property-label-email">Email</span>
<div data-deferred-property-input-mode="display">priya.raman@corvid-labs.example</div></div></div></div>
<div data-test-id="middle-pane"><div data-test-id="crm-events-viz-timeline">
<h3>November 2026</h3>
${item('Logged call - Connected', 'Today at 5:10 PM GMT-5', 'Priya confirmed the pilot scope.')}
${item('Logged call - Left voicemail', 'Yesterday at 11:30 PM GMT-5', 'Left a message about the pilot.')}
</div></div>
<div data-test-id="records-right-sidebar"></div>
</body></html>`;

function calls() {
  document.open();
  document.write(PAGE);
  document.close();
  const url = new URL(URL_TEXT);
  const ref = hubspot.detect(url);
  if (!ref) throw new Error('not a HubSpot record URL');
  const result = readRecordPage({ adapter: hubspot, ref }, document, url, {
    now: new Date(NOW),
    timeZone: 'Europe/Berlin',
  });
  if (result.status !== 'read') throw new Error(`not read: ${JSON.stringify(result)}`);
  return result.activities.filter((a) => a.type === 'call');
}

describe('HubSpot: "Today"/"Yesterday" with a zone after the time, read from a browser in another zone', () => {
  it('"Today at 5:10 PM GMT-5" is 22:10 UTC on 20 November, not a day in the future', () => {
    const call = calls().find((a) => a.outcome === 'connected');
    expect(call?.timestamp).toBe('2026-11-20T22:10:00.000Z');
    expect(Date.parse(call?.timestamp as string)).toBeLessThanOrEqual(Date.parse(NOW));
  });

  it('"Yesterday at 11:30 PM GMT-5" is 04:30 UTC on 20 November', () => {
    const call = calls().find((a) => a.outcome === 'voicemail');
    expect(call?.timestamp).toBe('2026-11-20T04:30:00.000Z');
  });
});
