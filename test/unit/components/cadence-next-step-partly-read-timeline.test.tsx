// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import type { Activity } from '../../../lib/schema/activity';
import type { NotRead } from '../../../lib/schema/read-result';
import { at, call, contact, email, NOW, reply, settings } from '../metrics/builders';
import { metric, renderPanel } from './render-panel';

afterEach(cleanup);

/** HubSpot's timeline with its older items behind "Load more" (lib/adapters/hubspot/read.ts reports it). */
const OLDER_NOT_LOADED: NotRead = {
  field: 'activities',
  reason: 'older timeline items are behind a "Load more" control',
  part: 'older',
};

function nextLine(activities: Activity[], notRead: NotRead[]) {
  const view = buildContactView({ contact: contact(), activities, settings: settings(), now: NOW });
  const { container } = renderPanel(
    { status: 'ready', view },
    { capture: { testPage: { status: 'idle' }, onSaveTestPage: vi.fn(), notRead } },
  );
  const next = metric(container, 'next-touch-due');
  return { next, line: next.parentElement?.textContent ?? '' };
}

/**
 * A next step is worked out by numbering the outbound touches from the first one read (metrics.md:
 * "the first outbound touch is step 1"). With older items behind "Load more" that first one read is
 * not step 1: the step due, its date and the red "overdue" are then guesses. The cadence card says
 * nothing of it (only a notice at the top that the figures "may miss some"), while the same panel
 * with NO touch read says "the last touch and the next step below may be wrong"
 * (NoActivityNotice), and undated touches put a caveat beside the date (nextTouchView).
 * Expected: no date (data-value "" with a reason), or the date with the caveat beside it.
 */
describe('the cadence card on a timeline read in part', () => {
  const qualified = ({ next, line }: ReturnType<typeof nextLine>) =>
    next.dataset.value === '' || /read in part|not (all )?read|not loaded|part .*not read/i.test(line);

  it('does not give step 3 as confidently overdue when the cadence may have begun in the part not read', () => {
    // Read: a call on Tue 10 Nov and an email on Mon 16 Nov, as steps 1 and 2. Today the card says
    // "next email, due Wed 18 Nov overdue" (step 3), and a 6-day "gap" between them, with no word
    // that steps 1-4 of a cadence begun on 26 Oct may sit behind "Load more".
    const shown = nextLine(
      [call(at('2026-11-10 10:00'), 'no-answer'), email(at('2026-11-16 09:00'))],
      [OLDER_NOT_LOADED],
    );
    expect(shown.next.dataset.value).toBe('2026-11-18'); // what is computed from what was read
    expect(qualified(shown)).toBe(true);
  });

  it('does not say step 1 has been overdue since the contact was created when only a reply was loaded', () => {
    // Read: only Jordan's reply of 17 Nov; the emails it answers are behind "Load more". Today:
    // "next email, due Tue 1 Sep overdue" (step 1 since creation: the cadence never began).
    const shown = nextLine([reply(at('2026-11-17 11:00'))], [OLDER_NOT_LOADED]);
    expect(qualified(shown)).toBe(true);
  });

  it('does not call the contact gone cold without a word that the filtered-out touches may be newer', () => {
    // Salesforce's timeline filtered to "Emails": the last email read is 2 Nov, the calls since are
    // filtered out. Today: "Gone cold: No touch either way for 18 days (follow-up limit 14)." An
    // undated touch gets "(… one may be newer.)" appended (contact-view.ts cadenceView); this does not.
    const filtered: NotRead = { field: 'activities', reason: 'the activity timeline is filtered to "Emails"' };
    const view = buildContactView({
      contact: contact(),
      activities: [email(at('2026-11-02 09:00'))],
      settings: settings(),
      now: NOW,
    });
    const { container } = renderPanel(
      { status: 'ready', view },
      { capture: { testPage: { status: 'idle' }, onSaveTestPage: vi.fn(), notRead: [filtered] } },
    );
    const cold = metric(container, 'gone-cold');
    expect(
      cold.dataset.value === 'false' ||
        /read in part|not (all )?read|filtered|may be newer/i.test(cold.textContent ?? ''),
    ).toBe(true);
  });

  it('(control) gives the date plainly when the same timeline was read in full', () => {
    const shown = nextLine([call(at('2026-11-10 10:00'), 'no-answer'), email(at('2026-11-16 09:00'))], []);
    expect(shown.next.dataset.value).toBe('2026-11-18');
    expect(shown.line).toBe('next email, due Wed 18 Nov overdue');
  });
});
