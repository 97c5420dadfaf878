// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import type { NotRead } from '../../../lib/schema/read-result';
import { at, call, contact, email, NOW, reply, settings } from '../metrics/builders';
import { metric, renderPanel } from './render-panel';

afterEach(cleanup);

/**
 * Review s62 (partial). An email thread whose "2 replies" are folded, or a timeline filtered to
 * "Notes": what was not read may hold the answers and the meetings. Of what was read, no email was
 * answered and no meeting held; the panel said a confident "0%" and "0" beside "whether the contact
 * replied in period is not known" (decisions: never a confident 0 where the page had data not read).
 */
const FOLDED: NotRead = {
  field: 'activities',
  reason: 'the email thread "Re: Pilot proposal" shows "2 replies" folded: they were not read',
};
const view = (activities: Parameters<typeof buildContactView>[0]['activities']) =>
  buildContactView({ contact: contact(), activities, settings: settings({ period: '30d' }), now: NOW });
const render = (activities: Parameters<typeof buildContactView>[0]['activities'], notRead: NotRead[]) =>
  renderPanel(
    { status: 'ready', view: view(activities) },
    { capture: { testPage: { status: 'idle' }, onSaveTestPage: vi.fn(), notRead } },
  ).container;

describe('outcomes of which none was read, on a timeline read in part', () => {
  const unanswered = [email(at('2026-11-16 09:40'), 'Re: Pilot proposal'), call(at('2026-11-02 14:00'), 'connected')];

  it('shows the reply rate and meetings held as not known, with the emails read beside the rate', () => {
    const container = render(unanswered, [FOLDED]);
    const rate = metric(container, 'reply-rate');
    expect([rate.dataset.value, rate.dataset.reason]).toEqual(['', 'outcomes-not-read']);
    expect(rate.parentElement?.textContent).toContain('0 of 1 email answered; none in what was read; more may be');
    const held = metric(container, 'meetings-held');
    expect([held.dataset.value, held.dataset.reason, held.textContent]).toEqual(['', 'outcomes-not-read', '—']);
  });

  it('keeps a rate with an answer read, and both as read on a timeline read whole', () => {
    const answered = render([...unanswered, reply(at('2026-11-17 10:00'))], [FOLDED]);
    expect(metric(answered, 'reply-rate').dataset.value).toBe('1.00');
    const whole = render(unanswered, []);
    expect([metric(whole, 'reply-rate').dataset.value, metric(whole, 'meetings-held').dataset.value]).toEqual([
      '0.00',
      '0',
    ]);
  });
});
