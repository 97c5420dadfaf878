// @vitest-environment happy-dom
// Northwind — Fleet telematics (HubSpot, Sales Pipeline: Appointment scheduled → Qualified to buy →
// Presentation scheduled → Decision maker bought-in → Contract sent → Closed won / Closed lost).
// The rep created the deal on Mon 2 Nov straight in "Presentation scheduled" (Priya had asked for a
// demo) and moved it to "Decision maker bought-in" on Tue 10 Nov. Today (Fri 20 Nov 2026) its
// timeline shows, newest first, Priya's call of 12 Nov, the move of 10 Nov, the "Deal created" item
// ("Alex Moreno created this deal in Presentation scheduled") and, under it, Priya's emails of late
// October — HubSpot lists the associated contacts' earlier activity on the deal — with "Load more"
// below them. What "Load more" hides is older than 26 Oct, so older than the deal itself: the
// history read (created in Presentation scheduled, moved on 10 Nov) is the whole of it.
//
// metrics.md "Stage conversion: of the deals that entered a stage, the share that moved to a later
// stage or were won". This deal never entered "Appointment scheduled" or "Qualified to buy": those
// rows say "no deals entered yet" and "Presentation scheduled" counts its move on, never "not known:
// this deal's earlier stages were not read", since the page showed the deal being created.
import { cleanup } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { renderPanel } from '../components/render-panel';
import { asDeal, extension } from './chain';
import { DEAL_URL, dealPage, PRIYA, preview, stagePath } from './hubspot-northwind-day';
import { openPage } from './open-hand-written-page';

afterEach(cleanup);

const PATH = stagePath('Decision maker bought-in');

const ITEMS = [
  preview(
    'Call',
    'Call - Connected made by Alex Moreno',
    'Nov 12, 2026 at 4:30 PM',
    'Pilot scope',
    `<span>Call with ${PRIYA}</span>`,
  ),
  preview(
    null,
    'Deal stage changed',
    'Nov 10, 2026 at 10:00 AM',
    null,
    '<span>Alex Moreno moved the deal from Presentation scheduled to Decision maker bought-in (Sales Pipeline)</span>',
  ),
  preview(
    null,
    'Deal created',
    'Nov 2, 2026 at 9:00 AM',
    null,
    '<span>Alex Moreno created this deal in Presentation scheduled (Sales Pipeline)</span>',
  ),
  preview('Email', 'Email from Priya Nair', 'Oct 29, 2026 at 11:20 AM', 'Demo request', `<span>from ${PRIYA}</span>`),
  preview(
    'Email',
    'Email sent by Alex Moreno',
    'Oct 26, 2026 at 3:00 PM',
    'Fleet telematics',
    `<span>to ${PRIYA}</span>`,
  ),
].join('');

it('a deal created in a later stage, its creation loaded above "Load more": the earlier rows stay known', async () => {
  const html = dealPage('Decision maker bought-in', ITEMS, true).replace(
    '<div data-test-id="highlight-property-item-dealstage">',
    `${PATH}<div data-test-id="highlight-property-item-dealstage">`,
  );
  const { reading, view } = await openPage(extension(), html, DEAL_URL);
  expect(reading.notRead.some((n) => n.field === 'activities' && n.part === 'older')).toBe(true);
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
  expect(rows.get('Presentation scheduled')).toBe('1 of 1 moved on or won');
  expect(rows.get('Appointment scheduled')).toBe('no deals entered yet');
  expect(rows.get('Qualified to buy')).toBe('no deals entered yet');
});
