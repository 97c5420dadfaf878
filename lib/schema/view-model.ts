import * as z from 'zod/mini';
import { periodChoiceSchema } from '../settings/period-choice';
import { activityTypeSchema, calendarDaySchema, channelSchema, directionSchema, originSchema } from './activity';
import { motionSchema } from './motion';

const count = z.int().check(z.nonnegative());
const iso = z.iso.datetime({ offset: true });
const day = calendarDaySchema;

export const periodViewSchema = z.object({
  /** e.g. "last 30 days" */
  label: z.string(),
  start: iso,
  end: iso,
  /** The setting it was resolved from, for the header's period switch. */
  choice: z.optional(periodChoiceSchema),
  /** When the period starts before the retention cutoff: its counts start here. */
  keptFrom: z.optional(iso),
  /** The zone its days are counted in (the user's setting): the panel shows its dates in it too. */
  timeZone: z.string(),
});

/**
 * A value that may not be computable: `value` null with a machine `reason` (e.g. `no-calls`). Or
 * not known exactly: then `value` is the lower bound, `upper` the upper bound and `reason` why
 * (decisions.md: ranges as in stage time).
 */
export const rateSchema = z.object({
  value: z.nullable(z.number()),
  upper: z.optional(z.number()),
  numerator: count,
  denominator: count,
  reason: z.optional(z.string()),
});
export type Rate = z.infer<typeof rateSchema>;

export const touchCountsSchema = z.object({
  total: count,
  byChannel: z.record(channelSchema, count),
  automated: count,
  manual: count,
  inbound: count,
  /** Touches without a date (the page's date could not be read): in no period, so in none of the counts above. */
  undated: z.optional(count),
  /** Whether automated touches are in `total` and the channels (settings); when not, the panel shows them apart. */
  automatedCounted: z.boolean(),
  /** Completed tasks counted as touches (a setting): in `total`, in no channel. */
  tasks: z.optional(count),
});
export type TouchCounts = z.infer<typeof touchCountsSchema>;

export const bandSchema = z.object({
  motion: motionSchema,
  low: count,
  high: count,
  position: z.enum(['below', 'within', 'above']),
  /** Headline touches of the last 30 days: a band describes one outbound month, whatever period is shown. */
  touches: count,
  /** Whether the panel's period is the last 30 days (otherwise it says the band is over the last 30 days). */
  samePeriod: z.boolean(),
});

export const recentTouchSchema = z.object({
  key: z.string(),
  type: activityTypeSchema,
  title: z.string(),
  timestamp: z.optional(iso),
  direction: directionSchema,
  origin: originSchema,
  automated: z.boolean(),
});
export type RecentTouch = z.infer<typeof recentTouchSchema>;

export const gapSchema = z.object({ from: iso, to: iso, days: z.number() });

export const cadenceViewSchema = z.object({
  daysSinceLastTouch: z.nullable(count),
  lastTouchAt: z.optional(iso),
  /**
   * By when the last touch had surely happened: `lastTouchAt`, or for a touch the page dated only
   * by day that day's end, as NotRead.olderThan bounds the items loaded (newestTouchRead).
   */
  lastTouchBy: z.optional(iso),
  nextDue: z.nullable(
    z.object({
      date: day,
      channel: channelSchema,
      /** 1-based cadence step; 0 for a follow-up after the cadence ended (see `kind`). */
      step: count,
      overdue: z.boolean(),
      kind: z.optional(z.enum(['step', 'follow-up'])),
    }),
  ),
  /**
   * Touches without a readable date, in words (nextTouchView). With `nextDue` null: why the next
   * step cannot be dated (the panel's data-reason `undated-touches`); beside a date: that one of
   * them may be newer than the touch it counts from.
   */
  nextDueReason: z.optional(z.string()),
  /**
   * Today in the user's zone, the day `nextDue` is overdue against: the panel gives a due date's
   * year when it is not this one ("due Mon 2 Jun 2025").
   */
  today: day,
  gaps: z.array(gapSchema),
  /** Set when every outbound touch is one without a readable date: the gaps cannot be counted (gapsView). */
  gapsNotKnown: z.optional(z.literal(true)),
  /**
   * Touches without a readable date, in words (gapsView). With `gapsNotKnown`: why the gaps cannot
   * be counted (the panel's data-reason `undated-touches`); beside a count: that one of them may fall
   * between the touches it counts from, and on a timeline read in part that touches not read may
   * (withTimelineReadInPart).
   */
  gapsReason: z.optional(z.string()),
  /** Beside the days since the last touch: a newer touch may be in the part of the timeline not read (withTimelineReadInPart). */
  lastTouchCaveat: z.optional(z.string()),
  /**
   * Where a silence longer than the follow-up limit began a new cadence run (silencesFrom), when
   * any did: older touches not read cannot change the steps and gaps after it (withTimelineReadInPart).
   */
  silencesFrom: z.optional(z.array(iso)),
  /** Outbound touch times in the period, for the cadence strip. */
  touchTimes: z.array(iso),
  goneCold: z.boolean(),
  goneColdReason: z.optional(z.string()),
});

