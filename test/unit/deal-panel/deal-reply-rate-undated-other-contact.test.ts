/**
 * The deal panel's reply rate (9579dc5): "each contact's emails are answered only by that contact's
 * reply, as on the contact's panel" (lib/metrics/deal-outcomes.ts), and an undated email reply
 * "may answer one of the contact's unanswered emails" (lib/metrics/reply-rate-undated.ts:
 * "one contact of forty no longer hides the whole figure"). metrics.md: the reply rate is shown
 * with its counts; "—" only where a number cannot be computed.
 * User zone Los Angeles; NOW = Fri 20 Nov 2026 07:00 LA; default period last 30 days.
 */
import { describe, expect, it } from 'vitest';
import { recordView } from '../../../lib/background/record-view';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { ActivityReading } from '../../../lib/schema/activity';
import { defaultSettings } from '../../../lib/schema/settings';
import { ANA, BEN, contactPage, dealKeyOf, dealPage } from '../db/hand-pages';
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
const put = (d: TouchlineDb, r: Parameters<typeof saveReading>[1]) => saveReading(d, r, NOW, ZONE);

describe("the deal panel's reply rate with an undated reply from a contact who was sent nothing", () => {
  /*
   * Ana: two emails, the first answered by a dated reply, the second not: 1 of 2.
   * Ben: wrote in once; his page printed no date for it. The rep never emailed Ben, so Ben's reply
   * can answer none of the deal's emails (it answers only Ben's own thread). By hand: 1 of 2 = 0.5,
   * exactly — as Ana's own panel says, and as the team page would (Ben has no unanswered email).
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
    const view = await recordView(d, dealKeyOf, {
      settings: defaultSettings(ZONE),
      now: NOW,
      onInvalid: () => undefined,
    });
    if (view?.kind !== 'deal') throw new Error('no deal view');
    expect(view.outcomes.replyRate).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
  });
});
