import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildStageSummaries } from '../../../lib/db/stage-summary-tally';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { buildDealView } from '../../../lib/metrics/deal-view';
import { mergeDuplicates } from '../../../lib/metrics/merge-duplicates';
import type { Touch } from '../../../lib/metrics/touch';
import { type Activity, channelOf } from '../../../lib/schema/activity';
import type { Motion, Settings } from '../../../lib/schema/settings';
import { type ContactView, contactViewSchema, dealViewSchema } from '../../../lib/schema/view-model';
import { activities, nonTouch, userSettings } from './arbitraries';
import { at, contact, deal, NOW, settings as settingsWith } from './builders';
import { dayText, type History, history, type RealItem } from './history-arbitrary';

const RUNS = { numRuns: 500 };
const DAY = 86_400_000;
const jordan = contact();
const fleetPilot = deal({
  recordId: '5101',
  key: 'hubspot:4410982:deal:5101',
  contacts: [
    { id: '901', name: 'Jordan Lee' },
    { id: '902', name: 'Sam Okoye' },
  ],
});

/** Settings the reference counter understands: "last N days" periods in four zones. */
const oracleSettings: fc.Arbitrary<Settings> = fc
  .record({
    timeZone: fc.constantFrom('America/Los_Angeles', 'UTC', 'Europe/Berlin', 'Australia/Sydney'),
    motion: fc.constantFrom<Motion>('smb', 'mid-market', 'enterprise', 'inbound'),
    countAutomated: fc.boolean(),
    businessDays: fc.boolean(),
    days: fc.constantFrom(7, 30, 90),
  })
  .map(({ days, ...rest }) => settingsWith({ ...rest, period: `${days}d` }));

const withHistory = oracleSettings.chain((s) => fc.tuple(fc.constant(s), history(s.timeZone)));

// ---- The reference counter: metrics.md read literally, one loop per figure, no lib/metrics code. ----

const BAND_TOP: Record<Motion, [number, number]> = {
  smb: [6, 10],
  'mid-market': [8, 14],
  enterprise: [12, 20],
  inbound: [3, 6],
};

/** A real item that is a touch now (metrics.md: Touch, Meetings, Planned items). */
function isRealTouch(item: RealItem, timeZone: string): boolean {
  if (!['call', 'email', 'meeting', 'social', 'sms'].includes(item.type)) return false;
  if (item.planned || item.undated) return false;
  if (item.outcome === 'cancelled' || item.outcome === 'no-show') return false;
  if (Date.parse(item.at) > NOW.getTime()) return false;
  if (item.type === 'meeting' && item.dateOnly && item.outcome !== 'held') {
    return dayText(item.at, timeZone) < dayText(NOW, timeZone);
  }
  return true;
}

/**
 * The last instant of the zoned day an instant falls on: the next day's midnight there less 1 ms
 * (a day may have 23 or 25 hours).
 */
