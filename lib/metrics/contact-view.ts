import { type Activity, channelOf } from '../schema/activity';
import type { Contact } from '../schema/record';
import type { Settings } from '../schema/settings';
import type { ContactView } from '../schema/view-model';
import { keptFrom } from '../settings/kept-from';
import { BAND_PERIOD, benchmarkBand } from './benchmark-band';
import { cadenceGaps, gapsInPeriod } from './cadence-gaps';
import { silencesFrom } from './cadence-settled';
import { collectTouches, countActivitiesRead } from './collect-touches';
import { crmComparisons } from './crm-comparison';
import { daysSinceLastTouch } from './days-since';
import { emailsOfUnknownDirection, withEmailsOfUnknownDirection } from './email-direction-unknown';
import { firstMeetingCount, firstReplyCount, touchesToFirstMeeting, touchesToFirstReply } from './first-outcome';
import { goneCold } from './gone-cold';
import { leadResponseHours } from './lead-response';
import { withThisContact } from './logged-contacts';
import { nextTouchView } from './next-touch';
import { meetingsHeld, unknownOutcomes } from './outcome-counts';
import { periodView, resolvePeriod, touchesIn } from './period';
import { predatesKept, withinKept } from './predates-kept';
import { connectRate, replyRate, unsureOfUndatedReplies } from './rates';
import { recentTouches } from './recent-touches';
import { surelyHappenedBy } from './surely-happened-by';
import { isOutbound, isReplyActivity, type Touch } from './touch';
import { countsInHeadline, countTouches, headlineTouches } from './touch-counts';
import { undatedCaveat } from './undated-caveat';
import { gapsView } from './undated-gaps';
import { isVanity, mayBeVanityOutcome } from './vanity';
import { weeklyTrend } from './weekly-trend';

/**
 * Everything the panel shows on a contact's page. `activities` are the contact's activities
 * (any type, any origin); every number is for `settings.period` ending at `now`, except days
 * since the last touch, next touch due, gone cold, lead response time, recent touches, the 90-day
 * trend and the CRM comparisons, which are about the contact's whole history, and the band and
 * vanity flag, which are always over the last 30 days. When the user leaves automated touches
 * out, they are out of every touch figure (counts, cadence, days since, outcomes) and only
 * counted apart; the recent list still shows them (marked) and the CRM comparisons count them,
 * as the CRM does.
 */
