// @vitest-environment happy-dom
// Pipedrive calls carry no outcome field: a Call activity is marked done, and
// what came of it is in its subject or note, in the rep's words (crm-evidence-2.md: no source shows
// a history item's markup; wording.ts reads outcome words at the start of the subject).
// "Reached out about renewal" is how reps title a call they *made*: "reach out" means trying to get
// in touch, not getting through. Touchline reads the subject's first word "Reached" as the outcome
// "connected".
//
// metrics.md, Outcomes: connect rate = calls with a connected outcome / call attempts; "A call ...
// whose outcome the page does not show counts as an attempt with outcome unknown: it is in the
// attempts, not in the connects, and the panel says how many outcomes were unknown." Here: four
// calls, one said connected, one no answer, two that say nothing of the result → 1 of 4 (25 %),
// 2 outcomes unknown. Touchline shows 3 of 4 (75 %) and no unknown outcome.
// Clock Fri 20 Nov 2026 15:00 UTC.
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { callOutcome } from '../../../../lib/adapters/pipedrive/outcomes';
import { wordingFor } from '../../../../lib/adapters/pipedrive/wording';
import { metric, renderPanel } from '../../components/render-panel';
import { asContact, extension } from '../../page-to-panel/chain';
import { openPage } from '../../page-to-panel/open-hand-written-page';
import { date, entry, personPage } from './person-page-with-focus-and-history';

afterEach(cleanup);

const URL = 'https://acme.pipedrive.com/person/5120';
const done = '<button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done"></button>';
const call = (id: number, subject: string, when: string) =>
  entry(
    'Call',
    `<div class="FlowItem_header__z8Qp1">${done}<a href="/activities/${id}">${subject}</a></div><div class="FlowItem_meta__z8Qp1">${date(when)} · Sam Ortiz</div>`,
  );

it('a call titled "Reached out about …" is an attempt whose result is unknown, not a connect', async () => {
  const history = [
    call(814, 'Reached out about renewal', 'November 19, 2026 at 11:00 AM'),
    call(813, 'Reached out re Q1 pricing', 'November 17, 2026 at 3:00 PM'),
    call(812, 'Call – no answer', 'November 13, 2026 at 10:30 AM'),
    call(811, 'Intro call – connected', 'November 10, 2026 at 2:00 PM'),
  ].join('');
  const html = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>Lena Vogt - Persons</title></head><body>${personPage(history)}</body></html>`;
  const ext = extension();
  const { view } = await openPage(ext, html, URL);
  const contact = asContact(view);
  const { container } = renderPanel({ status: 'ready', view: contact });
  expect(contact.outcomes.connectRate.denominator).toBe(4);
  expect.soft(contact.outcomes.connectRate.numerator).toBe(1);
  expect.soft(metric(container, 'connect-rate').dataset.value).toBe('0.25');
  expect.soft(contact.outcomes.unknownOutcomes).toBe(2);
});

describe('"Reached out" opens no outcome, what follows it may (callOutcome on a subject line)', () => {
  const outcome = (subject: string, lang = 'en') => callOutcome('', subject, wordingFor(lang), [subject]);

  it.each([
    ['Reached out about renewal', 'unknown'],
    ['Reached out – no answer', 'no-answer'],
    ['Reached out, left voicemail', 'voicemail'],
    ['Reached out (connected)', 'connected'],
  ])('%s → %s', (subject, expected) => {
    expect(outcome(subject)).toBe(expected);
  });

  it('(control) "Reached Lena, demo booked" and "Erreicht" on a German page still say connected', () => {
    expect(outcome('Reached Lena, demo booked')).toBe('connected');
    expect(outcome('Erreicht – Demo vereinbart', 'de')).toBe('connected');
  });
});
