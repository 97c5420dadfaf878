// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { renderPanel } from '../components/render-panel';
import { asContact, extension } from './chain';
import { contactPage, contactUrl, item } from './hubspot-hand-page';
import { openPage } from './open-hand-written-page';

afterEach(cleanup);

/** The first-reply (or first-meeting) line of the outcomes card, for a hand-written page read with retention `days`. */
async function firstReplyLine(days: number, items: string[], what = 'reply'): Promise<string> {
  const ext = extension('UTC', { retentionDays: days });
  const html = contactPage('3303', 'Marta Quinn', 'marta@harbor.example', '08/03/2026 9:00 AM', items.join(''));
  const view = asContact((await openPage(ext, html, contactUrl('3303'))).view);
  const { container } = renderPanel({ status: 'ready', view });
  const lines = [...container.querySelectorAll('[aria-label="Outcomes"] .tl-facts li')].map((li) => li.textContent);
  return lines.find((line) => line?.startsWith(`first ${what}`)) ?? '';
}

const reply = (id: string, when: string) =>
  item(id, 'Email from Marta Quinn', when, ['Re: Pallets', 'From: Marta Quinn']);
const sent = (id: string, when: string) =>
  item(id, 'Email sent by Dana Whitfield', when, ['Pallets', 'To: Marta Quinn']);
const note = (id: string, when: string) => item(id, 'Note by Dana Whitfield', when, ['Met Marta at the trade fair']);
const meeting = (id: string, when: string) =>
  item(id, 'Meeting', when, ['Review', 'Attendees: Marta Quinn, Dana Whitfield', 'Meeting outcome: Completed']);

/**
 * metrics.md: "outbound touches before the first inbound reply". Retention applies on read
 * (decisions.md): the page still shows what Touchline no longer keeps. Clock 2026-11-20 15:00 UTC;
 * 60 days keep from 21 Sep.
 */
it('says "at least" when the count runs back to the first touch kept and the page shows older outbound touches', async () => {
  // By hand: 3 emails (1 Sep, 10 Sep, 31 Oct) before the reply of 10 Nov; 1 of them is kept.
  const line = await firstReplyLine(60, [
    reply('921', 'Nov 10, 2026 at 10:00 AM'),
    sent('922', 'Oct 31, 2026 at 10:00 AM'),
    sent('923', 'Sep 10, 2026 at 10:00 AM'),
    sent('924', 'Sep 1, 2026 at 10:00 AM'),
  ]);
  expect(line).toBe(
    'first reply after at least 1 outbound touch (the page shows older outbound touches than Touchline keeps)',
  );
});

it('counts exactly when only a note is older than what is kept (a note is no touch)', async () => {
  const line = await firstReplyLine(60, [
    reply('961', 'Nov 10, 2026 at 10:00 AM'),
    sent('962', 'Oct 30, 2026 at 10:00 AM'),
    sent('963', 'Oct 5, 2026 at 10:00 AM'),
    note('964', 'Aug 12, 2026 at 10:00 AM'),
  ]);
  expect(line).toBe('first reply after 2 outbound touches');
});

it('counts exactly when a kept reply comes before it: the older email is before that one', async () => {
  const line = await firstReplyLine(60, [
    reply('951', 'Nov 10, 2026 at 10:00 AM'),
    sent('952', 'Oct 30, 2026 at 10:00 AM'),
    reply('953', 'Oct 2, 2026 at 10:00 AM'),
    sent('954', 'Aug 12, 2026 at 10:00 AM'),
  ]);
  expect(line).toBe('first reply after 1 outbound touch');
});

it('counts exactly when a reply older than what is kept comes after the older email: it bounds the count', async () => {
  const line = await firstReplyLine(60, [
    reply('971', 'Nov 10, 2026 at 10:00 AM'),
    sent('972', 'Oct 30, 2026 at 10:00 AM'),
    sent('973', 'Oct 5, 2026 at 10:00 AM'),
    reply('974', 'Aug 12, 2026 at 10:00 AM'),
    sent('975', 'Aug 5, 2026 at 10:00 AM'),
  ]);
  expect(line).toBe('first reply after 2 outbound touches');
});

it('counts the first meeting exactly when the only older activity is an earlier held meeting', async () => {
  const line = await firstReplyLine(
    60,
    [
      meeting('981', 'Nov 10, 2026 at 10:00 AM'),
      sent('982', 'Oct 30, 2026 at 10:00 AM'),
      sent('983', 'Oct 5, 2026 at 10:00 AM'),
      meeting('984', 'Sep 10, 2026 at 2:00 PM'),
    ],
    'meeting',
  );
  expect(line).toBe('first meeting after 2 outbound touches');
});

it("counts exactly when the older reply is dated by its day alone: it follows that day's email it answers", async () => {
  const line = await firstReplyLine(60, [
    reply('991', 'Nov 10, 2026 at 10:00 AM'),
    sent('992', 'Oct 30, 2026 at 10:00 AM'),
    sent('993', 'Oct 5, 2026 at 10:00 AM'),
    reply('994', 'Aug 12, 2026'),
    sent('995', 'Aug 12, 2026 at 10:00 AM'),
  ]);
  expect(line).toBe('first reply after 2 outbound touches');
});