export function buildContactView(input: {
  contact: Contact;
  activities: Activity[];
  settings: Settings;
  now: Date;
  /** The zone pages were read in (the browser's): see atPrintedDay. */
  pageTimeZone?: string;
  /**
   * The page's activities older than what Touchline keeps, as the reading just showed them (not
   * stored: retention applies on read): the steps of a cadence that began before them.
   */
  olderShown?: readonly Activity[];
}): ContactView {
  const { contact, settings, now } = input;
  const activities = withThisContact(input.activities, contact.key);
  const { timeZone, countAutomated } = settings;
  const options = {
    now,
    timeZone,
    scopeKey: contact.key,
    countCompletedTasks: settings.countCompletedTasks,
    ...(input.pageTimeZone ? { pageTimeZone: input.pageTimeZone } : {}),
  };
  const collected = collectTouches(activities, options);
  const all = collected.touches;
  // The n-th outbound touch is step n (metrics.md, Cadence), counted from the first the page shows, kept or not.
  const steps = input.olderShown?.length
    ? collectTouches(withThisContact([...input.olderShown, ...input.activities], contact.key), options).touches
    : all;
  const touches = headlineTouches(all, countAutomated);
  const undated = collected.undated - (countAutomated ? 0 : collected.undatedAutomated);
  const period = resolvePeriod(settings.period, now, timeZone);
  // What Touchline holds, as on the deal panel: after a raise, from where a daily run under the
  // shorter setting deleted. Reading the page again brings back only what the page shows (not a
  // timeline's unloaded part, nor activities a CSV import brought), so the period still says so.
  const kept = keptFrom(settings, now);
  const inPeriod = touchesIn(touches, period);
  const last30Days = touchesIn(touches, resolvePeriod(BAND_PERIOD, now, timeZone));
  const daysSince = daysSinceLastTouch(touches, now, timeZone);
  const undatedReplies = collected.undatedTouches.filter(isReplyActivity);
  const undatedOutboundTouches = collected.undatedTouches.filter(
    (a) => a.direction !== 'inbound' && (countAutomated || !a.automated),
  );
  const undatedOutbound = undatedOutboundTouches.length > 0;
  const undatedOutboundBeforeMeeting = undatedOutboundTouches.filter((a) => a.type !== 'meeting').length;
  const replyCount = firstReplyCount(touches, period);
  const meetingCount = firstMeetingCount(touches, period);
  const firstReply = replyCount?.count ?? null;
  const firstMeeting = meetingCount?.count ?? null;
  // Automated touches left out of a first count are shown apart (metrics.md): the same count over
  // every touch, less the counted one. A reply after three sequence emails is "after 0" bare otherwise.
  const automatedBefore = (first: typeof touchesToFirstReply, counted: number | null) =>
    countAutomated || counted === null ? 0 : (first(all, period) ?? counted) - counted;
  const automatedBeforeFirstReply = automatedBefore(touchesToFirstReply, firstReply);
  const automatedBeforeFirstMeeting = automatedBefore(touchesToFirstMeeting, firstMeeting);
  // Emails of unread direction counted as the rep's before a first count: the same count without them, less it.
  const directionKnown = touches.filter((t) => t.channel !== 'email' || t.activity.direction !== 'unknown');
  const directionUnknownBefore = (first: typeof firstReplyCount, counted: number | null) =>
    counted === null ? 0 : counted - (first(directionKnown, period)?.count ?? counted);
  const directionUnknownBeforeFirstReply = directionUnknownBefore(firstReplyCount, firstReply);
  const directionUnknownBeforeFirstMeeting = directionUnknownBefore(firstMeetingCount, firstMeeting);
  // The reply rate is about emails (metrics.md): only an undated email reply may answer one.
  const undatedEmailReplies = undatedReplies.filter((a) => channelOf(a.type) === 'email').length;
  const undatedMeetings = collected.undatedTouches.filter((a) => a.type === 'meeting').length;
  return {
    kind: 'contact',
    recordKey: contact.key,
    name: contact.name,
    ...(contact.company ? { company: contact.company } : {}),
    period: periodView(period, kept, timeZone),
    motion: settings.motion,
    touches: { ...countTouches(touchesIn(all, period), countAutomated), undated },
    daysSinceLastTouch: daysSince,
    ...(all.length === 0 && predatesKept([contact], kept) ? { lastTouchBeforeKept: true as const } : {}),
    band: benchmarkBand(settings, last30Days.length),
    outcomes: {
      ...withEmailsOfUnknownDirection(
        {
          replyRate: unsureOfUndatedReplies(
            // Answers are looked for from before the period's first instant too: a reply the page dated
            // only, on the period's first day, is stored at that day's midnight yet follows the email.
            replyRate(touchesIn(all, { start: new Date(0), end: now }), countAutomated, period),
            undatedEmailReplies,
          ),
          connectRate: connectRate(inPeriod),
          meetingsHeld: meetingsHeld(inPeriod),
          unknownOutcomes: unknownOutcomes(inPeriod),
        },
        emailsOfUnknownDirection(inPeriod),
      ),
      touchesToFirstReply: firstReply,
      touchesToFirstMeeting: firstMeeting,
      ...(automatedBeforeFirstReply > 0 ? { automatedBeforeFirstReply } : {}),
      ...(automatedBeforeFirstMeeting > 0 ? { automatedBeforeFirstMeeting } : {}),
      ...(directionUnknownBeforeFirstReply > 0 ? { directionUnknownBeforeFirstReply } : {}),
      ...(directionUnknownBeforeFirstMeeting > 0 ? { directionUnknownBeforeFirstMeeting } : {}),
      ...(replyCount?.fromStart ? { firstReplyFromStart: true as const } : {}),
      ...(meetingCount?.fromStart ? { firstMeetingFromStart: true as const } : {}),
      ...(replyCount?.after === undefined ? {} : { firstReplyAfter: new Date(replyCount.after).toISOString() }),
      ...(meetingCount?.after === undefined ? {} : { firstMeetingAfter: new Date(meetingCount.after).toISOString() }),
      // "No reply, connect or meeting" is not known when one of them could not be dated.
      vanity:
        !collected.undatedTouches.some(mayBeVanityOutcome) && isVanity(settings.bands[settings.motion], last30Days),
      // Any reply may be the first (touches to first reply count a call back, SMS or LinkedIn answer too).
      undatedReplies: undatedReplies.length,
      ...(undatedMeetings > 0 ? { undatedMeetings } : {}),
      ...(undatedOutbound ? { undatedOutbound: undatedOutboundTouches.length } : {}),
      ...(undatedOutboundBeforeMeeting > 0 ? { undatedOutboundBeforeMeeting } : {}),
      // An outbound touch without a readable date may have been the first response.
      leadResponseHours: undatedOutbound
        ? null
        : leadResponseHours(contact.createdAt, touches, kept, input.pageTimeZone ?? timeZone),
    },
    // Left out, a sequence email is no step, yet the contact's reply to it still ends the cadence (cadenceRuns).
    cadence: cadenceView(touches, inPeriod, period, daysSince, {
      ...input,
      undated,
      undatedOutbound,
      leftOut: all.filter((t) => !countsInHeadline(t, countAutomated)),
      steps: {
        touches: headlineTouches(steps, countAutomated),
        leftOut: steps.filter((t) => !countsInHeadline(t, countAutomated)),
      },
    }),
    recent: recentTouches(all),
    weekly: weeklyTrend(all, now, timeZone, countAutomated, kept),
    crmComparisons: crmComparisons({
      crm: contact.crm,
      figures: contact.crmFigures,
      touches: all,
      undated: collected.undated,
      activities,
      timeZone,
      ...(input.pageTimeZone ? { pageTimeZone: input.pageTimeZone } : {}),
      keptFrom: kept,
      withinKept: withinKept([contact], kept),
    }),
    activitiesRead: countActivitiesRead(activities, collected),
  };
}