function lastInstantOfDay(instant: string, timeZone: string): number {
  const nextDay = new Date(Date.parse(`${dayText(instant, timeZone)}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
  return Date.parse(at(`${nextDay} 00:00`, timeZone)) - 1;
}

function reference(truth: readonly RealItem[], s: Settings) {
  const days = Number.parseInt(s.period, 10);
  const counts = (item: RealItem) => s.countAutomated || !item.automated;
  const real = truth.filter((t) => isRealTouch(t, s.timeZone)).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const within = (list: RealItem[], n: number) => list.filter((t) => Date.parse(t.at) >= NOW.getTime() - n * DAY);
  const counted = real.filter(counts);
  const inPeriod = within(counted, days);
  const isReply = (t: RealItem) => t.direction === 'inbound' && !t.automated;
  const byChannel = { call: 0, email: 0, meeting: 0, social: 0, sms: 0 };
  for (const t of inPeriod) byChannel[t.type as keyof typeof byChannel]++;
  let sent = 0;
  let answered = 0;
  let awaiting = false;
  // A reply shown with only a date follows that day's timed touches (it answers the day's email).
  const replyOrder = (list: RealItem[]) => [...list].sort((a, b) => replyAt(a) - replyAt(b));
  const replyAt = (t: RealItem) =>
    t.dateOnly && t.direction === 'inbound' ? lastInstantOfDay(t.at, s.timeZone) : Date.parse(t.at);
  // Every email of the period in order: an automated one left out of the counts still ends the
  // wait for an answer to the email before it.
  for (const t of replyOrder(within(real, days))) {
    if (t.type !== 'email') continue;
    if (t.direction === 'outbound') {
      awaiting = counts(t);
      if (awaiting) sent++;
    } else if (awaiting && isReply(t)) {
      answered++;
      awaiting = false;
    }
  }
  const attempts = inPeriod.filter((t) => t.type === 'call' && t.direction !== 'inbound');
  const connects = attempts.filter((t) => t.outcome === 'connected').length;
  // The period's first reply, and the outbound touches since the reply before it, in the period or not.
  const ordered = replyOrder(counted);
  const firstReply = ordered.findIndex((t) => isReply(t) && replyAt(t) >= NOW.getTime() - days * DAY);
  const sinceReply = ordered.slice(0, Math.max(firstReply, 0)).findLastIndex(isReply) + 1;
  const last = counted.at(-1);
  const dayIndex = (instant: Date | string) => Date.parse(`${dayText(instant, s.timeZone)}T00:00:00Z`) / DAY;
  const last30 = within(counted, 30);
  const [low, high] = BAND_TOP[s.motion];
  const allInPeriod = within(real, days);
  return {
    touches: {
      total: inPeriod.length,
      byChannel,
      automated: allInPeriod.filter((t) => t.automated).length,
      manual: allInPeriod.filter((t) => !t.automated).length,
      inbound: inPeriod.filter((t) => t.direction === 'inbound').length,
      undated: truth.filter((t) => t.undated && counts(t)).length,
      automatedCounted: s.countAutomated,
    },
    meetingsHeld: inPeriod.filter((t) => t.type === 'meeting').length,
    reply: { numerator: answered, denominator: sent },
    connect: { numerator: connects, denominator: attempts.length },
    touchesToFirstReply:
      firstReply === -1 ? null : ordered.slice(sinceReply, firstReply).filter((t) => t.direction !== 'inbound').length,
    daysSinceLastTouch: last ? dayIndex(NOW) - dayIndex(last.at) : null,
    band: {
      touches: last30.length,
      position: last30.length < low ? 'below' : last30.length > high ? 'above' : 'within',
    },
    vanity:
      last30.length > high &&
      !last30.some((t) => isReply(t) || (t.type === 'call' && t.outcome === 'connected') || t.type === 'meeting'),
  };
}

// ---- Properties ----

/** Everything on the contact view that is about touches (not coverage or the CRM's own figures). */
function touchMetrics(view: ContactView) {
  const { activitiesRead: _read, crmComparisons: _crm, ...rest } = view;
  return rest;
}

const viewOf = (list: Activity[], s: Settings) =>
  buildContactView({ contact: jordan, activities: list, settings: s, now: NOW });

describe('contact figures against a reference counter written from metrics.md', () => {
  it('counts touches by channel, automated apart, undated apart, as the reference does', () => {
    fc.assert(
      fc.property(withHistory, ([s, { activities: list, truth }]) => {
        const view = viewOf(list, s);
        expect(contactViewSchema.safeParse(view).success).toBe(true);
        expect(view.touches).toEqual(reference(truth, s).touches);
      }),
      RUNS,
    );
  }, 120_000);

  it('gives meetings held, reply and connect counts, and touches to first reply as the reference does', () => {
    fc.assert(
      fc.property(withHistory, ([s, { activities: list, truth }]) => {
        const view = viewOf(list, s);
        const expected = reference(truth, s);
        expect(view.outcomes.meetingsHeld).toBe(expected.meetingsHeld);
        expect(view.outcomes.replyRate).toMatchObject(expected.reply);
        expect(view.outcomes.connectRate).toMatchObject(expected.connect);
        expect(view.outcomes.touchesToFirstReply).toBe(expected.touchesToFirstReply);
        const rate = view.outcomes.replyRate.value;
        if (rate !== null) expect(rate >= 0 && rate <= 1).toBe(true);
      }),
      RUNS,
    );
  }, 120_000);

  it('gives days since the last touch, the band and vanity over the last 30 days, and gone cold past the limit', () => {
    fc.assert(
      fc.property(withHistory, ([s, { activities: list, truth }]) => {
        const view = viewOf(list, s);
        const expected = reference(truth, s);
        expect(view.daysSinceLastTouch).toBe(expected.daysSinceLastTouch);
        expect(view.band).toMatchObject(expected.band);
        expect(view.outcomes.vanity).toBe(expected.vanity);
        if (expected.daysSinceLastTouch === null) expect(view.cadence.goneCold).toBe(false);
        else if (expected.daysSinceLastTouch > s.followUpDays) expect(view.cadence.goneCold).toBe(true);
      }),
      RUNS,
    );
  }, 120_000);
});

describe('metric properties', () => {
  it('merges idempotently: merging the merged touches again gives the same touches and every figure', () => {
    fc.assert(
      fc.property(withHistory, ([s, { activities: list }]: [Settings, History]) => {
        const scope = { scopeKey: jordan.key, timeZone: s.timeZone };
        const copies = list.flatMap((a) =>
          a.timestamp && channelOf(a.type) && !a.planned && !a.mergedInto
            ? [{ activity: a, channel: channelOf(a.type) as Touch['channel'], at: new Date(a.timestamp) }]
            : [],
        );
        const once = mergeDuplicates(copies, scope);
        const twice = mergeDuplicates(
          once.map((t) => ({ activity: t.activity, channel: t.channel, at: t.at })),
          scope,
        );
        expect(twice.map((t) => t.copies)).toEqual(once.map((t) => [t.key]));
        expect(twice.map(({ copies: _c, ...t }) => t)).toEqual(once.map(({ copies: _c, ...t }) => t));
        const merged = [...once.map((t) => t.activity), ...list.filter((a) => !copies.some((c) => c.activity === a))];
        expect(touchMetrics(viewOf(merged, s))).toEqual(touchMetrics(viewOf(list, s)));
      }),
      RUNS,
    );
  }, 120_000);

  it('does not change a touch metric when a non-touch is added', () => {
    fc.assert(
      fc.property(activities(), nonTouch, userSettings, (list, extra, s) => {
        expect(touchMetrics(viewOf([...list, extra], s))).toEqual(touchMetrics(viewOf(list, s)));
      }),
      RUNS,
    );
  }, 120_000);

  it('gives the same contact view whatever order the activities come in', () => {
    fc.assert(
      fc.property(
        withHistory.chain(([s, h]) =>
          fc.tuple(
            fc.constant(s),
            fc.constant(h.activities),
            fc.shuffledSubarray(h.activities, { minLength: h.activities.length }),
          ),
        ),
        ([s, list, shuffled]) => {
          expect(viewOf(shuffled, s)).toEqual(viewOf(list, s));
        },
      ),
      RUNS,
    );
  }, 120_000);

  it('gives the same deal view whatever order the activities come in, and it parses', () => {
    fc.assert(
      fc.property(
        activities().chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
        ),
        userSettings,
        ([list, shuffled], s) => {
          const summaries = buildStageSummaries([fleetPilot], s.timeZone);
          const input = { deal: fleetPilot, contacts: [jordan], summaries, settings: s, now: NOW };
          const a = buildDealView({ ...input, activities: list });
          expect(dealViewSchema.safeParse(a).success).toBe(true);
          expect(buildDealView({ ...input, activities: shuffled })).toEqual(a);
        },
      ),
      RUNS,
    );
  }, 120_000);
});
