// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import type { ContactView } from '../../../lib/schema/view-model';
import { at, contact, email, meeting, NOW, reply, settings, undated } from '../metrics/builders';
import { metric, renderPanel } from './render-panel';

afterEach(cleanup);

function outcomeFacts(view: ContactView): string[] {
  const { container } = renderPanel({ status: 'ready', view });
  return [...container.querySelectorAll('[aria-label="Outcomes"] .tl-facts li')].map((li) => li.textContent ?? '');
}

/** Jordan got three sequence emails (2, 3, 4 Nov) and answered the third on 7 Nov; nothing else. */
const sequenceThenReply = () => [
  email(at('2026-11-02 09:00'), 'Fleet costs, step 1', { automated: true }),
  email(at('2026-11-03 09:00'), 'Fleet costs, step 2', { automated: true }),
  email(at('2026-11-04 09:00'), 'Fleet costs, step 3', { automated: true }),
  reply(at('2026-11-07 09:00'), 'Re: Fleet costs, step 3'),
];

/**
 * metrics.md: with automated touches left out of the headline, they are left out of every touch
 * figure, touches to first reply among them, "and shown apart ("3 automated, not counted")".
 */
describe('automated touches left out, a reply after three sequence emails', () => {
  const view = () =>
    buildContactView({
      contact: contact(),
      activities: sequenceThenReply(),
      settings: settings({ countAutomated: false }),
      now: NOW,
    });

  it('is not "after 0 outbound touches" bare, which reads as "the contact wrote first"', () => {
    expect(outcomeFacts(view())).toContain('first reply after 0 outbound touches (and 3 automated, not counted)');
  });

  it('gives the reply rate no "no outbound emails in period": three went out, automated', () => {
    const { container } = renderPanel({ status: 'ready', view: view() });
    const rate = metric(container, 'reply-rate');
    expect(rate.dataset.value).toBe('');
    expect(rate.parentElement?.textContent).toContain('only automated emails in period, which are not counted');
  });

  it('says nothing of automated touches when they count', () => {
    const counted = buildContactView({
      contact: contact(),
      activities: sequenceThenReply(),
      settings: settings(),
      now: NOW,
    });
    expect(outcomeFacts(counted)).toContain('first reply after 3 outbound touches');
  });
});

/**
 * metrics.md: "outbound touches before the first inbound reply or held meeting". An outbound email
 * the page showed without a readable date may have gone out before the reply or after it: the
 * count is 1 or 2.
 */
it('counts the first reply and meeting as "at least" beside an outbound email without a readable date', () => {
  const view = buildContactView({
    contact: contact(),
    activities: [
      email(at('2026-11-03 09:00'), 'Pricing'),
      undated('Tuesday-ish', { title: 'Pricing follow-up' }),
      reply(at('2026-11-10 09:00'), 'Re: Pricing'),
      meeting(at('2026-11-12 09:00'), 'held'),
    ],
    settings: settings(),
    now: NOW,
  });
  const facts = outcomeFacts(view);
  expect(facts).toContain(
    'first reply after at least 1 outbound touch (1 more without a readable date may be before it)',
  );
  expect(facts).toContain(
    'first meeting after at least 1 outbound touch (1 more without a readable date may be before it)',
  );
});

it('counts the first meeting exactly beside a meeting without a readable date: it would have been the first', () => {
  const view = buildContactView({
    contact: contact(),
    activities: [
      email(at('2026-11-02 09:00'), 'Pricing'),
      meeting(at('2026-11-10 09:00'), 'held'),
      undated('Tuesday-ish', { type: 'meeting', channel: 'meeting', title: 'Site visit', outcome: 'held' }),
    ],
    settings: settings(),
    now: NOW,
  });
  expect(outcomeFacts(view)).toContain('first meeting after 1 outbound touch');
});
