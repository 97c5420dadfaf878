import { describe, expect, it } from 'vitest';
import { buildStageSummaries } from '../../../lib/db/stage-summary-tally';
import { buildDealView } from '../../../lib/metrics/deal-view';
import type { Activity } from '../../../lib/schema/activity';
import type { Deal } from '../../../lib/schema/record';
import {
  at,
  contact,
  deal,
  email,
  history,
  JORDAN,
  LA,
  NOW,
  RITA,
  reply,
  SAM,
  settings,
  undated,
} from '../metrics/builders';

/**
 * metrics.md "Reply rate": an outbound email is answered when a (non-automated) inbound email follows
 * it before the next outbound email. contracts.md: deal timelines rarely say which contact a touch was
 * with, so deal touches are stored against the deal. A reply on the deal's own timeline that names
 * nobody may be from any of the deal's contacts; it must not leave the email it follows "unanswered".
 * The rule (withDealReplyThreads): on a deal with one contact, an email naming nobody is that
 * contact's; with several, a reply naming nobody answers the latest outbound email on the deal
 * before it, whoever that went to.
 *
 * Realistic sequence: the rep opened Jordan's page on Monday (the email, named Jordan), Jordan
 * replied on Tuesday, the manager opens the deal on Wednesday: HubSpot's deal timeline shows the
 * email and the reply, naming no contact.
 */
const fleet = deal({
  stage: 'Demo',
  stageHistory: history(['Demo', at('2026-11-10 10:00')]),
  contacts: [{ id: '901', name: 'Jordan Lee' }],
});
const onDeal = (d: Deal) => ({ contactKeys: [] as string[], dealKeys: [d.key] });

const view = (activities: Activity[], d: Deal = fleet, countAutomated = true) =>
  buildDealView({
    deal: d,
    activities,
    contacts: [contact()],
    summaries: buildStageSummaries([d], LA),
    settings: settings({ countAutomated }),
    now: NOW,
  });

describe('deal panel reply rate with deal-timeline copies that name no contact', () => {
  it('counts an email as answered when the deal timeline shows a reply after it (1 of 1, not 0 of 1)', () => {
    const v = view([
      email(at('2026-11-16 09:00'), 'Proposal', { contactKeys: [JORDAN] }),
      email(at('2026-11-16 09:00'), 'Proposal', onDeal(fleet)),
      reply(at('2026-11-17 09:00'), 'Re: Proposal', onDeal(fleet)),
    ]);
    // By hand: one outbound email (two copies merged), one human inbound email after it, no later outbound email.
    expect(v.touches.byChannel.email).toBe(2);
    expect(v.outcomes.replyRate).toMatchObject({ value: 1, numerator: 1, denominator: 1 });
  });

  it('does not show a confident 0 % when the deal timeline holds an email reply it could not date', () => {
    const v = view([
      email(at('2026-11-16 09:00'), 'Proposal', onDeal(fleet)),
      undated('Tuesday-ish', { direction: 'inbound', title: 'Re: Proposal', ...onDeal(fleet) }),
    ]);
    expect(v.touches.undated).toBe(1);
    const rate = v.outcomes.replyRate;
    // Either not known ("—", value null) or a range up to 1 of 1: never a plain "0 of 1".
    const unsure = rate.value === null || (rate.upper ?? 0) >= 1;
    expect({ ...rate, unsure }).toMatchObject({ unsure: true });
  });
});

/**
 * Fleet pilot with Jordan, Sam and Rita. By hand, emails in the last 30 days: Jordan Mon 16 Nov,
 * Sam Tue 17 Nov, then the deal's timeline shows a reply naming nobody on Wed 18 Nov. It follows
 * Sam's email, the latest before it on the deal: Sam's is answered; Jordan's is not, since one
 * reply answers one email: 1 of 2.
 */
