// @vitest-environment happy-dom
// Northwind — Fleet telematics (HubSpot), follow-up limit 14 days (metrics.md default). Tue 1 Sep
// 2026 the rep read the deal page whole: its last touch then was a connected call with Priya Nair
// on Fri 28 Aug. Today (Fri 20 Nov 2026, 15:00 UTC) the deal page shows its newest ten items, all
// notes of 12–20 Nov, and "Load more" below them: the deal's items of 2 Sep – 11 Nov were never
// read (crm-pages.md: "the timeline scrolls in more items"; README: a timeline "only partly
// loaded" is reported as partly read).
//
// What "Load more" hides is older than the oldest item loaded (12 Nov), not older than the newest
// touch Touchline has (28 Aug): a call of 9 Nov may be among it. So "Last touch on the deal: 84
// days ago" is only what was read, the "No touch on any of the deal's contacts" flag (metrics.md
// "Deal without recent activity") may be wrong, and "0 of 3" contacts worked would be a confident
// 0. The same holds on a contact page (withTimelineReadInPart): its last touch gets the caveat.
import { cleanup } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { COLD_READ_IN_PART } from '../../../lib/metrics/timeline-read-in-part';
import type { ReadOk } from '../../../lib/schema/read-result';
import type { RecordView } from '../../../lib/schema/view-model';
import { metric, renderPanel } from '../components/render-panel';
import { asDeal, type Extension, extension } from './chain';
import { contactPage, DEAL_URL, dealPage, note, PRIYA, PRIYA_URL, preview } from './hubspot-northwind-day';
import { openPage } from './open-hand-written-page';

afterEach(cleanup);

const augustCall = preview(
  'Call',
  'Call - Connected made by Alex Moreno',
  'Aug 28, 2026 at 4:30 PM',
  'Security review walkthrough',
  `<span>Call with ${PRIYA}</span>`,
);

const NEWEST_TEN = [
  note('Nov 20, 2026 at 9:10 AM', 'Procurement wants the pilot price held until January.'),
  note('Nov 19, 2026 at 5:40 PM', 'Depot list confirmed.'),
  note('Nov 18, 2026 at 2:00 PM', 'Legal review booked for next week.'),
  note('Nov 17, 2026 at 11:30 AM', 'Van count: 212.'),
  note('Nov 16, 2026 at 8:30 AM', 'Install windows: two depots first.'),
  note('Nov 15, 2026 at 6:15 PM', 'Pricing sheet v3 attached.'),
  note('Nov 14, 2026 at 11:00 AM', 'Security questionnaire sent back.'),
  note('Nov 13, 2026 at 9:20 AM', 'Internal: check van count with ops.'),
  note('Nov 12, 2026 at 4:00 PM', 'Pilot success criteria drafted.'),
  note('Nov 12, 2026 at 10:00 AM', 'Budget owner is Priya.'),
].join('');

const panelOf = (reading: ReadOk, view: RecordView) =>
  renderPanel(
    { status: 'ready', view },
    { capture: { testPage: { status: 'idle' }, onSaveTestPage: vi.fn(), notRead: reading.notRead } },
  ).container;

async function dealPanelToday(ext: Extension) {
  const { reading, view } = await openPage(ext, dealPage('Contract sent', NEWEST_TEN, true), DEAL_URL);
  expect(reading.notRead.filter((n) => n.field === 'activities')).toEqual([
    expect.objectContaining({ part: 'older', olderThan: '2026-11-12T10:00:00.000Z' }),
  ]);
  const container = panelOf(reading, asDeal(view));
  return {
    days: metric(container, 'days-since-last-touch'),
    worked: metric(container, 'contacts-touched'),
    card: container.querySelector('section[aria-label="Contacts on the deal"]')?.textContent ?? '',
  };
}

it('a deal last touched on 28 Aug as read on 1 Sep, loaded today from 12 Nov: 84 days is only what was read', async () => {
  const ext = extension();
  ext.clock.now = new Date('2026-09-01T15:00:00Z');
  await openPage(ext, dealPage('Contract sent', augustCall, false), DEAL_URL);
  ext.clock.now = new Date('2026-11-20T15:00:00Z');
  const { days, worked, card } = await dealPanelToday(ext);
  expect(days.dataset.value).toBe('84');
  expect(card).toContain(`84 days ago ${COLD_READ_IN_PART}`);
  // The flag is raised from the touches read; a newer touch may be in 2 Sep – 11 Nov, not loaded.
  expect(card).toContain(
    "No touch on any of the deal's contacts for longer than the follow-up limit. The timeline was read in part: a newer touch may be in the part not read.",
  );
  // The period (from 21 Oct) lies partly in what was not loaded: no confident "0 of 3".
  expect(worked.dataset.value).toBe('');
  expect(card).toContain('Priya Nairno touches in period in what was read');
});

it("a deal whose last touch was read on Priya's contact page (28 Aug): the deal page's unloaded items may hold a newer one", async () => {
  const ext = extension();
  await openPage(ext, contactPage(PRIYA_URL, 'Priya Nair', 'priya.nair@northwind.example', augustCall), PRIYA_URL);
  const { days, card } = await dealPanelToday(ext);
  expect(days.dataset.value).toBe('84');
  expect(card).toContain(COLD_READ_IN_PART);
});

it('(control) a deal page loaded back past its last touch says the 84 days and the flag plainly', async () => {
  const { reading, view } = await openPage(
    extension(),
    dealPage('Contract sent', NEWEST_TEN + augustCall, true),
    DEAL_URL,
  );
  const card =
    panelOf(reading, asDeal(view)).querySelector('section[aria-label="Contacts on the deal"]')?.textContent ?? '';
  expect(card).toContain('84 days ago');
  expect(card).not.toContain(COLD_READ_IN_PART);
  expect(card).toContain("No touch on any of the deal's contacts for longer than the follow-up limit.");
  expect(card).not.toContain('a newer touch may be in the part not read');
});

it("Priya's contact page, read whole on 1 Sep and loaded today from 12 Nov: gone cold and her last touch carry the caveat", async () => {
  const ext = extension();
  ext.clock.now = new Date('2026-09-01T15:00:00Z');
  await openPage(ext, contactPage(PRIYA_URL, 'Priya Nair', 'priya.nair@northwind.example', augustCall), PRIYA_URL);
  ext.clock.now = new Date('2026-11-20T15:00:00Z');
  const today = contactPage(PRIYA_URL, 'Priya Nair', 'priya.nair@northwind.example', NEWEST_TEN, true);
  const { reading, view } = await openPage(ext, today, PRIYA_URL);
  const container = panelOf(reading, view);
  expect(metric(container, 'days-since-last-touch').dataset.value).toBe('84');
  const cold = metric(container, 'gone-cold');
  expect(cold.dataset.value).toBe('true');
  expect(cold.textContent).toContain(COLD_READ_IN_PART);
});
