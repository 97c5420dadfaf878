// @vitest-environment happy-dom
// A double dial on HubSpot: at 4:30 PM the rep calls Priya Nair, no answer; at 4:31 PM calls again
// and gets through (12:34 on the line). HubSpot's 2024+ timeline shows two call previews, "Call -
// No answer made by Alex Moreno" and "Call - Connected made by Alex Moreno", each "Call with Priya
// Nair" (crm-evidence-2.md: timeline-preview-event, header-message with type, outcome and who; no
// engagement id on these previews). Clock Fri 20 Nov 2026 15:00 UTC.
//
// metrics.md, Duplicate: "a double dial is two attempts"; a double capture has the same outcome.
// One call does not end both unanswered and connected, so duplicate rule 3 (no source id, within
// 2 minutes) never makes them one (lib/metrics/duplicate-rules.ts shownApart). Merged, the panel
// showed connect rate 0 % (0 of 1 call) for a contact the rep had just reached.
import { cleanup } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { metric, renderPanel } from '../components/render-panel';
import { asContact, extension } from './chain';
import { contactPage, PRIYA, PRIYA_URL, preview } from './hubspot-northwind-day';
import { openPage } from './open-hand-written-page';

afterEach(cleanup);

const duration = (d: string) => `<div><span>Call duration</span> <span>${d}</span></div>`;

it('two dials a minute apart, unanswered then connected, are two attempts with one connect', async () => {
  const items = [
    preview(
      'Call',
      'Call - Connected made by Alex Moreno',
      'Nov 19, 2026 at 4:31 PM',
      null,
      `<span>Call with ${PRIYA}</span>${duration('12:34')}`,
    ),
    preview(
      'Call',
      'Call - No answer made by Alex Moreno',
      'Nov 19, 2026 at 4:30 PM',
      null,
      `<span>Call with ${PRIYA}</span>${duration('0:00')}`,
    ),
  ].join('');
  const ext = extension();
  const { view } = await openPage(
    ext,
    contactPage(PRIYA_URL, 'Priya Nair', 'priya@northwind.example', items),
    PRIYA_URL,
  );
  const contact = asContact(view);
  const { container } = renderPanel({ status: 'ready', view: contact });
  // Never lose the connect the page shows.
  expect.soft(contact.outcomes.connectRate.numerator).toBe(1);
  expect.soft(contact.touches.byChannel.call).toBe(2);
  expect.soft(metric(container, 'connect-rate').dataset.value).toBe('0.50');
});