/** What the effort produced, on a contact's panel and a deal's alike (metrics.md "Outcomes beside activity"). */
export const outcomeFiguresSchema = z.object({
  replyRate: rateSchema,
  connectRate: rateSchema,
  meetingsHeld: count,
  /** None held in what was read, and part of the period was not read (withRatesReadInPart): not a confident 0. */
  meetingsHeldNotKnown: z.optional(z.literal(true)),
  /** Call attempts and meetings whose outcome the page did not show. */
  unknownOutcomes: count,
  /** Emails of the period whose direction the page did not show, when there are any: in neither count of the reply rate. */
  emailsDirectionUnknown: z.optional(count),
});
export type OutcomeFigures = z.infer<typeof outcomeFiguresSchema>;

export const outcomesSchema = z.extend(outcomeFiguresSchema, {
  touchesToFirstReply: z.nullable(count),
  touchesToFirstMeeting: z.nullable(count),
  vanity: z.boolean(),
  leadResponseHours: z.nullable(z.number()),
  /** Replies (any channel) without a readable date: in no figure above, yet each may be the first reply. */
  undatedReplies: count,
  /** Held meetings without a readable date, when there are any: each may be the first meeting, or one in the period. */
  undatedMeetings: z.optional(count),
  /** Counted outbound touches without a readable date, when there are any: each may come before the first reply. */
  undatedOutbound: z.optional(count),
  /** Of them, those other than meetings, when there are any: each may come before the first meeting. */
  undatedOutboundBeforeMeeting: z.optional(count),
  /** Automated outbound touches before the first reply, when the user leaves them out of the count (shown apart). */
  automatedBeforeFirstReply: z.optional(count),
  /** As automatedBeforeFirstReply, before the first held meeting. */
  automatedBeforeFirstMeeting: z.optional(count),
  /**
   * Emails counted before the first reply whose sender the page did not show (presumed the rep's,
   * isOutbound): any may be the contact's, so the count is at most what it says.
   */
  directionUnknownBeforeFirstReply: z.optional(count),
  /** As directionUnknownBeforeFirstReply, before the first held meeting. */
  directionUnknownBeforeFirstMeeting: z.optional(count),
  /**
   * No reply came before the first reply counted: its count runs back to the first touch kept, so
   * it is a lower bound where the page shows an older outbound touch no longer kept
   * (olderNotKept.outboundTouch).
   */
  firstReplyFromStart: z.optional(z.literal(true)),
  /** As firstReplyFromStart, for the first held meeting. */
  firstMeetingFromStart: z.optional(z.literal(true)),
  /**
   * When the reply before the period's first came, where one did: the touches to the first reply
   * are counted back to there, so a timeline loaded back that far holds every one of them.
   */
  firstReplyAfter: z.optional(iso),
  /** As firstReplyAfter, for the held meeting before the period's first. */
  firstMeetingAfter: z.optional(iso),
});

