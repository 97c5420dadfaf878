import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import type { Activity } from '../../../lib/schema/activity';
import { activity, at, contact, email, NOW, reply, settings } from './builders';

/**
 * Review s60 (pdlang, rege). metrics.md: "An automated inbound email (auto-reply, out-of-office) is
 * never a reply." Outlook's read receipt ("Read: Pallet pricing", "Gelesen: Angebot 2027") says the
 * contact opened the rep's mail. The page reader marks one where its page shows the sent mail too;
 * a receipt on a deal page, or in a CSV report, whose sent mail came from another page or an earlier
 * reading, counted as her reply ("1 of 1 answered"). A person's own subject opening so, naming no
 * mail the rep sent, stays her reply.
 */
const view = (activities: Activity[]) =>
  buildContactView({ contact: contact(), activities, settings: settings({ period: '30d' }), now: NOW });
const answered = (activities: Activity[]) => {
  const { replyRate } = view(activities).outcomes;
  return [replyRate.numerator, replyRate.denominator];
};

describe('a read receipt beside the mail it reports on, from any source', () => {
  it.each([
    ['Pallet pricing', 'Read: Pallet pricing'],
    ['Angebot 2027', 'Gelesen: Angebot 2027'],
    ['Offre licence 2027', 'Lu : Offre licence 2027'],
  ])('"%s" then "%s": 0 of 1 answered', (subject, receipt) => {
    expect(answered([email(at('2026-11-16 09:00'), subject), reply(at('2026-11-16 09:20'), receipt)])).toEqual([0, 1]);
  });

  // Review s60 (regg): a receipt follows its mail; the contact's "Read: …" before the rep used that subject is hers.
  it('"Read: Pallet pricing" before the rep first sent "Pallet pricing" is her email: touches to first reply 0', () => {
    const v = view([
      reply(at('2026-11-12 09:00'), 'Read: Pallet pricing'),
      email(at('2026-11-16 09:00'), 'Pallet pricing'),
    ]);
    expect(v.touches.automated).toBe(0);
    expect(v.outcomes.touchesToFirstReply).toBe(0);
  });

  it('a subject opening "Read:" that names no mail the rep sent is her reply: 1 of 1', () => {
    expect(
      answered([
        email(at('2026-11-16 09:00'), 'Pallet pricing'),
        reply(at('2026-11-16 11:00'), 'Read: your proposal, three questions'),
      ]),
    ).toEqual([1, 1]);
  });

  // Review s60 (regg): a receipt a deal page showed without a readable date is no undated reply either.
  it('an undated "Read: Pallet pricing" after a dated "Pallet pricing": 0 of 1 answered, no undated reply', () => {
    const v = view([
      email(at('2026-11-16 09:00'), 'Pallet pricing'),
      activity({ type: 'email', direction: 'inbound', title: 'Read: Pallet pricing', sourceId: 'e-2' }),
    ]);
    expect(v.outcomes.undatedReplies).toBe(0);
    expect([v.outcomes.replyRate.numerator, v.outcomes.replyRate.denominator, v.outcomes.replyRate.value]).toEqual([
      0, 1, 0,
    ]);
  });

  // Review s61 (r61c): Touchline had it before the rep first sent the subject: her own mail.
  it('an undated "Read: Pallet pricing" first seen before "Pallet pricing" was sent stays an undated reply', () => {
    const v = view([
      email(at('2026-11-16 09:00'), 'Pallet pricing'),
      activity({
        type: 'email',
        direction: 'inbound',
        title: 'Read: Pallet pricing',
        sourceId: 'e-2',
        firstSeenAt: '2026-11-12T09:00:00.000Z',
      }),
    ]);
    expect(v.outcomes.undatedReplies).toBe(1);
  });

  it('an undated "Read: your proposal, three questions" naming no sent mail stays an undated reply', () => {
    const v = view([
      email(at('2026-11-16 09:00'), 'Pallet pricing'),
      activity({ type: 'email', direction: 'inbound', title: 'Read: your proposal, three questions', sourceId: 'e-2' }),
    ]);
    expect(v.outcomes.undatedReplies).toBe(1);
  });

  // Review s61 (r61c): a deal page showed neither with a readable date.
  it('an undated "Read: Pallet pricing" beside an undated "Pallet pricing" the rep sent: no undated reply', () => {
    const v = view([
      activity({ type: 'email', direction: 'outbound', title: 'Pallet pricing', sourceId: 'e-1' }),
      activity({ type: 'email', direction: 'inbound', title: 'Read: Pallet pricing', sourceId: 'e-2' }),
    ]);
    expect(v.outcomes.undatedReplies).toBe(0);
  });

  it('an undated "Read: Pallet pricing" first seen before the undated "Pallet pricing" was: still her undated reply', () => {
    const v = view([
      activity({
        type: 'email',
        direction: 'outbound',
        title: 'Pallet pricing',
        sourceId: 'e-1',
        firstSeenAt: '2026-11-16T09:00:00.000Z',
      }),
      activity({
        type: 'email',
        direction: 'inbound',
        title: 'Read: Pallet pricing',
        sourceId: 'e-2',
        firstSeenAt: '2026-11-12T09:00:00.000Z',
      }),
    ]);
    expect(v.outcomes.undatedReplies).toBe(1);
  });
});
