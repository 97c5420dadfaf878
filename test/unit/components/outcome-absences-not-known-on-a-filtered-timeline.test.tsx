// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import type { NotRead } from '../../../lib/schema/read-result';
import { at, call, contact, email, loadMoreUnder, NOW, settings } from '../metrics/builders';
import { renderPanel } from './render-panel';

afterEach(cleanup);

/**
 * A rep's week on Jordan Lee's HubSpot page, with the activity timeline filtered to "Calls" (the
 * rep checked the call log). Touchline reads three calls: Tue 10 Nov no answer, Fri 13 Nov
 * voicemail, Tue 17 Nov connected; the adapter says the timeline is filtered. The emails, the
 * reply and the meeting the filter hides are not read.
 *
 * By hand (metrics.md, "Outcomes beside activity"): connect rate 1 of 3 calls. Reply rate, the
 * first reply and meetings held are about emails and meetings, which the filter hid: the page did
 * not say whether there were any. The panel must not claim "no reply", "no outbound emails" or "no
 * meeting held" (brief: on a partly read page no confident "no reply"; contracts.md: a value that
 * cannot be computed is empty with its reason). It did:
 * "reply rate — no outbound emails in period", "no reply in period", "no meeting held in period".
 */
const FILTERED_TO_CALLS: NotRead = { field: 'activities', reason: 'the activity timeline is filtered to "Calls"' };

const THREE_CALLS = [
  call(at('2026-11-10 10:15'), 'no-answer'),
  call(at('2026-11-13 16:40'), 'voicemail'),
  call(at('2026-11-17 09:05'), 'connected'),
];

function outcomesCard(notRead: NotRead[], activities = THREE_CALLS) {
  const view = buildContactView({ contact: contact(), activities, settings: settings(), now: NOW });
  renderPanel(
    { status: 'ready', view },
    { capture: { testPage: { status: 'idle' }, onSaveTestPage: vi.fn(), notRead } },
  );
  return screen.getByRole('region', { name: 'Outcomes' });
}

describe('outcomes on a contact timeline filtered to calls', () => {
  it('keeps the connect rate it can compute: 1 of 3 calls', () => {
    const card = outcomesCard([FILTERED_TO_CALLS]);
    const rate = card.querySelector<HTMLElement>('[data-metric="connect-rate"]');
    expect(rate?.dataset.value).toBe('0.33');
    expect(card.textContent).toContain('1 of 3 calls');
  });

  it('does not say "no reply in period": the reply may be among the emails the filter hid', () => {
    expect(outcomesCard([FILTERED_TO_CALLS]).textContent).not.toContain('no reply in period');
  });

  it('does not give "no outbound emails in period" as the reply rate\'s reason: emails were filtered out, not absent', () => {
    const card = outcomesCard([FILTERED_TO_CALLS]);
    expect(card.textContent).not.toContain('no outbound emails in period');
  });

  it('does not say "no meeting held in period": meetings were filtered out, not absent', () => {
    expect(outcomesCard([FILTERED_TO_CALLS]).textContent).not.toContain('no meeting held in period');
  });

  it('(control) says all three when the timeline was read in full', () => {
    const text = outcomesCard([]).textContent ?? '';
    expect(text).toContain('no reply in period');
    expect(text).toContain('no outbound emails in period');
    expect(text).toContain('no meeting held in period');
  });
});

/**
 * "Load more" hides only items older than those loaded. With only the calls of 10–17 Nov loaded,
 * the hidden items may be dated 21 Oct – 9 Nov, inside the last 30 days: "no reply in period" is
 * not known either. Once a touch read is older than the period (an email of Mon 5 Oct), whatever
 * was not loaded is older still, outside the period, and the absences are facts again.
 */
describe('outcomes on a contact timeline whose older items were not loaded', () => {
  it('does not say "no reply in period" while the unloaded items may be of the period', () => {
    const text = outcomesCard([loadMoreUnder(THREE_CALLS)]).textContent ?? '';
    expect(text).not.toContain('no reply in period');
    expect(text).toContain('whether the contact replied in period is not known');
    expect(text).not.toContain('no outbound emails in period');
  });

  it('says "no reply in period" and "no meeting held in period" once a touch read is older than the period', () => {
    const loaded = [email(at('2026-10-05 09:00'), 'Intro'), ...THREE_CALLS];
    const text = outcomesCard([loadMoreUnder(loaded)], loaded).textContent ?? '';
    expect(text).toContain('no reply in period');
    expect(text).toContain('no meeting held in period');
    expect(text).toContain('no outbound emails in period');
  });
});