/**
 * A week of the trend: its touches by channel and, under `task`, the completed tasks counted as
 * touches (a setting), in no channel, so drawn as their own series; `task` only in a week that has some.
 */
export const weeklyTrendSchema = z.array(
  z.object({
    weekStart: day,
    byChannel: z.intersection(z.record(channelSchema, count), z.object({ task: z.optional(count) })),
  }),
);

/** One of the CRM's own figures beside Touchline's, with the difference explained. */
export const crmComparisonSchema = z.object({
  label: z.string(),
  crmValue: z.string(),
  touchlineValue: z.string(),
  explanation: z.optional(z.string()),
  /**
   * Touchline's value falls short of the CRM's: fewer touches, or no touch as late. On a timeline
   * read in part, the items not read may be the difference (withTimelineReadInPart).
   */
  touchlineBehind: z.optional(z.literal(true)),
});
export type CrmComparison = z.infer<typeof crmComparisonSchema>;

const viewBase = z.object({
  recordKey: z.string(),
  name: z.string(),
  period: periodViewSchema,
  touches: touchCountsSchema,
  daysSinceLastTouch: z.nullable(count),
  recent: z.array(recentTouchSchema),
  weekly: weeklyTrendSchema,
  crmComparisons: z.array(crmComparisonSchema),
  /** Activities Touchline has for this record (coverage). */
  activitiesRead: count,
  /**
   * Activities the page just read showed dated before the retention cutoff (`before`): not stored,
   * so in no figure. Only on the answer to a page reading.
   */
  olderNotKept: z.optional(
    z.object({
      activities: z.int().check(z.positive()),
      before: iso,
      /** One of them is an outbound touch (a held meeting, a call, an email…): the lead response time is not known. */
      outboundTouch: z.optional(z.literal(true)),
      /** One comes after the latest reply among them: a first-reply count run back to the first touch kept is a lower bound. */
      beforeReply: z.optional(z.literal(true)),
      /** As beforeReply, after the latest held meeting among them, for the first-meeting count. */
      beforeMeeting: z.optional(z.literal(true)),
    }),
  ),
  /**
   * Set when no touch is kept and the record (a deal, or one of its contacts) dates from before what
   * Touchline holds (predatesKept): its last touch, if it had one, is older than Touchline keeps.
   */
  lastTouchBeforeKept: z.optional(z.literal(true)),
  /** The sales motion the numbers were computed for (a setting), shown in the header. */
  motion: z.optional(motionSchema),
});

export const contactViewSchema = z.extend(viewBase, {
  kind: z.literal('contact'),
  company: z.optional(z.string()),
  band: z.nullable(bandSchema),
  outcomes: outcomesSchema,
  cadence: cadenceViewSchema,
  /**
   * Set when the page showed its timeline in part (filtered, folded, older items not loaded):
   * the figures that hang on the oldest or newest touch read say so (withTimelineReadInPart).
   */
  timelineReadInPart: z.optional(z.literal(true)),
  /**
   * Set with `timelineReadInPart` when the part not read may hold items of the period (a filter or
   * fold; "Load more" while no touch read is older than the period): the period's absences ("no
   * reply in period") are not known.
   */
  periodReadInPart: z.optional(z.literal(true)),
});
export type ContactView = z.infer<typeof contactViewSchema>;

