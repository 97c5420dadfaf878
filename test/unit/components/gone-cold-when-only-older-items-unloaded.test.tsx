// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import type { NotRead } from '../../../lib/schema/read-result';
import { at, contact, email, loadMoreUnder, NOW, settings } from '../metrics/builders';
import { metric, renderPanel } from './render-panel';

afterEach(cleanup);

/** The page showed the email of 2 Nov, its newest item, and "Load more" under it (read.ts). */
const LAST_EMAIL = email(at('2026-11-02 09:00'));
const OLDER_NOT_LOADED = loadMoreUnder([LAST_EMAIL]);
const FILTERED: NotRead = { field: 'activities', reason: 'the timeline is filtered to "Emails"' };

/**
 * Gone cold (metrics.md: no touch either way for longer than the follow-up limit) hangs on the
 * newest touch only. Where only older items were not loaded, that touch was read: no touch in the
 * part not read can be newer, so gone cold is said plainly. Where another part may be missing (a
 * filter, with or beside "Load more") the caveat stays. What hangs on the oldest touch (lead
 * response, the next step's numbering) stays hedged either way.
 */
describe('gone cold on a timeline whose older items only are not loaded', () => {
  const panel = (notRead: NotRead[]) => {
    const view = buildContactView({
      contact: contact({ createdAt: at('2026-09-01 08:00') }),
      activities: [LAST_EMAIL],
      settings: settings(),
      now: NOW,
    });
    return renderPanel(
      { status: 'ready', view },
      { capture: { testPage: { status: 'idle' }, onSaveTestPage: vi.fn(), notRead } },
    ).container;
  };
  const caveat = /newer touch may be in the part not read/;

  it('is said plainly, without "a newer touch may be in the part not read"', () => {
    const cold = metric(panel([OLDER_NOT_LOADED]), 'gone-cold');
    expect(cold.dataset.value).toBe('true');
    expect(cold.textContent ?? '').not.toMatch(caveat);
  });

  it('keeps the next step and lead response hedged', () => {
    const container = panel([OLDER_NOT_LOADED]);
    expect(container.textContent ?? '').toMatch(/touches in the part not read may change which step is next/);
    expect(screen.getByRole('region', { name: 'Outcomes' }).textContent ?? '').not.toMatch(
      /first response [\d.]+ (min|h|days) after the contact was created/,
    );
  });

  it.each([
    ['filtered', [FILTERED]],
    ['filtered beside "Load more"', [OLDER_NOT_LOADED, FILTERED]],
  ])('keeps its caveat when the timeline is %s', (_, notRead) => {
    const cold = metric(panel(notRead), 'gone-cold');
    expect(cold.dataset.value).toBe('true');
    expect(cold.textContent ?? '').toMatch(caveat);
  });
});
