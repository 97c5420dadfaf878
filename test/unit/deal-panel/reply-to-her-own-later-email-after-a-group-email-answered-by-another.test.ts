/**
 * metrics.md "Reply rate": "an outbound
 * email counts as answered when a (non-automated) inbound email follows it before the next
 * outbound email"; "Automated touches, consistently": with the setting leaving them out, they are
 * left out of every figure.
 *
 * Deal with Jordan, Sam and Rita, automated left out. By hand:
 * - 12 Nov 09:00 "Kick-off" to Sam and Rita (group email);
 * - 12 Nov 15:00 "Contract" to Rita alone;
 * - 13 Nov Sam replies "Re: Kick-off": Kick-off answered (on Sam's thread; Rita's "Contract" is
 *   still waiting for her);
 * - 16 Nov a sequence email on the deal naming nobody (automated: left out);
 * - 17 Nov Rita replies "Re: Contract".
 * Counted emails: Kick-off (answered by Sam) and Contract (answered by Rita, no counted outbound
 * email between): 2 of 2. Whose the sequence email was is not known: it must not take Rita's reply
 * from her own email.
 */
import { describe, expect, it } from 'vitest';
import { buildStageSummaries } from '../../../lib/db/stage-summary-tally';
import { buildDealView } from '../../../lib/metrics/deal-view';
import type { Activity } from '../../../lib/schema/activity';
import type { Deal } from '../../../lib/schema/record';
import { at, contact, deal, email, history, LA, NOW, RITA, reply, SAM, settings } from '../metrics/builders';

const trio = deal({
  stage: 'Demo',
  stageHistory: history(['Demo', at('2026-11-10 10:00')]),
  contacts: [
    { id: '901', name: 'Jordan Lee' },
    { id: '902', name: 'Sam Okoye' },
    { id: '903', name: 'Rita Haas' },
  ],
});
const onDeal = (d: Deal) => ({ contactKeys: [] as string[], dealKeys: [d.key] });
const view = (activities: Activity[], countAutomated: boolean) =>
  buildDealView({
    deal: trio,
    activities,
    contacts: [contact()],
    summaries: buildStageSummaries([trio], LA),
    settings: settings({ countAutomated }),
    now: NOW,
  });

const touches = [
  email(at('2026-11-12 09:00'), 'Kick-off', { contactKeys: [SAM, RITA], dealKeys: [trio.key] }),
  email(at('2026-11-12 15:00'), 'Contract', { contactKeys: [RITA], dealKeys: [trio.key] }),
  reply(at('2026-11-13 09:00'), 'Re: Kick-off', { contactKeys: [SAM], dealKeys: [trio.key] }),
  email(at('2026-11-16 09:00'), 'Newsletter', { ...onDeal(trio), automated: true }),
  reply(at('2026-11-17 09:00'), 'Re: Contract', { contactKeys: [RITA], dealKeys: [trio.key] }),
];

describe("Rita's reply to her own email, after Sam answered a group email she was on", () => {
  it('automated left out: both counted emails answered, 2 of 2', () => {
    expect(view(touches, false).outcomes.replyRate).toMatchObject({ numerator: 2, denominator: 2 });
  });
  it('automated counted: Kick-off and Contract answered, the sequence email not: 2 of 3', () => {
    expect(view(touches, true).outcomes.replyRate).toMatchObject({ numerator: 2, denominator: 3 });
  });
});