export const dealViewSchema = z.extend(viewBase, {
  kind: z.literal('deal'),
  amount: z.optional(z.number()),
  currency: z.optional(z.string()),
  stage: z.optional(z.string()),
  closed: z.optional(z.enum(['won', 'lost'])),
  /**
   * By when the deal's last touch counted had surely happened (`daysSinceLastTouch`'s; a touch the
   * page dated only by day: that day's end): on a page whose feed "Load more" left loaded back to
   * after it, a newer touch may be in what was not loaded (newestTouchRead).
   */
  lastTouchBy: z.optional(iso),
  /**
   * Set when the deal may be won or lost without Touchline knowing: the page could not show the
   * outcome of the stage the deal is in (lib/metrics/outcome-not-read.ts). `warning` is then null.
   */
  outcomeNotRead: z.optional(z.literal(true)),
  /** Days in the current stage; when the entry is not known exactly, the least it can be. */
  daysInStage: z.nullable(count),
  /** True when the entry is not known exactly (Touchline saw the stage, not the move): `daysInStage` is a lower bound. */
  daysInStageAtLeast: z.optional(z.boolean()),
  /** The most days in the stage can be, where a lower bound has one ("5–9 days"). */
  daysInStageUpTo: z.optional(count),
  /** True when the entry day comes from a duration the page shows: exact to the day. */
  daysInStageApproximate: z.optional(z.boolean()),
  /**
   * Why a closed deal has no days in stage: it sits in the stage it closed in (an outcome, not a
   * stage), or it closed in an open stage at a time not read (no close date, or one before the
   * stage's entry). `entered-after-now`: the history dates the entry into the current stage after
   * today (stage-time.ts enteredAfter). Absent otherwise.
   */
  daysInStageReason: z.optional(
    z.enum(['closed-outcome', 'close-not-read', 'close-before-entry', 'entered-after-now']),
  ),
  typicalDaysInStage: z.nullable(
    z.object({
      /** The median rounded half up (contracts.md: an integer), at least 1. */
      days: count,
      source: z.enum(['own-deals', 'default']),
      deals: count,
      /** The median itself when it falls between two whole days: the warnings compare with it. */
      median: z.optional(z.number()),
    }),
  ),
  /**
   * Null when it cannot be computed: the deal's outcome was not read (`outcomeNotRead`), or an open
   * deal's time in stage or typical time is not known; `warningReason` says so.
   */
  warning: z.nullable(z.enum(['none', 'watch', 'stalled'])),
  warningReason: z.string(),
  /**
   * Each visit's days; `atLeast` when they are a lower bound, with `upTo` where the most is known.
   * No days for the outcome a closed deal sits in (`outcome`), for the last visit of a deal that
   * closed at a time not read, nor for a visit the history dates after now (`enteredLater`).
   */
  stageTimeline: z.array(
    z.object({
      stage: z.string(),
      enteredAt: iso,
      days: z.nullable(z.number()),
      atLeast: z.optional(z.boolean()),
      upTo: z.optional(z.number()),
      outcome: z.optional(z.enum(['won', 'lost'])),
      enteredLater: z.optional(z.literal(true)),
      current: z.boolean(),
    }),
  ),
  conversion: z.array(z.object({ stage: z.string(), entered: count, advanced: count, rate: z.nullable(z.number()) })),
  contacts: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      touches: count,
      daysSinceLastTouch: z.nullable(count),
      /** Its touches the page showed without a readable date, when it has any: in neither figure above. */
      undatedTouches: z.optional(count),
    }),
  ),
  /** A lower bound when `touchesNamingNoContact` or `undatedTouchesOfUntouched` is set. */
  contactsTouched: count,
  /**
   * Touches in the period that name no contact, set only while some contact has none naming them:
   * any of those touches may have been with that contact (contracts.md: deal timelines rarely say).
   */
  touchesNamingNoContact: z.optional(count),
  /**
   * Touches without a readable date naming a contact with no touch in the period, or naming none,
   * set only while there are some: any of them may be from the period, with that contact.
   */
  undatedTouchesOfUntouched: z.optional(count),
  noRecentActivity: z.boolean(),
  /**
   * Over the touches the deal's counts use. No touches to first reply or meeting: those follow one
   * relationship, and a deal's touches are several contacts' interleaved.
   */
  outcomes: outcomeFiguresSchema,
});
export type DealView = z.infer<typeof dealViewSchema>;

export const recordViewSchema = z.discriminatedUnion('kind', [contactViewSchema, dealViewSchema]);
export type RecordView = z.infer<typeof recordViewSchema>;
