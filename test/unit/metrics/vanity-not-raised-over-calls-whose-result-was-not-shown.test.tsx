// @vitest-environment happy-dom
// A Salesforce contact, Maria Jensen, worked by phone over the last 30 days:
// sixteen calls logged with Lightning's "Log a Call" ("You logged a call with Maria Jensen",
// crm-evidence-2.md: a logged call is a Task with subtype Call), none showing a Call Result (the
// default layout has none; comments empty). Clock Fri 20 Nov 2026 15:00 UTC, mid-market band 8–14.
//
// metrics.md, "When a number cannot be computed": a call whose outcome the page does not show is an
// attempt with outcome "unknown" — in the attempts, not in the connects — "and the panel says how
// many outcomes were unknown". The vanity flag is "many touches (above the top of the band) with no
// reply, connect or meeting in the period": with sixteen results unread, "no connect" is not known
// (any of them may have reached her). The code already holds back for messages whose direction was
// not read and for undated touches (vanity.ts mayBeReply / mayBeVanityOutcome), not for calls whose
// result was not read: the panel tells the rep "effort in the wrong place?" about calls that may all
// have connected.
import { cleanup } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { contactPage, item, timeline } from '../adapters/salesforce/contact-page';
import { metric, renderPanel } from '../components/render-panel';
import { asContact, extension } from '../page-to-panel/chain';
import { openPage } from '../page-to-panel/open-hand-written-page';
import { activity, at, contact as builtContact, email, NOW, settings } from './builders';

afterEach(cleanup);

const URL = 'https://acme.lightning.force.com/lightning/r/Contact/0035g00000DpQ9xAAF/view';
const DAYS = [19, 18, 17, 16, 13, 12, 11, 10, 9, 6, 5, 4, 3, 2];
const calls = [...DAYS.map((d, i) => [`Nov ${d}`, i] as const), ['Oct 30', 14] as const, ['Oct 29', 15] as const].map(
  ([date, i]) =>
    item({
      token: 'Task',
      icon: 'log-a-call',
      iconTitle: 'Call',
      subject: 'Call',
      id: `00T5g00000CALL${String(i).padStart(2, '0')}AAA`,
      date,
      summary: 'You logged a call with Maria Jensen',
      checkbox: 'checked',
    }),
);

it('does not flag "no reply, connect or meeting" when no call showed its result', async () => {
  const ext = extension();
  const page = contactPage(
    timeline('', [
      { heading: 'November • 2026', items: calls.slice(0, 14).join('') },
      { heading: 'October • 2026', items: calls.slice(14).join('') },
    ]),
  );
  const { reading, view } = await openPage(ext, page, URL);
  const contact = asContact(view);
  // Sixteen calls, none with a result the page showed.
  expect(contact.touches.byChannel.call).toBe(16);
  expect(contact.outcomes.unknownOutcomes).toBe(16);
  expect(contact.outcomes.connectRate).toMatchObject({ numerator: 0, denominator: 16 });
  const { container } = renderPanel(
    { status: 'ready', view: contact },
    { capture: { testPage: { status: 'idle' }, onSaveTestPage: vi.fn(), notRead: reading.notRead } },
  );
  expect(metric(container, 'connect-rate')).toBeTruthy();
  // Not known: any of the sixteen calls may have connected.
  expect(contact.outcomes.vanity).toBe(false);
  expect(container.textContent).not.toContain('with no reply, connect or meeting');
});

it('does not flag when a call whose result was not shown could not be dated either', () => {
  // 15 dated outbound emails in the last 30 days: above mid-market's top of 14, no reply among them.
  const emails = Array.from({ length: 15 }, (_, i) =>
    email(at(`2026-11-${String(1 + i).padStart(2, '0')} 09:00`), `Follow-up ${i + 1}`),
  );
  const view = (call: ReturnType<typeof activity>) =>
    buildContactView({ contact: builtContact(), activities: [...emails, call], settings: settings(), now: NOW });
  const unread = view(activity({ type: 'call', title: 'Call with Jordan Lee', dateText: 'Dienstag' }));
  expect([unread.touches.undated, unread.outcomes.vanity]).toEqual([1, false]);
  // (control) an undated call the page showed unanswered leaves "no connect" known.
  const noAnswer = view(activity({ type: 'call', title: 'Call', outcome: 'no-answer', dateText: 'Dienstag' }));
  expect(noAnswer.outcomes.vanity).toBe(true);
});
