/**
 * metrics.md "Reply rate": "an outbound email counts as answered when a (non-automated) inbound
 * email follows it before the next outbound email".
 *
 * Deal with Jordan, Sam and Rita (30-day default period, now 20 Nov). The deal's timeline, by hand:
 * - 12 Nov 09:00 "Intro" naming nobody;
 * - 14 Nov 09:00 "Follow-up" naming nobody (the next outbound email: Intro is unanswered);
 * - 15 Nov 09:00 Sam replies "Re: Follow-up" (named);
 * - 15 Nov 11:00 a reply naming nobody "Re: Follow-up" (e.g. a colleague on cc).
 * Intro: no inbound before Follow-up, unanswered. Follow-up: answered. 1 of 2.
 * Follow-up joins Sam's thread (his reply follows it); the reply naming nobody goes with it, or it
 * would "answer" Intro across Follow-up.
 */
import { describe, expect, it } from 'vitest';
import { buildStageSummaries } from '../../../lib/db/stage-summary-tally';
import { buildDealView } from '../../../lib/metrics/deal-view';
import type { Activity } from '../../../lib/schema/activity';
import { at, contact, deal, email, history, LA, NOW, reply, SAM, settings } from '../metrics/builders';

const trio = deal({
  stage: 'Demo',
  stageHistory: history(['Demo', at('2026-11-10 10:00')]),
  contacts: [
    { id: '901', name: 'Jordan Lee' },
    { id: '902', name: 'Sam Okoye' },
    { id: '903', name: 'Rita Haas' },
  ],
});
const onDeal = { contactKeys: [] as string[], dealKeys: [trio.key] };
const view = (activities: Activity[]) =>
  buildDealView({
    deal: trio,
    activities,
    contacts: [contact()],
    summaries: buildStageSummaries([trio], LA),
    settings: settings(),
    now: NOW,
  });

describe('an unnamed reply after a named one does not answer an email before the one they follow', () => {
  it('named reply first, then unnamed: 1 of 2', () => {
    const touches = [
      email(at('2026-11-12 09:00'), 'Intro', onDeal),
      email(at('2026-11-14 09:00'), 'Follow-up', onDeal),
      reply(at('2026-11-15 09:00'), 'Re: Follow-up', { contactKeys: [SAM], dealKeys: [trio.key] }),
      reply(at('2026-11-15 11:00'), 'Re: Follow-up', onDeal),
    ];
    expect(view(touches).outcomes.replyRate).toMatchObject({ numerator: 1, denominator: 2 });
  });
  it('unnamed reply first, then the named one: 1 of 2', () => {
    const touches = [
      email(at('2026-11-12 09:00'), 'Intro', onDeal),
      email(at('2026-11-14 09:00'), 'Follow-up', onDeal),
      reply(at('2026-11-15 09:00'), 'Re: Follow-up', onDeal),
      reply(at('2026-11-15 11:00'), 'Re: Follow-up', { contactKeys: [SAM], dealKeys: [trio.key] }),
    ];
    expect(view(touches).outcomes.replyRate).toMatchObject({ numerator: 1, denominator: 2 });
  });
});
