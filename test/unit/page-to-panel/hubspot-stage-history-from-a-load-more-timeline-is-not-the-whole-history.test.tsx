// @vitest-environment happy-dom
// Northwind — Fleet telematics (HubSpot, Sales Pipeline: Appointment scheduled → Qualified to buy →
// Presentation scheduled → Decision maker bought-in → Contract sent → Closed won / Closed lost).
// Created 12 May in Appointment scheduled, moved to Presentation scheduled on 10 Aug, to Decision
// maker bought-in on 1 Oct, to Contract sent on Thu 5 Nov. Today (Fri 20 Nov 2026, 15:00 UTC) the
// deal page shows its newest items, Priya's call of 9 Nov and the move of 5 Nov "from Decision maker
// bought-in to Contract sent", with "Load more" below them (crm-pages.md HubSpot: "the timeline
// scrolls in more items"); the older moves are not loaded.
//
// metrics.md "Stage history: the list of (stage, entered at) for a deal, read from the CRM page";
// "Stage conversion: of the deals that entered a stage, the share that moved to a later stage or
// were won". The history read is not the whole of it: the Stage card says so, as for a Salesforce
// "(3+)" history, and the conversion rows before the stage the history read begins in are not
// known (the deal may have gone through them unseen, as imported deals whose history begins late),
// never "no deals entered yet". Read whole (control), the same deal gives "1 of 1 moved on or won"
// for each earlier stage it went through.
import { cleanup } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { renderPanel } from '../components/render-panel';
import { asDeal, extension } from './chain';
import { DEAL_URL, dealPage, PRIYA, preview, stagePath } from './hubspot-northwind-day';
import { openPage } from './open-hand-written-page';

afterEach(cleanup);

const PATH = stagePath('Contract sent');

const NEWEST = [
  preview(
    'Call',
    'Call - Connected made by Alex Moreno',
    'Nov 9, 2026 at 4:30 PM',
    'Redlines',
    `<span>Call with ${PRIYA}</span>`,
  ),
  preview(
    null,
    'Deal stage changed',
    'Nov 5, 2026 at 10:00 AM',
    null,
    '<span>Alex Moreno moved the deal from Decision maker bought-in to Contract sent (Sales Pipeline)</span>',
  ),
].join('');
const OLDER = [
  preview(
    null,
    'Deal stage changed',
    'Oct 1, 2026 at 10:00 AM',
    null,
    '<span>Alex Moreno moved the deal from Presentation scheduled to Decision maker bought-in (Sales Pipeline)</span>',
  ),
  preview(
    null,
    'Deal stage changed',
    'Aug 10, 2026 at 2:00 PM',
    null,
    '<span>Alex Moreno moved the deal from Appointment scheduled to Presentation scheduled (Sales Pipeline)</span>',
  ),
  preview(
    null,
    'Deal created',
    'May 12, 2026 at 10:00 AM',
    null,
    '<span>Alex Moreno created this deal in Appointment scheduled (Sales Pipeline)</span>',
  ),
].join('');

async function panelFor(items: string, more: boolean) {
  const html = dealPage('Contract sent', items, more).replace(
    '<div data-test-id="highlight-property-item-dealstage">',
    `${PATH}<div data-test-id="highlight-property-item-dealstage">`,
  );
  const { reading, view } = await openPage(extension(), html, DEAL_URL);
  const { container } = renderPanel(
    { status: 'ready', view: asDeal(view) },
    { capture: { testPage: { status: 'idle' }, onSaveTestPage: vi.fn(), notRead: reading.notRead } },
  );
  const rows = new Map(
    [...container.querySelectorAll('section[aria-label="Stage conversion"] tr')].map((tr) => [
      tr.querySelector('th')?.textContent ?? '',
      tr.querySelector('td.tl-small')?.textContent ?? '',
    ]),
  );
  const stageCard = container.querySelector('section[aria-label="Stage"]') as HTMLElement;
  return { reading, rows, stageCard };
}

const NOT_KNOWN = "not known: this deal's earlier stages were not read";

it('the stage the page shows the deal leaving, and those before it, are not known: never "no deals entered yet"', async () => {
  const { reading, rows } = await panelFor(NEWEST, true);
  expect(reading.notRead.some((n) => n.field === 'activities' && n.part === 'older')).toBe(true);
  expect(rows.get('Contract sent')).toBe('0 of 1 moved on or won');
  expect(rows.get('Decision maker bought-in')).toBe(NOT_KNOWN);
  expect(rows.get('Presentation scheduled')).toBe(NOT_KNOWN);
  expect(rows.get('Appointment scheduled')).toBe(NOT_KNOWN);
});

it('the Stage card says the stage history was read only in part, and why', async () => {
  const { stageCard } = await panelFor(NEWEST, true);
  expect(stageCard.querySelector('[data-notice="stage-history-not-read"]')?.textContent).toContain(
    'the stage changes are read from the timeline, and older timeline items are behind a "Load more" control',
  );
});

it('(control) read whole, the same deal moved on from each earlier stage, and the Stage card has no note', async () => {
  const { rows, stageCard } = await panelFor(NEWEST + OLDER, false);
  expect(rows.get('Decision maker bought-in')).toBe('1 of 1 moved on or won');
  expect(rows.get('Presentation scheduled')).toBe('1 of 1 moved on or won');
  expect(rows.get('Qualified to buy')).toBe('no deals entered yet');
  expect(stageCard.querySelector('[data-notice="stage-history-not-read"]')).toBeNull();
});
