// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import type { Activity } from '../../../lib/schema/activity';
import type { NotRead } from '../../../lib/schema/read-result';
import { at, contact, email, loadMoreUnder, meeting, NOW, reply, settings } from '../metrics/builders';
import { renderPanel } from './render-panel';

afterEach(cleanup);

function outcomesText(activities: Activity[], notRead: NotRead[]) {
  const view = buildContactView({ contact: contact(), activities, settings: settings(), now: NOW });
  renderPanel(
    { status: 'ready', view },
    { capture: { testPage: { status: 'idle' }, onSaveTestPage: vi.fn(), notRead } },
  );
  return screen.getByRole('region', { name: 'Outcomes' }).textContent ?? '';
}

/**
 * Only Jordan's reply of 17 Nov was loaded; the emails of the last 30 days it answers are behind
 * "Load more". first-outcome.ts counts the outbound touches before the first reply among what was
 * read, so the card said "first reply after 0 outbound touches": as if Jordan wrote first. The
 * count is not known (metrics.md: "outbound touches before the first inbound reply").
 */
describe('touches to first reply on a timeline whose older items were not loaded', () => {
  const onlyTheReply = [reply(at('2026-11-17 11:00'))];

  it('is not given as "after 0 outbound touches" when the touches before the reply may not have been loaded', () => {
    const text = outcomesText(onlyTheReply, [loadMoreUnder(onlyTheReply)]);
    expect(text).not.toMatch(/first reply after 0 outbound touches/);
    expect(text).toMatch(/outbound touches before the first reply: not known \(the timeline was read in part\)/);
  });

  it('(control) is "after 0 outbound touches" when the timeline was read in full (the contact wrote first)', () => {
    expect(outcomesText(onlyTheReply, [])).toMatch(/first reply after 0 outbound touches/);
  });
});

/** The same for the first held meeting: the touches that booked it may be in the part not loaded. */
describe('touches to first meeting on a timeline whose older items were not loaded', () => {
  const onlyTheMeeting = [meeting(at('2026-11-18 10:00'))];

  it('is not given as "after 0 outbound touches"', () => {
    const text = outcomesText(onlyTheMeeting, [loadMoreUnder(onlyTheMeeting)]);
    expect(text).not.toMatch(/first meeting after/);
    expect(text).toMatch(/outbound touches before the first meeting: not known/);
  });

  it('(control) is "after 0 outbound touches" when read in full, and "no reply" stays once a touch read is older than the period', () => {
    expect(outcomesText(onlyTheMeeting, [])).toMatch(/first meeting after 0 outbound touches/);
    cleanup();
    // Only the 18 Nov meeting loaded: what "Load more" hides may be of the last 30 days, a reply too.
    expect(outcomesText(onlyTheMeeting, [loadMoreUnder(onlyTheMeeting)])).not.toMatch(/no reply in period/);
    cleanup();
    // An email of 5 Oct was read: what was not loaded is older still, before the period.
    const withOlderEmail = [email(at('2026-10-05 09:00'), 'Intro'), ...onlyTheMeeting];
    expect(outcomesText(withOlderEmail, [loadMoreUnder(withOlderEmail)])).toMatch(/no reply in period/);
  });
});