function cadenceView(
  touches: Touch[],
  inPeriod: Touch[],
  period: { start: Date; end: Date },
  daysSince: number | null,
  {
    contact,
    settings,
    now,
    undated,
    undatedOutbound,
    pageTimeZone,
    leftOut,
    steps,
  }: {
    contact: Contact;
    settings: Settings;
    now: Date;
    undated: number;
    undatedOutbound: boolean;
    pageTimeZone?: string;
    /** Automated touches the setting leaves out of `touches`. */
    leftOut: readonly Touch[];
    /** `touches` and `leftOut` with the page's touches older than what Touchline keeps: the cadence's steps. */
    steps: { touches: Touch[]; leftOut: readonly Touch[] };
  },
): ContactView['cadence'] {
  const cold = goneCold(touches, settings, now, leftOut);
  // A touch whose date could not be read may be newer than the last one counted: said, not hidden.
  const caveat = undatedCaveat(undated);
  const last = touches.at(-1);
  const silences = silencesFrom(steps.touches, settings, steps.leftOut);
  return {
    daysSinceLastTouch: daysSince,
    ...(last ? { lastTouchAt: last.at.toISOString(), lastTouchBy: surelyHappenedBy(last).toISOString() } : {}),
    ...nextTouchView(
      steps.touches,
      settings,
      now,
      { count: undated, outbound: undatedOutbound },
      contact.createdAt,
      pageTimeZone,
      steps.leftOut,
    ),
    ...gapsView(gapsInPeriod(cadenceGaps(steps.touches, settings, now, steps.leftOut), period), steps.touches, {
      count: undated,
      outbound: undatedOutbound,
    }),
    ...(silences.length > 0 ? { silencesFrom: silences } : {}),
    touchTimes: inPeriod.filter(isOutbound).map((t) => t.at.toISOString()),
    goneCold: cold.cold,
    ...(cold.reason ? { goneColdReason: `${cold.reason}${caveat}` } : {}),
  };
}
