// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import type { NotRead } from '../../../lib/schema/read-result';
import { at, call, contact, email, NOW, reply, settings } from '../metrics/builders';
import { renderPanel } from './render-panel';

afterEach(cleanup);

/** HubSpot's timeline with its older items behind "Load more" (lib/adapters/hubspot/read.ts reports it). */
const OLDER_NOT_LOADED: NotRead = {
  field: 'activities',
  reason: 'older timeline items are behind a "Load more" control',
  part: 'older',
};

/**
 * Jordan Lee was created on 1 Sep at 08:00 and worked from that day on; on this first visit the
 * timeline shows only its newest items (a call on 10 Nov, an email on 16 Nov and Jordan's reply),
 * the rest behind "Load more". The first outbound touch Touchline read is not the first response:
 * that one, if any, is in the part not read. metrics.md: lead response time is "not shown when
 * either is unknown". The true figure is at most the one computed, so "at most" would do too.
 */
describe('lead response time on a timeline whose older items were not loaded', () => {
  const view = () =>
    buildContactView({
      contact: contact({ createdAt: at('2026-09-01 08:00') }),
      activities: [
        call(at('2026-11-10 10:00'), 'no-answer'),
        email(at('2026-11-16 09:00')),
        reply(at('2026-11-17 11:00')),
      ],
      settings: settings(),
      now: NOW,
    });

  const outcomesText = (notRead: NotRead[]) => {
    renderPanel(
      { status: 'ready', view: view() },
      { capture: { testPage: { status: 'idle' }, onSaveTestPage: vi.fn(), notRead } },
    );
    return screen.getByRole('region', { name: 'Outcomes' }).textContent ?? '';
  };

  it('is not given as an exact figure counted from the oldest touch that happened to be loaded', () => {
    // Today: "first response 70.1 days after the contact was created".
    expect(outcomesText([OLDER_NOT_LOADED])).not.toMatch(
      /first response [\d.]+ (min|h|days) after the contact was created/,
    );
  });

  it('(control) is given when the same timeline was read in full', () => {
    expect(outcomesText([])).toMatch(/first response 70\.1 days after the contact was created/);
  });
});