describe('deal panel reply rate on a deal with several contacts', () => {
  const trio = deal({
    stage: 'Demo',
    stageHistory: history(['Demo', at('2026-11-10 10:00')]),
    contacts: [
      { id: '901', name: 'Jordan Lee' },
      { id: '902', name: 'Sam Okoye' },
      { id: '903', name: 'Rita Haas' },
    ],
  });
  const sent = [
    email(at('2026-11-16 09:00'), 'Proposal', { contactKeys: [JORDAN], dealKeys: [trio.key] }),
    email(at('2026-11-17 09:00'), 'Security review', { contactKeys: [SAM], dealKeys: [trio.key] }),
  ];

  it("gives a reply naming nobody to the latest email on the deal before it: Sam's, 1 of 2", () => {
    const v = view([...sent, reply(at('2026-11-18 09:00'), 'Re: Security review', onDeal(trio))], trio);
    expect(v.outcomes.replyRate).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
  });

  it('lets a reply naming nobody answer nothing when no email on the deal came before it', () => {
    const v = view([reply(at('2026-11-15 09:00'), 'Question', onDeal(trio)), ...sent], trio);
    expect(v.outcomes.replyRate).toEqual({ value: 0, numerator: 0, denominator: 2 });
  });

  // metrics.md: answered when an inbound email follows it before the next outbound email. The deal
  // timeline named the reply's sender but not the email's recipient: nothing says it went to
  // someone else, and "0 of 1 answered" beside Rita's reply would tell the manager nobody answered.
  it('answers an email naming nobody with the named reply that follows it as the latest email on the deal', () => {
    const v = view(
      [
        email(at('2026-11-16 09:00'), 'Pricing', onDeal(trio)),
        reply(at('2026-11-17 09:00'), 'A question', { contactKeys: [RITA], dealKeys: [trio.key] }),
      ],
      trio,
    );
    expect(v.outcomes.replyRate).toEqual({ value: 1, numerator: 1, denominator: 1 });
  });

  it('leaves an email naming nobody unanswered when a named email to the replier came after it', () => {
    const v = view(
      [
        email(at('2026-11-16 09:00'), 'Pricing', onDeal(trio)),
        email(at('2026-11-16 15:00'), 'Agenda', { contactKeys: [RITA], dealKeys: [trio.key] }),
        reply(at('2026-11-17 09:00'), 'Re: Agenda', { contactKeys: [RITA], dealKeys: [trio.key] }),
      ],
      trio,
    );
    expect(v.outcomes.replyRate).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
  });

  it('leaves a named reply to her own unanswered email hers when an email naming nobody came between', () => {
    const v = view(
      [
        email(at('2026-11-16 09:00'), 'Pricing', { contactKeys: [RITA], dealKeys: [trio.key] }),
        email(at('2026-11-17 09:00'), 'Newsletter', { ...onDeal(trio), automated: true }),
        reply(at('2026-11-18 09:00'), 'Re: Pricing', { contactKeys: [RITA], dealKeys: [trio.key] }),
      ],
      trio,
      false,
    );
    // By hand, automated emails left out: one email (Rita's), answered by her reply. Whose the
    // sequence email naming nobody was is not known: it must not take her reply from her own email.
    expect(v.outcomes.replyRate).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it('answers an email naming nobody with the reply of a contact whose group email another contact answered', () => {
    const v = view(
      [
        email(at('2026-11-12 09:00'), 'Kick-off', { contactKeys: [SAM, RITA], dealKeys: [trio.key] }),
        reply(at('2026-11-13 09:00'), 'Re: Kick-off', { contactKeys: [SAM], dealKeys: [trio.key] }),
        email(at('2026-11-16 09:00'), 'Pricing', onDeal(trio)),
        reply(at('2026-11-17 09:00'), 'Re: Pricing', { contactKeys: [RITA], dealKeys: [trio.key] }),
      ],
      trio,
    );
    // By hand: Sam's reply answered the group email (Rita's too); Rita's reply follows Pricing: 2 of 2.
    expect(v.outcomes.replyRate).toEqual({ value: 1, numerator: 2, denominator: 2 });
  });

  it('is the range 0–0.5 when a reply naming nobody had no readable date: it may answer one of the two emails', () => {
    const v = view([...sent, undated('Tuesday-ish', { direction: 'inbound', title: 'Re:', ...onDeal(trio) })], trio);
    expect(v.outcomes.replyRate).toEqual({
      value: 0,
      upper: 0.5,
      numerator: 0,
      denominator: 2,
      reason: 'undated-replies',
    });
  });

  /**
   * The deal's timeline, by hand (30-day default period, now 20 Nov):
   * - 12 Nov 09:00 "Intro" naming nobody;
   * - 14 Nov 09:00 "Follow-up" naming nobody (the next outbound email: Intro is unanswered);
   * - 15 Nov 09:00 Sam replies "Re: Follow-up" (named);
   * - 15 Nov 11:00 a reply naming nobody "Re: Follow-up" (e.g. a colleague on cc).
   * Intro: no inbound before Follow-up, unanswered. Follow-up: answered. 1 of 2.
   * Follow-up joins Sam's thread (his reply follows it); the reply naming nobody goes with it, or it
   * would "answer" Intro across Follow-up.
   */
  describe('an unnamed reply after a named one does not answer an email before the one they follow', () => {
    it('named reply first, then unnamed: 1 of 2', () => {
      const touches = [
        email(at('2026-11-12 09:00'), 'Intro', onDeal(trio)),
        email(at('2026-11-14 09:00'), 'Follow-up', onDeal(trio)),
        reply(at('2026-11-15 09:00'), 'Re: Follow-up', { contactKeys: [SAM], dealKeys: [trio.key] }),
        reply(at('2026-11-15 11:00'), 'Re: Follow-up', onDeal(trio)),
      ];
      expect(view(touches, trio).outcomes.replyRate).toMatchObject({ numerator: 1, denominator: 2 });
    });
    it('unnamed reply first, then the named one: 1 of 2', () => {
      const touches = [
        email(at('2026-11-12 09:00'), 'Intro', onDeal(trio)),
        email(at('2026-11-14 09:00'), 'Follow-up', onDeal(trio)),
        reply(at('2026-11-15 09:00'), 'Re: Follow-up', onDeal(trio)),
        reply(at('2026-11-15 11:00'), 'Re: Follow-up', { contactKeys: [SAM], dealKeys: [trio.key] }),
      ];
      expect(view(touches, trio).outcomes.replyRate).toMatchObject({ numerator: 1, denominator: 2 });
    });
  });

  /**
   * metrics.md "Automated touches, consistently": with the setting leaving them out, they are left
   * out of every figure. Automated left out, by hand:
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
  const groupThenOwn = [
    email(at('2026-11-12 09:00'), 'Kick-off', { contactKeys: [SAM, RITA], dealKeys: [trio.key] }),
    email(at('2026-11-12 15:00'), 'Contract', { contactKeys: [RITA], dealKeys: [trio.key] }),
    reply(at('2026-11-13 09:00'), 'Re: Kick-off', { contactKeys: [SAM], dealKeys: [trio.key] }),
    email(at('2026-11-16 09:00'), 'Newsletter', { ...onDeal(trio), automated: true }),
    reply(at('2026-11-17 09:00'), 'Re: Contract', { contactKeys: [RITA], dealKeys: [trio.key] }),
  ];

  describe("Rita's reply to her own email, after Sam answered a group email she was on", () => {
    it('automated left out: both counted emails answered, 2 of 2', () => {
      expect(view(groupThenOwn, trio, false).outcomes.replyRate).toMatchObject({ numerator: 2, denominator: 2 });
    });
    it('automated counted: Kick-off and Contract answered, the sequence email not: 2 of 3', () => {
      expect(view(groupThenOwn, trio, true).outcomes.replyRate).toMatchObject({ numerator: 2, denominator: 3 });
    });
  });

  /**
   * metrics.md "Reply rate": an email is answered by an inbound email that follows it before the next
   * outbound email; the rate counts the emails sent in the period, with automated ones only when the
   * setting counts them. Her own email the rate does not count holds no reply of hers: the reply
   * follows the email naming nobody, and "0 of 1 answered" beside it would be wrong.
   */
  describe('her own email the rate does not count does not take her reply from the email naming nobody it follows', () => {
    it('sent before the period (Sam, 9 Oct; the period starts 21 Oct): 1 of 1', () => {
      const v = view(
        [
          email(at('2026-10-09 09:00'), 'Intro', { contactKeys: [SAM], dealKeys: [trio.key] }),
          email(at('2026-11-16 09:00'), 'Pricing', onDeal(trio)),
          reply(at('2026-11-18 09:00'), 'Re: Pricing', { contactKeys: [SAM], dealKeys: [trio.key] }),
        ],
        trio,
      );
      expect(v.outcomes.replyRate).toEqual({ value: 1, numerator: 1, denominator: 1 });
    });
    it('a sequence email to her, automated left out: 1 of 1', () => {
      const v = view(
        [
          email(at('2026-11-12 09:00'), 'Checking in', { contactKeys: [RITA], dealKeys: [trio.key], automated: true }),
          email(at('2026-11-14 09:00'), 'Pricing', onDeal(trio)),
          reply(at('2026-11-16 09:00'), 'Re: Pricing', { contactKeys: [RITA], dealKeys: [trio.key] }),
        ],
        trio,
        false,
      );
      expect(v.outcomes.replyRate).toEqual({ value: 1, numerator: 1, denominator: 1 });
    });
  });

  // A named reply that follows an email naming nobody answers it (above), so one the page gave no
  // date may: Jordan's Proposal, then Pricing naming nobody, and Sam's undated reply. It may answer
  // Pricing, never Jordan's email: the range 0–0.5, not a confident "0 of 2".
  it("is the range 0–0.5 when a contact's reply had no readable date: it may answer the email naming nobody", () => {
    const v = view(
      [
        email(at('2026-11-16 09:00'), 'Proposal', { contactKeys: [JORDAN], dealKeys: [trio.key] }),
        email(at('2026-11-17 09:00'), 'Pricing', onDeal(trio)),
        undated('Tuesday-ish', {
          direction: 'inbound',
          title: 'Re: Pricing',
          contactKeys: [SAM],
          dealKeys: [trio.key],
        }),
      ],
      trio,
    );
    expect(v.outcomes.replyRate).toEqual({
      value: 0,
      upper: 0.5,
      numerator: 0,
      denominator: 2,
      reason: 'undated-replies',
    });
  });
});
