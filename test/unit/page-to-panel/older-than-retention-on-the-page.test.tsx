// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { renderPanel } from '../components/render-panel';
import { asContact, extension } from './chain';
import { contactPage, contactUrl, item } from './hubspot-hand-page';
import { openPage } from './open-hand-written-page';

afterEach(cleanup);

const outcomeFacts = (container: Element) =>
  [...container.querySelectorAll('[aria-label="Outcomes"] .tl-facts li')].map((li) => li.textContent ?? '');

/**
 * Retention applies on read (decisions.md): activities older than it are not stored again. The page
 * still shows them, and the figures that reach back to the first touch must not read as if they
 * were not there. Clock 2026-11-20 15:00 UTC.
 */
it('shows no lead response time when the page shows an email older than retention (it may have come first)', async () => {
  // Marta's record was created 21 Sep; the rep first emailed her on 10 Aug (not kept at 90 days).
  const ext = extension('UTC', { retentionDays: 90 });
  const html = contactPage(
    '3302',
    'Marta Quinn',
    'marta@harbor.example',
    '09/21/2026 9:00 AM',
    [
      item('901', 'Email sent by Dana Whitfield', 'Oct 1, 2026 at 10:00 AM', [
        'Follow-up on pallets',
        'To: Marta Quinn',
      ]),
      item('902', 'Email sent by Dana Whitfield', 'Aug 10, 2026 at 10:00 AM', ['Pallet pricing', 'To: Marta Quinn']),
    ].join(''),
  );
  const view = asContact((await openPage(ext, html, contactUrl('3302'))).view);
  // metrics.md: "not shown when either is unknown or the touch came first" (10 Aug, before 21 Sep).
  expect(view.outcomes.leadResponseHours).toBeNull();
});

it('counts the first reply as "at least" the touches kept when older ones on the page are past retention', async () => {
  // Emails on 1 Sep, 10 Sep and 31 Oct, Marta's reply on 10 Nov; retention 60 days keeps from 21 Sep.
  const ext = extension('UTC', { retentionDays: 60 });
  const html = contactPage(
    '3303',
    'Marta Quinn',
    'marta@harbor.example',
    '08/03/2026 9:00 AM',
    [
      item('921', 'Email from Marta Quinn', 'Nov 10, 2026 at 10:00 AM', ['Re: Pallet pricing', 'From: Marta Quinn']),
      item('922', 'Email sent by Dana Whitfield', 'Oct 31, 2026 at 10:00 AM', [
        'Pallet pricing, last try',
        'To: Marta Quinn',
      ]),
      item('923', 'Email sent by Dana Whitfield', 'Sep 10, 2026 at 10:00 AM', [
        'Pallet pricing, follow-up',
        'To: Marta Quinn',
      ]),
      item('924', 'Email sent by Dana Whitfield', 'Sep 1, 2026 at 10:00 AM', ['Pallet pricing', 'To: Marta Quinn']),
    ].join(''),
  );
  const view = asContact((await openPage(ext, html, contactUrl('3303'))).view);
  const { container } = renderPanel({ status: 'ready', view });
  // By hand: 3 emails before the reply, 1 of them kept: never "after 1" flatly.
  expect(outcomeFacts(container)).toContain(
    'first reply after at least 1 outbound touch (the page shows 2 activities older than what Touchline keeps)',
  );
});
