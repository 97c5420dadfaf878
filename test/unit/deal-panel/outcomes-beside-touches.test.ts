/**
 * metrics.md "Outcomes beside activity": "Every activity number is shown next to the outcome it
 * should drive". The deal panel shows the deal's touches, so it shows their outcomes too: reply rate,
 * connect rate, meetings held, over the same touches (the deal's and its contacts', duplicates
 * merged, the period's, the automated setting honoured). Expectations worked out by hand.
 * User zone Los Angeles; NOW = Fri 20 Nov 2026 07:00 LA; the default period is the last 30 days.
 */
import { describe, expect, it } from 'vitest';
import { recordView } from '../../../lib/background/record-view';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { ActivityReading } from '../../../lib/schema/activity';
import { defaultSettings, type Settings } from '../../../lib/schema/settings';
import type { DealView } from '../../../lib/schema/view-model';
import { ANA, BEN, call, contactPage, dealKeyOf, dealPage } from '../db/hand-pages';
import { freshDb, NOW, ZONE } from '../db/world-readings';

const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000).toISOString();
const email = (timestamp: string | undefined, extra: Partial<ActivityReading> = {}): ActivityReading => ({
  type: 'email',
  channel: 'email',
  direction: 'outbound',
  ...(timestamp ? { timestamp, timePrecision: 'minute' as const } : {}),
  title: 'Renewal terms',
  automated: false,
  ...extra,
});
const reply = (timestamp: string | undefined, extra: Partial<ActivityReading> = {}) =>
  email(timestamp, { direction: 'inbound', title: 'Re: Renewal terms', ...extra });
const meeting = (timestamp: string, extra: Partial<ActivityReading> = {}): ActivityReading => ({
  type: 'meeting',
  channel: 'meeting',
  direction: 'outbound',
  timestamp,
  timePrecision: 'minute',
  title: 'Renewal review',
  automated: false,
  outcome: 'held',
  ...extra,
});
const put = (d: TouchlineDb, r: Parameters<typeof saveReading>[1]) => saveReading(d, r, NOW, ZONE);

async function renewalView(d: TouchlineDb, patch: Partial<Settings> = {}): Promise<DealView> {
  const view = await recordView(d, dealKeyOf, {
    settings: { ...defaultSettings(ZONE), ...patch },
    now: NOW,
    onInvalid: () => undefined,
  });
  if (view?.kind !== 'deal') throw new Error('no deal view');
  return view;
}

const shares = (view: DealView) => ({
  reply: [view.outcomes.replyRate.numerator, view.outcomes.replyRate.denominator, view.outcomes.replyRate.value],
  connect: [
    view.outcomes.connectRate.numerator,
    view.outcomes.connectRate.denominator,
    view.outcomes.connectRate.value,
  ],
  meetingsHeld: view.outcomes.meetingsHeld,
});

