// @vitest-environment happy-dom
/**
 * From review s53 (dates). A rep in Dublin (browser zone Europe/Dublin) on an English (Ireland) HubSpot
 * portal. crm-evidence-2.md: item times carry a zone suffix in the portal's locale ("12 Mar 2025 at
 * 3:04 PM GMT" en-GB style, "… 11:53 GMT+2"), and Touchline honours a known suffix (page-date.ts).
 * In summer, English (Ireland) prints Irish Standard Time as "IST" (Intl/CLDR en-IE: "00:40 IST"
 * for Europe/Dublin in July; in winter "GMT"). Read as India's (+05:30), a call made at 00:40 in
 * Dublin was stored five and a half hours early: 19:10 the evening before, a day early (metrics.md:
 * days are counted in the user's zone). The same suffix from a browser in Kolkata is India's time;
 * the browser's own zone, as Intl names it at that moment, tells the two apart (lib/locale/zones.ts).
 */
import { describe, expect, it } from 'vitest';
import { hubspot } from '../../../../lib/adapters/hubspot/index';
import { readRecordPage } from '../../../../lib/adapters/record-page';
import { zonedDay } from '../../../../lib/zoned-day';

const URL_TEXT = 'https://app-eu1.hubspot.com/contacts/4410782/record/0-1/90311';

function page(when: string): string {
  return `<!DOCTYPE html><html lang="en-IE"><head><title>Niamh Brennan | HubSpot</title></head><body>
<div data-test-id="left-sidebar"><div data-card-type="OBJECT_HIGHLIGHT"><div data-test-id="record-highlight-main-content">
<h1 data-selenium-test="highlightTitle">Niamh Brennan</h1></div></div>
<div data-selenium-test="highlightedPropertySidebar"><div><span data-selenium-test="property-label-email">Email</span>
<div data-deferred-property-input-mode="display">niamh.brennan@harbourline.ie</div></div></div></div>
<div data-test-id="middle-pane"><div data-test-id="crm-events-viz-timeline">
<h3>July 2026</h3>
<div data-test-id="collapsible-event-accordion"><div role="button" aria-expanded="false" tabindex="0">
<div data-test-id="timeline-preview-event">
<div data-test-id="generic-preview-event-header"><span data-test-id="header-message">Logged call - Connected</span>
<span data-test-id="event-timestamp">${when}</span></div>
<div>Niamh called back from the airport about the renewal.</div>
</div></div></div>
</div></div>
<div data-test-id="records-right-sidebar"></div>
</body></html>`;
}

function readCall(when: string, timeZone: string) {
  document.open();
  document.write(page(when));
  document.close();
  const url = new URL(URL_TEXT);
  const ref = hubspot.detect(url);
  if (!ref) throw new Error('not a HubSpot record URL');
  const result = readRecordPage({ adapter: hubspot, ref }, document, url, {
    now: new Date('2026-07-16T09:00:00Z'),
    timeZone,
  });
  if (result.status !== 'read') throw new Error(`not read: ${JSON.stringify(result)}`);
  return result.activities.find((a) => a.type === 'call');
}

describe('HubSpot (en-IE): "IST" after a summer time is Irish Standard Time for a browser in Dublin', () => {
  it('dates a call shown "15 Jul 2026 at 00:40 IST" at 00:40 Dublin time, on 15 July', () => {
    const call = readCall('15 Jul 2026 at 00:40 IST', 'Europe/Dublin');
    expect(call).toBeDefined();
    expect(call?.timestamp).toBe('2026-07-14T23:40:00.000Z');
    expect(zonedDay(call?.timestamp as string, 'Europe/Dublin')).toBe('2026-07-15');
  });

  it('still reads "IST" as India for a browser in Kolkata (holds today)', () => {
    expect(readCall('15 Jul 2026 at 00:40 IST', 'Asia/Kolkata')?.timestamp).toBe('2026-07-14T19:10:00.000Z');
  });
});
