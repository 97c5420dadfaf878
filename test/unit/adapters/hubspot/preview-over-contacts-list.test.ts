// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { hubspot } from '../../../../lib/adapters/hubspot/index';
import { readRecordPageInSlices } from '../../../../lib/adapters/read-in-slices';
import type { RecordPage } from '../../../../lib/adapters/record-page';
import { watchRecord } from '../../../../lib/content/watch-record';
import { setUrl } from '../../content/jordan-page';
import { showHtml } from '../../content/show-html';

const URL_BEN = 'https://app.hubspot.com/contacts/4410021/record/0-1/952';
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function event(header: string, time: string, subject: string): string {
  return `<div data-test-id="collapsible-event-accordion"><div role="button" aria-expanded="false"><div data-test-id="timeline-preview-event"><div data-test-id="generic-preview-event-header"><span role="img" aria-label="Call"></span><span data-test-id="header-message">${header}</span><span data-test-id="event-timestamp">${time}</span></div><div>${subject}</div></div></div></div>`;
}

/**
 * The contacts list with HubSpot's preview panel open on Carla Diaz (the rep previewed her, then
 * clicked Ben Brooks in the list). The preview shows Carla's highlight title and her recent activity.
 * Guessed markup for the panel (no source in crm-pages.md / crm-evidence-2.md shows it).
 */
const LIST_WITH_PREVIEW = `<main><h1>Contacts</h1><table><tbody>
<tr><td><a href="/contacts/4410021/record/0-1/951">Carla Diaz</a></td></tr>
<tr><td><a href="/contacts/4410021/record/0-1/952">Ben Brooks</a></td></tr></tbody></table></main>
<div role="dialog" aria-modal="true" aria-label="Preview"><div data-card-type="OBJECT_HIGHLIGHT"><h2 data-selenium-test="highlightTitle">Carla Diaz</h2></div>
<div data-test-id="crm-events-viz-timeline">${event('Call - Connected made by Alex Morgan', 'Nov 19, 2026 at 9:00 AM', 'Call with Carla')}</div></div>`;

const BEN_PAGE = `<main><div data-card-type="OBJECT_HIGHLIGHT"><h2 data-selenium-test="highlightTitle">Ben Brooks</h2></div>
<div data-test-id="middle-pane"><div data-test-id="crm-events-viz-timeline">${event('Call - Connected made by Alex Morgan', 'Nov 18, 2026 at 2:00 PM', 'Call with Ben')}</div></div></main>`;

afterEach(() => document.body.replaceChildren());

describe('from the contacts list, with a preview panel open, to a contact record (a slow CRM)', () => {
  it('reads the list with the preview as still loading, not as the record', () => {
    setUrl(URL_BEN);
    document.title = 'Contacts | HubSpot';
    showHtml(document.body, LIST_WITH_PREVIEW);
    const r = hubspot.read(document, new URL(URL_BEN), { now: new Date('2026-11-20T15:00:00Z'), timeZone: 'UTC' });
    expect(r.status).toBe('loading');
    expect(r.status === 'loading' && r.reason).toContain('preview');
  });

  it("never reads the preview of Carla as Ben's record", async () => {
    setUrl(URL_BEN);
    document.title = 'Contacts | HubSpot';
    showHtml(document.body, LIST_WITH_PREVIEW);
    const page = hubspot.detect(new URL(URL_BEN));
    if (!page) throw new Error('not a record URL');
    const recordPage: RecordPage = { adapter: hubspot, ref: page };
    const seen: string[] = [];
    const route = new AbortController();
    watchRecord({
      page: recordPage,
      readInSlices: readRecordPageInSlices,
      url: new URL(URL_BEN),
      signal: route.signal,
      awaitChange: true,
      // The panel showed the list (not a record): there is no name of a record left.
      leftName: undefined,
      isCurrent: () => location.href === URL_BEN,
      onReading: (r) => {
        if (r.status === 'read') seen.push(`${r.record.name}: ${r.activities.map((a) => a.title).join(', ')}`);
      },
    });
    // HubSpot takes 3 s to draw Ben's record (longer than the 2 s settle time, well inside the 15 s loading time).
    await wait(3000);
    document.title = 'Ben Brooks | HubSpot';
    showHtml(document.body, BEN_PAGE);
    await wait(1500);
    route.abort();
    // Carla's call stored under Ben would be a touch Ben never had.
    expect(seen.join(' | ')).not.toContain('Carla');
    expect(seen.at(-1)).toBe('Ben Brooks: Call with Ben');
  });
});
