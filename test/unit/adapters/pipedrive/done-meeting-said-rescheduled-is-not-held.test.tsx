// @vitest-environment happy-dom
// Pipedrive activities have no outcome field: a meeting is a Meeting activity
// marked done or not (crm-evidence-2.md: default activity types Call, Meeting, …; done and planned
// activities in one feed), and reps say what came of it in its subject. Touchline already reads a
// done meeting's subject set apart by a dash or brackets — "Kickoff – cancelled", "Demo (no show)" —
// as not held (outcomes.ts meetingOutcome). A rep who moves a meeting closes the old activity and
// books a new one: "Product demo – rescheduled", marked done so it leaves the overdue list.
//
// metrics.md, Meetings: a meeting is held with "no cancelled, no-show or rescheduled outcome".
// Touchline counts the rescheduled demo as a held meeting: meetings held 2 instead of 1, and a
// touch on 18 Nov that never happened (last touch "2 days ago" instead of 8 days).
// Clock Fri 20 Nov 2026 15:00 UTC.
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { meetingOutcome } from '../../../../lib/adapters/pipedrive/outcomes';
import { wordingFor } from '../../../../lib/adapters/pipedrive/wording';
import { metric, renderPanel } from '../../components/render-panel';
import { asContact, extension } from '../../page-to-panel/chain';
import { openPage } from '../../page-to-panel/open-hand-written-page';
import { date, entry, personPage } from './person-page-with-focus-and-history';

afterEach(cleanup);

const URL = 'https://acme.pipedrive.com/person/5120';
const done = '<button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done"></button>';
const meeting = (id: number, subject: string, when: string) =>
  entry(
    'Meeting',
    `<div class="FlowItem_header__z8Qp1">${done}<a href="/activities/${id}">${subject}</a></div><div class="FlowItem_meta__z8Qp1">${date(when)} · Sam Ortiz</div>`,
  );

it('a done meeting whose subject says it was rescheduled is no held meeting', async () => {
  const history = [
    meeting(904, 'Product demo – rescheduled', 'November 18, 2026 at 10:00 AM'),
    meeting(903, 'Discovery meeting', 'November 12, 2026 at 10:00 AM'),
  ].join('');
  const html = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>Lena Vogt - Persons</title></head><body>${personPage(history)}</body></html>`;
  const ext = extension();
  const { view } = await openPage(ext, html, URL);
  const contact = asContact(view);
  const { container } = renderPanel({ status: 'ready', view: contact });
  expect.soft(metric(container, 'meetings-held').dataset.value).toBe('1');
  expect.soft(contact.touches.byChannel.meeting).toBe(1);
  expect.soft(contact.cadence.lastTouchAt).toBe('2026-11-12T10:00:00.000Z');
});

describe("a done meeting's subject saying it was moved, in each language with cancelled and no-show words", () => {
  it.each([
    ['en', 'Product demo – rescheduled'],
    ['de', 'Produktdemo – verschoben'],
    ['fr', 'Démo produit (reprogrammée)'],
    ['es', 'Demo de producto – reprogramada'],
    ['pt', 'Demo do produto – reagendada'],
    ['nl', 'Productdemo – opnieuw gepland'],
    ['it', 'Demo prodotto – riprogrammata'],
  ])('%s: "%s" is rescheduled', (lang, subject) => {
    expect(meetingOutcome(subject, true, wordingFor(lang), [subject])).toBe('rescheduled');
  });

  it('(control) a meeting whose prose only mentions a reschedule further in was held', () => {
    const subject = 'Kickoff after the rescheduled budget review';
    expect(meetingOutcome(subject, true, wordingFor('en'), [subject])).toBe('held');
  });
});
