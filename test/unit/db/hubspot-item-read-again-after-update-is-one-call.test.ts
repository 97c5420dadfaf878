// @vitest-environment happy-dom
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { hubspot } from '../../../lib/adapters/hubspot/index';
import { recordView } from '../../../lib/background/record-view';
import { saveReading } from '../../../lib/db/save-reading';
import type { ReadOk } from '../../../lib/schema/read-result';
import { defaultSettings } from '../../../lib/schema/settings';
import { freshDb } from './world-readings';

/**
 * A HubSpot 2024+ preview event with its time on its own line under the header (the shape
 * 1b2fdf2's hand-built pages use): no title hook, so the reader titles the item by the first text
 * after the header. Up to a012436 that was the time line; since 1b2fdf2 it is the body. The
 * activity key and duplicate rule 3 both hash / compare the title (contracts.md "Keys";
 * metrics.md "Duplicate"): unless the save takes the stored row titled by its own date text as
 * the item (lib/db/date-titled-row.ts), a call stored before the update is stored AGAIN under its
 * new title on the next visit, and the panel counts it twice.
 * The "stored before" reading is the same page item with the title the earlier version gave it
 * (the time text), which is exactly what a012436 reads for this page.
 */
const URL_ = 'https://app-eu1.hubspot.com/contacts/26112233/record/0-1/7301';
const NOW = new Date('2026-11-20T15:00:00Z');
const TIME = 'Nov 3, 2026 at 10:15 AM GMT';

function page(): string {
  const event = `<div data-test-id="collapsible-event-accordion"><div role="button" aria-expanded="false"><div data-test-id="timeline-preview-event"><div data-test-id="generic-preview-event-header"><span data-test-id="header-message">Logged call</span></div><div data-test-id="event-timestamp">${TIME}</div><div class="SanitizedText__Body-sc-3q8"><p>Talked about pricing</p></div></div></div></div>`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ana Souza</title></head><body>
<div data-test-id="left-sidebar"><div data-card-type="OBJECT_HIGHLIGHT"><div data-test-id="record-highlight-main-content"><h3 data-selenium-test="highlightTitle">Ana Souza</h3></div></div></div>
<div data-test-id="middle-pane"><div data-test-id="crm-events-viz-timeline">${event}</div></div>
<div data-test-id="records-right-sidebar"></div></body></html>`;
}

function read(): ReadOk {
  const window = new Window({
    url: URL_,
    settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true },
  });
  try {
    window.document.write(page());
    const result = hubspot.read(window.document as unknown as Document, new URL(URL_), { now: NOW, timeZone: 'UTC' });
    if (result.status !== 'read') throw new Error(result.status);
    return result;
  } finally {
    window.close();
  }
}

async function callsAfter(before: ReadOk, now: ReadOk) {
  const db = await freshDb();
  await saveReading(db, before, new Date('2026-11-19T15:00:00Z'), 'UTC', 'UTC');
  await saveReading(db, now, NOW, 'UTC', 'UTC');
  const key = `hubspot:${now.tenant}:contact:${now.recordId}`;
  const view = await recordView(db, key, { settings: defaultSettings('UTC'), now: NOW, onInvalid: () => undefined });
  expect(view?.kind).toBe('contact');
  const rows = await db.getAll('activities');
  return {
    calls: view && 'touches' in view ? view.touches.byChannel.call : undefined,
    titles: rows.map((r) => r.title),
  };
}

describe('a HubSpot call stored by the previous version, read again after the update', () => {
  it('is still one call, now titled by its body', async () => {
    const now = read();
    const before: ReadOk = { ...now, activities: now.activities.map((a) => ({ ...a, title: TIME })) };
    expect(await callsAfter(before, now)).toEqual({ calls: 1, titles: ['Talked about pricing'] });
  });

  it('a call stored with another title that is no date stays its own', async () => {
    const now = read();
    const before: ReadOk = { ...now, activities: now.activities.map((a) => ({ ...a, title: 'Left a voicemail' })) };
    expect((await callsAfter(before, now)).calls).toBe(2);
  });

  it("a call titled by another day's date stays its own", async () => {
    const now = read();
    const other = 'Nov 2, 2026 at 10:15 AM GMT';
    const before: ReadOk = { ...now, activities: now.activities.map((a) => ({ ...a, title: other })) };
    expect((await callsAfter(before, now)).calls).toBe(2);
  });
});
