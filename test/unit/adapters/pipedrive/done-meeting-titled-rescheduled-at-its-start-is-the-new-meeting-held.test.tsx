// @vitest-environment happy-dom
// Pipedrive has no outcome field: a meeting is held once marked done (metrics.md, Meetings: "a
// meeting is a touch once held: marked done or completed by the CRM"). A rep who moves a demo books
// a NEW meeting and often says so at the start of its subject: "Rescheduled demo", or, after it took
// place, "Rescheduled demo – held" (French: "Reprogrammé : visite faite"). That meeting took place
// and was marked done: it is held. Only a rescheduled word set apart after the subject, as the
// cancelled and no-show words are ("Product demo – rescheduled", "Demo (rescheduled)"), says the
// meeting did not take place (done-meeting-said-rescheduled-is-not-held.test.tsx), and a held word
// after it says it did after all. Read as moved, the held demo is lost: meetings held 1 instead of 2,
// last touch 8 days ago instead of 2.
// Clock Fri 20 Nov 2026 15:00 UTC.
import { cleanup } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { meetingOutcome } from '../../../../lib/adapters/pipedrive/outcomes';
import { wordingFor } from '../../../../lib/adapters/pipedrive/wording';
import { metric, renderPanel } from '../../components/render-panel';
import { asContact, extension } from '../../page-to-panel/chain';
import { openPage } from '../../page-to-panel/open-hand-written-page';
import { date, entry, personPage } from './person-page-with-focus-and-history';

afterEach(cleanup);

const URL = 'https://acme.pipedrive.com/person/6120';
const done = '<button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done"></button>';
const meeting = (id: number, subject: string, when: string) =>
  entry(
    'Meeting',
    `<div class="FlowItem_header__z8Qp1">${done}<a href="/activities/${id}">${subject}</a></div><div class="FlowItem_meta__z8Qp1">${date(when)} · Sam Ortiz</div>`,
  );

it('a done meeting titled "Rescheduled demo – held" (the moved demo, which took place) is a held meeting', async () => {
  const history = [
    meeting(914, 'Rescheduled demo – held', 'November 18, 2026 at 10:00 AM'),
    meeting(913, 'Discovery meeting', 'November 12, 2026 at 10:00 AM'),
  ].join('');
  const html = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>Lena Vogt - Persons</title></head><body>${personPage(history)}</body></html>`;
  const { view } = await openPage(extension(), html, URL);
  const contact = asContact(view);
  const { container } = renderPanel({ status: 'ready', view: contact });
  expect.soft(metric(container, 'meetings-held').dataset.value).toBe('2');
  expect.soft(contact.cadence.lastTouchAt).toBe('2026-11-18T10:00:00.000Z');
});

it.each([
  ['en', 'Rescheduled demo'],
  ['en', 'Rescheduled demo – held'],
  ['fr', 'Reprogrammé : visite faite'],
  ['en', 'Product demo (rescheduled) – held'],
  ['fr', 'Démo produit – reprogrammée – faite'],
])('%s: done meeting "%s" was held', (lang, subject) => {
  expect(meetingOutcome(subject, true, wordingFor(lang), [subject])).toBe('held');
});

it.each([
  ['en', 'Product demo – rescheduled'],
  ['en', 'Rescheduled demo – rescheduled again'],
  ['fr', 'Démo (reprogrammée)'],
])('(control) %s: done meeting "%s" set apart as moved was not held', (lang, subject) => {
  expect(meetingOutcome(subject, true, wordingFor(lang), [subject])).toBe('rescheduled');
});
