import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { activity, at, contact, email, NOW, settings } from './builders';

/**
 * metrics.md "Vanity flag": many touches (above the top of the band) with no reply, connect or
 * meeting in the period. contact-view.ts already declined the flag when a reply could not be dated
 * ("No reply" is not known); a connected call or a held meeting the page showed without a readable
 * date makes "no connect" / "no meeting" just as unknown. The panel must not say "with no reply,
 * connect or meeting: effort in the wrong place?" about a contact the page shows was reached.
 */
// 15 dated outbound emails in the last 30 days: above mid-market's top of 14, no reply among them.
const emails = Array.from({ length: 15 }, (_, i) =>
  email(at(`2026-11-${String(1 + i).padStart(2, '0')} 09:00`), `Follow-up ${i + 1}`),
);
const view = (extra: ReturnType<typeof activity>) =>
  buildContactView({ contact: contact(), activities: [...emails, extra], settings: settings(), now: NOW });

describe('vanity flag beside outcomes the page could not date', () => {
  it('is not raised when a connected call was read without a readable date', () => {
    const v = view(
      activity({ type: 'call', title: 'Call with Jordan Lee', outcome: 'connected', dateText: 'Dienstag' }),
    );
    expect(v.touches.undated).toBe(1);
    expect(v.outcomes.vanity).toBe(false);
  });

  it('is not raised when a held meeting was read without a readable date', () => {
    const v = view(activity({ type: 'meeting', title: 'Fleet pilot scoping', outcome: 'held', dateText: 'Dienstag' }));
    expect(v.touches.undated).toBe(1);
    expect(v.outcomes.vanity).toBe(false);
    expect(v.outcomes.undatedMeetings).toBe(1);
  });

  it('(control) is raised beside an undated unanswered call or cancelled meeting: neither is a connect or a meeting held', () => {
    const noAnswer = view(activity({ type: 'call', title: 'Call', outcome: 'no-answer', dateText: 'Dienstag' }));
    expect([noAnswer.touches.undated, noAnswer.outcomes.vanity]).toEqual([1, true]);
    const cancelled = view(activity({ type: 'meeting', title: 'Scoping', outcome: 'cancelled', dateText: 'Dienstag' }));
    expect([cancelled.outcomes.vanity, cancelled.outcomes.undatedMeetings]).toEqual([true, undefined]);
  });
});