describe('the deal panel shows the outcomes beside its touches', () => {
  /*
   * All in the last 30 days: Ana's page shows a connected call, an unanswered call, an outbound
   * email and Ana's reply to it; the deal page shows a held meeting. Touches: 5.
   * Connect rate 1 of 2 = 0.5; reply rate 1 of 1 = 1; meetings held 1.
   */
  it('shows meetings held (1), connect rate (1 of 2) and reply rate (1 of 1) beside the deal’s 5 touches', async () => {
    const d = await freshDb();
    await put(
      d,
      contactPage(ANA, [
        call(hoursAgo(100), { outcome: 'connected', sourceId: 'c1' }),
        call(hoursAgo(90), { outcome: 'no-answer', sourceId: 'c2' }),
        email(hoursAgo(80), { sourceId: 'e1' }),
        reply(hoursAgo(70), { sourceId: 'e2' }),
      ]),
    );
    await put(d, contactPage(BEN, []));
    await put(d, dealPage([meeting(hoursAgo(60), { sourceId: 'm1' })]));
    const view = await renewalView(d);
    expect(view.touches.total).toBe(5);
    expect(shares(view)).toEqual({ reply: [1, 1, 1], connect: [1, 2, 0.5], meetingsHeld: 1 });
  });

  /*
   * The deal's timeline shows Ana's connected call again (same CRM id, no contact named): one touch.
   * By hand: touches 2 (the call once, the no-answer call), connect rate 1 of 2, not 2 of 3.
   */
  it('counts a call the deal’s timeline shows again once: connect rate 1 of 2, not 2 of 3', async () => {
    const d = await freshDb();
    await put(
      d,
      contactPage(ANA, [
        call(hoursAgo(100), { outcome: 'connected', sourceId: 'c1' }),
        call(hoursAgo(90), { outcome: 'no-answer', sourceId: 'c2' }),
      ]),
    );
    await put(d, dealPage([call(hoursAgo(100), { outcome: 'connected', sourceId: 'c1' })]));
    const view = await renewalView(d);
    expect(view.touches.total).toBe(2);
    expect(view.outcomes.connectRate).toMatchObject({ numerator: 1, denominator: 2, value: 0.5 });
  });

  /*
   * Ana got an email; Ben wrote in (a reply on his own thread, to no email of the period).
   * A reply answers only its own contact's email (metrics.md, Reply rate): Ana's is unanswered,
   * 0 of 1 = 0, not 1 of 1.
   */
  it('never lets one contact’s reply answer another contact’s email: 0 of 1 when only Ben wrote back', async () => {
    const d = await freshDb();
    await put(d, contactPage(ANA, [email(hoursAgo(100), { sourceId: 'e1' })]));
    await put(d, contactPage(BEN, [reply(hoursAgo(90), { sourceId: 'e2' })]));
    await put(d, dealPage([]));
    expect((await renewalView(d)).outcomes.replyRate).toMatchObject({ numerator: 0, denominator: 1, value: 0 });
  });

  /*
   * A sequence email to Ana (automated), then a manual email, then Ana's reply.
   * Automated touches counted (default): 2 emails, the reply answers the later one: 1 of 2 = 0.5.
   * Left out: the sequence email is in no figure: 1 of 1 = 1. A held meeting 40 days ago is before
   * the period: meetings held 1 (the one 60 hours ago) either way.
   */
  it('honours the automated setting and the period: reply rate 1 of 2 with sequence emails counted, 1 of 1 without', async () => {
    const d = await freshDb();
    await put(
      d,
      contactPage(ANA, [
        email(hoursAgo(40 * 24), { sourceId: 'e0', title: 'Kick-off' }),
        meeting(hoursAgo(40 * 24 - 1), { sourceId: 'm0' }),
        email(hoursAgo(100), { sourceId: 'e1', automated: true, title: 'Step 1' }),
        email(hoursAgo(90), { sourceId: 'e2' }),
        reply(hoursAgo(80), { sourceId: 'e3' }),
        meeting(hoursAgo(60), { sourceId: 'm1' }),
      ]),
    );
    await put(d, dealPage([]));
    expect(shares(await renewalView(d))).toEqual({ reply: [1, 2, 0.5], connect: [0, 0, null], meetingsHeld: 1 });
    expect(shares(await renewalView(d, { countAutomated: false }))).toEqual({
      reply: [1, 1, 1],
      connect: [0, 0, null],
      meetingsHeld: 1,
    });
  });

  /*
   * Two emails to Ana, one answered by a dated reply; the deal page shows a reply of Ana's whose
   * date it did not print. That reply may answer the other email: 1 or 2 of 2, so the rate is the
   * range 50–100 % with its reason (as on the team page), keeping its counts.
   */
  it('is the range 0.5–1 when a reply without a readable date may answer the one unanswered email', async () => {
    const d = await freshDb();
    await put(
      d,
      contactPage(ANA, [
        email(hoursAgo(100), { sourceId: 'e1' }),
        reply(hoursAgo(95), { sourceId: 'e2' }),
        email(hoursAgo(90), { sourceId: 'e3' }),
      ]),
    );
    await put(d, dealPage([reply(undefined, { sourceId: 'e4', contactIds: [ANA] })]));
    expect((await renewalView(d)).outcomes.replyRate).toEqual({
      value: 0.5,
      upper: 1,
      numerator: 1,
      denominator: 2,
      reason: 'undated-replies',
    });
  });
});

describe("the deal panel's reply rate with an undated reply from a contact who was sent nothing", () => {
  /*
   * Ana: two emails, the first answered by a dated reply, the second not: 1 of 2.
   * Ben: wrote in once; his page printed no date for it. The rep never emailed Ben, so Ben's reply
   * can answer none of the deal's emails (it answers only Ben's own thread). By hand: 1 of 2 = 0.5,
   * exactly, as Ana's own panel says, and as the team page would (Ben has no unanswered email).
   */
  it('stays 1 of 2 answered (0.5), not "—", when only Ben’s undated reply is unsure', async () => {
    const d = await freshDb();
    await put(
      d,
      contactPage(ANA, [
        email(hoursAgo(100), { sourceId: 'e1' }),
        reply(hoursAgo(95), { sourceId: 'e2' }),
        email(hoursAgo(90), { sourceId: 'e3' }),
      ]),
    );
    await put(d, contactPage(BEN, [reply(undefined, { sourceId: 'e4', title: 'Question about invoices' })]));
    await put(d, dealPage([]));
    expect((await renewalView(d)).outcomes.replyRate).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
  });
});
