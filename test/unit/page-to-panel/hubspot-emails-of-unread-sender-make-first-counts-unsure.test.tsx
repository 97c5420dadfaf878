// @vitest-environment happy-dom
// Review s60 (panelread). HubSpot contact pages written by hand (hs.ts). Clock 2026-11-20 15:00 UTC.
// crm-pages.md: "No public source shows per-item attributes for type, direction or author: read
// them from the item's header text and icon, and say so where unsure." Here an email preview shows
// its header, subject and first body line, but no From/To line and no sender name: Touchline
// cannot tell who sent it (the panel itself says so for the reply rate: "who sent each email was
// not read from the page").
//
// metrics.md, Outcomes beside activity:
//   "Lead response time: first outbound touch time minus the contact's (or lead's) creation time;
//    not shown when either is unknown or the touch came first."
//   "Touches to first reply / to first meeting: outbound touches before the first inbound reply or
//    held meeting."
// Brief: "a confident number where the page had data Touchline could not read (must say "not read")".
import { cleanup } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { renderPanel } from '../components/render-panel';
import { extension } from './chain';
import { contactPage, ev, MARTA_URL } from './hubspot-marta-page';
import { openPage } from './open-hand-written-page';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const outcomeFacts = (container: Element) =>
  [...container.querySelectorAll('[aria-label="Outcomes"] .tl-facts li')].map((li) => li.textContent ?? '');

async function panel(created: string, items: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-20T15:00:00Z'));
  const html = contactPage('Marta Kowalski', 'marta@polarfresh.example', items).replace(
    '<div>09/01/2026 9:00 AM</div>',
    `<div>${created}</div>`,
  );
  const { reading, view } = await openPage(extension('UTC'), html, MARTA_URL);
  const { container } = renderPanel({ status: 'ready', view });
  return { reading, container };
}

it('an inbound lead whose first email has no readable sender: "first response" is not stated as minutes after creation', async () => {
  // Marta filled in the web form at 9:55 AM on 10 Nov (Create date); at 10:00 AM her email asking
  // for pricing was logged; Dana called her back on 12 Nov at 11:00 AM (connected).
  const { reading, container } = await panel(
    '11/10/2026 9:55 AM',
    [
      ev('9301', 'Logged call - Connected', 'Nov 12, 2026 at 11:00 AM', ['Went through the 40-unit pricing']),
      ev(
        '9302',
        'Email - Pricing for 40 reefer units',
        'Nov 10, 2026 at 10:00 AM',
        ['Hi, we saw your cold-chain page. Could you send pricing for 40 units?'],
        'Email',
      ),
    ].join(''),
  );
  if (reading.status !== 'read') throw new Error('not read');
  // The reader itself could not tell who sent the email:
  expect(reading.activities.find((a) => a.sourceId === '9302')?.direction).toBe('unknown');
  // By hand: the first touch whose direction is known to be outbound is the call of 12 Nov 11:00,
  // 49.1 hours after creation; the 10 Nov email may be the contact's own (an inbound lead writes
  // first). So the first outbound touch, and the lead response time, are not known: not shown, or
  // shown with a "not read" caveat - never a bare "first response 0.1 hours / 5 minutes".
  expect(outcomeFacts(container).find((f) => f.startsWith('first response'))).toBeUndefined();
});

it('"first meeting after N outbound touches" with two emails whose sender was not read before it says so', async () => {
  // 10 Nov call (no answer), 11 Nov email, 13 Nov email (a reply, by its wording: Marta agreeing
  // to Thursday), 16 Nov the discovery meeting held. Neither email shows its sender.
  const { reading, container } = await panel(
    '09/01/2026 9:00 AM',
    [
      ev('9311', 'Meeting - Discovery call', 'Nov 16, 2026 at 2:00 PM', ['Outcome: Completed']),
      ev(
        '9312',
        'Email - Re: Cold-chain pilot',
        'Nov 13, 2026 at 8:40 AM',
        ['Thursday works for me, please send an invite.'],
        'Email',
      ),
      ev(
        '9313',
        'Email - Cold-chain pilot',
        'Nov 11, 2026 at 10:00 AM',
        ['Following up on my call: could we meet this week?'],
        'Email',
      ),
      ev('9314', 'Logged call - No answer', 'Nov 10, 2026 at 9:30 AM', ['Tried her mobile']),
    ].join(''),
  );
  if (reading.status !== 'read') throw new Error('not read');
  expect(reading.activities.filter((a) => a.type === 'email').map((a) => a.direction)).toEqual(['unknown', 'unknown']);
  const facts = outcomeFacts(container);
  // The first-reply line already owns up: "whether the contact replied is not known (who sent each email was not read)".
  expect(facts.join(' | ')).toContain('who sent each email was not read');
  // By hand: outbound touches before the held meeting of 16 Nov are the call (known) and up to two
  // emails whose sender was not read: between 1 and 3. A bare "after 3 outbound touches" counts
  // the contact's own email as the rep's; the line must say the count is not sure.
  const meeting = facts.find((f) => f.includes('first meeting')) ?? '';
  expect(meeting).toBe('first meeting after at most 3 outbound touches (who sent 2 emails before it was not read)');
});
