// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import type { Activity } from '../../../lib/schema/activity';
import type { NotRead } from '../../../lib/schema/read-result';
import { at, call, contact, email, NOW, reply, settings } from '../metrics/builders';
import { renderPanel } from './render-panel';

afterEach(cleanup);

/**
 * Review s62 (partial). A feed loaded back to 8 Oct above "Load more" (only older items not
 * loaded). Jonas replied on 10 Oct; the rep wrote 28 Oct, called 5 Nov, wrote 10 Nov; Jonas replied
 * 18 Nov. metrics.md: touches to first reply are the outbound touches before it, back to the reply
 * before it: 3, all shown, and nothing not loaded comes after 8 Oct. The panel said "not known".
 */
const loadMore = (olderThan: string): NotRead => ({
  field: 'activities',
  reason: 'older items are behind "Load more"',
  part: 'older',
  olderThan,
});
const worked: Activity[] = [
  reply(at('2026-10-10 09:00')),
  email(at('2026-10-28 09:00'), 'Checking in'),
  call(at('2026-11-05 09:00'), 'no-answer'),
  email(at('2026-11-10 09:00'), 'Next steps'),
  reply(at('2026-11-18 09:00')),
];
const firstReplyLine = (notRead: NotRead[], activities = worked) => {
  const view = buildContactView({ contact: contact(), activities, settings: settings({ period: '30d' }), now: NOW });
  const { container } = renderPanel(
    { status: 'ready', view },
    { capture: { testPage: { status: 'idle' }, onSaveTestPage: vi.fn(), notRead } },
  );
  return [...container.querySelectorAll('.tl-facts li')].map((li) => li.textContent ?? '').find((t) => /reply/.test(t));
};

describe('touches to the first reply on a feed loaded back past the reply before it', () => {
  it('are counted: 3, every one shown since the 10 Oct reply', () => {
    expect(firstReplyLine([loadMore('2026-10-08T09:00:00.000Z')])).toBe('first reply after 3 outbound touches');
  });

  it('are not known when the feed was loaded back only to after that reply, or counted from the first touch read', () => {
    expect(firstReplyLine([loadMore('2026-10-12T09:00:00.000Z')])).toMatch(
      /not known \(the timeline was read in part\)/,
    );
    expect(firstReplyLine([loadMore('2026-10-08T09:00:00.000Z')], worked.slice(1))).toMatch(/not known/);
  });
});
